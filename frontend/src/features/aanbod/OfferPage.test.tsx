import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { calls, json, mockApi } from '../../test/api';
import { renderApp } from '../../test/render';

const offer = {
  volunteerFirstName: 'Anna',
  residentFirstName: 'Maria',
  street: 'Kielstraat',
  houseNumber: null,
  municipality: 'Antwerpen',
  categoryNl: 'Boodschappen',
  categoryEn: 'Shopping',
  timeWindows: [{ day: 'Tuesday', from: '09:00:00', until: '12:00:00' }],
  wishedFrom: null,
  status: 'Proposed',
  answerBy: '2026-11-24T10:00:00Z',
};
const path = '/api/v1/match-offers/abc123';

describe('Offer page', () => {
  it('shows the offer without signing in and accepts it', async () => {
    const answers: unknown[] = [];
    const fetch = mockApi({
      [`GET ${path}`]: () => json(offer),
      [`POST ${path}/answer`]: async (request) => {
        answers.push(await request.json());
        return json({ ...offer, status: 'Accepted', houseNumber: '12' });
      },
    });
    const { user } = renderApp('/aanbod/abc123');

    expect(await screen.findByRole('heading', { name: 'Kan jij helpen?' })).toBeVisible();
    expect(screen.getByText('Maria zoekt hulp bij: Boodschappen.')).toBeVisible();
    expect(screen.getByText('Kielstraat, Antwerpen')).toBeVisible();
    expect(screen.getByText('dinsdag 09:00–12:00')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Ja, ik help' }));

    expect(await screen.findByText(/Bedankt! Je hebt ja gezegd/)).toBeVisible();
    expect(screen.getByText('Kielstraat 12, Antwerpen')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ja, ik help' })).toBeNull();
    expect(answers).toEqual([{ accept: true, reason: null }]);
    expect(calls(fetch)).not.toContain('GET /api/v1/me');
  });

  it('says so when the offer was answered or expired meanwhile (409)', async () => {
    let current = offer;
    mockApi({
      [`GET ${path}`]: () => json(current),
      [`POST ${path}/answer`]: () => {
        current = { ...offer, status: 'Expired' };
        return new Response(
          JSON.stringify({ title: 'Conflict', status: 409, detail: 'The proposal has expired.' }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      },
    });
    const { user } = renderApp('/aanbod/abc123');

    await user.click(await screen.findByRole('button', { name: 'Nee, deze keer niet' }));
    await user.type(screen.getByLabelText('Waarom niet?'), 'Ik ben op reis');
    await user.click(screen.getByRole('button', { name: 'Nee zeggen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/al beantwoord of verlopen/);
    expect(await screen.findByText(/Dit voorstel is verlopen/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nee zeggen' })).toBeNull();
  });

  it('explains an unknown link', async () => {
    mockApi({
      [`GET ${path}`]: () =>
        new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    renderApp('/aanbod/abc123');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Deze link bestaat niet/);
  });
});
