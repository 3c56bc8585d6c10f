import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { analyst, coordinator, fieldWorker, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { kielBoundaries, kielId, kielIndicators, kielNeighbourhood } from '../testData';
import type { Buurtplan, PlanAction } from './api';

const goalId = '0190f3a2-0000-7000-8000-0000000000e1';
const actionId = '0190f3a2-0000-7000-8000-0000000000e2';
const userId = '0190f3a2-0000-7000-8000-0000000000e9';

const action: PlanAction = {
  id: actionId,
  goalId,
  title: 'Wekelijks koffiemoment',
  startOn: '2026-01-05',
  dueOn: '2026-06-30',
  ownerUserId: userId,
  ownerName: null,
  owner: 'Sofie Peeters',
  partners: [{ id: '0190f3a2-0000-7000-8000-0000000000f1', name: 'Sociaal huis Kiel' }],
  status: 'Planned',
  nextStatuses: ['InProgress', 'Done', 'Dropped'],
  notes: null,
  version: 1,
};

const plan: Buurtplan = {
  neighbourhoodId: kielId,
  neighbourhoodName: 'Kiel',
  goals: [
    {
      id: goalId,
      neighbourhoodId: kielId,
      title: 'Minder eenzaamheid bij ouderen',
      description: 'Elke alleenwonende 65-plusser kent een buur.',
      status: 'Active',
      findings: [
        {
          kind: 'Indicator',
          code: 'share_increased_allowance',
          note: 'Dubbel zo hoog als in Vlaanderen.',
        },
        { kind: 'SignalTheme', code: 'Eenzaamheid', note: 'Ouderen komen weinig buiten.' },
      ],
      indicators: [
        { code: 'share_increased_allowance', source: 'Buurtanalyse', baseline: 31.5, target: 25 },
        { code: 'activity_participants', source: 'ReportKpi', baseline: 100, target: 250 },
      ],
      version: 1,
    },
  ],
  actions: [action],
  activities: [
    {
      id: '0190f3a2-0000-7000-8000-0000000000e3',
      neighbourhoodId: kielId,
      heldOn: '2026-10-01',
      type: 'CoffeeMoment',
      participants: 14,
      groupsReached: ['OlderResidents', 'Newcomers'],
      actionId,
      description: null,
      recordedAt: '2026-10-02T09:00:00Z',
      version: 1,
    },
  ],
  owners: [{ id: userId, displayName: 'Sofie Peeters' }],
  reportKpis: ['residents_reached', 'activity_participants'],
};

const page = (
  me: unknown,
  extra: Record<string, (request: Request) => Response | Promise<Response>> = {},
) =>
  mockApi({
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
    [`GET /api/v1/neighbourhoods/${kielId}/indicators`]: () => json(kielIndicators),
    [`GET /api/v1/neighbourhoods/${kielId}/boundaries`]: () => json(kielBoundaries),
    [`GET /api/v1/neighbourhoods/${kielId}/signals`]: () =>
      json({ total: 0, themes: [], latest: [] }),
    [`GET /api/v1/neighbourhoods/${kielId}/buurtplan`]: () => json(plan),
    'GET /api/v1/partners': () => json({ items: action.partners, total: 1 }),
    ...extra,
  });

describe('The buurtplan of a neighbourhood', () => {
  beforeEach(() => startSession(tokens()));

  it('shows goals with their findings, indicators from baseline over now to target, actions and activities', async () => {
    page(analyst);
    renderApp(`/buurtanalyse/${kielId}`);

    const goal = await screen.findByRole('article', { name: 'Minder eenzaamheid bij ouderen' });
    expect(goal).toHaveTextContent('Thema ‘Eenzaamheid’: Ouderen komen weinig buiten.');
    const indicators = within(goal).getByRole('table', { name: /Indicatoren van/ });
    expect(
      within(indicators).getByRole('row', { name: /verhoogde tegemoetkoming/ }),
    ).toHaveTextContent('31,5 %31,5 %25,0 %');
    expect(
      within(indicators).getByRole('row', { name: /Deelnemers aan activiteiten/ }),
    ).toHaveTextContent('100zie rapportage250');
    expect(goal).toHaveTextContent('Wekelijks koffiemoment');
    expect(goal).toHaveTextContent('trekker: Sofie Peeters · met Sociaal huis Kiel');
    expect(screen.getByText('1 activiteit, samen 14 deelnemers.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Oudere bewoners, Nieuwkomers' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Doel toevoegen' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Activiteit registreren' }),
    ).not.toBeInTheDocument();
  });

  it('lets a coordinator add a goal and start an action with the version on screen', async () => {
    let created: unknown;
    let moved: Request | undefined;
    page(coordinator, {
      [`POST /api/v1/neighbourhoods/${kielId}/buurtplan/goals`]: async (request) => {
        created = await request.json();
        return json(plan.goals[0], 201);
      },
      [`PUT /api/v1/buurtplan/actions/${actionId}/status`]: (request) => {
        moved = request;
        return json({ ...action, status: 'InProgress', version: 2 });
      },
    });
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    await user.click(
      await screen.findByRole('button', { name: 'Starten: Wekelijks koffiemoment' }),
    );
    await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    await user.type(screen.getByLabelText('Titel'), 'Wegwijs in digitale loketten');
    await user.type(screen.getByLabelText('Wat stelden we vast?'), 'Veel vragen over premies.');
    await user.click(screen.getByRole('button', { name: 'Indicator toevoegen' }));
    const indicator = within(screen.getByRole('group', { name: 'Indicator 1' }));
    await user.selectOptions(indicator.getByLabelText('Indicator'), 'residents_reached');
    await user.clear(indicator.getByLabelText('Doel'));
    await user.type(indicator.getByLabelText('Doel'), '80');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(moved?.headers.get('If-Match')).toBe('"1"');
    expect(await moved?.json()).toEqual({ status: 'InProgress' });
    await screen.findByRole('button', { name: 'Doel toevoegen' });
    expect(created).toEqual({
      title: 'Wegwijs in digitale loketten',
      description: null,
      status: 'Active',
      findings: [
        { kind: 'Indicator', code: 'share_increased_allowance', note: 'Veel vragen over premies.' },
      ],
      indicators: [{ code: 'residents_reached', baseline: 0, target: 80 }],
    });
  });

  it('lets a field worker record an activity and shows the refusal at its field', async () => {
    page(fieldWorker, {
      [`POST /api/v1/neighbourhoods/${kielId}/activities`]: () =>
        new Response(
          JSON.stringify({
            status: 400,
            title: 'One or more validation errors occurred.',
            errors: { Description: ['This holds a phone number.'] },
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    await user.click(await screen.findByRole('button', { name: 'Activiteit registreren' }));
    expect(screen.queryByRole('button', { name: 'Doel toevoegen' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Deelnemers'), '9');
    await user.click(screen.getByRole('checkbox', { name: 'Gezinnen' }));
    await user.selectOptions(screen.getByLabelText('Hoort bij actie'), actionId);
    await user.type(screen.getByLabelText('Korte omschrijving'), 'Bel 0475 12 34 56');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const description = await screen.findByLabelText('Korte omschrijving');
    expect(description).toHaveAccessibleDescription(/This holds a phone number/);
    expect(screen.getByRole('alert')).toHaveTextContent('Niet alles is goed ingevuld');
  });
});
