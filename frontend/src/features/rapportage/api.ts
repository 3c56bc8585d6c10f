import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, ApiError, unwrap } from '../../lib/api';
import { offerDownload } from '../../lib/download';
import type { ReportFilters } from './filters';

type Schemas = components['schemas'];

export type Dashboard = Schemas['Dashboard'];
export type Count = Schemas['Count'];
export type RequestFigures = Schemas['RequestFigures'];
export type BreakdownRow = Schemas['BreakdownRow'];
export type ReachGroup = Schemas['ReachGroup'];
export type Measure = Schemas['Measure'];
export type IntakeChannel = Schemas['IntakeChannel'];
export type ReportFormat = Schemas['ReportFormat'];

export function useDashboard(filters: ReportFilters) {
  return useQuery({
    queryKey: ['reports', 'dashboard', filters],
    queryFn: () => unwrap(api.GET('/api/v1/reports/dashboard', { params: { query: filters } })),
    // A new filter keeps the figures on screen until its own answer is in.
    placeholderData: keepPreviousData,
    // A wrong filter is answered with field errors that do not go away by asking again.
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
  });
}

const PAGE_SIZE = 25;

/** The requests behind a figure of the dashboard, newest first, a page at a time. */
export function useReportedRequests(filters: ReportFilters, measure: Measure | undefined) {
  return useInfiniteQuery({
    queryKey: ['reports', 'requests', filters, measure],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/reports/requests', {
          params: { query: { ...filters, measure, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The newest stories of the period and the number of stories of each type. */
export function useNewestOutcomes(period: { from: string; to: string }, neighbourhoodId?: string) {
  return useQuery({
    queryKey: ['outcomes', 'list', 'newest', period, neighbourhoodId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/outcomes', {
          params: { query: { ...period, neighbourhoodId, limit: 3 } },
        }),
      ),
  });
}

/** The file name in a Content-Disposition header, if it names one. */
function attachmentName(response: Response): string | undefined {
  const header = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(header)?.[1];
}

/**
 * Downloads the dashboard as a CSV or XLSX file. The export needs the bearer token, so a plain
 * link would not do: the file is fetched, then handed to the browser as a download.
 */
export function useExportDashboard() {
  return useMutation({
    mutationFn: async ({ format, filters }: { format: ReportFormat; filters: ReportFilters }) => {
      const { data, error, response } = await api.GET('/api/v1/reports/dashboard/export', {
        params: { query: { ...filters, format } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) throw new ApiError(response, error);
      const name = attachmentName(response) ?? `warmewijk-rapport.${format.toLowerCase()}`;
      offerDownload(data, name);
      return name;
    },
  });
}
