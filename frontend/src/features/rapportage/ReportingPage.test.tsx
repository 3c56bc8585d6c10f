import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { categories, referenceData } from '../hulpvragen/testData';
import type { Dashboard } from './api';
import { presetPeriod } from './filters';
import { dashboard, kielId } from './testData';

function mockDashboard(user: object, answer: (query: URLSearchParams) => Response) {
  const queries: URLSearchParams[] = [];
  const fetch = mockApi({
    'GET /api/v1/me': () => json(user),
    ...referenceData,
    'GET /api/v1/neighbourhoods': () =>
      json({ items: [{ id: kielId, name: 'Kiel', sectorCount: 7 }], total: 1 }),
    'GET /api/v1/help-categories': () => json(categories),
    'GET /api/v1/reports/dashboard': (request) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      return answer(query);
    },
  });
  return { fetch, queries };
}

const answerWith = (data: Dashboard) => () => json(data);

/** The card of one key figure, by its title. */
const card = (title: string) =>
  screen.getByRole('heading', { level: 3, name: title }).closest('li') as HTMLElement;

/** What a card says for the previous period or the change. */
const compared = (figure: HTMLElement, term: 'Vorige periode' | 'Verandering') =>
  within(figure).getByText(term).nextElementSibling?.textContent;

describe('Reporting dashboard', () => {
  beforeEach(() => startSession(tokens()));
  afterEach(() => vi.restoreAllMocks());

  it('shows the key figures next to the previous period, with the change', async () => {
    mockDashboard(coordinator, answerWith(dashboard()));
    renderApp('/rapportage');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapportage' })).toBeVisible();
    expect(
      await screen.findByText(
        'Van 1 nov 2025 tot en met 31 okt 2026, vergeleken met 1 nov 2024 tot en met 31 okt 2025.',
      ),
    ).toBeVisible();

    const requestsIn = card('Binnengekomen hulpvragen');
    expect(within(requestsIn).getByText('40')).toHaveClass('key-figure__value');
    expect(compared(requestsIn, 'Vorige periode')).toBe('32');
    expect(compared(requestsIn, 'Verandering')).toBe('+8 (+25%)');

    // Durations: hours below two days, days with one decimal from then on.
    const firstContact = card('Tijd tot eerste contact (mediaan)');
    expect(firstContact).toHaveTextContent('30 uur');
    expect(firstContact).toHaveTextContent('9 op 10 binnen 4 dagen');
    expect(compared(firstContact, 'Vorige periode')).toBe('2,5 dagen');
    expect(compared(firstContact, 'Verandering')).toBe('-30 uur');

    const matchRate = card('Gematcht met een vrijwilliger');
    expect(matchRate).toHaveTextContent('75%');
    expect(compared(matchRate, 'Verandering')).toBe('+15 procentpunten');

    expect(card('Uren vrijwilligerswerk')).toHaveTextContent('412,5');
    expect(card('Uren vrijwilligerswerk')).toHaveTextContent('Vrijwilligers die hielpen: 14');
    expect(card('Wachtlijst vandaag')).toHaveTextContent(
      'Wachttijd: mediaan 12 dagen, langst 40 dagen',
    );
  });

  it('shows hidden counts as "<5" and "x" with the reason, and draws no bar for them', async () => {
    mockDashboard(
      coordinator,
      answerWith(
        dashboard({
          previous: { ...dashboard().current, requestsIn: { value: null, disclosure: 'Small' } },
        }),
      ),
    );
    renderApp('/rapportage');

    const table = await screen.findByRole('table', { name: 'Cijfers per soort hulp' });
    const debt = within(table).getByRole('row', { name: /Schulden/ });
    const cells = within(debt).getAllByRole('cell');
    const [requestsIn, matched] = [cells[0]!, cells[3]!];
    expect(within(requestsIn).getByText('<5')).toHaveAttribute('aria-hidden', 'true');
    expect(requestsIn).toHaveTextContent('minder dan 5: verborgen om niemand herkenbaar te maken');
    expect(within(matched).getByText('x')).toBeVisible();
    expect(matched).toHaveTextContent(
      'verborgen zodat een klein aantal niet uit het totaal af te leiden is',
    );

    // A hidden count has no bar, only its sign.
    const chart = screen.getByRole('img', { name: 'Binnengekomen hulpvragen per soort hulp' });
    expect(chart.querySelectorAll('rect')).toHaveLength(1);
    expect(within(chart).getByText('<5')).toBeInTheDocument();

    // A change against a hidden count is not given.
    const requestsInCard = card('Binnengekomen hulpvragen');
    expect(compared(requestsInCard, 'Vorige periode')).toMatch(/^<5minder dan 5/);
    expect(compared(requestsInCard, 'Verandering')).toBe('niet te vergelijken');
  });

  it('keeps the filters in the address and sends them to the API', async () => {
    const { queries } = mockDashboard(coordinator, answerWith(dashboard()));
    const { router, user } = renderApp('/rapportage?categoryCode=shopping');

    await screen.findByRole('table', { name: 'Cijfers per soort hulp' });
    expect(queries[0]?.get('categoryCode')).toBe('shopping');
    expect(screen.getByLabelText('Soort hulp')).toHaveValue('shopping');
    expect(screen.getByLabelText('Periode')).toHaveValue('last12Months');

    await user.selectOptions(screen.getByLabelText('Kanaal'), 'HomeVisit');
    await user.selectOptions(screen.getByLabelText('Buurt'), kielId);
    await user.selectOptions(screen.getByLabelText('Periode'), 'lastYear');

    const { from, to } = presetPeriod('lastYear');
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      categoryCode: 'shopping',
      channel: 'HomeVisit',
      neighbourhoodId: kielId,
      from,
      to,
    });
    await vi.waitFor(() =>
      expect(Object.fromEntries(queries.at(-1)!)).toEqual(Object.fromEntries(params)),
    );

    // A period of one's own starts from the dates on screen.
    await user.selectOptions(screen.getByLabelText('Periode'), 'custom');
    expect(screen.getByLabelText('Van')).toHaveValue(from);
    await user.selectOptions(screen.getByLabelText('Periode'), 'last12Months');
    expect(router.state.location.search).not.toMatch(/from|to=/);
  });

  it('shows what the API finds wrong with a filter at the filter', async () => {
    mockDashboard(coordinator, (query) =>
      query.get('to') === '2026-01-01'
        ? json(
            {
              title: 'One or more validation errors occurred.',
              status: 400,
              errors: {
                to: ["The period ends before it starts: 'to' must be on or after 'from'."],
              },
            },
            400,
          )
        : json(dashboard()),
    );
    renderApp('/rapportage?from=2026-06-01&to=2026-01-01');

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze filters kloppen niet');
    expect(screen.getByLabelText('Tot en met')).toHaveAccessibleDescription(
      /The period ends before it starts/,
    );
  });

  it('links the counts to the requests behind them for a coordinator', async () => {
    mockDashboard(coordinator, answerWith(dashboard()));
    renderApp('/rapportage?channel=PhoneLine');

    const table = await screen.findByRole('table', { name: 'Cijfers per soort hulp' });
    const shopping = within(table).getByRole('row', { name: /Boodschappen/ });
    expect(within(shopping).getByRole('link', { name: '37' })).toHaveAttribute(
      'href',
      '/rapportage/hulpvragen?channel=PhoneLine&from=2025-11-01&to=2026-10-31&categoryCode=shopping&measure=RequestsIn',
    );
    // A month narrows the period to that month.
    await screen.findByRole('table', { name: 'Cijfers per maand' });
    const october = within(screen.getByRole('table', { name: 'Cijfers per maand' })).getByRole(
      'row',
      {
        name: /okt 2026/,
      },
    );
    expect(within(october).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      '/rapportage/hulpvragen?channel=PhoneLine&from=2026-10-01&to=2026-10-31&measure=RequestsIn',
    );
    // Requests from outside the neighbourhoods have no filter to show them by.
    const outside = within(screen.getByRole('table', { name: 'Cijfers per buurt' })).getByRole(
      'row',
      {
        name: /Buiten de buurten/,
      },
    );
    expect(within(outside).queryAllByRole('link')).toHaveLength(0);
    expect(
      within(screen.getByRole('table', { name: 'Van vraag tot hulp' })).getAllByRole('link'),
    ).not.toHaveLength(0);
  });

  it('shows an analyst the figures without links to requests', async () => {
    mockDashboard(analyst, answerWith(dashboard()));
    renderApp('/rapportage');

    const table = await screen.findByRole('table', { name: 'Cijfers per soort hulp' });
    expect(within(table).getByRole('row', { name: /Boodschappen/ })).toHaveTextContent('37');
    const drillDowns = screen
      .queryAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/rapportage/hulpvragen'));
    expect(drillDowns).toEqual([]);
  });

  it('downloads the figures as a file with the filters on screen', async () => {
    const { fetch } = mockDashboard(coordinator, answerWith(dashboard()));
    const exports: string[] = [];
    const original = fetch.getMockImplementation()!;
    fetch.mockImplementation((request: Request) => {
      if (new URL(request.url).pathname !== '/api/v1/reports/dashboard/export') {
        return original(request);
      }
      exports.push(new URL(request.url).search);
      return Promise.resolve(
        new Response('\uFEFFsection;figure\r\n', {
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition':
              'attachment; filename="warmewijk-rapport-2025-11-01-2026-10-31.csv"',
          },
        }),
      );
    });
    const createObjectURL = vi.fn(() => 'blob:report');
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/rapportage?categoryCode=shopping');

    await user.click(await screen.findByRole('button', { name: 'Download als CSV' }));

    expect(
      await screen.findByText('warmewijk-rapport-2025-11-01-2026-10-31.csv is gedownload.'),
    ).toBeVisible();
    expect(exports).toEqual(['?categoryCode=shopping&format=Csv']);
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    const request = fetch.mock.calls.find(([r]) => r.url.includes('/export'))![0];
    expect(request.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('links to the stories and to the printable report with the same filters', async () => {
    mockDashboard(coordinator, answerWith(dashboard()));
    renderApp('/rapportage?neighbourhoodId=' + kielId);

    expect(await screen.findByRole('link', { name: 'Verhalen en resultaten' })).toHaveAttribute(
      'href',
      '/rapportage/verhalen',
    );
    expect(
      screen.getByRole('link', { name: 'Verslag voor financiers (om af te drukken)' }),
    ).toHaveAttribute('href', `/rapportage/verslag?neighbourhoodId=${kielId}`);
  });
});
