import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import {
  demoUsers,
  kielCard,
  kielNetwork,
  signIn,
  signInAsCoordinator,
  submitLogin,
  triagedHelpRequest,
} from './demo';

test('the login page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the login page with an error has no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await submitLogin(page, 'nobody@example.org', 'wrong');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the app shell has no serious accessibility violations', async ({ page }) => {
  await signInAsCoordinator(page);
  await expect(kielCard(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the intake, also with errors, has no serious accessibility violations', async ({ page }) => {
  await signIn(page, demoUsers[1].email);
  await expect(page.getByRole('banner')).toContainText(kielNetwork);
  await page.goto('/hulpvragen/nieuw');
  await expect(page.getByRole('heading', { level: 2, name: /Stap 1 van 6/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByLabel('Voornaam')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a request with its referral and consents, and beheer, have no serious accessibility violations', async ({
  page,
  request,
}) => {
  // Several full axe scans in one test: on a busy 2-core machine they take longer than the default 30 s.
  test.setTimeout(120_000);
  const path = await triagedHelpRequest(request, `Axe${Date.now().toString(36)}`);
  await signInAsCoordinator(page);
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Toestemmingen van de bewoner' })).toContainText(
    'Niet gegeven.',
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/beheer/doorverwijskaarten');
  await page.getByLabel('Uitgereikt aan').fill('Dr. An Peeters');
  await page.getByRole('button', { name: 'Kaart maken' }).click();
  await expect(page.getByRole('article')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  for (const [path, heading] of [
    ['/beheer', 'Beheer'],
    ['/beheer/wachtlijst', 'Wachtlijst'],
    ['/beheer/webhook-leveringen?state=Delivered', 'Webhook-leveringen'],
    ['/beheer/audittrail', 'Audittrail'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test('the buurtanalyse of a neighbourhood and the import page have no serious accessibility violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoUsers[2].email);
  await expect(page.getByRole('banner')).toContainText(kielNetwork);
  await kielCard(page).click();
  await expect(page.getByRole('table', { name: 'Indicatoren', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Kaart van de statistische sectoren/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/buurtanalyse/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Open data importeren' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
