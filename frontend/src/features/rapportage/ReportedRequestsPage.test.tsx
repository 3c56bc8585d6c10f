import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, calls, coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import type { HelpRequestSummary } from '../hulpvragen/api';
import { referenceData } from '../hulpvragen/testData';

const summary = (id: string, residentName: string): HelpRequestSummary => ({
  id,
  residentName,
  categoryCode: 'shopping',
  urgency: 'Normal',
  status: 'Matched',
  createdAt: '2026-10-12T08:00:00Z',
  waitlistPriority: null,
});

const first = summary('0190f3a2-0000-7000-8000-0000000000d1', 'Maria Janssens');
const second = summary('0190f3a2-0000-7000-8000-0000000000d2', 'Jan Peeters');
const path =
  '/rapportage/hulpvragen?from=2026-10-01&to=2026-10-31&categoryCode=shopping&measure=Matched';

describe('The requests behind a figure', () => {
  beforeEach(() => startSession(tokens()));

  it('lists the requests a page at a time, each linking to the request', async () => {
    const queries: URLSearchParams[] = [];
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      'GET /api/v1/reports/requests': (request) => {
        const query = new URL(request.url).searchParams;
        queries.push(query);
        return json(
          query.get('cursor')
            ? { items: [second], nextCursor: null }
            : { items: [first], nextCursor: first.id },
        );
      },
    });
    const { user } = renderApp(path);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hulpvragen achter het cijfer' }),
    ).toBeVisible();
    const link = await screen.findByRole('link', { name: /Maria Janssens/ });
    expect(link).toHaveAttribute('href', `/hulpvragen/${first.id}`);
    const facts = screen.getByText('Cijfer').closest('dl') as HTMLElement;
    expect(facts).toHaveTextContent('CijferGematcht');
    expect(facts).toHaveTextContent('Periode1 okt 2026 tot en met 31 okt 2026');
    expect(facts).toHaveTextContent('VoorBoodschappen');
    expect(Object.fromEntries(queries[0]!)).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      categoryCode: 'shopping',
      measure: 'Matched',
      limit: '25',
    });

    await user.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await screen.findByRole('link', { name: /Jan Peeters/ })).toBeVisible();
    expect(queries[1]?.get('cursor')).toBe(first.id);
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de rapportage' })).toHaveAttribute(
      'href',
      '/rapportage?from=2026-10-01&to=2026-10-31&categoryCode=shopping',
    );
  });

  it('tells an analyst that only coordinators see the requests, without asking the API', async () => {
    const fetch = mockApi({ 'GET /api/v1/me': () => json(analyst), ...referenceData });
    renderApp(path);

    expect(await screen.findByText(/Alleen coördinatoren en beheerders/)).toBeVisible();
    expect(calls(fetch)).not.toContain('GET /api/v1/reports/requests');
    expect(within(document.body).queryAllByRole('link', { name: /Maria/ })).toHaveLength(0);
  });
});
