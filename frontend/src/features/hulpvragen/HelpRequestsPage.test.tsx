import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { analyst, calls, fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { categories } from './testData';

const summary = (id: string, residentName: string, status = 'New') => ({
  id: `0190f3a2-0000-7000-8000-0000000000${id}`,
  residentName,
  categoryCode: 'shopping',
  urgency: 'Normal',
  status,
  createdAt: '2026-11-20T09:30:00Z',
  waitlistPriority: null,
});

describe('Help requests page', () => {
  beforeEach(() => startSession(tokens()));

  it('shows my caseload and the network requests, filtered by status, page by page', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      'GET /api/v1/help-categories': () => json(categories),
      'GET /api/v1/me/caseload': () =>
        json({
          requests: [summary('e1', 'Maria J.')],
          followUps: [
            {
              helpRequestId: summary('e1', '').id,
              taskId: '0190f3a2-0000-7000-8000-0000000000f1',
              description: 'Wekelijks even bellen',
              dueOn: '2026-01-05',
            },
          ],
        }),
      'GET /api/v1/help-requests': (request) => {
        const { searchParams } = new URL(request.url);
        if (searchParams.get('cursor') === 'page-2') {
          return json({ items: [summary('e3', 'Jan P.', 'Triaged')], nextCursor: null });
        }
        return json({ items: [summary('e2', 'Ahmed B.', 'Triaged')], nextCursor: 'page-2' });
      },
    });
    const { user, router } = renderApp('/hulpvragen');

    const caseload = await screen.findByRole('region', { name: 'Mijn caseload' });
    expect(
      await within(caseload).findByRole('link', { name: /Boodschappen · Maria J\./ }),
    ).toHaveAttribute('href', `/hulpvragen/${summary('e1', '').id}`);
    expect(within(caseload).getByText(/te laat: was tegen 5 jan 2026/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Nieuwe hulpvraag' })).toHaveAttribute(
      'href',
      '/hulpvragen/nieuw',
    );

    const all = screen.getByRole('region', { name: 'Alle hulpvragen van je werking' });
    await user.selectOptions(within(all).getByLabelText('Toon hulpvragen met status'), 'Triaged');
    expect(await within(all).findByRole('link', { name: /Ahmed B\./ })).toBeVisible();
    expect(router.state.location.search).toBe('?status=Triaged');
    await user.click(within(all).getByRole('button', { name: 'Meer laden' }));

    expect(await within(all).findByRole('link', { name: /Jan P\./ })).toBeVisible();
    expect(within(all).getByRole('link', { name: /Ahmed B\./ })).toBeVisible();
    expect(within(all).queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    const lastPage = fetch.mock.calls.map(([request]) => request.url).at(-1)!;
    expect(new URL(lastPage).searchParams.toString()).toBe('status=Triaged&cursor=page-2&limit=20');
  });

  it('tells an analyst plainly that help requests are not for their role', async () => {
    const fetch = mockApi({ 'GET /api/v1/me': () => json(analyst) });
    renderApp('/hulpvragen/nieuw');

    expect(await screen.findByText(/Je rol heeft geen toegang tot hulpvragen/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Hulpvragen' })).toBeVisible();
    expect(calls(fetch)).toEqual(['GET /api/v1/me']);
  });
});
