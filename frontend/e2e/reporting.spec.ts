import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  coordinatorApi,
  helpRequestBody,
  demoUsers,
  horizontalOverflow,
  kielNetwork,
  kielResident,
  signIn,
} from './demo';

const [coordinator, , analyst] = demoUsers;

/** Every accessibility violation axe finds, of any impact. */
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map(({ target }) => target),
  }));
}

/** Errors in the browser's console, among them any Content-Security-Policy refusal. */
function consoleErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Records a shopping request of a new resident through the API as the demo coordinator, as the
 * call-back after a voicemail: a request without a first contact yet. Returns its id.
 */
async function voicemailIntake(request: APIRequestContext, lastName: string) {
  const post = await coordinatorApi(request);
  const resident = await post('/api/v1/residents', kielResident('Lea', lastName, 1944));
  const created = await post(
    '/api/v1/help-requests',
    helpRequestBody(resident.body.id, {
      channel: 'VoicemailCallBack',
      categoryCode: 'shopping',
      description: 'Liet een bericht na: zoekt hulp bij de boodschappen.',
      recurrence: 'Weekly',
    }),
  );
  return created.body.id;
}

/** Waits for the dashboard's figures to be asked for with a query matching `expected`. */
const dashboardLoad = (page: Page, expected: RegExp) =>
  page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/v1/reports/dashboard' &&
      expected.test(new URL(response.url()).search) &&
      response.ok(),
  );

test('a coordinator follows a figure from the dashboard to the request, downloads it and prints the report', async ({
  page,
  request,
}) => {
  // Several full axe scans and a download: on a busy 2-core machine this takes longer than 30 s.
  test.setTimeout(120_000);
  const lastName = `Rapport${Date.now().toString(36)}`;
  const id = await voicemailIntake(request, lastName);
  await voicemailIntake(request, `${lastName}b`);
  const errors = consoleErrors(page);

  await signIn(page, coordinator.email);
  await expect(page.getByRole('banner')).toContainText(kielNetwork);

  // The call-back after the voicemail is recorded on the request.
  await page.goto(`/hulpvragen/${id}`);
  await page.getByRole('button', { name: 'Eerste contact gelegd' }).click();
  await expect(page.getByText('Eerste contact', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Eerste contact gelegd' })).toBeHidden();

  await page.getByRole('navigation').getByRole('link', { name: 'Rapportage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportage' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kerncijfers' })).toBeVisible();

  // Today's requests are in this year, not in the last twelve whole months.
  const thisYear = dashboardLoad(page, /from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}/);
  await page
    .getByRole('combobox', { name: 'Periode' })
    .selectOption({ label: 'Dit jaar tot vandaag' });
  await thisYear;
  await expect(page).toHaveURL(/\/rapportage\?from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}$/);
  const voicemail = dashboardLoad(page, /channel=VoicemailCallBack/);
  await page
    .getByRole('combobox', { name: 'Kanaal' })
    .selectOption({ label: 'Voicemail, teruggebeld' });
  await voicemail;
  await expect(page).toHaveURL(/channel=VoicemailCallBack/);
  const byCategory = page.getByRole('table', { name: 'Cijfers per soort hulp' });
  const shopping = byCategory.getByRole('row', { name: /Boodschappen/ });
  await expect(shopping).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // The CSV opens in Excel as UTF-8: it starts with a byte order mark.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^warmewijk-rapport-.*\.csv$/);
  const csv = await readFile(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await expect(page.getByText(/\.csv is gedownload\./)).toBeVisible();

  // The requests behind the shopping requests in: ours among them, one click from its page.
  await shopping.getByRole('link').first().click();
  await expect(page).toHaveURL(
    /\/rapportage\/hulpvragen\?.*channel=VoicemailCallBack.*categoryCode=shopping&measure=RequestsIn/,
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hulpvragen achter het cijfer' }),
  ).toBeVisible();
  const card = page.locator(`a[href="/hulpvragen/${id}"]`);
  const more = page.getByRole('button', { name: 'Meer laden' });
  // Newest first: ours is on the first page unless others were recorded meanwhile.
  await expect(card.or(more).first()).toBeVisible();
  while (!(await card.isVisible())) {
    await more.click();
    await expect(card.or(more).first()).toBeVisible();
  }
  await card.click();
  await expect(page).toHaveURL(new RegExp(`/hulpvragen/${id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Boodschappen' })).toBeVisible();

  // The report for funders, with the same filters.
  await page.goBack();
  await page.getByRole('link', { name: 'Naar de rapportage' }).click();
  await page.getByRole('link', { name: /Verslag voor financiers/ }).click();
  await expect(page).toHaveURL(/\/rapportage\/verslag\?.*channel=VoicemailCallBack/);
  await expect(
    page.getByRole('heading', { level: 1, name: /Warme Wijk Kiel: verslag van/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Verhalen en resultaten' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Verhalen per soort verandering' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Kerncijfers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Over de verborgen aantallen' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Nothing the pages render breaks the Content-Security-Policy (no inline styles or scripts).
  expect(errors).toEqual([]);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('an analyst sees the dashboard, on a phone, without links to the requests behind the figures', async ({
    page,
    request,
  }) => {
    await voicemailIntake(request, `Analyse${Date.now().toString(36)}`);
    const errors = consoleErrors(page);
    await signIn(page, analyst.email);
    await expect(page.getByRole('banner')).toContainText(kielNetwork);

    await page.getByRole('navigation').getByRole('link', { name: 'Rapportage' }).click();
    await page
      .getByRole('combobox', { name: 'Periode' })
      .selectOption({ label: 'Dit jaar tot vandaag' });
    const byCategory = page.getByRole('table', { name: 'Cijfers per soort hulp' });
    await expect(byCategory.getByRole('row', { name: /Boodschappen/ })).toBeVisible();
    await expect(page.locator('main a[href^="/rapportage/hulpvragen"]')).toHaveCount(0);
    await expect(byCategory.getByRole('link')).toHaveCount(0);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.goto('/rapportage/hulpvragen?measure=RequestsIn');
    await expect(page.getByText(/Alleen coördinatoren en beheerders/)).toBeVisible();
    expect(errors).toEqual([]);
  });
});
