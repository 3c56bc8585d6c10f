import { expect, test, type Page } from '@playwright/test';
import { demoUsers, horizontalOverflow, kielNetwork, signIn } from './demo';

test.use({ viewport: { width: 360, height: 740 } });

const [coordinator, fieldWorker] = demoUsers;

async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole('banner')).toContainText(kielNetwork);
}

const stepHeading = (page: Page, name: RegExp) =>
  expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
const next = (page: Page) => page.getByRole('button', { name: 'Volgende' }).click();

test('a field worker records a request at the door; a coordinator triages it and moves it on', async ({
  page,
}) => {
  // A new name each run, so a rerun against the same database does not meet its own resident.
  const lastName = `Intake${Date.now().toString(36)}`;
  await signInAs(page, fieldWorker.email);
  await page.getByRole('navigation').getByRole('link', { name: 'Hulpvragen' }).click();
  await page.getByRole('link', { name: 'Nieuwe hulpvraag' }).click();

  await expect(page.getByRole('heading', { level: 2, name: /Stap 1 van 6/ })).toBeVisible();
  await page.getByLabel('Voornaam').fill('Rosa');
  await page.getByLabel('Achternaam').fill(lastName);
  await page.getByLabel('Geboortejaar').fill('1946');
  await page.getByLabel('Telefoonnummer').fill('0475 12 34 56');
  expect(await horizontalOverflow(page)).toBe(0);
  await next(page);

  await stepHeading(page, /Adres/);
  await page.getByLabel('Straat').fill('De Bosschaertstraat');
  await page.getByLabel('Huisnummer').fill('5');
  await page.getByLabel('Postcode').fill('2020');
  await page.getByLabel('Buurt').selectOption({ label: 'Kiel (Antwerpen)' });
  await page.getByLabel('Statistische sector').selectOption('11002F60-');
  await next(page);

  await stepHeading(page, /Taal, contact en toestemming/);
  await expect(page.getByRole('checkbox', { name: 'Nederlands' })).toBeChecked();
  await page.getByLabel('Andere taal').fill('ti');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByRole('checkbox', { name: 'Tigrinya' })).toBeChecked();
  await page.getByRole('checkbox', { name: /De hulpvraag bijhouden/ }).check();
  await page.getByRole('checkbox', { name: /Delen met een vrijwilliger/ }).check();
  await next(page);

  await stepHeading(page, /Wat is de vraag/);
  await page.getByLabel('Hoe kwam de vraag binnen?').selectOption({ label: 'Huisbezoek' });
  await page.getByLabel('Soort hulp').selectOption({ label: 'Boodschappen' });
  await page.getByLabel('Beschrijving van de vraag').fill('Elke week boodschappen bij de Aldi.');
  await next(page);

  await stepHeading(page, /Wanneer/);
  await page.getByRole('radio', { name: 'Wekelijks' }).check();
  await page.getByRole('button', { name: 'Tijdvak toevoegen' }).click();
  await page.getByLabel('Dag (tijdvak 1)').selectOption({ label: 'dinsdag' });
  await page.getByRole('checkbox', { name: 'Geen trappen' }).check();
  await next(page);

  await stepHeading(page, /Nakijken en bewaren/);
  await expect(page.getByText(`Rosa ${lastName}`)).toBeVisible();
  await expect(page.getByText('dinsdag 09:00–12:00')).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('button', { name: 'Hulpvraag bewaren' }).click();

  await expect(page).toHaveURL(/\/hulpvragen\/[0-9a-f-]{36}$/);
  const requestUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: 'Boodschappen' })).toBeVisible();
  await expect(page.getByText(`Rosa ${lastName}`)).toBeVisible();
  await expect(page.locator('.badge')).toHaveText('Nieuw');

  const followUps = page.getByRole('region', { name: 'Opvolgtaken' });
  await followUps.getByLabel('Wat moet er gebeuren?').fill(`Rosa ${lastName} bellen`);
  await followUps.getByLabel('Hoe vaak?').selectOption({ label: 'Wekelijks' });
  await followUps.getByRole('button', { name: 'Taak toevoegen' }).click();
  await expect(followUps.getByRole('listitem')).toContainText(`Rosa ${lastName} bellen`);

  await page.getByRole('link', { name: 'Alle hulpvragen' }).click();
  const caseload = page.getByRole('region', { name: 'Mijn caseload' });
  const path = new URL(requestUrl).pathname;
  const mine = caseload.getByRole('listitem').filter({ has: page.locator(`a[href="${path}"]`) });
  await expect(mine.first()).toContainText(`Boodschappen · Rosa ${lastName[0]}.`);
  await expect(mine.first()).toContainText('Nieuw');
  await expect(caseload.getByRole('link', { name: `Rosa ${lastName} bellen` })).toBeVisible();

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signInAs(page, coordinator.email);
  await page.goto(requestUrl);

  const triage = page.getByRole('region', { name: 'Triage' });
  await expect(triage.getByText(/Voorstel: Licht/)).toBeVisible();
  await triage.getByRole('radio', { name: 'Akkoord met het voorstel' }).check();
  await triage.getByRole('button', { name: 'Triage bewaren' }).click();
  await expect(page.locator('.badge')).toHaveText('Getrieerd');

  const statusChange = page.getByRole('region', { name: 'Status wijzigen' });
  await statusChange.getByRole('radio', { name: 'Zoekt een vrijwilliger' }).check();
  await statusChange.getByLabel('Waarom?').fill('Past voor een vrijwilliger uit de buurt.');
  await statusChange.getByRole('button', { name: 'Status wijzigen' }).click();
  await expect(page.locator('.badge')).toHaveText('Zoekt een vrijwilliger');

  const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(1)).toContainText('Nieuw → Getrieerd');
  await expect(timeline.nth(2)).toContainText('Getrieerd → Zoekt een vrijwilliger');
  await expect(timeline.nth(2)).toContainText('door jou');
  await expect(timeline.nth(2)).toContainText('Past voor een vrijwilliger uit de buurt.');
  expect(await horizontalOverflow(page)).toBe(0);
});
