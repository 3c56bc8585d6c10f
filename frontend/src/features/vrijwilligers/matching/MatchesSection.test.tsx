import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { coordinator, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { helpRequest, referenceData, withETag } from '../../hulpvragen/testData';

const matched = helpRequest({ status: 'Matched', version: 5, allowedTransitions: ['InProgress'] });
const path = `/api/v1/help-requests/${matched.id}`;
const matchId = '0190f3a2-0000-7000-8000-0000000000a7';

const match = (status: string, hours: number | null = null) => ({
  id: matchId,
  volunteerId: '0190f3a2-0000-7000-8000-0000000000f1',
  volunteerFirstName: 'Anna',
  status,
  proposedAt: '2026-11-20T10:00:00Z',
  answerBy: '2026-11-22T10:00:00Z',
  answeredAt: '2026-11-20T12:00:00Z',
  declineReason: null,
  completedAt: null,
  hours,
});

describe('Proposed volunteers on a help request', () => {
  beforeEach(() => startSession(tokens()));

  it('completes an accepted match with hours and feedback, and refuses hours that are not a number', async () => {
    const completions: unknown[] = [];
    let current = match('Accepted');
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      [`GET ${path}`]: () => withETag(matched),
      [`GET ${path}/matches`]: () => json({ items: [current], total: 1 }),
      [`POST /api/v1/volunteer-matches/${matchId}/complete`]: async (request) => {
        completions.push(await request.json());
        current = match('Completed', 3.5);
        return json({});
      },
    });
    const { user } = renderApp(`/hulpvragen/${matched.id}`);

    const section = (
      await screen.findByRole('heading', { name: 'Voorgestelde vrijwilligers' })
    ).closest('section')!;
    expect(within(section).getByText('Aanvaard')).toBeVisible();

    await user.type(within(section).getByLabelText('Aantal uren'), 'veel');
    await user.click(within(section).getByRole('button', { name: 'Afronden' }));
    expect(within(section).getByLabelText('Aantal uren')).toHaveFocus();
    expect(completions).toHaveLength(0);

    await user.clear(within(section).getByLabelText('Aantal uren'));
    await user.type(within(section).getByLabelText('Aantal uren'), '3,5');
    await user.type(within(section).getByLabelText('Wat zegt de bewoner?'), 'Heel blij mee');
    await user.click(within(section).getByRole('button', { name: 'Afronden' }));

    expect(await within(section).findByText('Afgerond')).toBeVisible();
    expect(completions).toEqual([
      { hours: 3.5, volunteerFeedback: null, residentFeedback: 'Heel blij mee' },
    ]);
  });
});
