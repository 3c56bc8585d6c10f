import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { kielId, kielNeighbourhood } from './testData';

const consultation = {
  id: '0190f3a2-0000-7000-8000-0000000000a9',
  neighbourhoodId: kielId,
  method: 'CafeDialogue',
  heldOn: '2026-11-18',
  participants: 14,
  themes: ['Wonen', 'Eenzaamheid'],
  summary: 'Veel zorgen over de huurprijzen.',
  quotes: ['Ik ken mijn buren niet meer.'],
  recordedAt: '2026-11-19T10:00:00Z',
};

const page = (role: typeof analyst, extra = {}) => ({
  'GET /api/v1/me': () => json(role),
  [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
  [`GET /api/v1/neighbourhoods/${kielId}/signals`]: () =>
    json({ themes: [], latest: [], total: 0 }),
  [`GET /api/v1/neighbourhoods/${kielId}/consultations`]: () =>
    json({ items: [consultation], total: 1, themes: ['Eenzaamheid', 'Wonen'] }),
  'GET /api/v1/partners': () => json({ items: [], total: 0 }),
  ...extra,
});

describe('Buurtbevragingen of a neighbourhood', () => {
  beforeEach(() => startSession(tokens()));

  it('lists them and lets a field worker record one, showing the API refusing personal data', async () => {
    const sent: unknown[] = [];
    mockApi(
      page(fieldWorker, {
        [`POST /api/v1/neighbourhoods/${kielId}/consultations`]: async (request: Request) => {
          sent.push(await request.json());
          return json(
            {
              status: 400,
              title: 'The request is not valid.',
              errors: {
                'quotes[0]': [
                  'This holds a phone number; leave out anything that identifies a person.',
                ],
              },
            },
            400,
          );
        },
      }),
    );
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    const section = (await screen.findByRole('heading', { name: 'Buurtbevragingen' })).closest(
      'section',
    )!;
    expect(
      await within(section).findByText('Veel zorgen over de huurprijzen.'),
    ).toBeInTheDocument();

    await user.selectOptions(within(section).getByLabelText('Methode'), 'HouseVisit');
    await user.type(within(section).getByLabelText('Datum'), '2026-11-20');
    await user.click(within(section).getByRole('checkbox', { name: 'Wonen' }));
    await user.type(within(section).getByLabelText('Samenvatting'), 'Vocht in de blok.');
    await user.type(
      within(section).getByLabelText('Citaten (één per regel)'),
      'Bel me op 0475 12 34 56',
    );
    await user.click(within(section).getByRole('button', { name: 'Buurtbevraging opslaan' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('a phone number');
    expect(sent).toEqual([
      {
        method: 'HouseVisit',
        heldOn: '2026-11-20',
        participants: null,
        themes: ['Wonen'],
        summary: 'Vocht in de blok.',
        quotes: ['Bel me op 0475 12 34 56'],
      },
    ]);
  });

  it('lets an analyst read without a form', async () => {
    mockApi(
      page(analyst, {
        [`GET /api/v1/neighbourhoods/${kielId}/indicators`]: () =>
          json({ indicators: [], sectors: [], years: [] }),
        [`GET /api/v1/neighbourhoods/${kielId}/boundaries`]: () =>
          json({ type: 'FeatureCollection', features: [] }),
      }),
    );
    renderApp(`/buurtanalyse/${kielId}`);

    expect(await screen.findByText('Veel zorgen over de huurprijzen.')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Buurtbevraging opslaan' }),
    ).not.toBeInTheDocument();
  });
});
