import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '../../lib/auth/session';
import { coordinator, json, mockApi, tokens } from '../../test/api';
import { renderApp } from '../../test/render';
import { ocmw } from '../hulpvragen/testData';

const card = {
  id: '0190f3a2-0000-7000-8000-0000000000c9',
  code: 'K7QM-2XPD',
  issuedTo: 'Dr. An Peeters',
  partnerOrganisationId: ocmw.id,
  // 23:30 UTC is already the next day in Brussels.
  issuedAt: '2026-11-23T23:30:00Z',
};

describe('Referral cards', () => {
  beforeEach(() => startSession(tokens()));

  it('issues a card and shows it ready to print, with the code large and the network', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      'GET /api/v1/partners': () => json({ items: [ocmw], total: 1 }),
      'POST /api/v1/referral-cards': () => json(card, 201),
    });
    const { user } = renderApp('/beheer/doorverwijskaarten');

    await user.click(await screen.findByRole('button', { name: 'Kaart maken' }));
    const issuedTo = screen.getByLabelText('Uitgereikt aan');
    expect(issuedTo).toHaveFocus();
    expect(issuedTo).toHaveAccessibleDescription(/Vul dit in\./);
    expect(fetch.mock.calls.some(([request]) => request.method === 'POST')).toBe(false);

    await user.type(issuedTo, '  Dr. An Peeters ');
    await user.selectOptions(screen.getByLabelText('Partnerorganisatie'), ocmw.name);
    await user.click(screen.getByRole('button', { name: 'Kaart maken' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Kaart gemaakt met code K7QM-2XPD.',
    );
    const printed = screen.getByRole('article', { name: 'Doorverwijskaart' });
    expect(within(printed).getByText('K7QM-2XPD')).toHaveClass('referral-card__code');
    expect(printed).toHaveTextContent(/^WarmeWijkWarme Wijk Kiel/);
    expect(printed).toHaveTextContent(
      'Bel de Warme Wijk-lijn of spreek een buurtwerker aan en geef deze code door.',
    );
    expect(within(printed).getByText('Doorverwezen door').nextSibling).toHaveTextContent(
      'Dr. An Peeters, OCMW Antwerpen',
    );
    expect(within(printed).getByText('Datum').nextSibling).toHaveTextContent('24 nov 2026');
    const post = fetch.mock.calls.find(([request]) => request.method === 'POST')![0];
    expect(await post.json()).toEqual({
      issuedTo: 'Dr. An Peeters',
      partnerOrganisationId: ocmw.id,
    });

    await user.click(screen.getByRole('button', { name: 'Kaart afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
