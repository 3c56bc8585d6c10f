import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, coordinator, fieldWorker, json, mockApi, problem, tokens } from '../../test/api';
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
  version: 1,
  canChange: true,
};
const consultationPath = `/api/v1/consultations/${consultation.id}`;

const page = (role: typeof analyst, extra = {}, items: () => unknown[] = () => [consultation]) => ({
  'GET /api/v1/me': () => json(role),
  [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
  [`GET /api/v1/neighbourhoods/${kielId}/signals`]: () =>
    json({ themes: [], latest: [], total: 0 }),
  [`GET /api/v1/neighbourhoods/${kielId}/consultations`]: () =>
    json({ items: items(), total: items().length, themes: ['Eenzaamheid', 'Mobiliteit', 'Wonen'] }),
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

  it('lets an analyst read without a form or buttons to change one', async () => {
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
    expect(screen.queryByRole('button', { name: /wijzigen|verwijderen/ })).not.toBeInTheDocument();
  });

  it('lets a coordinator correct one, sending the version on screen', async () => {
    let current = consultation;
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    mockApi(
      page(
        coordinator,
        {
          [`PUT ${consultationPath}`]: async (request: Request) => {
            sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
            current = { ...consultation, participants: 20, themes: ['Mobiliteit'], version: 2 };
            return json(current);
          },
        },
        () => [current],
      ),
    );
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    await user.click(
      await screen.findByRole('button', { name: 'Buurtbevraging van 18 nov 2026 wijzigen' }),
    );
    const form = screen.getByRole('form', { name: 'Buurtbevraging wijzigen' });
    expect(within(form).getByLabelText('Samenvatting')).toHaveValue(consultation.summary);
    await user.clear(within(form).getByLabelText('Aantal deelnemers (optioneel)'));
    await user.type(within(form).getByLabelText('Aantal deelnemers (optioneel)'), '20');
    await user.click(within(form).getByRole('checkbox', { name: 'Wonen' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Eenzaamheid' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Mobiliteit' }));
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText('De buurtbevraging is gewijzigd.')).toBeInTheDocument();
    expect(await screen.findByText('Mobiliteit', { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Buurtbevraging wijzigen' })).not.toBeInTheDocument();
    expect(sent).toEqual([
      {
        ifMatch: '"1"',
        body: {
          method: 'CafeDialogue',
          heldOn: '2026-11-18',
          participants: 20,
          themes: ['Mobiliteit'],
          summary: consultation.summary,
          quotes: consultation.quotes,
        },
      },
    ]);
  });

  it('says so when someone else changed it meanwhile', async () => {
    mockApi(
      page(coordinator, {
        [`PUT ${consultationPath}`]: () => problem(412, 'Precondition Failed'),
      }),
    );
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    await user.click(
      await screen.findByRole('button', { name: 'Buurtbevraging van 18 nov 2026 wijzigen' }),
    );
    const form = screen.getByRole('form', { name: 'Buurtbevraging wijzigen' });
    await user.click(within(form).getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Iemand anders wijzigde deze buurtbevraging intussen.',
    );
  });

  it('removes one only after a confirmation', async () => {
    let items = [consultation];
    const removed: (string | null)[] = [];
    mockApi(
      page(
        fieldWorker,
        {
          [`DELETE ${consultationPath}`]: (request: Request) => {
            removed.push(request.headers.get('If-Match'));
            items = [];
            return new Response(null, { status: 204 });
          },
        },
        () => items,
      ),
    );
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    await user.click(
      await screen.findByRole('button', { name: 'Buurtbevraging van 18 nov 2026 verwijderen' }),
    );
    const confirm = screen.getByRole('group', {
      name: 'Buurtbevraging van 18 nov 2026 verwijderen',
    });
    expect(removed).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('group', { name: /verwijderen/ })).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Buurtbevraging van 18 nov 2026 verwijderen' }),
    );
    await user.click(
      within(screen.getByRole('group', { name: /verwijderen/ })).getByRole('button', {
        name: 'Ja, verwijderen',
      }),
    );

    expect(await screen.findByText('De buurtbevraging is verwijderd.')).toBeInTheDocument();
    expect(await screen.findByText('Nog geen buurtbevragingen in deze buurt.')).toBeInTheDocument();
    expect(removed).toEqual(['"1"']);
  });

  it("shows a field worker no buttons on someone else's, only on their own", async () => {
    const theirs = {
      ...consultation,
      id: '0190f3a2-0000-7000-8000-0000000000aa',
      heldOn: '2026-11-10',
      canChange: false,
    };
    mockApi(page(fieldWorker, {}, () => [consultation, theirs]));
    renderApp(`/buurtanalyse/${kielId}`);

    expect(
      await screen.findByRole('button', { name: 'Buurtbevraging van 18 nov 2026 wijzigen' }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Buurtbevraging van 18 nov 2026 verwijderen' }),
    ).toBeVisible();
    expect(screen.getByText('10 nov 2026', { exact: false })).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Buurtbevraging van 10 nov 2026 wijzigen' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Buurtbevraging van 10 nov 2026 verwijderen' }),
    ).not.toBeInTheDocument();
  });
});
