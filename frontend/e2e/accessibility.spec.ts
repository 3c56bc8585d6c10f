import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoUsers, kielCard, kielNetwork, signIn, signInAsCoordinator, submitLogin } from './demo';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, help, nodes }) => ({ id, help, targets: nodes.map(({ target }) => target) }));
}

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
