import { expect, test } from '@playwright/test';
import {
  demoUsers,
  horizontalOverflow,
  kielNetwork,
  kielPartner,
  signIn,
  signInAsCoordinator,
  triagedHelpRequest,
} from './demo';

test.use({ viewport: { width: 360, height: 740 } });

const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

test('a coordinator issues a referral card, sees its code and prints only the card', async ({
  page,
}) => {
  await signInAsCoordinator(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('link', { name: /Doorverwijskaarten/ }).click();

  await page.getByLabel('Uitgereikt aan').fill('Dr. An Peeters, huisartsenpraktijk Kiel');
  await page.getByLabel('Partnerorganisatie').selectOption({ label: kielPartner });
  await page.getByRole('button', { name: 'Kaart maken' }).click();

  await expect(page.getByRole('status')).toHaveText(
    /^Kaart gemaakt met code [A-Z0-9]{4}-[A-Z0-9]{4}\.$/,
  );
  const card = page.getByRole('article', { name: 'Doorverwijskaart' });
  await expect(card.locator('.referral-card__code')).toHaveText(CODE);
  await expect(card).toContainText(kielNetwork);
  await expect(card).toContainText('geef deze code door');
  await expect(card).toContainText(`Dr. An Peeters, huisartsenpraktijk Kiel, ${kielPartner}`);
  await expect(page.getByRole('button', { name: 'Kaart afdrukken' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);

  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kaart afdrukken' })).toBeHidden();
  // Printed: one page of A6 in landscape, 148 × 105 mm (420 × 298 points).
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  const [width, height] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!.slice(1).map(Number);
  expect(Math.round(width)).toBe(420);
  expect(Math.round(height)).toBe(298);
});

test('a coordinator refers a request once the resident consents, then reads its audit trail', async ({
  page,
  request,
}) => {
  const lastName = `Referral${Date.now().toString(36)}`;
  const path = await triagedHelpRequest(request, lastName);
  await signInAsCoordinator(page);
  await page.goto(path);

  const referral = page.getByRole('region', { name: 'Doorverwijzen' });
  // The resident lives in Kiel: the actor that offers debt help and serves Kiel comes first, marked.
  await expect(
    referral.locator('optgroup[label="Past bij deze hulpvraag"] option').first(),
  ).toHaveText('Sociaal huis (OCMW) – zitdag Kiel · Actief in deze buurt');
  await referral.getByLabel('Partnerorganisatie').selectOption({ label: kielPartner });
  await referral
    .getByLabel('Notitie voor de partner')
    .fill('Graag een afspraak bij de schuldhulp.');
  await referral.getByRole('button', { name: 'Doorverwijzen' }).click();

  await expect(referral.getByRole('alert')).toContainText('has not consented');
  await referral.getByRole('link', { name: 'Naar de toestemmingen van de bewoner' }).click();
  const consents = page.getByRole('region', { name: 'Toestemmingen van de bewoner' });
  await expect(consents.getByRole('heading', { level: 2 })).toBeFocused();
  // Chrome reads the visually hidden part of the name with a space before it.
  await consents.getByRole('button', { name: /^Toestemming geven ?: Doorverwijzen/ }).click();
  await expect(consents.getByRole('status')).toHaveText(
    'Toestemming gegeven: Doorverwijzen naar een partner.',
  );
  await expect(consents.getByRole('button', { name: /^Intrekken ?: Doorverwijzen/ })).toBeVisible();

  await referral.getByRole('button', { name: 'Doorverwijzen' }).click();
  await expect(page.locator('.badge')).toHaveText('Doorverwezen');
  await expect(referral.getByRole('status')).toHaveText(
    'De hulpvraag is doorverwezen naar de partner.',
  );
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText(
    'Getrieerd → Doorverwezen',
  );

  await page.getByRole('link', { name: 'Audittrail van deze hulpvraag' }).click();
  await expect(page.getByLabel('Alleen over')).toHaveValue(path.split('/').at(-1)!);
  const entries = page.getByRole('main').getByRole('listitem');
  await expect(entries.first()).toContainText('Status gewijzigd');
  await expect(entries.first()).toContainText('Waarom: Referred to a partner.');
  expect(await horizontalOverflow(page)).toBe(0);
});

test('a coordinator opens Beheer, then the audit trail, and sees who did what', async ({
  page,
  request,
}) => {
  // Makes sure there is something to see, also on a fresh database.
  await triagedHelpRequest(request, `Audit${Date.now().toString(36)}`);
  await signInAsCoordinator(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await page.getByRole('link', { name: /Audittrail/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Audittrail' })).toBeVisible();
  const entries = page.getByRole('main').getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  await expect(
    entries.filter({ hasText: 'door Sofie Peeters (Coördinator)' }).first(),
  ).toBeVisible();
});

test('field workers and analysts do not see Beheer and cannot use it', async ({ page }) => {
  for (const user of [demoUsers[1], demoUsers[2]]) {
    await signIn(page, user.email);
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await expect(nav.getByRole('link', { name: 'Hulpvragen' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Beheer' })).toHaveCount(0);

    await page.goto('/beheer/audittrail');
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
    await expect(page.getByText(/Beheer is er voor de coördinatoren/)).toBeVisible();
    await page.getByRole('button', { name: 'Afmelden' }).click();
  }
});
