import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { calls, coordinator, fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { helpRequest, maria, mariaResident, referenceData, withETag } from '../hulpvragen/testData';
import type { Resident, ResidentDataExport } from './api';

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

describe("Correcting a resident's data", () => {
  beforeEach(() => startSession(tokens()));

  const path = `/api/v1/residents/${maria.id}`;

  it('sends every field with the version on screen and the reason, then shows the corrected data', async () => {
    let person = exportOf().resident.person;
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      [`GET ${path}/data-export`]: () => json(exportOf({ person })),
      [`PUT ${path}/details`]: async (request) => {
        const body = (await request.json()) as typeof person & { reason: string };
        sent.push({ body, ifMatch: request.headers.get('If-Match') });
        person = { ...person, ...body, version: 2 };
        return json(person);
      },
    });
    const { user } = renderApp(`/bewoners/${maria.id}/gegevens`);
    await user.click(await screen.findByRole('button', { name: 'Gegevens corrigeren' }));
    const form = within(screen.getByRole('form', { name: 'Gegevens corrigeren' }));

    await user.clear(form.getByLabelText('Achternaam'));
    await user.type(form.getByLabelText('Achternaam'), 'Janssen');
    await user.clear(form.getByLabelText('Telefoonnummer', { exact: false }));
    await user.type(form.getByLabelText('Telefoonnummer', { exact: false }), '03 123 45 67');
    await user.type(form.getByLabelText('Bus', { exact: false }), 'B');
    await user.click(form.getByRole('checkbox', { name: 'Frans' }));
    await user.click(form.getByRole('radio', { name: 'E-mail' }));
    await user.type(form.getByLabelText('Reden van de correctie'), 'Tikfout bij de intake');
    await user.click(form.getByRole('button', { name: 'Correctie bewaren' }));

    expect(await screen.findByRole('status')).toHaveTextContent('De gegevens zijn gecorrigeerd.');
    expect(sent).toEqual([
      {
        ifMatch: '"1"',
        body: {
          firstName: 'Maria',
          lastName: 'Janssen',
          birthYear: maria.birthYear,
          phone: '03 123 45 67',
          email: 'maria@voorbeeld.be',
          address: { ...mariaResident.address, box: 'B' },
          languages: ['nl', 'fr'],
          contactPreference: 'Email',
          reason: 'Tikfout bij de intake',
        },
      },
    ]);
    expect(await screen.findByText('Maria Janssen')).toBeVisible();
  });

  it('shows the problem details next to their fields', async () => {
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      [`GET ${path}/data-export`]: () => json(exportOf()),
      [`PUT ${path}/details`]: () =>
        json(
          {
            title: 'The request is not valid.',
            status: 400,
            errors: {
              phone: ["'12' is not a phone number."],
              'address.postalCode': ["'99' is not a Belgian postal code."],
              'languages[0]': ["'xx' is not an ISO 639-1 language code."],
              reason: ['The reason repeats a name or the street of the resident.'],
            },
          },
          400,
        ),
    });
    const { user } = renderApp(`/bewoners/${maria.id}/gegevens`);
    await user.click(await screen.findByRole('button', { name: 'Gegevens corrigeren' }));
    const form = within(screen.getByRole('form', { name: 'Gegevens corrigeren' }));

    await user.type(form.getByLabelText('Reden van de correctie'), 'Heet Janssen');
    await user.click(form.getByRole('button', { name: 'Correctie bewaren' }));

    expect(
      await form.findByLabelText('Telefoonnummer', { exact: false }),
    ).toHaveAccessibleDescription(/is not a phone number/);
    expect(form.getByLabelText('Postcode')).toHaveAccessibleDescription(
      /not a Belgian postal code/,
    );
    expect(form.getByRole('group', { name: 'Talen' })).toHaveAccessibleDescription(/ISO 639-1/);
    expect(form.getByLabelText('Reden van de correctie')).toHaveAccessibleDescription(
      /repeats a name/,
    );
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when someone else corrected the data meanwhile and starts again from the data now held', async () => {
    let version = 1;
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      [`GET ${path}/data-export`]: () =>
        json(
          exportOf({
            person: {
              ...exportOf().resident.person,
              ...(version === 2 && { lastName: 'Janssens-Peeters' }),
              version,
            },
          }),
        ),
      [`PUT ${path}/details`]: () => {
        version = 2;
        return json(
          {
            title: 'Precondition failed',
            status: 412,
            detail: 'The resident was changed by someone else meanwhile (now version 2).',
          },
          412,
        );
      },
    });
    const { user } = renderApp(`/bewoners/${maria.id}/gegevens`);
    await user.click(await screen.findByRole('button', { name: 'Gegevens corrigeren' }));
    const form = () => within(screen.getByRole('form', { name: 'Gegevens corrigeren' }));

    await user.type(form().getByLabelText('Reden van de correctie'), 'Tikfout');
    await user.click(form().getByRole('button', { name: 'Correctie bewaren' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Iemand anders corrigeerde deze gegevens intussen.',
    );
    await waitFor(() =>
      expect(form().getByLabelText('Achternaam')).toHaveValue('Janssens-Peeters'),
    );
    expect(form().getByLabelText('Reden van de correctie')).toHaveValue('');
  });

  it('is not offered once the data is erased', async () => {
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      [`GET ${path}/data-export`]: () => json(exportOf({ erasedAt: '2026-11-23T10:00:00Z' })),
    });
    renderApp(`/bewoners/${maria.id}/gegevens`);

    expect(
      await screen.findByText('De persoonsgegevens van deze bewoner zijn gewist.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Gegevens corrigeren' })).not.toBeInTheDocument();
  });
});

const residentWithETag = (person: Resident) =>
  new Response(JSON.stringify(person), {
    headers: { 'Content-Type': 'application/json', ETag: `"${person.version}"` },
  });

describe("A field worker's view of a resident's data", () => {
  beforeEach(() => startSession(tokens()));

  const path = `/api/v1/residents/${maria.id}`;
  const helpRequestOfMaria = () => ({
    'GET /api/v1/me': () => json(fieldWorker),
    ...referenceData,
    [`GET /api/v1/help-requests/${helpRequest().id}`]: () => withETag(helpRequest()),
    [`GET ${path}`]: () => residentWithETag(exportOf().resident.person),
  });

  it('links to the correction only, without the export, the erasure or the audit trail', async () => {
    const fetch = mockApi(helpRequestOfMaria());
    const { user, router } = renderApp(`/hulpvragen/${helpRequest().id}`);

    await user.click(
      await screen.findByRole('link', { name: 'Gegevens van deze bewoner corrigeren' }),
    );

    expect(router.state.location.pathname).toBe(`/bewoners/${maria.id}/gegevens`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gegevens van de bewoner corrigeren' }),
    ).toBeVisible();
    expect(await screen.findByText(/gegevens van Maria Janssens/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Gegevens corrigeren' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Afdrukken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Downloaden als JSON' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Gegevens wissen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Audittrail/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Audittrail/ })).not.toBeInTheDocument();
    expect(calls(fetch)).not.toContain(`GET ${path}/data-export`);
  });

  it('hides the audit trail and the full data link on the help request page', async () => {
    mockApi(helpRequestOfMaria());
    renderApp(`/hulpvragen/${helpRequest().id}`);

    expect(
      await screen.findByRole('link', { name: 'Gegevens van deze bewoner corrigeren' }),
    ).toBeVisible();
    expect(
      screen.queryByRole('link', { name: 'Audittrail van deze hulpvraag' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /Alle gegevens van deze bewoner/ }),
    ).not.toBeInTheDocument();
  });

  it('corrects the details with the version of the resident on screen', async () => {
    let person = exportOf().resident.person;
    const sent: (string | null)[] = [];
    mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      [`GET ${path}`]: () => residentWithETag(person),
      [`PUT ${path}/details`]: (request) => {
        sent.push(request.headers.get('If-Match'));
        person = { ...person, lastName: 'Janssen', version: 2 };
        return residentWithETag(person);
      },
    });
    const { user } = renderApp(`/bewoners/${maria.id}/gegevens`);
    await user.click(await screen.findByRole('button', { name: 'Gegevens corrigeren' }));
    const form = within(screen.getByRole('form', { name: 'Gegevens corrigeren' }));

    await user.clear(form.getByLabelText('Achternaam'));
    await user.type(form.getByLabelText('Achternaam'), 'Janssen');
    await user.type(form.getByLabelText('Reden van de correctie'), 'Tikfout bij de intake');
    await user.click(form.getByRole('button', { name: 'Correctie bewaren' }));

    expect(await screen.findByRole('status')).toHaveTextContent('De gegevens zijn gecorrigeerd.');
    expect(sent).toEqual(['"1"']);
    expect(await screen.findByText(/gegevens van Maria Janssen\b/)).toBeVisible();
  });

  it('is not open to an analyst', async () => {
    const fetch = mockApi({ 'GET /api/v1/me': () => json({ ...fieldWorker, role: 'Analyst' }) });
    renderApp(`/bewoners/${maria.id}/gegevens`);

    expect(
      await screen.findByText(
        'De gegevens van bewoners zijn er voor veldwerkers, coördinatoren en beheerders.',
      ),
    ).toBeVisible();
    expect(calls(fetch)).toEqual(['GET /api/v1/me']);
  });
});
