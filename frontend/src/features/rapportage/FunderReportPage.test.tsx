import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { categories, referenceData } from '../hulpvragen/testData';
import type { Outcome } from './outcomes/api';
import { dashboard, kielId } from './testData';

const story = (id: string, title: string, change: string): Outcome => ({
  id,
  observedOn: '2026-10-01',
  neighbourhoodId: kielId,
  neighbourhoodName: 'Kiel',
  types: ['SocialRelations'],
  title,
  change,
  significance: null,
  contribution: null,
  source: 'Een bewoonster op de koffieochtend',
  recordedBy: analyst.id,
  recordedAt: '2026-10-03T09:00:00Z',
  version: 1,
  canChange: false,
});

const stories = [
  story(
    '0190f3a2-0000-7000-8000-00000000a001',
    'Buren doen samen boodschappen',
    'Drie buren gaan samen naar de markt.',
  ),
  story(
    '0190f3a2-0000-7000-8000-00000000a002',
    'Partners aan één tafel',
    'Het OCMW en het CAW overleggen elke maand.',
  ),
  story(
    '0190f3a2-0000-7000-8000-00000000a003',
    'Een koffieochtend',
    'Twaalf bewoners komen elke dinsdag.',
  ),
];

describe('The report for funders', () => {
  beforeEach(() => startSession(tokens()));

  it('puts the key figures, charts, reach, signals and stories of the period on paper', async () => {
    const outcomeQueries: URLSearchParams[] = [];
    const dashboardQueries: URLSearchParams[] = [];
    mockApi({
      'GET /api/v1/me': () => json(analyst),
      ...referenceData,
      'GET /api/v1/help-categories': () => json(categories),
      'GET /api/v1/reports/dashboard': (request) => {
        dashboardQueries.push(new URL(request.url).searchParams);
        return json(
          dashboard({
            filters: { neighbourhoodId: null, categoryCode: 'shopping', channel: null },
          }),
        );
      },
      'GET /api/v1/outcomes': (request) => {
        outcomeQueries.push(new URL(request.url).searchParams);
        return json({
          from: '2025-11-01',
          to: '2026-10-31',
          total: 7,
          countsByType: [
            { type: 'ResidentsReachedAndInvolved', count: 2 },
            { type: 'SocialRelations', count: 4 },
            { type: 'Trust', count: 0 },
            { type: 'WayToCare', count: 1 },
            { type: 'PartnerCollaboration', count: 1 },
          ],
          items: stories,
          nextCursor: '0190f3a2-0000-7000-8000-00000000a003',
        });
      },
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderApp('/rapportage/verslag?categoryCode=shopping');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Warme Wijk Kiel: verslag van 1 nov 2025 tot en met 31 okt 2026',
      }),
    ).toBeVisible();
    expect(dashboardQueries[0]?.get('categoryCode')).toBe('shopping');
    expect(await screen.findByText('Boodschappen', { selector: '.lead' })).toBeVisible();
    expect(screen.getByText(/^Afgedrukt op /)).toBeVisible();

    const figures = screen.getByRole('table', { name: 'Kerncijfers' });
    expect(
      within(figures).getByRole('row', { name: /Binnengekomen hulpvragen/ }),
    ).toHaveTextContent(/40.*32.*\+8 \(\+25%\)/);
    expect(screen.getByRole('img', { name: 'Binnengekomen hulpvragen per maand' })).toBeVisible();
    expect(screen.getByRole('img', { name: 'Van vraag tot hulp' })).toBeVisible();
    const reach = screen.getByRole('table', { name: 'Bereikte bewoners tegenover de inwoners' });
    expect(within(reach).getByRole('row', { name: /65 jaar en ouder/ })).toHaveTextContent(
      /20.*800 \(2024\).*3%/,
    );
    expect(screen.getByRole('table', { name: 'Signalen per thema' })).toHaveTextContent(
      /Boodschappen6Schulden<5/,
    );
    // Printed, nothing links to the requests behind a figure.
    expect(
      screen
        .queryAllByRole('link')
        .filter((link) => link.getAttribute('href')?.startsWith('/rapportage/hulpvragen')),
    ).toEqual([]);

    const outcomes = await screen.findByRole('table', { name: 'Verhalen per soort verandering' });
    expect(within(outcomes).getByRole('row', { name: /Sociale relaties/ })).toHaveTextContent('4');
    expect(Object.fromEntries(outcomeQueries[0]!)).toEqual({
      from: '2025-11-01',
      to: '2026-10-31',
      limit: '3',
    });
    expect(screen.getByRole('heading', { level: 3, name: 'De nieuwste verhalen' })).toBeVisible();
    for (const { title, change } of stories) {
      expect(screen.getByText(title)).toBeVisible();
      expect(screen.getByText(change)).toBeVisible();
    }
    expect(screen.getByRole('heading', { name: 'Over de verborgen aantallen' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
