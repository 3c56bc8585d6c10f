import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { analyst, calls, coordinator, fieldWorker, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import type { Outcome } from './api';

const kiel = {
  id: '0190f3a2-0000-7000-8000-0000000000b1',
  name: 'Kiel',
  municipalityNis: '11002',
  municipalityName: 'Antwerpen',
  sectorCount: 7,
};

const market: Outcome = {
  id: '0190f3a2-0000-7000-8000-00000000o001',
  observedOn: '2026-10-01',
  neighbourhoodId: kiel.id,
  neighbourhoodName: 'Kiel',
  types: ['SocialRelations', 'Trust'],
  title: 'Buren doen samen boodschappen',
  change: 'Drie buren uit hetzelfde blok gaan nu samen naar de markt.',
  significance: 'Buren helpen elkaar zonder vrijwilliger.',
  contribution: null,
  source: 'Verteld door een bewoonster op de koffieochtend',
  recordedBy: coordinator.id,
  recordedAt: '2026-10-03T09:00:00Z',
  version: 3,
  canChange: true,
};

const partners: Outcome = {
  ...market,
  id: '0190f3a2-0000-7000-8000-00000000o002',
  observedOn: '2026-06-12',
  neighbourhoodId: null,
  neighbourhoodName: null,
  types: ['PartnerCollaboration'],
  title: 'Partners aan één tafel',
  change: 'Het OCMW en het CAW overleggen nu elke maand.',
  significance: null,
  version: 1,
  canChange: false,
};

const page = (items: Outcome[], total = items.length) => ({
  from: '2021-11-24',
  to: '2026-11-23',
  total,
  countsByType: [
    { type: 'ResidentsReachedAndInvolved', count: 0 },
    { type: 'SocialRelations', count: 1 },
    { type: 'Trust', count: 1 },
    { type: 'WayToCare', count: 0 },
    { type: 'PartnerCollaboration', count: 1 },
  ],
  items,
  nextCursor: null,
});

function mockOutcomes(user: object, handlers: Parameters<typeof mockApi>[0] = {}) {
  const queries: string[] = [];
  const fetch = mockApi({
    'GET /api/v1/me': () => json(user),
    'GET /api/v1/neighbourhoods': () => json({ items: [kiel], total: 1 }),
    'GET /api/v1/outcomes': (request) => {
      queries.push(new URL(request.url).search);
      return json(page([market, partners]));
    },
    ...handlers,
  });
  return { fetch, queries };
}

describe('Outcomes and stories', () => {
  beforeEach(() => startSession(tokens()));

  it('shows the stories of the period with counts per type that filter the list', async () => {
    const { queries } = mockOutcomes(coordinator);
    const { user, router } = renderApp('/rapportage/verhalen');

    const card = (await screen.findByRole('heading', { name: market.title })).closest('li')!;
    expect(within(card).getByText('Kiel')).toBeInTheDocument();
    expect(within(card).getByText('Sociale relaties')).toBeInTheDocument();
    expect(within(card).getByText('Vertrouwen')).toBeInTheDocument();
    expect(within(card).getByText(market.significance!)).toBeInTheDocument();
    const network = screen.getByRole('heading', { name: partners.title }).closest('li')!;
    expect(within(network).getByText('Heel het netwerk')).toBeInTheDocument();
    expect(screen.getByText(/2 verhalen\./)).toBeInTheDocument();

    expect(within(network).queryByRole('button')).not.toBeInTheDocument();

    const chip = () =>
      within(screen.getByRole('list', { name: 'Verhalen per soort verandering' })).getByRole(
        'button',
        { name: 'Partners werken samen: 1' },
      );
    expect(chip()).toHaveAttribute('aria-pressed', 'false');
    await user.click(chip());
    expect(chip()).toHaveAttribute('aria-pressed', 'true');
    await user.selectOptions(screen.getByLabelText('Buurt'), 'Kiel');
    await user.type(screen.getByLabelText('Vastgesteld vanaf'), '2026-01-01');

    expect(router.state.location.search).toBe(
      `?type=PartnerCollaboration&neighbourhoodId=${kiel.id}&from=2026-01-01`,
    );
    await screen.findByRole('heading', { name: market.title });
    expect(queries.at(-1)).toBe(
      `?from=2026-01-01&neighbourhoodId=${kiel.id}&type=PartnerCollaboration&limit=20`,
    );
  });

  it('records a story and shows the API’s refusal of contact data at its field', async () => {
    const bodies: unknown[] = [];
    const { fetch } = mockOutcomes(fieldWorker, {
      'POST /api/v1/outcomes': async (request) => {
        const body = (await request.json()) as { change: string };
        bodies.push(body);
        if (body.change.includes('@'))
          return new Response(
            JSON.stringify({
              title: 'The request is not valid.',
              status: 400,
              errors: { change: ['This holds an e-mail address.'] },
            }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        return json({ ...market, id: 'new', title: 'Samen naar de markt' }, 201);
      },
    });
    const { user } = renderApp('/rapportage/verhalen');

    await user.click(await screen.findByRole('button', { name: 'Nieuw verhaal' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('group', { name: /Soort verandering/ })).toHaveAccessibleDescription(
      /Kies minstens één soort verandering/,
    );
    expect(calls(fetch)).not.toContain('POST /api/v1/outcomes');

    const form = screen.getByRole('heading', { name: 'Nieuw verhaal' }).closest('form')!;
    expect(within(form).getByLabelText('Korte titel')).toHaveAccessibleDescription(
      /Geen namen of contactgegevens/,
    );
    await user.click(within(form).getByLabelText(/Sociale relaties/));
    await user.type(within(form).getByLabelText('Korte titel'), 'Samen naar de markt');
    await user.type(
      within(form).getByLabelText('Wat veranderde er, en voor wie?'),
      'Mail an@example.org',
    );
    await user.type(within(form).getByLabelText('Bron'), 'Een bewoonster');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    const change = within(form).getByLabelText('Wat veranderde er, en voor wie?');
    expect(await within(form).findByText('This holds an e-mail address.')).toBeInTheDocument();
    expect(change).toHaveAttribute('aria-invalid', 'true');
    expect(change).toHaveAccessibleDescription(/This holds an e-mail address\./);

    await user.clear(change);
    await user.type(change, 'Drie buren gaan samen naar de markt.');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('‘Samen naar de markt’ is opgeslagen.')).toBeInTheDocument();
    expect(bodies.at(-1)).toMatchObject({
      neighbourhoodId: null,
      types: ['SocialRelations'],
      title: 'Samen naar de markt',
      change: 'Drie buren gaan samen naar de markt.',
      significance: null,
      contribution: null,
      source: 'Een bewoonster',
    });
  });

  it('changes a story with the version it was shown with and says when someone else was first', async () => {
    const ifMatch: (string | null)[] = [];
    mockOutcomes(coordinator, {
      [`PUT /api/v1/outcomes/${market.id}`]: (request) => {
        ifMatch.push(request.headers.get('If-Match'));
        return new Response(JSON.stringify({ title: 'Precondition failed', status: 412 }), {
          status: 412,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      },
    });
    const { user } = renderApp('/rapportage/verhalen');

    await user.click(await screen.findByRole('button', { name: `‘${market.title}’ wijzigen` }));
    const form = screen.getByRole('heading', { name: 'Verhaal wijzigen' }).closest('form')!;
    expect(within(form).getByLabelText('Korte titel')).toHaveValue(market.title);
    expect(within(form).getByLabelText(/Vertrouwen/)).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      /Iemand anders wijzigde of verwijderde dit verhaal intussen/,
    );
    expect(ifMatch).toEqual(['"3"']);
  });

  it('deletes a story only after confirmation', async () => {
    const ifMatch: (string | null)[] = [];
    const { fetch } = mockOutcomes(coordinator, {
      [`DELETE /api/v1/outcomes/${market.id}`]: (request) => {
        ifMatch.push(request.headers.get('If-Match'));
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/rapportage/verhalen');

    await user.click(await screen.findByRole('button', { name: `‘${market.title}’ verwijderen` }));
    expect(calls(fetch)).not.toContain(`DELETE /api/v1/outcomes/${market.id}`);
    const confirm = screen.getByRole('group', { name: `‘${market.title}’ verwijderen` });
    expect(within(confirm).getByText(/Dit verhaal verwijderen\?/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Ja, verwijderen' }));

    expect(await screen.findByText(`‘${market.title}’ is verwijderd.`)).toBeInTheDocument();
    expect(ifMatch).toEqual(['"3"']);
  });

  it('lets an analyst read the stories without changing them', async () => {
    mockOutcomes(analyst, {
      'GET /api/v1/outcomes': () => json(page([{ ...market, canChange: false }, partners])),
    });
    renderApp('/rapportage/verhalen');

    await screen.findByRole('heading', { name: market.title });
    expect(screen.getByText(/coördinatoren en veldwerkers tekenen ze op/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nieuw verhaal' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /wijzigen/ })).not.toBeInTheDocument();
  });
});
