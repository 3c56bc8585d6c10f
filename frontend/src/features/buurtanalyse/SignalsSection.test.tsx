import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { kielId, kielNeighbourhood } from './testData';

const signals = {
  total: 3,
  themes: [
    { theme: 'eenzaamheid', fromIntakes: 1, fromFieldWork: 1, fromConsultations: 0, total: 2 },
    { theme: 'vocht in woning', fromIntakes: 0, fromFieldWork: 1, fromConsultations: 0, total: 1 },
  ],
  latest: [
    {
      id: '0190f3a2-0000-7000-8000-0000000000d1',
      source: 'FieldWork',
      theme: 'eenzaamheid',
      sectorCode: '11002F61-',
      description: 'Oudere man komt al weken niet meer buiten.',
      raisedAt: '2026-11-20T10:00:00Z',
    },
  ],
};

describe('Themes and signals of a neighbourhood', () => {
  beforeEach(() => startSession(tokens()));

  it('shows the counts per theme and lets a field worker record a signal', async () => {
    let recorded: unknown;
    mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      [`GET /api/v1/neighbourhoods/${kielId}`]: () => json(kielNeighbourhood),
      [`GET /api/v1/neighbourhoods/${kielId}/signals`]: () => json(signals),
      [`POST /api/v1/neighbourhoods/${kielId}/signals`]: async (request) => {
        recorded = await request.json();
        return json({ ...signals.latest[0], theme: 'vervoer' }, 201);
      },
    });
    const { user } = renderApp(`/buurtanalyse/${kielId}`);

    const themes = await screen.findByRole('table', { name: 'Signalen per thema' });
    expect(within(themes).getByRole('row', { name: /eenzaamheid/ })).toHaveTextContent(
      'eenzaamheid1102',
    );

    await user.type(screen.getByLabelText('Thema'), 'vervoer');
    await user.selectOptions(screen.getByLabelText('Statistische sector'), '11002F61-');
    await user.type(
      screen.getByLabelText('Wat zag of hoorde je?'),
      'Geen bus meer naar de apotheek.',
    );
    await user.click(screen.getByRole('button', { name: 'Signaal opslaan' }));

    expect(await screen.findByText('Het signaal is opgeslagen.')).toBeInTheDocument();
    expect(recorded).toEqual({
      theme: 'vervoer',
      sectorCode: '11002F61-',
      description: 'Geen bus meer naar de apotheek.',
    });
  });
});
