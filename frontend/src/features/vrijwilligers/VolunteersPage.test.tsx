import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { coordinator, fieldWorker, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { anna } from './testData';

describe('Volunteers list', () => {
  beforeEach(() => startSession(tokens()));

  it('filters on status, buddy type and name through the API', async () => {
    const queries: string[] = [];
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/volunteers': (request) => {
        queries.push(new URL(request.url).search);
        return json({ items: [anna], total: 1 });
      },
    });
    const { user, router } = renderApp('/vrijwilligers');

    const card = (await screen.findByText('Anna Claes')).closest('a')!;
    expect(card).toHaveAttribute('href', `/vrijwilligers/${anna.id}`);
    expect(within(card).getByText('Actief')).toBeInTheDocument();
    expect(within(card).getByText('Winkel, Wandel')).toBeInTheDocument();
    expect(within(card).getByText('1/2 koppelingen')).toBeInTheDocument();
    expect(within(card).getByText(/Uittreksel strafregister verlopen/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'Paused');
    await user.selectOptions(screen.getByLabelText('Soort buddy'), 'Shopping');
    await user.type(screen.getByLabelText('Zoeken op naam'), 'ann');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    await screen.findByText('Anna Claes');
    expect(router.state.location.search).toBe('?status=Paused&buddyType=Shopping&search=ann');
    expect(queries.at(-1)).toBe('?status=Paused&buddyType=Shopping&search=ann');
  });

  it('explains to a field worker that volunteers are for coordinators', async () => {
    mockApi({ 'GET /api/v1/me': () => json(fieldWorker) });
    renderApp('/vrijwilligers');
    expect(
      await screen.findByText(/Vrijwilligers beheren is er voor de coördinatoren/),
    ).toBeInTheDocument();
  });
});
