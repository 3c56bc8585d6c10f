import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coordinator, json, mockApi, problem, tokens } from '../../test/api';
import { renderApp } from '../../test/render';

async function submit(user: ReturnType<typeof renderApp>['user'], password = 'wrong') {
  await user.type(screen.getByLabelText('E-mailadres'), 'coordinator@kiel.demo.warmewijk.be');
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Aanmelden' }));
}

describe('LoginPage', () => {
  it('says on a 401 that the address or password is wrong, or that there were too many attempts', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => problem(401, 'Unauthorized') });
    const { user } = renderApp('/login');

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'E-mailadres of wachtwoord onjuist, of te veel pogingen: probeer het over enkele minuten opnieuw.',
    );
  });

  it('says the same in English', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => problem(401, 'Unauthorized') });
    const { user } = renderApp('/login');
    await user.click(screen.getByRole('button', { name: 'EN' }));

    await user.type(screen.getByLabelText('Email address'), 'coordinator@kiel.demo.warmewijk.be');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Email address or password incorrect, or too many attempts: try again in a few minutes.',
    );
  });

  it('shows a general message when the API cannot be reached', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => Promise.reject(new TypeError('Failed to fetch')) });
    const { user } = renderApp('/login');

    await submit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Aanmelden lukt nu niet.');
  });

  it('sends the credentials and opens the app', async () => {
    const fetch = mockApi({
      'POST /api/v1/auth/login': () => json(tokens()),
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/neighbourhoods': () => json({ items: [], total: 0 }),
    });
    const { user, router } = renderApp('/login');

    await submit(user, 'WarmeWijk-demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'Buurtanalyse' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/buurtanalyse');
    const login = fetch.mock.calls[0]![0];
    expect(await login.json()).toEqual({
      email: 'coordinator@kiel.demo.warmewijk.be',
      password: 'WarmeWijk-demo-2026',
    });
  });
});
