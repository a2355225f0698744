import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { createFirstAdministrator } from './session';

test('the checklist marks findings in the text, refuses submission while open, and accepts it once resolved', async ({
  openDesk,
}) => {
  test.setTimeout(120_000);
  const { page } = await openDesk();
  await createFirstAdministrator(page);
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Title').fill('Shift change');
  await page.getByLabel('Category').selectOption('other');
  await page.getByLabel('Post text').fill('Shift change at 6 tonight. INTERNAL USE ONLY');

  // The finding is marked in the text itself, and "Show in text" selects it.
  await expect(page.locator('.highlighted-backdrop mark.finding-open')).toHaveText(
    'INTERNAL USE ONLY',
  );
  const checklist = page.getByRole('complementary', { name: 'Content checklist' });
  await checklist.getByRole('button', { name: 'Show “INTERNAL USE ONLY” in the body' }).click();
  const selected = await page.getByLabel('Post text').evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
  expect(selected).toBe('INTERNAL USE ONLY');

  await page.keyboard.press('Control+S');
  await expect(page.getByText('Saved revision 1')).toBeVisible();
  await checklist.getByRole('button', { name: 'Submit for approval' }).click();
  // The panel lists what is open, each a link to its item, where the person looks.
  const before = checklist.getByRole('navigation', { name: 'Before you can submit:' });
  await expect(before).toBeVisible();
  await before.getByRole('button', { name: /^No confidential information/ }).click();
  await expect(
    checklist.getByRole('heading', { name: /^No confidential information/ }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'the editor with a refused submission');
  // The main process holds the gate too: a renderer that skipped the panel is refused there.
  const refused = await page.evaluate(async () => {
    const drafts = await window.desk.drafts.list({});
    if (!drafts.ok) throw new Error(drafts.error.message);
    const submitted = await window.desk.drafts.submit({ id: drafts.value[0]?.id ?? '' });
    return submitted.ok ? 'submitted' : submitted.error.message;
  });
  expect(refused).toContain('cannot be submitted while');
  expect(refused).toContain('III.B.1.c No confidential information');

  await checklist.getByRole('button', { name: 'Justify “INTERNAL USE ONLY”' }).click();
  await checklist
    .getByLabel('Why “INTERNAL USE ONLY” is acceptable (recorded with your name)')
    .fill('Written permission from the Chief, 2026-11-20, on file');
  await checklist.getByRole('button', { name: 'Record justification' }).click();
  await expect(checklist.getByText('Justified: “INTERNAL USE ONLY”')).toBeVisible();
  await expect(page.locator('.highlighted-backdrop mark.finding-justified')).toHaveText(
    'INTERNAL USE ONLY',
  );

  const attest = checklist.getByRole('button', { name: /^Attest: / });
  for (let left = await attest.count(); left > 0; left -= 1) {
    await attest.first().click();
    await expect(attest).toHaveCount(left - 1);
  }
  await expect(checklist.getByText('Every item is satisfied.')).toBeVisible();
  await checklist.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(checklist.getByText('Submitted revision 1 for approval')).toBeVisible();
  await expectNoAxeViolations(page, 'the editor after submission');
});
