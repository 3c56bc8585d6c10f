import { expect, type APIRequestContext, type Page } from '@playwright/test';

// Users and data of the API's demo seed (the Kiel network).
export const demoPassword = 'WarmeWijk-demo-2026';
export const kielNetwork = 'Warme Wijk Kiel';
export const kielPartner = 'OCMW Antwerpen – sociaal huis Kiel';

export const demoUsers = [
  { email: 'coordinator@kiel.demo.warmewijk.be', role: 'Coördinator' },
  { email: 'fieldworker@kiel.demo.warmewijk.be', role: 'Buurtwerker' },
  { email: 'analyst@kiel.demo.warmewijk.be', role: 'Analist' },
  { email: 'admin@kiel.demo.warmewijk.be', role: 'Beheerder' },
] as const;

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto('/login');
  await submitLogin(page, email, password);
}

/** Fills in and submits the login form that is on screen. */
export async function submitLogin(page: Page, email: string, password = demoPassword) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}

/** Signs in as the demo coordinator and waits until the app shell knows who is signed in. */
export async function signInAsCoordinator(page: Page) {
  await signIn(page, demoUsers[0].email);
  await expect(page.getByRole('banner')).toContainText(kielNetwork);
}

/** The card of the neighbourhood Kiel on the buurtanalyse page. */
export const kielCard = (page: Page) =>
  page.getByRole('link').filter({ has: page.getByText('Kiel', { exact: true }) });

/** How far the page scrolls sideways; 0 when it fits the viewport. */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Signs in through the API as the demo coordinator; returns a POST helper with the token. */
export const coordinatorApi = (request: APIRequestContext) => apiAs(request, demoUsers[0].email);

/** Signs in through the API as a demo user; returns a POST helper with the token. */
export async function apiAs(request: APIRequestContext, email: string) {
  const login = await request.post('/api/v1/auth/login', {
    data: { email, password: demoPassword },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async (url: string, data: object, extra: Record<string, string> = {}) => {
    const response = await request.post(url, {
      headers: { Authorization: `Bearer ${accessToken}`, ...extra },
      data,
    });
    expect(response.ok(), `POST ${url}: ${await response.text()}`).toBe(true);
    return {
      body: (await response.json()) as { id: string },
      etag: response.headers()['etag'] ?? '',
    };
  };
}

/** A new resident of Kiel who consented to the intake only, as the API takes one. */
export const kielResident = (
  firstName: string,
  lastName: string,
  birthYear: number,
  houseNumber = '20',
) => ({
  firstName,
  lastName,
  birthYear,
  phone: null,
  email: null,
  address: {
    street: 'Kielsevest',
    houseNumber,
    box: null,
    postalCode: '2020',
    municipality: 'Antwerpen',
    sectorCode: '11002F60-',
  },
  languages: ['nl'],
  contactPreference: 'Phone',
  consents: [{ purpose: 'Intake', note: null }],
});

/** A help request as the API takes one: the resident's, in a category, by a channel. */
export const helpRequestBody = (
  residentId: string,
  request: { channel: string; categoryCode: string; description: string; recurrence?: string },
) => ({
  residentId,
  urgency: 'Normal',
  recurrence: 'OneOff',
  wishedFrom: null,
  timeWindows: null,
  needs: null,
  referralCardCode: null,
  ...request,
});

/**
 * Records a debt request of a new resident, who consented to the intake only, and triages it as
 * heavy, all through the API as the demo coordinator. Returns the request's page.
 */
export async function triagedHelpRequest(request: APIRequestContext, lastName: string) {
  const post = await coordinatorApi(request);
  const resident = await post('/api/v1/residents', kielResident('Mona', lastName, 1952));
  const created = await post(
    '/api/v1/help-requests',
    helpRequestBody(resident.body.id, {
      channel: 'PhoneLine',
      categoryCode: 'debt',
      description: 'De facturen stapelen zich op.',
    }),
  );
  await post(
    `/api/v1/help-requests/${created.body.id}/triage`,
    { decidedRoute: 'Heavy', overrideReason: null, residentChoice: 'AgreesWithAdvice' },
    { 'If-Match': created.etag },
  );
  return `/hulpvragen/${created.body.id}`;
}
