import { json } from '../../test/api';
import type { HelpRequest } from './api';

// API answers for the help request tests, shaped like the demo network Kiel's.
export const kiel = {
  id: '0190f3a2-0000-7000-8000-0000000000b1',
  name: 'Kiel',
  municipalityNis: '11002',
  municipalityName: 'Antwerpen',
};

export const categories = {
  items: [
    { code: 'shopping', nameNl: 'Boodschappen', nameEn: 'Shopping', defaultRoute: 'Light' },
    { code: 'debt', nameNl: 'Schulden', nameEn: 'Debt', defaultRoute: 'Heavy' },
  ],
  total: 2,
};

export const maria = {
  id: '0190f3a2-0000-7000-8000-0000000000c1',
  firstName: 'Maria',
  lastName: 'Janssens',
  birthYear: 1948,
  street: 'Kielstraat',
  houseNumber: '12',
  postalCode: '2020',
  reasons: ['same last name', 'same birth year'],
};

export const ocmw = { id: '0190f3a2-0000-7000-8000-0000000000e1', name: 'OCMW Antwerpen' };

/** Maria as the API sends a resident, having consented to the intake only. */
export const mariaResident = {
  id: maria.id,
  firstName: maria.firstName,
  lastName: maria.lastName,
  birthYear: maria.birthYear,
  phone: null,
  email: null,
  address: {
    street: maria.street,
    houseNumber: maria.houseNumber,
    box: null,
    postalCode: maria.postalCode,
    municipality: 'Antwerpen',
    sectorCode: '11002F60-',
  },
  languages: ['nl'],
  contactPreference: 'Phone',
  consents: [
    {
      purpose: 'Intake',
      givenAt: '2026-11-20T09:30:00Z',
      recordedBy: '0190f3a2-0000-7000-8000-000000000002',
      note: null,
      withdrawnAt: null,
    },
  ],
  version: 1,
};

/** The handlers every intake and help request page needs. */
export const referenceData = {
  'GET /api/v1/partners': () => json({ items: [ocmw], total: 1 }),
  [`GET /api/v1/residents/${maria.id}`]: () => json(mariaResident),
  'GET /api/v1/help-categories': () => json(categories),
  'GET /api/v1/neighbourhoods': () => json({ items: [{ ...kiel, sectorCount: 2 }], total: 1 }),
  [`GET /api/v1/neighbourhoods/${kiel.id}`]: () =>
    json({
      ...kiel,
      sectors: [
        { code: '11002F60-', name: 'Kiel - Centrum (Kiel)' },
        { code: '11002F61-', name: 'Kiel - Noord' },
      ],
    }),
};

export function helpRequest(changes: Partial<HelpRequest> = {}): HelpRequest {
  return {
    id: '0190f3a2-0000-7000-8000-0000000000d1',
    resident: { id: maria.id, firstName: maria.firstName, lastName: maria.lastName },
    channel: 'HomeVisit',
    categoryCode: 'shopping',
    sectorCode: '11002F60-',
    description: 'Wekelijks boodschappen doen bij de Aldi.',
    urgency: 'Normal',
    recurrence: 'Weekly',
    wishedFrom: null,
    timeWindows: [],
    needs: ['no-stairs'],
    status: 'New',
    allowedTransitions: ['Triaged', 'Cancelled'],
    triage: null,
    waitlistPriority: null,
    assignedFieldWorkerId: null,
    version: 1,
    createdAt: '2026-11-20T09:30:00Z',
    firstContactAt: '2026-11-20T09:30:00Z',
    timeline: [
      {
        from: null,
        to: 'New',
        at: '2026-11-20T09:30:00Z',
        by: '0190f3a2-0000-7000-8000-000000000002',
        byName: 'Yassin El Amrani',
        reason: 'Intake via HomeVisit.',
      },
    ],
    followUps: [],
    ...changes,
  };
}

/** A help request as the API sends it: with its version as ETag. */
export const withETag = (request: HelpRequest, status = 200) =>
  new Response(JSON.stringify(request), {
    status,
    headers: { 'Content-Type': 'application/json', ETag: `"${request.version}"` },
  });
