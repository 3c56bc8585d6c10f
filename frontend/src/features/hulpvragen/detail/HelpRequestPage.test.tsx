import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { coordinator, fieldWorker, json, mockApi, problem, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { helpRequest, referenceData, withETag } from '../testData';

const path = `/api/v1/help-requests/${helpRequest().id}`;
const triaged = helpRequest({
  status: 'Triaged',
  version: 2,
  allowedTransitions: ['Matching', 'Referred', 'Waitlisted', 'ClosedNoOffer', 'Cancelled'],
  triage: {
    suggestedRoute: 'Light',
    suggestionReason: "Category 'shopping' can be picked up by volunteers.",
    decidedRoute: 'Light',
    overrideReason: null,
    residentChoice: 'AgreesWithAdvice',
    decidedAt: '2026-11-20T10:00:00Z',
  },
});

describe('Help request page', () => {
  beforeEach(() => startSession(tokens()));

  it('shows the request with its timeline in Belgian time', async () => {
    mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      [`GET ${path}`]: () => withETag(helpRequest()),
    });
    renderApp(`/hulpvragen/${helpRequest().id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Boodschappen' })).toBeVisible();
    expect(screen.getByText('Maria Janssens')).toBeVisible();
    const timeline = screen.getByRole('region', { name: 'Tijdlijn' });
    // 09:30 UTC is 10:30 in Brussels in November.
    expect(timeline).toHaveTextContent(/Nieuw.*20 nov 2026.*10:30.*door jou.*Intake via HomeVisit/);
    expect(screen.getByText('Een coördinator beslist over de triage.')).toBeVisible();
  });

  it('lets a coordinator deviate from the triage suggestion only with a reason', async () => {
    let current = helpRequest();
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      [`GET ${path}`]: () => withETag(current),
      [`GET ${path}/triage-suggestion`]: () =>
        json({ route: 'Light', reason: "Category 'shopping' can be picked up by volunteers." }),
      [`POST ${path}/triage`]: () => withETag((current = triaged)),
    });
    const { user } = renderApp(`/hulpvragen/${helpRequest().id}`);

    const triage = await screen.findByRole('region', { name: 'Triage' });
    expect(await within(triage).findByText(/Voorstel: Licht/)).toBeVisible();
    expect(within(triage).getByText(/Wij doen enkel suggesties, jij beslist/)).toBeVisible();
    await user.click(within(triage).getByRole('radio', { name: /Zwaar/ }));
    await user.click(within(triage).getByRole('radio', { name: 'Liever een professional' }));
    await user.click(within(triage).getByRole('button', { name: 'Triage bewaren' }));

    const reason = within(triage).getByLabelText('Waarom wijk je af van het voorstel?');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(/Vul dit in/);
    expect(fetch.mock.calls.some(([request]) => request.method === 'POST')).toBe(false);

    await user.type(reason, 'Er zijn ook schulden.');
    await user.click(within(triage).getByRole('button', { name: 'Triage bewaren' }));

    expect(await screen.findByText('Getrieerd', { selector: '.badge' })).toBeVisible();
    const post = fetch.mock.calls.find(([request]) => request.method === 'POST')![0];
    expect(post.headers.get('If-Match')).toBe('"1"');
    expect(await post.json()).toEqual({
      decidedRoute: 'Heavy',
      overrideReason: 'Er zijn ook schulden.',
      residentChoice: 'PrefersProfessional',
    });
  });

  it('says that someone else changed the request meanwhile and loads the new version', async () => {
    let version = triaged;
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      [`GET ${path}`]: () => withETag(version),
      [`POST ${path}/transitions`]: () => {
        version = { ...triaged, status: 'Cancelled', version: 3, allowedTransitions: [] };
        return problem(412, 'Precondition failed');
      },
    });
    const { user } = renderApp(`/hulpvragen/${helpRequest().id}`);

    const statusChange = await screen.findByRole('region', { name: 'Status wijzigen' });
    // A field worker puts nothing on the waiting list and does not refer: those are left out.
    expect(
      within(statusChange)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')),
    ).toEqual(
      ['Zoekt een vrijwilliger', 'Afgesloten zonder aanbod', 'Geannuleerd'].map((name) =>
        within(statusChange).getByText(name).closest('label'),
      ),
    );
    await user.click(within(statusChange).getByRole('radio', { name: 'Zoekt een vrijwilliger' }));
    await user.type(within(statusChange).getByLabelText('Waarom?'), 'Past voor een vrijwilliger.');
    await user.click(within(statusChange).getByRole('button', { name: 'Status wijzigen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Iemand anders heeft deze hulpvraag intussen gewijzigd.',
    );
    const transition = fetch.mock.calls.find(([request]) => request.method === 'POST')![0];
    expect(transition.headers.get('If-Match')).toBe('"2"');
    expect(await screen.findByText('Geannuleerd', { selector: '.badge' })).toBeVisible();
  });

  it('plans a follow-up task and marks it done', async () => {
    const task = {
      id: '0190f3a2-0000-7000-8000-0000000000f1',
      description: 'Wekelijks even bellen',
      dueOn: '2026-12-01',
      recurrence: 'Weekly' as const,
      assignedTo: fieldWorker.id,
      doneAt: null,
      cancelledAt: null,
    };
    let current = helpRequest();
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      [`GET ${path}`]: () => withETag(current),
      [`POST ${path}/follow-ups`]: () =>
        withETag((current = { ...current, version: 2, followUps: [task] })),
      [`POST ${path}/follow-ups/${task.id}/complete`]: () =>
        withETag(
          (current = {
            ...current,
            version: 3,
            followUps: [{ ...task, doneAt: '2026-12-01T08:00:00Z' }],
          }),
        ),
    });
    const { user } = renderApp(`/hulpvragen/${helpRequest().id}`);

    const followUps = await screen.findByRole('region', { name: 'Opvolgtaken' });
    await user.type(within(followUps).getByLabelText('Wat moet er gebeuren?'), task.description);
    await user.clear(within(followUps).getByLabelText('Tegen wanneer?'));
    await user.type(within(followUps).getByLabelText('Tegen wanneer?'), task.dueOn);
    await user.selectOptions(within(followUps).getByLabelText('Hoe vaak?'), 'Weekly');
    await user.click(within(followUps).getByRole('button', { name: 'Taak toevoegen' }));

    await user.click(
      await within(followUps).findByRole('button', { name: 'Afgerond: Wekelijks even bellen' }),
    );

    expect(await within(followUps).findByText(/Afgerond op 1 dec 2026/)).toBeVisible();
    const add = fetch.mock.calls.find(([request]) => request.url.endsWith('/follow-ups'))![0];
    expect(await add.json()).toEqual({
      description: task.description,
      dueOn: task.dueOn,
      recurrence: 'Weekly',
    });
  });

  it('records the first contact after a voicemail and then shows when it was', async () => {
    let current = helpRequest({ channel: 'VoicemailCallBack', firstContactAt: null });
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      [`GET ${path}`]: () => withETag(current),
      [`POST ${path}/first-contact`]: () =>
        withETag((current = { ...current, firstContactAt: '2026-11-21T08:15:00Z' })),
    });
    const { user } = renderApp(`/hulpvragen/${helpRequest().id}`);

    expect(await screen.findByText(/Nog geen eerste contact met de bewoner/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Eerste contact gelegd' }));

    // 08:15 UTC is 09:15 in Brussels in November.
    const fact = await screen.findByText('Eerste contact', { selector: 'dt' });
    expect(fact.nextElementSibling).toHaveTextContent(/21 nov 2026.*09:15/);
    expect(screen.queryByRole('button', { name: 'Eerste contact gelegd' })).not.toBeInTheDocument();
    const post = fetch.mock.calls.find(([request]) => request.method === 'POST')![0];
    expect(await post.json()).toEqual({ at: null });
  });

  it('shows when the first contact was, without a button, once it is recorded', async () => {
    mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      [`GET ${path}`]: () => withETag(helpRequest()),
    });
    renderApp(`/hulpvragen/${helpRequest().id}`);

    const fact = await screen.findByText('Eerste contact', { selector: 'dt' });
    expect(fact.nextElementSibling).toHaveTextContent(/20 nov 2026.*10:30/);
    expect(screen.queryByRole('button', { name: 'Eerste contact gelegd' })).not.toBeInTheDocument();
  });
});
