import { expect, test } from '@playwright/test';
import { kielCard, signInAsCoordinator } from './demo';

test('the buurtanalyse lists Kiel and shows its statistical sectors', async ({ page }) => {
  await signInAsCoordinator(page);

  await kielCard(page).click();

  await expect(page).toHaveURL(/\/buurtanalyse\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kiel', exact: true })).toBeVisible();
  const sector = page
    .getByRole('table', { name: 'Statistische sectoren' })
    .getByRole('row')
    .filter({ hasText: '11002F60-' });
  await expect(sector.getByRole('cell')).toHaveText(['11002F60-', 'Kiel - Centrum (Kiel)']);
});
