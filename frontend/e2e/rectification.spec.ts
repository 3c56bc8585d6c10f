import { expect, test } from '@playwright/test';
import {
  apiAs,
  demoUsers,
  helpRequestBody,
  horizontalOverflow,
  kielNetwork,
  kielResident,
  signIn,
} from './demo';

test.use({ viewport: { width: 360, height: 740 } });

const fieldWorker = demoUsers[1];

test('a field worker corrects a resident’s details from the request, on a phone', async ({
  page,
  request,
}) => {
  const lastName = `Correctie${Date.now().toString(36)}`;
  const post = await apiAs(request, fieldWorker.email);
  const resident = await post('/api/v1/residents', kielResident('Jeanne', lastName, 1944));
  const created = await post(
    '/api/v1/help-requests',
    helpRequestBody(resident.body.id, {
      channel: 'HomeVisit',
      categoryCode: 'shopping',
      description: 'Boodschappen op vrijdag.',
    }),
  );

  await signIn(page, fieldWorker.email);
  await expect(page.getByRole('banner')).toContainText(kielNetwork);
  await page.goto(`/hulpvragen/${created.body.id}`);
  await page.getByRole('link', { name: 'Gegevens van deze bewoner corrigeren' }).click();
  const intro = page.locator('p.lead');
  await expect(intro).toContainText(`Jeanne ${lastName}`);
  await page.getByRole('button', { name: 'Gegevens corrigeren' }).click();
  const form = page.getByRole('form', { name: 'Gegevens corrigeren' });
  await form.getByLabel('Achternaam').fill(`${lastName}-Peeters`);
  await form.getByLabel('Telefoonnummer').fill('0475 98 76 54');
  expect(await horizontalOverflow(page)).toBe(0);

  // A reason that repeats the name would put it in the audit trail: refused, nothing saved.
  await form.getByLabel('Reden van de correctie').fill(`Heet eigenlijk ${lastName}-Peeters`);
  await form.getByRole('button', { name: 'Correctie bewaren' }).click();
  await expect(form.getByLabel('Reden van de correctie')).toHaveAttribute('aria-invalid', 'true');
  await expect(intro).not.toContainText('-Peeters');

  await form
    .getByLabel('Reden van de correctie')
    .fill('Tikfout bij de intake, gemeld door de bewoner');
  await form.getByRole('button', { name: 'Correctie bewaren' }).click();

  await expect(page.getByRole('status')).toContainText('De gegevens zijn gecorrigeerd');
  await expect(intro).toContainText(`Jeanne ${lastName}-Peeters`);
  await page.getByRole('button', { name: 'Gegevens corrigeren' }).click();
  await expect(form.getByLabel('Telefoonnummer')).toHaveValue('+32475987654');
});
