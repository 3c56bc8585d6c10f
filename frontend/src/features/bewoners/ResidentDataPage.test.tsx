import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { calls, coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { helpRequest, maria, mariaResident, referenceData, withETag } from '../hulpvragen/testData';
import type { ResidentDataExport } from './api';

const exportOf = (changes: Partial<ResidentDataExport['resident']> = {}): ResidentDataExport => ({
  exportedAt: '2026-11-23T09:30:00Z',
  networkName: 'Warme Wijk Kiel',
  resident: {
    person: {
      ...mariaResident,
      phone: '+32475123456',
      email: 'maria@voorbeeld.be',
      contactPreference: 'Phone',
      consents: [],
      home: null,
    },
    createdAt: '2026-11-20T09:30:00Z',
    erasedAt: null,
    consentHistory: [
      {
        purpose: 'Intake',
        givenAt: '2026-11-20T09:30:00Z',
        recordedBy: coordinator.id,
        note: 'Mondeling',
        withdrawnAt: null,
        withdrawnBy: null,
        active: true,
      },
    ],
    ...changes,
  },
  helpRequests: [helpRequest()],
  referrals: [],
  volunteerMatches: [],
  volunteerHours: [],
  signals: [],
  referralCards: [],
  webhookMessages: [],
  storedResponses: [],
  auditEntries: [],
  asVolunteer: null,
});

describe('Resident data page', () => {
  beforeEach(() => startSession(tokens()));

  it('is linked from a help request and shows everything held, ready to print and download', async () => {
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      [`GET /api/v1/help-requests/${helpRequest().id}`]: () => withETag(helpRequest()),
      [`GET /api/v1/residents/${maria.id}/data-export`]: () => json(exportOf()),
    });
    const { user, router } = renderApp(`/hulpvragen/${helpRequest().id}`);

    await user.click(await screen.findByRole('link', { name: /Alle gegevens van deze bewoner/ }));

    expect(router.state.location.pathname).toBe(`/bewoners/${maria.id}/gegevens`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gegevens van de bewoner' }),
    ).toBeVisible();
    const person = screen.getByRole('region', { name: 'Persoonsgegevens' });
    expect(person).toHaveTextContent('Maria Janssens');
    expect(person).toHaveTextContent('maria@voorbeeld.be');
    expect(
      screen.getByRole('region', { name: 'Toestemmingen en hun geschiedenis' }),
    ).toHaveTextContent('Mondeling');
    expect(
      screen.getByRole('region', { name: 'Doorverwijzingen en terugkoppeling van partners' }),
    ).toHaveTextContent('Niets bewaard.');
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Downloaden als JSON' })).toBeVisible();
  });

  it('erases with a reason and shows the API reason when the reason is refused', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    let erased = false;
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      [`GET /api/v1/residents/${maria.id}/data-export`]: () =>
        json(exportOf(erased ? { erasedAt: '2026-11-23T10:00:00Z' } : {})),
      [`POST /api/v1/residents/${maria.id}/erasure`]: async (request) => {
        const { reason } = (await request.json()) as { reason: string };
        if (reason.includes('0475')) {
          return json(
            {
              title: 'Invalid',
              status: 400,
              errors: { reason: ['The reason holds a phone number.'] },
            },
            400,
          );
        }
        erased = true;
        return json({
          residentId: maria.id,
          erasedAt: '2026-11-23T10:00:00Z',
          helpRequests: 1,
          referrals: 0,
          volunteerMatches: 0,
          volunteerHourNotes: 0,
          signals: 0,
          storedResponses: 0,
          volunteerProfile: false,
        });
      },
    });
    const { user } = renderApp(`/bewoners/${maria.id}/gegevens`);
    const form = within(await screen.findByRole('region', { name: 'Gegevens wissen' }));

    await user.type(form.getByLabelText('Reden'), 'Gebeld op 0475 12 34 56');
    await user.click(form.getByRole('button', { name: 'Gegevens wissen' }));
    expect(await form.findByText('The reason holds a phone number.')).toBeVisible();

    await user.clear(form.getByLabelText('Reden'));
    await user.type(form.getByLabelText('Reden'), 'Verzoek van de bewoner');
    await user.click(form.getByRole('button', { name: 'Gegevens wissen' }));

    expect(
      await screen.findByText('De persoonsgegevens van deze bewoner zijn gewist.'),
    ).toBeVisible();
    expect(calls(fetch).filter((c) => c.startsWith('POST'))).toHaveLength(2);
  });
});
