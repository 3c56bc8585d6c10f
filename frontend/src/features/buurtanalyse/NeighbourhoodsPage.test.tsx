import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { coordinator, json, mockApi, problem, tokens } from '../../test/api';
import { renderApp } from '../../test/render';

const kiel = {
  id: '0190f3a2-0000-7000-8000-0000000000b1',
  name: 'Kiel',
  municipalityNis: '11002',
  municipalityName: 'Antwerpen',
};

describe('Buurtanalyse', () => {
  beforeEach(() => startSession(tokens()));

  it("lists the network's neighbourhoods and shows a neighbourhood's sectors", async () => {
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/neighbourhoods': () => json({ items: [{ ...kiel, sectorCount: 2 }], total: 1 }),
      [`GET /api/v1/neighbourhoods/${kiel.id}`]: () =>
        json({
          ...kiel,
          sectors: [
            { code: '11002F60-', name: 'Kiel - Centrum (Kiel)' },
            { code: '11002F61-', name: 'Kiel - Noord' },
          ],
        }),
    });
    const { user, router } = renderApp('/buurtanalyse');

    await user.click(await screen.findByRole('link', { name: /Kiel.*2 statistische sectoren/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kiel' })).toHaveFocus();
    expect(router.state.location.pathname).toBe(`/buurtanalyse/${kiel.id}`);
    const sectors = screen.getByRole('table', { name: 'Statistische sectoren' });
    expect(sectors).toHaveTextContent('11002F60-Kiel - Centrum (Kiel)');
    expect(sectors).toHaveTextContent('11002F61-Kiel - Noord');
  });

  it('says so when a neighbourhood does not exist in the network', async () => {
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/neighbourhoods/unknown': () => problem(404, 'Not found'),
    });
    renderApp('/buurtanalyse/unknown');

    expect(await screen.findByRole('alert')).toHaveTextContent('bestaat niet (meer)');
  });
});
