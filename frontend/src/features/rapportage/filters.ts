import { useSearchParams } from 'react-router';
import { today } from '../../lib/format';
import type { IntakeChannel, Measure } from './api';

/** The dashboard's filters, as the API and the page's URL both name them. */
export interface ReportFilters {
  from?: string;
  to?: string;
  neighbourhoodId?: string;
  categoryCode?: string;
  channel?: IntakeChannel;
}

export const filterNames = ['from', 'to', 'neighbourhoodId', 'categoryCode', 'channel'] as const;

export const channels = [
  'PhoneLine',
  'VoicemailCallBack',
  'HomeVisit',
  'DoorToDoorRound',
  'WalkIn',
  'ReferralCard',
  'PartnerApi',
  'WebForm',
] as const satisfies readonly IntakeChannel[];

/** The filters in a query string; an empty or missing parameter is no filter. */
export function readFilters(params: URLSearchParams): ReportFilters {
  const filters: ReportFilters = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) (filters as Record<string, string>)[name] = value;
  }
  return filters;
}

/** The filters (and anything else given) as a query string without empty parameters, starting with "?". */
export function queryString(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The report's filters kept in the page's URL, and a way to change some of them. */
export function useReportFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  function change(changes: Partial<Record<keyof ReportFilters, string | undefined>>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  }
  return { filters, change, params };
}

export type PeriodPreset = 'last12Months' | 'thisYear' | 'lastYear' | 'custom';

export const periodPresets: readonly PeriodPreset[] = [
  'last12Months',
  'thisYear',
  'lastYear',
  'custom',
];

/**
 * The dates of a preset, given today's date (YYYY-MM-DD) in Belgium. The last twelve whole months
 * are the API's default, so they need no dates at all; this year runs from 1 January to today.
 */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'custom'>,
  day = today(),
): { from?: string; to?: string } {
  const year = Number(day.slice(0, 4));
  switch (preset) {
    case 'last12Months':
      return { from: undefined, to: undefined };
    case 'thisYear':
      return { from: `${year}-01-01`, to: day };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** Which preset the dates are, or custom when they are none. */
export function presetOf({ from, to }: ReportFilters, day = today()): PeriodPreset {
  return (
    periodPresets.find((preset) => {
      if (preset === 'custom') return false;
      const period = presetPeriod(preset, day);
      return period.from === from && period.to === to;
    }) ?? 'custom'
  );
}

/** The row of a breakdown as filters: a month narrows the period, the others add their filter. */
export function rowFilters(
  dimension: 'month' | 'category' | 'channel' | 'neighbourhood',
  key: string,
  period: { from: string; to: string },
): Partial<ReportFilters> | null {
  switch (dimension) {
    case 'month': {
      const first = `${key}-01`;
      const [year, month] = [Number(key.slice(0, 4)), Number(key.slice(5, 7))];
      // Day 0 of the next month is the last day of this one.
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      return {
        from: first < period.from ? period.from : first,
        to: last > period.to ? period.to : last,
      };
    }
    case 'category':
      return { categoryCode: key };
    case 'channel':
      return { channel: key as IntakeChannel };
    case 'neighbourhood':
      // Requests from outside the neighbourhoods have no filter of their own.
      return key === 'outside' ? null : { neighbourhoodId: key };
  }
}

/** The address of the requests behind a figure. */
export function drillDownPath(filters: ReportFilters, measure: Measure): string {
  return `/rapportage/hulpvragen${queryString({ ...filters, measure })}`;
}
