import { expect, test } from '@playwright/test';
import { horizontalOverflow, kielCard, signInAsCoordinator } from './demo';

test.use({ viewport: { width: 360, height: 740 } });

test('the login page fits a 360 px wide phone', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Aanmelden' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
});

test('the app shell fits a 360 px wide phone without horizontal scrolling', async ({ page }) => {
  await signInAsCoordinator(page);
  await expect(kielCard(page)).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);

  for (const item of ['Buurtanalyse', 'Hulpvragen', 'Vrijwilligers', 'Rapportage']) {
    await expect(page.getByRole('navigation').getByRole('link', { name: item })).toBeInViewport();
  }
});

test('the skip link is the first stop and jumps to the main content', async ({ page }) => {
  await signInAsCoordinator(page);
  await page.goto('/hulpvragen');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
