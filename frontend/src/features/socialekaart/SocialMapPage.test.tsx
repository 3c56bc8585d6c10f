import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { kielId, kielNeighbourhood } from '../buurtanalyse/testData';
import { categories } from '../hulpvragen/testData';

const caw = {
  id: '0190f3a2-0000-7000-8000-0000000000f1',
  name: 'CAW – onthaal Kiel',
  kind: 'Formal',
  description: 'Vrij onthaal voor elke welzijnsvraag.',
  categories: ['debt'],
  services: null,
  phone: '+3239993000',
  email: 'caw@example.org',
  website: 'https://caw.example.org',
  address: null,
  neighbourhoodIds: [],
  acceptsReferrals: true,
  isActive: true,
  version: 1,
  suggested: false,
};

const committee = {
  ...caw,
  id: '0190f3a2-0000-7000-8000-0000000000f2',
  name: 'Buurtcomité Kiel',
  kind: 'Informal',
  categories: [],
  phone: null,
  email: null,
  website: null,
  neighbourhoodIds: [kielId],
  acceptsReferrals: false,
};

const base = {
  'GET /api/v1/help-categories': () => json(categories),
  'GET /api/v1/neighbourhoods': () =>
    json({
      items: [{ id: kielId, name: 'Kiel', municipalityName: 'Antwerpen', sectorCount: 2 }],
      total: 1,
    }),
};

describe('Sociale kaart', () => {
  beforeEach(() => startSession(tokens()));

  it('lists the actors, filters by kind and adds one with precise errors first', async () => {
    const requests: string[] = [];
    let attempts = 0;
    mockApi({
      ...base,
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/partners': (request) => {
        requests.push(new URL(request.url).search);
        const kind = new URL(request.url).searchParams.get('kind');
        const items = [caw, committee].filter((a) => !kind || a.kind === kind);
        return json({ items, total: items.length });
      },
      'POST /api/v1/partners': () =>
        ++attempts === 1
          ? json(
              {
                status: 400,
                title: 'The request is not valid.',
                errors: { phone: ["'12' is not a phone number."] },
              },
              400,
            )
          : json({ ...caw, id: 'new', name: 'Soepbar' }, 201),
    });
    const { user } = renderApp('/sociale-kaart');

    const list = await screen.findByRole('list', { name: 'Actoren' });
    expect(within(list).getByText('CAW – onthaal Kiel')).toBeInTheDocument();
    expect(within(list).getByText(/Informele actor/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Soort'), 'Informal');
    expect(await screen.findByText('Buurtcomité Kiel')).toBeInTheDocument();
    expect(requests).toContain('?kind=Informal');

    await user.click(screen.getByRole('button', { name: 'Actor toevoegen' }));
    const form = screen.getByRole('form', { name: 'Nieuwe actor' });
    await user.type(within(form).getByLabelText('Naam'), 'Soepbar');
    await user.type(within(form).getByLabelText('Telefoon'), '12');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByText("'12' is not a phone number.")).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('list', { name: 'Actoren' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nieuwe actor' })).not.toBeInTheDocument();
  });

  it('shows every rejected line of a refused import', async () => {
    mockApi({
      ...base,
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/partners': () => json({ items: [caw], total: 1 }),
      'POST /api/v1/partners/import': () =>
        json(
          {
            status: 422,
            title: 'The file was not imported.',
            detail: 'Nothing was imported: 1 line(s) were rejected.',
            import: {
              created: 0,
              updated: 0,
              unchanged: 0,
              fatalError: null,
              rejections: [
                {
                  line: 3,
                  column: 'service_areas',
                  reason: "'Atlantis' is not a neighbourhood of your network.",
                },
              ],
            },
          },
          422,
        ),
    });
    const { user } = renderApp('/sociale-kaart');

    await user.upload(
      await screen.findByLabelText('CSV-bestand'),
      new File(['name,kind\n'], 'kaart.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Importeren' }));

    const report = await screen.findByRole('table', { name: 'Afgewezen regels' });
    expect(within(report).getByRole('row', { name: /service_areas/ })).toHaveTextContent(
      "3service_areas'Atlantis' is not a neighbourhood of your network.",
    );
  });

  it('lets an analyst read but not change the map', async () => {
    mockApi({
      ...base,
      'GET /api/v1/me': () => json(analyst),
      'GET /api/v1/partners': () => json({ items: [caw], total: 1 }),
    });
    renderApp('/sociale-kaart');

    expect(await screen.findByText('CAW – onthaal Kiel')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actor toevoegen' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('CSV-bestand')).not.toBeInTheDocument();
  });

  it('shows the actors serving a neighbourhood on its page', async () => {
    mockApi({
      'GET /api/v1/me': () => json(analyst),
      [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
      [`GET /api/v1/neighbourhoods/${kielId}/indicators`]: () =>
        json({ indicators: [], sectors: [], years: [] }),
      [`GET /api/v1/neighbourhoods/${kielId}/boundaries`]: () =>
        json({ type: 'FeatureCollection', features: [] }),
      [`GET /api/v1/neighbourhoods/${kielId}/signals`]: () =>
        json({ themes: [], latest: [], total: 0 }),
      [`GET /api/v1/neighbourhoods/${kielId}/consultations`]: () =>
        json({ items: [], total: 0, themes: [] }),
      'GET /api/v1/partners': () => json({ items: [committee], total: 1 }),
    });
    renderApp(`/buurtanalyse/${kielId}`);

    const section = (
      await screen.findByRole('heading', { name: 'Sociale kaart', level: 2 })
    ).closest('section')!;
    expect(await within(section).findByText('Buurtcomité Kiel')).toBeInTheDocument();
  });
});
