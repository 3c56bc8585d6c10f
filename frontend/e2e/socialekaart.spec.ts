import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { horizontalOverflow, kielCard, signInAsCoordinator } from './demo';

test.use({ viewport: { width: 360, height: 740 } });

test('the sociale kaart lists the demo actors, filters them and fits a phone without serious accessibility violations', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsCoordinator(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Sociale kaart' }).click();
  const list = page.getByRole('list', { name: 'Actoren' });
  await expect(list.getByRole('heading', { name: 'Buurtcomité Kiel' })).toBeVisible();

  await page.getByLabel('Soort').selectOption({ label: 'Beleid / OCMW' });
  await expect(list.getByRole('heading', { name: 'Buurtcomité Kiel' })).toHaveCount(0);
  await expect(list.getByRole('heading', { name: /Sociaal huis/ })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);

  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/buurtanalyse');
  await kielCard(page).click();
  const section = page.getByRole('region', { name: 'Sociale kaart' });
  await expect(section.getByText('Buurtcomité Kiel')).toBeVisible();
  // The coordinator sees the form for a buurtbevraging too.
  await expect(
    page.getByRole('region', { name: 'Buurtbevragingen' }).getByLabel('Samenvatting'),
  ).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});
