import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { calls, coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { helpRequest, maria, referenceData, withETag } from '../hulpvragen/testData';
import type { AuditEntry } from './api';

const requestId = helpRequest().id;
const entry = (id: string, changes: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `0190f3a2-0000-7000-8000-0000000004${id}`,
  at: '2026-11-20T09:30:00Z',
  actorId: coordinator.id,
  actorName: 'Sanne Peeters',
  actorRole: 'Coordinator',
  action: 'Read',
  entityType: 'HelpRequest',
  entityId: requestId,
  purpose: 'Help request viewed.',
  ...changes,
});

describe('Audit trail', () => {
  beforeEach(() => startSession(tokens()));

  it('is linked from a help request and shows who did what, when and why', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      [`GET /api/v1/help-requests/${requestId}`]: () => withETag(helpRequest()),
      'GET /api/v1/audit': (request) =>
        new URL(request.url).searchParams.get('cursor')
          ? json({
              items: [entry('03', { action: 'Create', actorName: null, purpose: 'Intake.' })],
              nextCursor: null,
            })
          : json({
              items: [
                entry('02', { action: 'Transition', purpose: 'To Matching.' }),
                entry('01', { actorRole: 'FieldWorker', actorName: 'Yassin El Amrani' }),
              ],
              nextCursor: entry('01').id,
            }),
    });
    const { user, router } = renderApp(`/hulpvragen/${requestId}`);

    await user.click(await screen.findByRole('link', { name: 'Audittrail van deze hulpvraag' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Audittrail' })).toBeVisible();
    expect(screen.getByLabelText('Alleen over')).toHaveValue(requestId);
    const main = screen.getByRole('main');
    const entries = await within(main).findAllByRole('listitem');
    expect(entries[0]).toHaveTextContent(
      // 09:30 UTC is 10:30 in Brussels in November.
      /Status gewijzigd.*20 nov 2026.*10:30 · door Sanne Peeters \(Coördinator\).*Waarom: To Matching\./,
    );
    expect(entries[1]).toHaveTextContent(/Bekeken.*door Yassin El Amrani \(Buurtwerker\)/);
    expect(
      within(entries[1]!).getByRole('link', { name: `Hulpvraag ${requestId}` }),
    ).toHaveAttribute('href', `/hulpvragen/${requestId}`);
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));

    expect(await screen.findByText(/door een onbekende gebruiker \(Coördinator\)/)).toBeVisible();
    expect(within(main).getAllByRole('listitem')).toHaveLength(3);
    const pages = fetch.mock.calls
      .map(([request]) => new URL(request.url))
      .filter((url) => url.pathname === '/api/v1/audit')
      .map((url) => url.searchParams.toString());
    expect(pages).toEqual([
      `entityId=${requestId}&limit=50`,
      `entityId=${requestId}&cursor=${entry('01').id}&limit=50`,
    ]);

    await user.click(screen.getByRole('button', { name: 'Alles tonen' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Alleen over')).toHaveValue('');
    expect(screen.getByLabelText('Alleen over')).toHaveFocus();
  });

  it('shows failed sign-ins as such, by someone who was not signed in', async () => {
    const account = '0190f3a2-0000-7000-8000-000000000077';
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/audit': () =>
        json({
          items: [
            entry('06', {
              action: 'SignInPaused',
              actorId: '00000000-0000-0000-0000-000000000000',
              actorName: null,
              actorRole: 'Anonymous',
              entityType: 'StaffUser',
              entityId: account,
              purpose: '20 failed sign-ins.',
            }),
            entry('05', {
              action: 'SignInFailed',
              actorName: null,
              actorRole: 'Anonymous',
              entityType: 'PartnerApiClient',
              entityId: account,
              purpose: 'Partner token requested with a wrong secret.',
            }),
          ],
          nextCursor: null,
        }),
    });
    renderApp('/beheer/audittrail');

    const entries = await within(await screen.findByRole('main')).findAllByRole('listitem');
    expect(entries[0]).toHaveTextContent(
      /Aanmelden gepauzeerd voor nieuwe adressen.*door een onbekende gebruiker \(niet aangemeld\).*Account 0190f3a2/,
    );
    expect(entries[1]).toHaveTextContent(/Mislukte aanmelding.*Partnerkoppeling 0190f3a2/);
  });

  it('filters on the id of a resident, and refuses what is not an id', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/audit': () => json({ items: [], nextCursor: null }),
    });
    const { user, router } = renderApp('/beheer/audittrail');

    expect(await screen.findByText('Niets gevonden in de audittrail.')).toBeVisible();
    const filter = screen.getByLabelText('Alleen over');
    await user.type(filter, 'Maria');
    await user.click(screen.getByRole('button', { name: 'Filteren' }));
    expect(filter).toHaveAccessibleDescription(/Dit is geen geldig id\./);
    expect(router.state.location.search).toBe('');

    await user.clear(filter);
    await user.type(filter, ` ${maria.id} `);
    await user.click(screen.getByRole('button', { name: 'Filteren' }));

    expect(router.state.location.search).toBe(`?entityId=${maria.id}`);
    expect(await screen.findByText('Niets gevonden in de audittrail.')).toBeVisible();
    expect(screen.getByLabelText('Alleen over')).not.toHaveAccessibleDescription(/geen geldig/);
    expect(calls(fetch).filter((call) => call === 'GET /api/v1/audit')).toHaveLength(2);
  });
});
