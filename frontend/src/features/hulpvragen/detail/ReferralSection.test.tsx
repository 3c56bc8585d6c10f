import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../lib/auth/session';
import { calls, coordinator, fieldWorker, json, mockApi, tokens } from '../../../test/api';
import { renderApp } from '../../../test/render';
import { helpRequest, mariaResident, ocmw, referenceData, withETag } from '../testData';

const path = `/api/v1/help-requests/${helpRequest().id}`;
const residentPath = `/api/v1/residents/${mariaResident.id}`;
const triaged = helpRequest({
  status: 'Triaged',
  version: 2,
  allowedTransitions: ['Matching', 'Referred', 'Waitlisted', 'ClosedNoOffer', 'Cancelled'],
});
const referred = { ...triaged, status: 'Referred' as const, version: 3, allowedTransitions: [] };
const noConsent = {
  type: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
  title: 'Conflict',
  status: 409,
  detail: 'The resident has not consented to a referral to a partner; record that consent first.',
};

describe('Referral to a partner', () => {
  beforeEach(() => startSession(tokens()));

  it('shows why a referral is refused and leads to the consent that is missing', async () => {
    let resident = mariaResident;
    let current = triaged;
    const fetch = mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      [`GET ${residentPath}`]: () => json(resident),
      [`POST ${residentPath}/consents`]: () =>
        json(
          (resident = {
            ...resident,
            consents: [
              ...resident.consents,
              {
                ...resident.consents[0]!,
                purpose: 'PartnerReferral',
                givenAt: '2026-11-21T10:00:00Z',
              },
            ],
          }),
        ),
      [`GET ${path}`]: () => withETag(current),
      [`POST ${path}/referrals`]: () =>
        resident.consents.some(({ purpose }) => purpose === 'PartnerReferral')
          ? withETag((current = referred))
          : json(noConsent, 409),
    });
    const { user } = renderApp(`/hulpvragen/${triaged.id}`);

    const referral = await screen.findByRole('region', { name: 'Doorverwijzen' });
    await user.click(within(referral).getByRole('button', { name: 'Doorverwijzen' }));
    const partner = await within(referral).findByLabelText('Partnerorganisatie');
    expect(partner).toHaveFocus();
    expect(partner).toHaveAccessibleDescription('Kies een partner.');

    await user.selectOptions(partner, ocmw.name);
    await user.type(
      within(referral).getByLabelText('Notitie voor de partner'),
      'Schuldhulp graag.',
    );
    await user.click(within(referral).getByRole('button', { name: 'Doorverwijzen' }));

    expect(await within(referral).findByRole('alert')).toHaveTextContent(noConsent.detail);
    await user.click(
      within(referral).getByRole('link', { name: 'Naar de toestemmingen van de bewoner' }),
    );
    const consents = screen.getByRole('region', { name: 'Toestemmingen van de bewoner' });
    expect(within(consents).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(
      within(consents).getByText('Doorverwijzen naar een partner').parentElement,
    ).toHaveTextContent(/Is er professionele hulp nodig.*Niet gegeven\./);

    await user.click(
      within(consents).getByRole('button', {
        name: 'Toestemming geven: Doorverwijzen naar een partner',
      }),
    );
    expect(await within(consents).findByRole('status')).toHaveTextContent(
      'Toestemming gegeven: Doorverwijzen naar een partner.',
    );
    // 10:00 UTC is 11:00 in Brussels in November.
    expect(within(consents).getByText(/Gegeven op 21 nov 2026.*11:00/)).toBeVisible();

    await user.click(within(referral).getByRole('button', { name: 'Doorverwijzen' }));

    expect(await within(referral).findByRole('status')).toHaveTextContent(
      'De hulpvraag is doorverwezen naar de partner.',
    );
    expect(screen.getByText('Doorverwezen', { selector: '.badge' })).toBeVisible();
    expect(within(referral).queryByRole('button')).not.toBeInTheDocument();
    const posts = fetch.mock.calls.map(([request]) => request).filter((r) => r.method === 'POST');
    expect(posts.map((request) => new URL(request.url).pathname)).toEqual([
      `${path}/referrals`,
      `${residentPath}/consents`,
      `${path}/referrals`,
    ]);
    expect(posts[2]!.headers.get('If-Match')).toBe('"2"');
    expect(await posts[2]!.json()).toEqual({
      partnerOrganisationId: ocmw.id,
      note: 'Schuldhulp graag.',
    });
    expect(await posts[1]!.json()).toEqual({ purpose: 'PartnerReferral', note: null });
  });

  it('lets a field worker withdraw a consent but leaves referring to a coordinator', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': () => json(fieldWorker),
      ...referenceData,
      [`GET ${path}`]: () => withETag(triaged),
      [`DELETE ${residentPath}/consents/Intake`]: () =>
        json({
          ...mariaResident,
          consents: [{ ...mariaResident.consents[0]!, withdrawnAt: '2026-11-22T15:00:00Z' }],
        }),
    });
    const { user } = renderApp(`/hulpvragen/${triaged.id}`);

    const consents = await screen.findByRole('region', { name: 'Toestemmingen van de bewoner' });
    await user.click(
      await within(consents).findByRole('button', {
        name: 'Intrekken: De hulpvraag bijhouden (verplicht)',
      }),
    );

    expect(await within(consents).findByText(/Ingetrokken op 22 nov 2026.*16:00/)).toBeVisible();
    expect(within(consents).getByRole('status')).toHaveTextContent(
      'Toestemming ingetrokken: De hulpvraag bijhouden (verplicht).',
    );
    expect(screen.queryByRole('region', { name: 'Doorverwijzen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Audittrail/ })).not.toBeInTheDocument();
    expect(calls(fetch)).not.toContain('GET /api/v1/partners');
  });

  it('asks for the referral targets for the help and sector of the request, those active in its neighbourhood first', async () => {
    const caw = {
      ...ocmw,
      id: '0190f3a2-0000-7000-8000-0000000000e2',
      name: 'CAW',
      suggested: true,
      activeInNeighbourhood: true,
    };
    const everywhere = {
      ...ocmw,
      id: '0190f3a2-0000-7000-8000-0000000000e3',
      name: 'Schuldbemiddeling Antwerpen',
      suggested: true,
      activeInNeighbourhood: false,
    };
    let query = '';
    mockApi({
      'GET /api/v1/me': () => json(coordinator),
      ...referenceData,
      'GET /api/v1/partners': (request) => {
        query = new URL(request.url).search;
        return json({
          items: [caw, everywhere, { ...ocmw, suggested: false, activeInNeighbourhood: false }],
          total: 3,
        });
      },
      [`GET ${path}`]: () => withETag(triaged),
    });
    const { user } = renderApp(`/hulpvragen/${triaged.id}`);

    const referral = await screen.findByRole('region', { name: 'Doorverwijzen' });
    await user.click(within(referral).getByRole('button', { name: 'Doorverwijzen' }));
    const fits = await within(referral).findByRole('group', { name: 'Past bij deze hulpvraag' });

    expect(
      within(fits)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['CAW · Actief in deze buurt', 'Schuldbemiddeling Antwerpen']);
    expect(
      within(within(referral).getByRole('group', { name: 'Andere partners' })).getByRole('option', {
        name: ocmw.name,
      }),
    ).toBeInTheDocument();
    expect(query).toBe(
      `?referralTargets=true&suggestCategory=${triaged.categoryCode}&suggestSectorCode=${triaged.sectorCode}`,
    );
  });
});
