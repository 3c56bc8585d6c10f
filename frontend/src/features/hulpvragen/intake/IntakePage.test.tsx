import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { calls, fieldWorker, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { helpRequest, kiel, maria, referenceData, withETag } from '../testData';

type User = ReturnType<typeof renderApp>['user'];

const validationProblem = (errors: Record<string, string[]>) =>
  new Response(JSON.stringify({ title: 'The request is not valid.', status: 400, errors }), {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
  });

const stepHeading = (name: RegExp) => screen.findByRole('heading', { level: 2, name });
const next = (user: User) => user.click(screen.getByRole('button', { name: 'Volgende' }));

async function fillNewResident(user: User) {
  await user.type(screen.getByLabelText('Voornaam'), 'Jan');
  await user.type(screen.getByLabelText('Achternaam'), 'Peeters');
  await user.type(screen.getByLabelText('Telefoonnummer'), '0475 12 34 56');
  await next(user);
  await stepHeading(/Adres/);
  await user.type(screen.getByLabelText('Straat'), 'De Bosschaertstraat');
  await user.type(screen.getByLabelText('Huisnummer'), '5');
  await user.type(screen.getByLabelText('Postcode'), '2020');
  await user.selectOptions(screen.getByLabelText('Buurt'), kiel.id);
  await user.selectOptions(await screen.findByLabelText('Statistische sector'), '11002F60-');
  await next(user);
  await stepHeading(/Taal, contact en toestemming/);
  await user.click(screen.getByRole('checkbox', { name: /De hulpvraag bijhouden/ }));
  await next(user);
}

async function fillRequest(user: User) {
  await stepHeading(/Wat is de vraag/);
  await user.selectOptions(screen.getByLabelText('Hoe kwam de vraag binnen?'), 'HomeVisit');
  await user.selectOptions(screen.getByLabelText('Soort hulp'), 'shopping');
  await user.type(screen.getByLabelText('Beschrijving van de vraag'), 'Boodschappen doen.');
  await next(user);
  await stepHeading(/Wanneer/);
  await next(user);
  await stepHeading(/Nakijken en bewaren/);
}

const save = (user: User) => user.click(screen.getByRole('button', { name: 'Hulpvraag bewaren' }));

describe('Intake', () => {
  beforeEach(() => startSession(tokens()));

  it('checks a step before moving on and then puts the focus on the next step', async () => {
    mockApi({ 'GET /api/v1/me': () => json(fieldWorker), ...referenceData });
    const { user } = renderApp('/hulpvragen/nieuw');
    await stepHeading(/Stap 1 van 6: Wie vraagt hulp/);

    await user.type(screen.getByLabelText('Telefoonnummer'), '12');
    await next(user);

    const firstName = screen.getByLabelText('Voornaam');
    expect(firstName).toHaveFocus();
    expect(firstName).toHaveAccessibleDescription('Vul dit in.');
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Telefoonnummer')).toHaveAccessibleDescription(
      /Niet verplicht.*Dit is geen geldig telefoonnummer/,
    );

    await user.type(firstName, 'Jan');
    expect(firstName).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByLabelText('Achternaam'), 'Peeters');
    await user.clear(screen.getByLabelText('Telefoonnummer'));
    await next(user);

    expect(await stepHeading(/Stap 2 van 6: Adres/)).toHaveFocus();
    await user.type(screen.getByLabelText('Postcode'), '202');
    await next(user);
    expect(screen.getByLabelText('Straat')).toHaveFocus();
    expect(screen.getByLabelText('Postcode')).toHaveAccessibleDescription(
      'Een Belgische postcode heeft 4 cijfers, zoals 2020.',
    );
  });

  it('suggests a resident the network knows and records the request for them', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      'GET /api/v1/residents/matches': () => json({ items: [maria] }),
      'POST /api/v1/help-requests': () => withETag(helpRequest(), 201),
      [`GET /api/v1/help-requests/${helpRequest().id}`]: () => withETag(helpRequest()),
    });
    const { user, router } = renderApp('/hulpvragen/nieuw');

    await user.type(await screen.findByLabelText('Achternaam'), 'Janssens');
    const suggestions = await screen.findByRole('region', { name: 'Kennen we deze bewoner al?' });
    expect(suggestions).toHaveTextContent('Maria Janssens (°1948)');
    expect(suggestions).toHaveTextContent('Kielstraat 12, 2020');
    expect(suggestions).toHaveTextContent('dezelfde achternaam · hetzelfde geboortejaar');
    expect(screen.getByRole('status')).toHaveTextContent('1 bewoner gevonden');
    await user.click(within(suggestions).getByRole('button', { name: 'Dit is Maria Janssens' }));

    expect(await stepHeading(/Stap 1 van 4/)).toHaveTextContent('Wie vraagt hulp?');
    expect(screen.getByText('Maria Janssens (°1948)')).toBeVisible();
    await next(user);
    await fillRequest(user);
    await save(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Boodschappen' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/hulpvragen/${helpRequest().id}`);
    expect(calls(fetch)).not.toContain('POST /api/v1/residents');
    const post = fetch.mock.calls.find(([r]) => r.method === 'POST')![0];
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      residentId: maria.id,
      channel: 'HomeVisit',
      categoryCode: 'shopping',
      description: 'Boodschappen doen.',
      urgency: 'Normal',
      recurrence: 'OneOff',
      wishedFrom: null,
      timeWindows: [],
      needs: [],
      referralCardCode: null,
    });
  });

  it("shows the API's field errors next to their fields and keeps what was typed", async () => {
    mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      'GET /api/v1/residents/matches': () => json({ items: [] }),
      'POST /api/v1/residents': () =>
        validationProblem({
          'address.sectorCode': ["'11002F60-' is not a statistical sector of Flanders."],
          'languages[0]': ["'xx' is not an ISO 639-1 language code."],
        }),
    });
    const { user } = renderApp('/hulpvragen/nieuw');
    await stepHeading(/Wie vraagt hulp/);
    await fillNewResident(user);
    await fillRequest(user);

    await save(user);

    const sector = await screen.findByLabelText('Statistische sector');
    expect(await stepHeading(/Adres/)).toBeVisible();
    expect(sector).toHaveFocus();
    expect(sector).toHaveAccessibleDescription(/is not a statistical sector of Flanders/);
    expect(screen.getByLabelText('Straat')).toHaveValue('De Bosschaertstraat');

    await next(user);
    const languages = screen.getByRole('group', { name: 'Welke talen spreekt de bewoner?' });
    expect(languages).toHaveAccessibleDescription(/is not an ISO 639-1 language code/);
  });

  it('retries a failed save without a second resident and with the same Idempotency-Key', async () => {
    let attempts = 0;
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      'GET /api/v1/residents/matches': () => json({ items: [] }),
      'POST /api/v1/residents': () => json({ ...maria, address: { ...maria, box: null } }, 201),
      'POST /api/v1/help-requests': () =>
        ++attempts === 1
          ? Promise.reject(new TypeError('Failed to fetch'))
          : withETag(helpRequest(), 201),
      [`GET /api/v1/help-requests/${helpRequest().id}`]: () => withETag(helpRequest()),
    });
    const { user } = renderApp('/hulpvragen/nieuw');
    await stepHeading(/Wie vraagt hulp/);
    await fillNewResident(user);
    await fillRequest(user);

    await save(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('er is geen verbinding');
    expect(screen.getByText('Beschrijving van de vraag').nextSibling).toHaveTextContent(
      'Boodschappen doen.',
    );
    await save(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Boodschappen' })).toBeVisible();
    expect(calls(fetch).filter((call) => call === 'POST /api/v1/residents')).toHaveLength(1);
    const keys = fetch.mock.calls
      .filter(([request]) => request.url.endsWith('/help-requests'))
      .map(([request]) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
