import { expect, type Page } from '@playwright/test';

// Users and data of the API's demo seed (the Kiel network).
export const demoPassword = 'WarmeWijk-demo-2026';
export const kielNetwork = 'Warme Wijk Kiel';

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
