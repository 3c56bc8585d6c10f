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

test('a coordinator corrects a buurtbevraging and removes it, and the theme counts follow', async ({
  page,
}) => {
  await signInAsCoordinator(page);
  await page.goto('/buurtanalyse');
  await kielCard(page).click();
  const section = page.getByRole('region', { name: 'Buurtbevragingen' });
  const table = page.getByRole('table', { name: 'Signalen per thema' });
  // How many buurtbevragingen raised the theme, as the signals table counts them.
  const consulted = async (theme: string) => {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) });
    return (await row.count()) ? Number(await row.getByRole('cell').nth(2).textContent()) : 0;
  };
  await expect(table).toBeVisible();
  const housing = await consulted('Wonen');
  const mobility = await consulted('Mobiliteit');
  const summary = `Te weinig bussen (${Date.now().toString(36)}).`;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  const add = section.getByRole('form', { name: 'Buurtbevraging toevoegen' });
  await add.getByLabel('Datum').fill(yesterday);
  await add.getByRole('checkbox', { name: 'Wonen' }).check();
  await add.getByLabel('Samenvatting').fill(summary);
  await add.getByRole('button', { name: 'Buurtbevraging opslaan' }).click();
  const item = section.getByRole('listitem').filter({ hasText: summary });
  await expect(item).toContainText('Wonen');
  await expect.poll(() => consulted('Wonen')).toBe(housing + 1);

  await item.getByRole('button', { name: /wijzigen$/ }).click();
  const edit = section.getByRole('form', { name: 'Buurtbevraging wijzigen' });
  await edit.getByRole('checkbox', { name: 'Wonen' }).uncheck();
  await edit.getByRole('checkbox', { name: 'Mobiliteit' }).check();
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(section.getByText('De buurtbevraging is gewijzigd.')).toBeVisible();
  await expect(item).toContainText('Mobiliteit');
  await expect.poll(() => consulted('Mobiliteit')).toBe(mobility + 1);
  await expect.poll(() => consulted('Wonen')).toBe(housing);

  await item.getByRole('button', { name: /verwijderen$/ }).click();
  await item.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(section.getByText('De buurtbevraging is verwijderd.')).toBeVisible();
  await expect(section.getByText(summary)).toHaveCount(0);
  await expect.poll(() => consulted('Mobiliteit')).toBe(mobility);
});
