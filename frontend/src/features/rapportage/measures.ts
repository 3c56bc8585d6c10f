import type { Count, Measure, RequestFigures } from './api';

type CountField = {
  [K in keyof RequestFigures]: RequestFigures[K] extends Count ? K : never;
}[keyof RequestFigures];

/** Where each measure's count is in a group's figures. */
const fields: Record<Measure, CountField> = {
  RequestsIn: 'requestsIn',
  FirstContacted: 'firstContacted',
  Triaged: 'triaged',
  TriagedLight: 'triagedLight',
  TriagedHeavy: 'triagedHeavy',
  Matched: 'matched',
  Referred: 'referred',
  AcceptedByPartner: 'acceptedByPartner',
  Completed: 'completed',
  ClosedAfterReferral: 'closedAfterReferral',
  ClosedNoOffer: 'closedNoOffer',
  Cancelled: 'cancelled',
  StillOpen: 'stillOpen',
};

export const measures = Object.keys(fields) as Measure[];

/** The count of a measure among a group's figures. */
export const countOf = (figures: RequestFigures, measure: Measure): Count =>
  figures[fields[measure]];

/** The columns of a breakdown table: the steps a request goes through. */
export const breakdownMeasures: Measure[] = [
  'RequestsIn',
  'FirstContacted',
  'Triaged',
  'Matched',
  'Referred',
  'Completed',
  'StillOpen',
];

/** The steps of the funnel: the volunteers' road, then the partners'. */
export const funnelMeasures: Measure[] = [
  'RequestsIn',
  'FirstContacted',
  'Triaged',
  'Matched',
  'Completed',
  'Referred',
  'AcceptedByPartner',
];
