import type { Volunteer, VolunteerSummary } from './api';

export const anna: VolunteerSummary = {
  id: '0190f3a2-0000-7000-8000-00000000v001',
  firstName: 'Anna',
  lastName: 'Claes',
  role: 'Buddy',
  status: 'Active',
  buddyTypes: ['Shopping', 'Walking'],
  languages: ['nl', 'fr'],
  sectorCode: '11002F60-',
  maxConcurrentMatches: 2,
  activeMatches: 1,
  screeningExpiresOn: '2020-01-31',
};

export const annaProfile: Volunteer = {
  ...anna,
  email: 'anna@example.org',
  phone: null,
  statusChangedAt: '2026-11-01T10:00:00Z',
  statusReason: 'Opleiding gevolgd',
  skills: ['fietsen'],
  languages: [
    { code: 'nl', level: 'Native' },
    { code: 'fr', level: 'Fluent' },
  ],
  availability: [{ day: 'Tuesday', from: '09:00:00', until: '12:00:00' }],
  absences: [],
  home: { latitude: 51.187, longitude: 4.392 },
  maxTravelKm: 5,
  refusedCategories: [],
  refusedHomeConditions: ['Pets'],
  training: [],
  screening: { issuedOn: '2019-01-31', expiresOn: '2020-01-31' },
  insuredUntil: null,
  residentId: null,
  totalHours: 3,
  feedback: [],
  hours: [],
  version: 4,
};
