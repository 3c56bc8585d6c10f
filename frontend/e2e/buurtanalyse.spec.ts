import { expect, test } from '@playwright/test';
import {
  demoUsers,
  horizontalOverflow,
  kielCard,
  kielNetwork,
  signIn,
  signInAsCoordinator,
} from './demo';

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

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('an analyst sees the map and the indicators of Kiel, and prints a clean report', async ({
    page,
  }) => {
    await signIn(page, demoUsers[2].email);
    await expect(page.getByRole('banner')).toContainText(kielNetwork);
    await kielCard(page).click();

    const map = page.getByRole('img', { name: /Kaart van de statistische sectoren/ });
    await expect(map.locator('path')).toHaveCount(7);
    await expect(page.getByText(/synthetische demodata/)).toBeVisible();
    const indicators = page.getByRole('table', { name: 'Indicatoren', exact: true });
    await expect(indicators.getByRole('row', { name: /Aandeel 65-plussers/ })).toContainText('%');
    await expect(indicators.getByRole('row', { name: /verhoogde tegemoetkoming/ })).toContainText(
      'Knipperlicht: hoger',
    );
    expect(await horizontalOverflow(page)).toBe(0);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Rapport afdrukken' })).toBeHidden();
    await expect(indicators).toBeVisible();
  });

  test('a coordinator imports a file with one bad line and sees the report', async ({ page }) => {
    await signInAsCoordinator(page);
    await page.getByRole('link', { name: 'Open data importeren' }).click();

    await page.getByLabel('Soort bestand').selectOption('IndicatorValues');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'indicatoren-kiel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'sector_code;year;indicator;value\n11002F60-;2024;eenzaamheid;12,5\n11002F61-;2024;eenzaamheid;veel\n',
      ),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();

    const report = page.getByRole('alert');
    await expect(report).toContainText('indicatoren-kiel.csv is niet ingelezen.');
    await expect(
      report.getByRole('table', { name: '1 geweigerde regel' }).getByRole('row', { name: /veel/ }),
    ).toContainText('3');
    await expect(
      page
        .getByRole('row', { name: /indicatoren-kiel\.csv/ })
        .getByRole('cell')
        .last(),
    ).toHaveText('geweigerd (1 foute regels)');
    expect(await horizontalOverflow(page)).toBe(0);
  });
});
