import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { coordinator, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { helpRequest, referenceData, withETag } from '../../hulpvragen/testData';

const request = helpRequest({ status: 'Matching', version: 7 });
const other = '0190f3a2-0000-7000-8000-0000000000d2';
const candidate = (firstName: string, score: number) => ({
  volunteerId: `0190f3a2-0000-7000-8000-0000000000${firstName === 'Anna' ? 'f1' : 'f2'}`,
  firstName,
  distanceKm: 1.2,
  score,
  breakdown: [],
});

describe('Batch plan', () => {
  beforeEach(() => startSession(tokens()));

  it('shows the optimal plan beside greedy and proposes a planned row with a fresh ETag', async () => {
    const ifMatch: (string | null)[] = [];
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      'GET /api/v1/help-requests': () =>
        json({
          items: [
            {
              id: request.id,
              residentName: 'Maria J.',
              categoryCode: 'shopping',
              status: 'Matching',
              urgency: 'Normal',
              waitlistPriority: null,
              createdAt: request.createdAt,
            },
          ],
          nextCursor: null,
        }),
      'GET /api/v1/matching/batch-plan': () =>
        json({
          optimal: {
            method: 'min-cost-flow',
            matches: [{ helpRequestId: request.id, candidate: candidate('Anna', 0.7) }],
            unassignedRequests: [],
            totalScore: 0.7,
          },
          greedy: {
            method: 'greedy',
            matches: [{ helpRequestId: request.id, candidate: candidate('Bert', 0.9) }],
            unassignedRequests: [],
            totalScore: 0.9,
          },
          skipped: [{ helpRequestId: other, reason: 'The resident has no home location.' }],
          requests: [
            {
              helpRequestId: request.id,
              categoryCode: 'shopping',
              location: { latitude: 51.187, longitude: 4.392 },
            },
          ],
          volunteers: [
            {
              volunteerId: candidate('Anna', 0.7).volunteerId,
              firstName: 'Anna',
              home: { latitude: 51.195, longitude: 4.4 },
            },
          ],
        }),
      [`GET /api/v1/help-requests/${request.id}`]: () => withETag(request),
      [`POST /api/v1/help-requests/${request.id}/proposals`]: (req) => {
        ifMatch.push(req.headers.get('If-Match'));
        return json(
          {
            id: '0190f3a2-0000-7000-8000-0000000000m2',
            helpRequestId: request.id,
            volunteerId: candidate('Anna', 0.7).volunteerId,
            status: 'Proposed',
            score: 0.7,
            proposedAt: '2026-11-22T10:00:00Z',
            answerBy: '2026-11-24T10:00:00Z',
            answeredAt: null,
            declineReason: null,
            hours: null,
            answerLink: '/aanbod/xyz',
          },
          201,
        );
      },
    });
    const { user } = renderApp('/vrijwilligers/plan');

    const table = await screen.findByRole('table');
    const row = (
      await within(table).findByRole('link', { name: 'Boodschappen · Maria J.' })
    ).closest('tr')!;
    expect(row).toHaveTextContent(/Anna \(score 70, 1\.2 km\).*Bert \(score 90, 1\.2 km\)/);
    expect(within(table).getByText('score 70 · 1 koppeling')).toBeVisible();
    expect(within(table).getByText('score 90 · 1 koppeling')).toBeVisible();
    expect(screen.getByText('The resident has no home location.')).toBeVisible();
    const map = screen.getByRole('img', {
      name: 'Kaart van het beste plan: 1 hulpvragen en 1 vrijwilligers.',
    });
    expect(map.querySelectorAll('line')).toHaveLength(1);

    await user.click(within(row).getByRole('button', { name: 'Anna voorstellen' }));

    expect(await screen.findByLabelText('Antwoordlink')).toHaveValue(
      `${window.location.origin}/aanbod/xyz`,
    );
    expect(ifMatch).toEqual(['"7"']);
    expect(within(row).getByText('Voorgesteld')).toBeVisible();
  });
});
