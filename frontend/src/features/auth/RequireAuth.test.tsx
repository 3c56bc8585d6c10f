import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';

describe('RequireAuth', () => {
  it('sends a visitor without a session to the login page and back after signing in', async () => {
    mockApi({
      'POST /api/v1/auth/login': () => json(tokens()),
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/volunteers': () => json({ items: [], total: 0 }),
    });
    const { user, router } = renderApp('/vrijwilligers?tab=actief');

    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/login');

    await user.type(screen.getByLabelText('E-mailadres'), coordinator.email);
    await user.type(screen.getByLabelText('Wachtwoord'), 'WarmeWijk-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vrijwilligers' })).toBeVisible();
    expect(await screen.findByText('0 vrijwilligers')).toBeVisible();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/vrijwilligers?tab=actief',
    );
  });
});
