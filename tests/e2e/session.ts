import { expect, type Page } from '@playwright/test';

/**
 * A passphrase is hashed or checked by a deliberately slow hash (scrypt at its real cost), which
 * on a busy two-core machine takes longer than the default wait for an element.
 */
const PASSPHRASE_WAIT = { timeout: 30_000 };

export const ADMINISTRATOR = { name: 'Dana Reyes', passphrase: 'lighthouse-harbor-42' };

/** A new data folder: create the first administrator, which also signs in. */
export async function createFirstAdministrator(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  await page.getByLabel('Your name').fill(ADMINISTRATOR.name);
  await page.getByLabel('Passphrase (at least 10 characters)').fill(ADMINISTRATOR.passphrase);
  await page.getByLabel('The same passphrase again').fill(ADMINISTRATOR.passphrase);
  await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
  await expect(page.getByText(`Signed in as ${ADMINISTRATOR.name}`)).toBeVisible(PASSPHRASE_WAIT);
}

export async function signIn(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Profile').selectOption(ADMINISTRATOR.name);
  await page.getByLabel('Passphrase').fill(ADMINISTRATOR.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${ADMINISTRATOR.name}`)).toBeVisible(PASSPHRASE_WAIT);
}

/** Signs out whoever is signed in, then signs `person` in. */
export async function signInAs(
  page: Page,
  person: { readonly name: string; readonly passphrase: string },
): Promise<void> {
  const signOut = page.getByRole('button', { name: 'Sign out' });
  if (await signOut.isVisible()) {
    await signOut.focus();
    await signOut.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Profile').selectOption(person.name);
  await page.getByLabel('Passphrase').fill(person.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible(PASSPHRASE_WAIT);
}
