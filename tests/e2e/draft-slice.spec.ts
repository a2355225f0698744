import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { DraftStore } from '../../src/main/drafts/draft-store';
import { SCREENSHOTS } from './paths';
import { createFirstAdministrator, signIn } from './session';

test('a person drafts a post by keyboard, sees the checklist live, saves, restarts and finds it', async ({
  openDesk,
  dataFolder,
}, testInfo) => {
  let desk = await openDesk();
  let page = desk.page;

  await expectNoAxeViolations(page, 'the first-start screen');
  await createFirstAdministrator(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
  await expect(page.getByText('No drafts yet')).toBeVisible();
  await expectNoAxeViolations(page, 'the empty drafts list');

  await page.getByRole('button', { name: 'New draft' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New draft' })).toBeVisible();

  await page.getByLabel('Title').focus();
  await page.keyboard.type('Lock your car tonight');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Category')).toBeFocused();
  // No category is chosen for the person: it is picked on purpose.
  await expect(page.getByLabel('Category')).toHaveValue('');
  await page.getByLabel('Category').selectOption('crime-prevention');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Post text')).toBeFocused();
  await page.keyboard.type(
    'Thefts from unlocked cars are up in Riverside. INTERNAL USE ONLY: patrol map.',
  );

  const checklist = page.getByRole('complementary', { name: 'Content checklist' });
  const confidential = checklist.locator('[data-item="content.no-confidential"]');
  await expect(confidential).toContainText('Open');
  await expect(confidential).toContainText('III.B.1.c');
  await expect(confidential.locator('mark')).toHaveText('INTERNAL USE ONLY');
  await expect(checklist.locator('[data-item="content.copyright"]')).toContainText('III.B.1.h');
  await expectNoAxeViolations(page, 'the editor with a finding');
  await page.screenshot({ path: join(SCREENSHOTS, `editor-${desk.shell}.png`), fullPage: true });
  await testInfo.attach('editor', {
    path: join(SCREENSHOTS, `editor-${desk.shell}.png`),
    contentType: 'image/png',
  });

  // Editing the text resolves the finding, live.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Thefts from unlocked cars are up in Riverside. Lock up tonight.');
  await expect(confidential).not.toContainText('Open');
  await expect(confidential.locator('mark')).toHaveCount(0);

  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 1' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Edit draft: Lock your car tonight',
  );

  // The store on disk holds what was saved, with who saved it.
  const summaries = await DraftStore.readSummaries(dataFolder);
  expect(summaries).toHaveLength(1);
  const id = summaries[0]?.id ?? '';
  const stored = JSON.parse(await readFile(join(dataFolder, 'drafts', `${id}.json`), 'utf8')) as {
    draft: { revisions: { title: string; body: string; category: string; savedBy: string }[] };
  };
  expect(stored.draft.revisions).toHaveLength(1);
  expect(stored.draft.revisions[0]).toMatchObject({
    title: 'Lock your car tonight',
    body: 'Thefts from unlocked cars are up in Riverside. Lock up tonight.',
    category: 'crime-prevention',
  });

  await desk.close();
  desk = await openDesk(dataFolder);
  page = desk.page;
  await expectNoAxeViolations(page, 'the sign-in screen');
  await signIn(page);

  const row = page.getByRole('row', { name: /Lock your car tonight/ });
  await expect(row).toContainText('Crime prevention tips');
  await expect(row).toContainText('1');
  await expectNoAxeViolations(page, 'the drafts list with a draft');

  await row.getByRole('button', { name: 'Lock your car tonight' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Lock your car tonight');
  await expect(page.getByLabel('Post text')).toHaveValue(
    'Thefts from unlocked cars are up in Riverside. Lock up tonight.',
  );
  await expect(page.getByLabel('Category')).toHaveValue('crime-prevention');
});

test('a second save makes revision 2; a draft without a title is refused and nothing is saved', async ({
  openDesk,
  dataFolder,
}) => {
  const { page } = await openDesk();
  await createFirstAdministrator(page);
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Post text').fill('Main St closed between 1st and 3rd Ave until 6 PM.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Give the draft a title')).toBeVisible();
  // No category is chosen for the person: saving without one is refused at the field.
  await expect(page.getByText('Choose the category this post is for')).toBeVisible();
  await expect(page.getByLabel('Category')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Category').selectOption('special-event');
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the editor with an error');
  await expect(readFile(join(dataFolder, 'drafts', 'index.jsonl'), 'utf8')).resolves.toBe('');

  await page.getByLabel('Title').fill('Main St closure');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 1' })).toBeVisible();
  await page.getByLabel('Post text').fill('Main St closed between 1st and 3rd Ave until 8 PM.');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // Leaving with unsaved changes asks first; staying keeps the edit.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  expect(asked).toContain('unsaved changes');
  await expect(page.getByLabel('Post text')).toHaveValue(
    'Main St closed between 1st and 3rd Ave until 8 PM.',
  );
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved revision 2' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to drafts' }).click();
  const row = page.getByRole('row', { name: /Main St closure/ });
  await expect(row).toContainText('Special event');
  await expect(row.getByRole('cell').last()).toHaveText('2');
});
