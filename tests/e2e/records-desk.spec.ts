import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { runCli } from '../../src/main/cli/run-cli';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './paths';
import { RECORDS_OFFICER, seedRecordsDesk } from './records-seed';
import { signInAs } from './session';

async function screenshot(page: Page, testInfo: TestInfo, name: string, shell: string) {
  const path = join(SCREENSHOTS, `${name}-${shell}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** `social-desk export verify DIR`, as the person would run it: its exit code and words. */
async function exportVerify(folder: string) {
  const out: string[] = [];
  const code = await runCli(['export', 'verify', folder], {
    out: (text) => out.push(text),
    err: (text) => out.push(text),
  });
  return { code, said: out.join('\n') };
}

test('a records officer finds a comment, a draft, intro statements and packets by one word, exports a year for a request and verifies it, holds comments for a case, is refused their disposition, releases the hold, disposes of them, and the journal still verifies', async ({
  dataFolder,
  openDesk,
}, testInfo) => {
  test.setTimeout(240_000);
  await seedRecordsDesk(dataFolder);
  const desk = await openDesk(dataFolder);
  test.skip(
    desk.savedFolder === undefined,
    'Electron’s native folder dialog cannot be driven by a test; the Chromium harness answers it.',
  );
  const { page } = desk;
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, RECORDS_OFFICER);

  // 1. One word finds a comment, a draft, the page's intro statements and their packets.
  await page.getByRole('button', { name: 'Records' }).click();
  await expect(page.getByRole('heading', { name: 'Search records' })).toBeVisible();
  const searchForm = page.getByRole('search', { name: 'Search records' });
  await searchForm.getByLabel('Words', { exact: true }).fill('community');
  await searchForm.getByLabel('Words', { exact: true }).press('Enter');
  const found = page.getByRole('table', { name: 'Records found' });
  await expect(found.getByRole('cell', { name: 'Comment', exact: true })).toBeVisible();
  await expect(found.getByRole('cell', { name: 'Draft', exact: true })).toBeVisible();
  await expect(
    found.getByRole('cell', { name: 'Intro statement', exact: true }).first(),
  ).toBeVisible();
  await expect(
    found.getByRole('cell', { name: 'Approval packet', exact: true }).first(),
  ).toBeVisible();
  await expect(found.getByRole('button', { name: 'Lighthouse open day' })).toBeVisible();
  await expectNoAxeViolations(page, 'the records search');

  // 2. Everything of 2024 for a public-records request: a folder and a zip that verify.
  await page
    .getByRole('navigation', { name: 'Records' })
    .getByRole('button', { name: 'Export' })
    .click();
  await page.getByLabel('Request name or number').fill('PRR 2026-114');
  await page.getByLabel('From').fill('2024-01-01');
  await page.getByLabel('To').fill('2024-12-31');
  await page.getByRole('button', { name: 'Start the export…' }).click();
  const done = page.getByRole('region', { name: 'Exported' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  // The window is told the folder's name only; it was written where the folder dialog answered.
  const name = (await done.locator('dt:text-is("Folder") + dd').textContent()) ?? '';
  expect(name).toMatch(/^PRR-2026-114/);
  const folder = join(desk.savedFolder ?? '', name);
  expect((await stat(`${folder}.zip`)).size).toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'the finished export');
  await screenshot(page, testInfo, 'records-export', desk.shell);
  const verified = await exportVerify(folder);
  expect(verified.code, verified.said).toBe(0);

  // 3. A hold on every comment for a case: disposing of them is refused.
  await page
    .getByRole('navigation', { name: 'Records' })
    .getByRole('button', { name: 'Retention and holds' })
    .click();
  await expect(page.getByRole('heading', { name: 'Retention and legal holds' })).toBeVisible();
  await expect(page.getByText('GS1 item 41').first()).toBeVisible();
  await page.getByLabel('Name of the hold').fill('Doe v. City');
  await page.getByLabel('Matter (case, claim or request)').fill('Case 26-CV-1182');
  await page.getByLabel('Captured comments').check();
  await page.getByRole('button', { name: 'Place the hold' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Doe v. City' })).toBeVisible();
  await expect(page.getByText('The hold “Doe v. City” is placed')).toBeVisible();
  await page.getByLabel('Reason').fill('Retention period ended under GS1 item 41');
  await page.getByLabel('Everything due and not under a legal hold').check();
  await page.getByRole('button', { name: 'Review the disposition' }).click();
  await page.getByRole('button', { name: 'Dispose of them for good' }).click();
  await expect(
    page.getByText(
      'Every record due for disposition is under a legal hold (2). Nothing was changed.',
    ),
  ).toBeVisible();
  await screenshot(page, testInfo, 'records-retention-held', desk.shell);
  await expectNoAxeViolations(page, 'the retention screen with a refusal');

  // 4. The case settles: the hold is released with a reason, and the comments are disposed of.
  // A Release form left by Cancel gives the keyboard back to its button.
  const release = page.getByRole('button', { name: 'Release the hold Doe v. City' });
  await release.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(release).toBeFocused();
  await release.press('Enter');
  await page
    .getByLabel('Why the hold “Doe v. City” is released')
    .fill('The case settled on 1 December.');
  await page.getByRole('button', { name: 'Release the hold', exact: true }).click();
  await expect(page.getByText(/Released by Casey Brooks/)).toBeVisible();
  // The section says what happened last: the release, no longer the placing.
  await expect(page.getByText('The hold “Doe v. City” is released.')).toBeVisible();
  await expect(page.getByText('The hold “Doe v. City” is placed')).toHaveCount(0);
  await page.getByLabel('Reason').fill('Retention period ended under GS1 item 41');
  await page.getByLabel('Everything due and not under a legal hold').check();
  await page.getByRole('button', { name: 'Review the disposition' }).click();
  await page.getByRole('button', { name: 'Dispose of them for good' }).click();
  await expect(
    page.getByText(/^Disposed of 2 captured comments, recorded in disposition event \d+\./),
  ).toBeVisible();
  await screenshot(page, testInfo, 'records-retention', desk.shell);

  // 5. Their words are gone from the search, and the journal still verifies.
  await page
    .getByRole('navigation', { name: 'Records' })
    .getByRole('button', { name: 'Search' })
    .click();
  await searchForm.getByLabel('Words', { exact: true }).fill('community');
  await searchForm.getByLabel('Words', { exact: true }).press('Enter');
  await expect(found.getByRole('button', { name: 'Lighthouse open day' })).toBeVisible();
  await expect(found.getByRole('cell', { name: 'Comment', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Comments' }).click();
  await page.getByRole('button', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'Verify the journal now' }).click();
  await expect(page.getByText(/the journal verifies: \d+ events, head [0-9a-f]{64}/i)).toBeVisible({
    timeout: 60_000,
  });

  // 6. The audit trail shows the hold and its release.
  await page.getByRole('button', { name: 'Records' }).click();
  await page
    .getByRole('navigation', { name: 'Records' })
    .getByRole('button', { name: 'Audit trail' })
    .click();
  await expect(page.getByText(/legal hold released: "Doe v. City"/).first()).toBeVisible({
    timeout: 30_000,
  });
  await expectNoAxeViolations(page, 'the audit trail');
  await screenshot(page, testInfo, 'records-audit', desk.shell);
});
