import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { calls, coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';

const shopping = {
  code: 'shopping',
  nameNl: 'Boodschappen',
  nameEn: 'Shopping',
  defaultRoute: 'Light',
  isActive: true,
  buddyTypes: ['Shopping'],
  requiresHomeVisit: false,
  requiredTraining: [],
};
const debt = {
  code: 'debt',
  nameNl: 'Schulden',
  nameEn: 'Debt',
  defaultRoute: 'Heavy',
  isActive: false,
  buddyTypes: [],
  requiresHomeVisit: false,
  requiredTraining: [],
};

describe('Help categories', () => {
  beforeEach(() => startSession(tokens()));

  it('lists switched-off categories too, and switches one back on', async () => {
    const saved: unknown[] = [];
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/help-categories': () => json({ items: [shopping, debt], total: 2 }),
      'PUT /api/v1/help-categories/debt': async (request) => {
        saved.push(await request.json());
        return json({ ...debt, isActive: true });
      },
    });
    const { user } = renderApp('/beheer/hulpcategorieen');

    const item = (await screen.findByText('Schulden')).closest('li')!;
    expect(within(item).getByText('Uitgeschakeld')).toBeInTheDocument();
    expect(calls(fetch)).toContain('GET /api/v1/help-categories');
    expect(
      fetch.mock.calls.some(([request]) => new URL(request.url).search === '?includeInactive=true'),
    ).toBe(true);

    await user.click(within(item).getByRole('button', { name: 'Schulden wijzigen' }));
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Aangeboden bij de intake'));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Schulden is opgeslagen.');
    expect(saved).toEqual([
      {
        nameNl: 'Schulden',
        nameEn: 'Debt',
        defaultRoute: 'Heavy',
        isActive: true,
        buddyTypes: [],
        requiresHomeVisit: false,
        requiredTraining: [],
      },
    ]);
  });

  it('adds a category only with a valid code and both names', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/help-categories': () => json({ items: [shopping], total: 1 }),
      'PUT /api/v1/help-categories/winter-check': () =>
        json({
          code: 'winter-check',
          nameNl: 'Wintercheck',
          nameEn: 'Winter check',
          defaultRoute: 'Light',
          isActive: true,
        }),
    });
    const { user } = renderApp('/beheer/hulpcategorieen');

    await user.click(await screen.findByRole('button', { name: 'Nieuwe categorie' }));
    await user.type(screen.getByLabelText('Code'), 'Winter Check');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(screen.getByLabelText('Code')).toHaveFocus();
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(/kleine letters, cijfers/);
    expect(calls(fetch).some((call) => call.startsWith('PUT'))).toBe(false);

    await user.clear(screen.getByLabelText('Code'));
    await user.type(screen.getByLabelText('Code'), 'winter-check');
    await user.type(screen.getByLabelText('Naam in het Nederlands'), 'Wintercheck');
    await user.type(screen.getByLabelText('Naam in het Engels'), 'Winter check');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Wintercheck is opgeslagen.');
    expect(calls(fetch)).toContain('PUT /api/v1/help-categories/winter-check');
  });
});
