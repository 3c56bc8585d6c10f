import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { annaProfile } from './testData';

describe('Volunteer editor', () => {
  beforeEach(() => startSession(tokens()));

  it('sends the version as If-Match and shows the API field errors at their fields', async () => {
    const sent: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/help-categories': () => json({ items: [], total: 0 }),
      'GET /api/v1/neighbourhoods': () => json({ items: [], total: 0 }),
      [`GET /api/v1/volunteers/${annaProfile.id}`]: () =>
        new Response(JSON.stringify(annaProfile), {
          headers: { 'Content-Type': 'application/json', ETag: '"4"' },
        }),
      [`PUT /api/v1/volunteers/${annaProfile.id}`]: async (request) => {
        sent.push({
          ifMatch: request.headers.get('If-Match'),
          body: (await request.json()) as Record<string, unknown>,
        });
        return new Response(
          JSON.stringify({
            title: 'One or more validation errors occurred.',
            status: 400,
            errors: {
              maxTravelKm: ['Maximaal 100 km.'],
              'languages[1].code': ['Onbekende taalcode.'],
              availability: ['Een moment eindigt na het begin.'],
            },
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      },
    });
    const { user } = renderApp(`/vrijwilligers/${annaProfile.id}/wijzigen`);

    const travel = await screen.findByLabelText(/Wil maximaal verplaatsen/);
    await user.clear(travel);
    await user.type(travel, '150');
    await user.click(screen.getByRole('button', { name: 'Moment toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Maximaal 100 km.')).toBeInTheDocument();
    expect(sent[0]?.ifMatch).toBe('"4"');
    expect(sent[0]?.body).toMatchObject({
      maxTravelKm: 150,
      availability: [
        { day: 'Tuesday', from: '09:00', until: '12:00' },
        { day: 'Monday', from: '09:00', until: '12:00' },
      ],
    });
    expect(screen.getByLabelText(/Wil maximaal verplaatsen/)).toHaveAccessibleDescription(
      /Maximaal 100 km\./,
    );
    expect(screen.getByRole('group', { name: 'Talen' })).toHaveAccessibleDescription(
      /Onbekende taalcode\./,
    );
    expect(screen.getByRole('group', { name: 'Beschikbaar' })).toHaveAccessibleDescription(
      /Een moment eindigt na het begin\./,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Kijk de gemarkeerde velden na');
  });
});
