import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { kielBoundaries, kielId, kielNeighbourhood, kielIndicators } from './testData';

describe('The buurtanalyse of a neighbourhood', () => {
  beforeEach(() => startSession(tokens()));

  it('shows the map, the indicators with knipperlichten and the trend to an analyst', async () => {
    mockApi({
      'GET /api/v1/me': () => json(analyst),
      [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
      [`GET /api/v1/neighbourhoods/${kielId}/indicators`]: () => json(kielIndicators),
      [`GET /api/v1/neighbourhoods/${kielId}/boundaries`]: () => json(kielBoundaries),
    });
    renderApp(`/buurtanalyse/${kielId}`);

    const table = await screen.findByRole('table', { name: 'Indicatoren' });
    const allowance = within(table).getByRole('row', { name: /verhoogde tegemoetkoming/ });
    expect(allowance).toHaveTextContent('31,5 %');
    expect(allowance).toHaveTextContent('Knipperlicht: hoger, +14,3 procentpunt');
    expect(allowance).toHaveTextContent('15,3 % (2017)');
    expect(
      within(allowance).getByRole('img', { name: 'Stijgend van 2022 tot 2024' }),
    ).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /85-plussers/ })).toHaveTextContent(
      'vertrouwelijk (C)',
    );
    expect(screen.getByText(/verzonnen \(synthetische demodata\)/)).toBeInTheDocument();

    const map = await screen.findByRole('img', { name: /Kaart van de statistische sectoren/ });
    expect(map.querySelectorAll('path')).toHaveLength(2);
  });

  it('gives the map as a table too, and keeps a confidential sector confidential on the map', async () => {
    mockApi({
      'GET /api/v1/me': () => json(analyst),
      [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
      [`GET /api/v1/neighbourhoods/${kielId}/indicators`]: () => json(kielIndicators),
      [`GET /api/v1/neighbourhoods/${kielId}/boundaries`]: () => json(kielBoundaries),
    });
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    await user.selectOptions(
      await screen.findByLabelText('Kleur de sectoren volgens'),
      'share_85_plus',
    );

    const values = screen.getByRole('table', { name: 'Waarden per sector: Aandeel 85-plussers' });
    expect(within(values).getByRole('row', { name: /11002F60-/ })).toHaveTextContent(
      'vertrouwelijk (C)',
    );
    expect(within(values).getByRole('row', { name: /11002F61-/ })).toHaveTextContent('2,1 %');
    const map = screen.getByRole('img', { name: /Aandeel 85-plussers/ });
    expect(map.querySelector('path')?.getAttribute('fill')).toBe('url(#suppressed-hatch)');
  });

  it('does not ask a field worker for the figures', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
    });
    renderApp(`/buurtanalyse/${kielId}`);

    expect(await screen.findByRole('table', { name: 'Statistische sectoren' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Indicatoren' })).not.toBeInTheDocument();
    expect(fetch.mock.calls.map(([r]) => new URL(r.url).pathname)).not.toContain(
      `/api/v1/neighbourhoods/${kielId}/indicators`,
    );
  });
});
