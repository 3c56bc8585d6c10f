import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../lib/auth/session';
import { analyst, calls, coordinator, fieldWorker, json, mockApi, tokens } from '../test/api';
import { renderApp } from '../test/render';

describe('AppShell', () => {
  beforeEach(() => startSession(tokens()));

  it('shows who is signed in, with the network and the translated role', async () => {
    mockApi({ 'GET /api/v1/me': () => json(coordinator) });
    renderApp('/hulpvragen');

    const header = screen.getByRole('banner');
    expect(await within(header).findByText('Sanne Peeters')).toBeVisible();
    expect(within(header).getByText('Warme Wijk Kiel')).toBeVisible();
    expect(within(header).getByText('Coördinator')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(nav).getByRole('link', { name: 'Hulpvragen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('offers beheer to coordinators', async () => {
    mockApi({ 'GET /api/v1/me': () => json(coordinator) });
    const { user } = renderApp('/rapportage');

    const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await user.click(await within(nav).findByRole('link', { name: 'Beheer' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Beheer' })).toHaveFocus();
    expect(screen.getByRole('link', { name: /Audittrail/ })).toHaveAttribute(
      'href',
      '/beheer/audittrail',
    );
  });

  it.each([fieldWorker, analyst])(
    'keeps beheer from a $role, with a plain word why',
    async (me) => {
      const fetch = mockApi({ 'GET /api/v1/me': () => json(me) });
      renderApp('/beheer/wachtlijst');

      expect(await screen.findByText(/Beheer is er voor de coördinatoren/)).toBeVisible();
      const nav = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
      expect(
        within(nav)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Buurtanalyse', 'Sociale kaart', 'Hulpvragen', 'Vrijwilligers', 'Rapportage']);
      expect(calls(fetch)).toEqual(['GET /api/v1/me']);
    },
  );

  it('switches the interface to English and remembers the choice', async () => {
    mockApi({ 'GET /api/v1/me': () => json(coordinator) });
    const { user } = renderApp('/rapportage');
    await screen.findByText('Sanne Peeters');

    await user.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Reporting' })).toBeVisible();
    expect(screen.getByText(/Your network's figures for a period/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Help requests' })).toBeVisible();
    expect(screen.getByText('Coordinator')).toBeVisible();
    expect(screen.getByRole('button', { name: 'EN' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('warmewijk.language')).toBe('en');
  });

  it('signs out: revokes the refresh token and returns to the login page', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/neighbourhoods': () => json({ items: [], total: 0 }),
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { user, router } = renderApp('/buurtanalyse');
    await screen.findByText('Sanne Peeters');

    await user.click(screen.getByRole('button', { name: 'Afmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');
    expect(calls(fetch)).toContain('POST /api/v1/auth/logout');
    const logout = fetch.mock.calls.find(([request]) => request.url.endsWith('/logout'))![0];
    expect(await logout.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(sessionStorage.length).toBe(0);
  });
});
