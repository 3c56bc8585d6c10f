import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ApiError, unwrap } from '../../../lib/api';

type Schemas = components['schemas'];

export type Outcome = Schemas['Outcome'];
export type OutcomeInput = Schemas['OutcomeInput'];
export type OutcomeType = Schemas['OutcomeType'];

/** The kinds of change of the toolbox, in the order the API counts them. */
export const outcomeTypes = [
  'ResidentsReachedAndInvolved',
  'SocialRelations',
  'Trust',
  'WayToCare',
  'PartnerCollaboration',
] as const satisfies readonly OutcomeType[];

export interface OutcomeFilter {
  from?: string;
  to?: string;
  neighbourhoodId?: string;
  type?: OutcomeType;
}

const PAGE_SIZE = 20;
const LIST = ['outcomes', 'list'];

/** The outcomes of a period, newest first, a page at a time; every page carries the counts per type. */
export function useOutcomes(filter: OutcomeFilter) {
  return useInfiniteQuery({
    queryKey: [...LIST, filter],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/outcomes', {
          params: { query: { ...filter, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // A new filter keeps the list on screen until its own answer is in.
    placeholderData: keepPreviousData,
  });
}

const ifMatch = (outcome: Outcome) => ({ 'If-Match': `"${outcome.version}"` });

/** Records an outcome, or with `outcome` replaces it, sending the version on screen as If-Match. */
export function useSaveOutcome(outcome?: Outcome) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OutcomeInput) =>
      unwrap(
        outcome
          ? api.PUT('/api/v1/outcomes/{id}', {
              params: { path: { id: outcome.id } },
              body: input,
              headers: ifMatch(outcome),
            })
          : api.POST('/api/v1/outcomes', { body: input }),
      ),
    // Not awaited: the caller's own callbacks run while the item it came from is still on screen.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LIST }),
  });
}

export function useDeleteOutcome() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (outcome: Outcome) => {
      const { error, response } = await api.DELETE('/api/v1/outcomes/{id}', {
        params: { path: { id: outcome.id } },
        headers: ifMatch(outcome),
      });
      if (!response.ok) throw new ApiError(response, error);
      return outcome;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: LIST }),
  });
}
