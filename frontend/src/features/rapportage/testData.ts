import type { Count, Dashboard, RequestFigures } from './api';

// API answers for the reporting tests, shaped like the demo network Kiel's.
export const shown = (value: number): Count => ({ value, disclosure: 'Shown' });
export const small: Count = { value: null, disclosure: 'Small' };
export const withheld: Count = { value: null, disclosure: 'Withheld' };

export function figures(changes: Partial<RequestFigures> = {}): RequestFigures {
  return {
    requestsIn: shown(40),
    firstContacted: shown(36),
    triaged: shown(30),
    triagedLight: shown(20),
    triagedHeavy: shown(10),
    matched: shown(15),
    referred: shown(8),
    acceptedByPartner: shown(6),
    completed: shown(12),
    closedAfterReferral: shown(5),
    closedNoOffer: small,
    cancelled: small,
    stillOpen: shown(17),
    timeToFirstContact: { medianHours: 30, p90Hours: 96 },
    timeToTriage: { medianHours: 50, p90Hours: 120 },
    timeToMatch: { medianHours: 200, p90Hours: 400 },
    matchRate: 0.75,
    referralRate: 8 / 30,
    partnerAcceptanceRate: 0.75,
    completionRate: 0.8,
    ...changes,
  };
}

export const kielId = '0190f3a2-0000-7000-8000-0000000000b1';

export function dashboard(changes: Partial<Dashboard> = {}): Dashboard {
  return {
    networkName: 'Warme Wijk Kiel',
    period: { from: '2025-11-01', to: '2026-10-31' },
    previousPeriod: { from: '2024-11-01', to: '2025-10-31' },
    filters: { neighbourhoodId: null, categoryCode: null, channel: null },
    current: figures(),
    previous: figures({
      requestsIn: shown(32),
      matchRate: 0.6,
      timeToFirstContact: { medianHours: 60, p90Hours: 150 },
    }),
    byMonth: [
      { key: '2026-09', label: '2026-09', figures: figures({ requestsIn: shown(22) }) },
      { key: '2026-10', label: '2026-10', figures: figures({ requestsIn: shown(18) }) },
    ],
    byCategory: [
      {
        key: 'shopping',
        label: 'Boodschappen',
        figures: figures({ requestsIn: shown(37), matched: shown(15) }),
      },
      {
        key: 'debt',
        label: 'Schulden',
        figures: figures({ requestsIn: small, matched: withheld }),
      },
    ],
    byChannel: [
      { key: 'PhoneLine', label: 'PhoneLine', figures: figures({ requestsIn: shown(40) }) },
    ],
    byNeighbourhood: [
      { key: kielId, label: 'Kiel', figures: figures({ requestsIn: shown(38) }) },
      { key: 'outside', label: 'Buiten de buurten', figures: figures({ requestsIn: small }) },
    ],
    waitingList: { size: shown(7), medianDaysWaiting: 12, longestDaysWaiting: 40 },
    signals: shown(9),
    signalsByTheme: [
      { theme: 'shopping', count: shown(6) },
      { theme: 'debt', count: small },
    ],
    reach: {
      residentsReached: shown(35),
      groups: [
        {
          group: 'age65Plus',
          reached: shown(20),
          population: 800,
          populationYear: 2024,
          share: 0.025,
        },
        {
          group: 'isolatedElderly',
          reached: small,
          population: 120,
          populationYear: 2024,
          share: null,
        },
        {
          group: 'age0To24',
          reached: shown(5),
          population: null,
          populationYear: null,
          share: null,
        },
      ],
      alsoVolunteering: small,
    },
    volunteers: { hours: 412.5, volunteersWhoHelped: shown(14), activeNow: shown(20) },
    suppressionThreshold: 5,
    ...changes,
  };
}
