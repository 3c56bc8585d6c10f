import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  coordinatorApi,
  helpRequestBody,
  horizontalOverflow,
  kielResident,
  signInAsCoordinator,
} from './demo';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, help, nodes }) => ({ id, help, targets: nodes.map(({ target }) => target) }));
}

// A name no earlier run has used, in letters only.
const unique = () =>
  Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
    '',
  );

test('a coordinator proposes a volunteer, who accepts on their phone', async ({
  page,
  request,
  browser,
}) => {
  // Several axe scans on a busy 2-core machine take longer than the default 30 s.
  test.setTimeout(120_000);
  const post = await coordinatorApi(request);
  const firstName = `Vera${unique()}`;
  const kiel = { latitude: 51.187, longitude: 4.392 };

  const volunteer = await post('/api/v1/volunteers', {
    firstName,
    lastName: 'Matching',
    email: null,
    phone: null,
    role: 'Buddy',
    buddyTypes: ['Shopping'],
    skills: [],
    languages: [{ code: 'nl', level: 'Native' }],
    availability: (
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
    ).map((day) => ({ day, from: '08:00', until: '20:00' })),
    absences: [],
    home: { latitude: 51.1875, longitude: 4.3925 },
    sectorCode: '11002F60-',
    maxTravelKm: 10,
    maxConcurrentMatches: 3,
    refusedCategories: [],
    refusedHomeConditions: [],
    training: [],
    screening: null,
    insuredUntil: null,
    residentId: null,
  });
  await post(
    `/api/v1/volunteers/${volunteer.body.id}/status`,
    { to: 'Active', reason: 'Intakegesprek gedaan.' },
    { 'If-Match': volunteer.etag },
  );

  const resident = await post('/api/v1/residents', {
    ...kielResident('Rosa', `Matching${unique()}`, 1944, '31'),
    consents: [
      { purpose: 'Intake', note: null },
      { purpose: 'VolunteerMatching', note: null },
    ],
    home: kiel,
  });
  const created = await post(
    '/api/v1/help-requests',
    helpRequestBody(resident.body.id, {
      channel: 'PhoneLine',
      categoryCode: 'shopping',
      description: 'Wekelijks boodschappen doen.',
      recurrence: 'Weekly',
    }),
  );
  const helpRequestId = created.body.id;
  const triaged = await post(
    `/api/v1/help-requests/${helpRequestId}/triage`,
    { decidedRoute: 'Light', overrideReason: null, residentChoice: 'AgreesWithAdvice' },
    { 'If-Match': created.etag },
  );
  await post(
    `/api/v1/help-requests/${helpRequestId}/transitions`,
    { to: 'Matching', reason: 'Op zoek naar een vrijwilliger.' },
    { 'If-Match': triaged.etag },
  );

  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await signInAsCoordinator(page);

  // The volunteer is in the list, with their profile and editor; the batch plan loads.
  await page.goto(`/vrijwilligers?search=${firstName}`);
  await page.getByRole('link', { name: new RegExp(firstName) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${firstName} Matching` }),
  ).toBeVisible();
  await expect(page.getByText('Actief', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Profiel wijzigen' }).click();
  await expect(page.getByLabel('Voornaam')).toHaveValue(firstName);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/vrijwilligers/plan');
  await expect(page.getByRole('table')).toBeVisible();

  await page.goto(`/hulpvragen/${helpRequestId}`);
  const candidates = page.getByRole('region', { name: 'Kandidaten' });
  await candidates.getByRole('button', { name: `${firstName} voorstellen` }).click();
  const link = await candidates.getByLabel('Antwoordlink').inputValue();
  expect(link).toMatch(/\/aanbod\/.+/);
  expect(await seriousViolations(page)).toEqual([]);
  // Nothing the pages render breaks the Content-Security-Policy (no inline styles or scripts).
  expect(errors).toEqual([]);

  // The volunteer opens the link on a phone, without an account.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const offer = await phone.newPage();
  await offer.goto(link);
  await expect(offer.getByRole('heading', { name: 'Kan jij helpen?' })).toBeVisible();
  await expect(offer.getByText(`Dag ${firstName},`)).toBeVisible();
  await expect(offer.getByText('Rosa zoekt hulp bij: Boodschappen.')).toBeVisible();
  expect(await horizontalOverflow(offer)).toBe(0);
  expect(await seriousViolations(offer)).toEqual([]);
  await offer.getByRole('button', { name: 'Ja, ik help' }).click();
  await expect(offer.getByText(/Bedankt! Je hebt ja gezegd/)).toBeVisible();
  await expect(offer.getByText('Kielsevest 31, Antwerpen')).toBeVisible();
  await phone.close();
});
