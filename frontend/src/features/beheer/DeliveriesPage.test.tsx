import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import type { WebhookDelivery } from './api';

const delivery = (id: string, changes: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: `0190f3a2-0000-7000-8000-0000000001${id}`,
  subscriptionId: '0190f3a2-0000-7000-8000-0000000002aa',
  subscriptionUrl: 'https://partner.example/hooks',
  partnerName: 'OCMW Antwerpen',
  eventType: 'referral.status_changed',
  subjectId: '0190f3a2-0000-7000-8000-0000000003aa',
  state: 'Dead',
  attempts: 15,
  lastError: 'HTTP 503 from the endpoint.',
  createdAt: '2026-11-20T09:30:00Z',
  nextAttemptAt: null,
  deliveredAt: null,
  deadLetteredAt: '2026-11-21T09:30:00Z',
  ...changes,
});

describe('Webhook deliveries', () => {
  beforeEach(() => startSession(tokens()));

  it('lists the dead letters and sends one again, or says why it cannot', async () => {
    let dead = [delivery('01'), delivery('02', { partnerName: 'CAW Antwerpen' })];
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/webhook-deliveries': () =>
        json({ items: dead, total: dead.length, nextCursor: null }),
      [`POST /api/v1/webhook-deliveries/${delivery('01').id}/replay`]: () => {
        dead = dead.filter(({ id }) => id !== delivery('01').id);
        return json({ ...delivery('01'), state: 'Pending', attempts: 0 }, 202);
      },
      [`POST /api/v1/webhook-deliveries/${delivery('02').id}/replay`]: () =>
        json(
          { title: 'Conflict', status: 409, detail: 'Only a dead delivery can be replayed.' },
          409,
        ),
    });
    const { user } = renderApp('/beheer/webhook-leveringen');

    const table = await screen.findByRole('table', { name: '2 leveringen' });
    expect(screen.getByLabelText('Toon leveringen met status')).toHaveValue('Dead');
    const first = within(table).getAllByRole('row')[1]!;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'OCMW Antwerpenhttps://partner.example/hooks',
      'referral.status_changed',
      'Opgegeven',
      '15',
      'HTTP 503 from the endpoint.',
      // 09:30 UTC is 10:30 in Brussels in November.
      '20 nov 2026, 10:30',
      'Opnieuw versturen: referral.status_changed, OCMW Antwerpen',
    ]);

    await user.click(within(first).getByRole('button', { name: /Opnieuw versturen/ }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'De levering aan OCMW Antwerpen wordt opnieuw verstuurd.',
    );
    expect(await screen.findByRole('table', { name: '1 levering' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Opnieuw versturen: .*CAW Antwerpen/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only a dead delivery can be replayed.',
    );
    const lists = fetch.mock.calls
      .map(([request]) => new URL(request.url))
      .filter((url) => url.pathname === '/api/v1/webhook-deliveries');
    expect(lists[0]!.searchParams.toString()).toBe('state=dead&limit=50');
  });

  it('filters on another state and loads the next page', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/webhook-deliveries': (request) => {
        const query = new URL(request.url).searchParams;
        if (query.get('state') !== 'delivered')
          return json({ items: [], total: 0, nextCursor: null });
        return query.get('cursor') === 'page-2'
          ? json({ items: [delivery('04', { state: 'Delivered' })], total: 2, nextCursor: null })
          : json({
              items: [delivery('03', { state: 'Delivered' })],
              total: 2,
              nextCursor: 'page-2',
            });
      },
    });
    const { user, router } = renderApp('/beheer/webhook-leveringen');

    expect(await screen.findByText('Geen leveringen met deze status.')).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Toon leveringen met status'), 'Delivered');
    const table = await screen.findByRole('table', { name: '2 leveringen' });
    expect(router.state.location.search).toBe('?state=Delivered');
    expect(screen.getByLabelText('Toon leveringen met status')).toHaveFocus();
    expect(within(table).getAllByText('Afgeleverd')).toHaveLength(1);
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await within(table).findAllByText('Afgeleverd')).toHaveLength(2);
    const last = new URL(fetch.mock.calls.at(-1)![0].url).searchParams.toString();
    expect(last).toBe('state=delivered&cursor=page-2&limit=50');
  });
});
