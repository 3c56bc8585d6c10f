import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { coordinator, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { helpRequest, referenceData, withETag } from '../../hulpvragen/testData';

const matching = helpRequest({ status: 'Matching', version: 3, allowedTransitions: ['Cancelled'] });
const path = `/api/v1/help-requests/${matching.id}`;
const annaId = '0190f3a2-0000-7000-8000-0000000000f1';

const candidates = {
  helpRequestId: matching.id,
  fromSectorCentre: false,
  candidates: [
    {
      volunteerId: annaId,
      firstName: 'Anna',
      distanceKm: 0.8,
      score: 0.82,
      breakdown: [
        {
          code: 'distance',
          rawValue: 0.8,
          normalised: 0.9,
          weight: 0.4,
          contribution: 0.36,
          nl: 'Woont op 0,8 km.',
          en: 'Lives 0.8 km away.',
        },
      ],
    },
  ],
  excluded: [
    {
      volunteerId: '0190f3a2-0000-7000-8000-0000000000f2',
      firstName: 'Bert',
      distanceKm: 12,
      reasons: [{ code: 'too-far', nl: 'Woont te ver.', en: 'Lives too far away.' }],
    },
  ],
};

describe('Candidates on a help request', () => {
  beforeEach(() => startSession(tokens()));

  it('ranks candidates with reasons, shows the excluded, and proposes one with a one-time link', async () => {
    const proposals: { ifMatch: string | null; body: unknown }[] = [];
    let current = matching;
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      [`GET ${path}`]: () => withETag(current),
      [`GET ${path}/candidates`]: () => json(candidates),
      [`POST ${path}/proposals`]: async (request) => {
        proposals.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        current = { ...matching, status: 'Proposed', version: 4 };
        return json(
          {
            id: '0190f3a2-0000-7000-8000-0000000000m1',
            helpRequestId: matching.id,
            volunteerId: annaId,
            status: 'Proposed',
            score: 0.82,
            proposedAt: '2026-11-22T10:00:00Z',
            answerBy: '2026-11-24T10:00:00Z',
            answeredAt: null,
            declineReason: null,
            hours: null,
            answerLink: '/aanbod/abc123',
          },
          201,
        );
      },
    });
    const { user } = renderApp(`/hulpvragen/${matching.id}`);

    const section = await screen.findByRole('region', { name: 'Kandidaten' });
    const anna = (await within(section).findByText('Anna')).closest('li')!;
    expect(within(anna).getByText('Woont op 0,8 km.')).toBeVisible();
    expect(within(anna).getByRole('meter')).toHaveAttribute('value', '0.82');
    expect(within(section).queryByText('Woont te ver.')).not.toBeVisible();

    await user.click(
      within(section).getByRole('button', { name: 'Toon 1 uitgesloten vrijwilliger' }),
    );
    expect(within(section).getByText('Woont te ver.')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Anna voorstellen' }));

    const link = await within(section).findByLabelText('Antwoordlink');
    expect(link).toHaveValue(`${window.location.origin}/aanbod/abc123`);
    expect(proposals).toEqual([{ ifMatch: '"3"', body: { volunteerId: annaId } }]);
    expect(within(section).getByRole('button', { name: 'Kopiëren' })).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Anna voorstellen' })).toBeNull();
  });
});
