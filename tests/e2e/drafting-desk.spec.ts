import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { DraftStore } from '../../src/main/drafts/draft-store';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './paths';
import { APPROVER, DRAFTER, seedDraftingDesk } from './seed';
import { ADMINISTRATOR, signInAs } from './session';

/** A real 1×1 PNG: the photo of the missing teen, and the scan of her mother's permission. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Keyboard activation: focus the control, press Enter (or Space for a checkbox). */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string, shell: string) {
  const path = join(SCREENSHOTS, `${name}-${shell}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Where the focus is, in words a failure message can show. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 80);
    return `${element.tagName.toLowerCase()}: ${name}`;
  });
}

/** Seen without scrolling the page: inside the window, with the page itself not scrolled. */
async function expectInWindow(page: Page, locator: Locator, what: string): Promise<void> {
  expect(await page.evaluate(() => window.scrollY), `the page scrolled to show ${what}`).toBe(0);
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box, `${what} has no box`).not.toBeNull();
  if (!box || !size) return;
  expect(box.y, `${what} starts above the window`).toBeGreaterThanOrEqual(0);
  expect(box.y + Math.min(box.height, 32), `${what} is below the window`).toBeLessThanOrEqual(
    size.height,
  );
}

const PAGES = [
  /^Example PD on Facebook/,
  /^Example PD on X/,
  /^Example PD on Instagram/,
  /^Example PD on Bluesky/,
];

test('a missing-person notice from its template, by keyboard: a required detail refused at its field, a photo with its permission, two revisions compared, the checklist worked from the top to Submit', async ({
  openDesk,
  dataFolder,
}, testInfo) => {
  test.setTimeout(300_000);
  await seedDraftingDesk(dataFolder, 0);
  const desk = await openDesk();
  const { page } = desk;
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, ADMINISTRATOR);

  // New draft: focus goes to the title; the category is chosen on purpose.
  await press(page.getByRole('button', { name: 'New draft' }));
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Missing teen: Ava Thompson');
  await page.keyboard.press('Tab');
  const category = page.getByLabel('Category');
  await expect(category).toBeFocused();
  await expect(category).toHaveValue('');
  await category.selectOption('missing-person');
  for (const name of PAGES) await press(page.getByRole('checkbox', { name }), 'Space');

  // The template's details, the contact line left empty: refused at that field, nothing saved.
  const details = page.getByRole('group', { name: /required details/ });
  await details.getByLabel('Name', { exact: true }).fill('Ava Thompson');
  await details.getByLabel('Age', { exact: true }).fill('15');
  await details.getByLabel('Description', { exact: true }).fill('Red jacket, 5 ft 4');
  await details.getByLabel('Last seen (where and when)').fill('Lincoln Park, Tuesday at 4 pm');
  const fill = details.getByRole('button', { name: 'Fill the post text from these details' });
  await press(fill);
  const contact = details.getByLabel('Contact line', { exact: true });
  await expect(contact).toBeFocused();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  const contactError = page.locator(
    `#${await contact.getAttribute('aria-describedby').then((ids) => (ids ?? '').split(' ').find((id) => id.endsWith('error')) ?? 'none')}`,
  );
  await expect(contactError).toContainText('Fill in “Contact line”');
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/Saved revision 1/)).toHaveCount(0);
  expect(await DraftStore.readSummaries(dataFolder)).toHaveLength(0);
  await expectNoAxeViolations(page, 'the editor with a required detail missing');

  await contact.fill('(555) 555-0100');
  await press(fill);
  const postText = page.getByLabel('Post text');
  await expect(postText).toBeFocused();
  await expect(postText).toHaveValue(/^MISSING PERSON: Ava Thompson, age 15\./);
  await expect(postText).toHaveValue(/call \(555\) 555-0100/);
  // The counter counts against the strictest of the four pages, as the person types.
  const counter = page.locator('#draft-body-count');
  await expect(counter).toContainText('/ 280 characters');
  await expect(counter).toContainText('the strictest of your 4 pages');
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/Saved revision 1/)).toBeVisible();

  // A photo: what it shows, then the written permission it needs, recorded with its scan.
  const media = page.getByRole('group', { name: 'Photos and videos' });
  await media
    .getByLabel('Attach a photo or video')
    .setInputFiles({ name: 'ava.png', mimeType: 'image/png', buffer: PNG });
  await expect(media.getByRole('img', { name: 'Thumbnail of ava.png' })).toBeVisible();
  await press(media.getByRole('checkbox', { name: /A minor \(under 18\)/ }), 'Space');
  await expect(media.getByText(/Needs a written permission \(III\.B\.1\.c\)/)).toBeVisible();
  const permission = media.getByRole('group', { name: 'Record a written permission' });
  await permission.getByLabel('Granted by').fill('Maria Thompson, her mother');
  await permission.getByLabel('Date granted').fill('2026-12-01');
  await permission.getByLabel('What it covers').fill('Ava’s school photo, for this notice');
  await permission
    .getByLabel('Scanned permission (PDF, PNG or JPEG)')
    .setInputFiles({ name: 'permission.png', mimeType: 'image/png', buffer: PNG });
  await press(permission.getByRole('button', { name: 'Record permission' }));
  const covers = media.getByRole('checkbox', { name: /Maria Thompson, her mother/ });
  await press(covers, 'Space');
  await expect(covers).toBeChecked();
  await expect(media.getByText(/Covered by/)).toBeVisible();
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/Saved revision 2/)).toBeVisible();

  // A third revision changes a word; the history compares them word by word.
  const text = await postText.inputValue();
  await postText.fill(text.replace('Red jacket', 'Blue jacket'));
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/Saved revision 3/)).toBeVisible();
  // The post as each page will show it, and its text copied for pasting by hand.
  const preview = page.getByRole('region', { name: 'How each page will show it' });
  const onInstagram = preview.getByRole('region', { name: /^On “Example PD on Instagram”/ });
  await expect(onInstagram).toContainText('(plain text, not a link)');
  await press(preview.getByRole('button', { name: 'Copy text for “Example PD on X”' }));
  await expect(preview.getByText(/^Copied \d+ characters of revision 3/)).toContainText(
    'not approved yet',
  );
  expect(await desk.clipboardText()).toBe(await postText.inputValue());

  await press(page.getByRole('button', { name: 'Revision history' }));
  const history = page.getByRole('heading', { level: 1, name: /^Revision history: / });
  await expect(history).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Revision 2 compared with revision 3' }),
  ).toBeVisible();
  await expect(page.locator('ins').filter({ hasText: 'Blue' })).toBeVisible();
  await expect(page.locator('del').filter({ hasText: 'Red' })).toBeVisible();
  await expectNoAxeViolations(page, 'the revision history');
  await screenshot(page, testInfo, 'drafting-history', desk.shell);
  await page.getByLabel('Compare revision', { exact: true }).selectOption('1');
  await page.getByLabel('with revision', { exact: true }).selectOption('2');
  await expect(
    page.getByRole('heading', { name: 'Revision 1 compared with revision 2' }),
  ).toBeVisible();
  await expect(page.getByText(/ava\.png/).first()).toBeVisible();
  await press(page.getByRole('button', { name: 'Back to the draft' }));

  // At 1280x800 with four target pages: the text, the open items and Submit, without scrolling.
  const checklist = page.getByRole('complementary', { name: 'Content checklist' });
  const submit = checklist.getByRole('button', { name: 'Submit for approval' });
  await expect(postText).toHaveValue(/Blue jacket/);
  await expect(checklist.getByRole('heading', { name: /^Edit or justify/ })).toBeVisible();
  await expectInWindow(page, postText, 'the post text');
  await expectInWindow(page, submit, 'Submit for approval');
  await expectInWindow(page, counter, 'the character counter');
  await expectInWindow(
    page,
    checklist.getByRole('heading', { name: /^Edit or justify/ }),
    'the first open items',
  );
  await expectNoAxeViolations(page, 'the editor with four target pages');
  await screenshot(page, testInfo, 'drafting-editor-1280x800', desk.shell);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectInWindow(page, submit, 'Submit for approval at 1024x700');
  await screenshot(page, testInfo, 'drafting-editor-1024x700', desk.shell);
  await page.setViewportSize({ width: 1280, height: 800 });

  // F8 goes to the next finding and says what it is, at the cursor.
  await postText.focus();
  await page.keyboard.press('F8');
  await expect(page.locator('#draft-finding-at-cursor')).toContainText('At the cursor:');
  await expect(page.locator('#draft-finding-at-cursor')).toContainText('Ava Thompson, age 15');

  // `?` lists the shortcuts; Escape closes the list and gives the focus back.
  const history_button = page.getByRole('button', { name: 'Revision history' });
  await history_button.focus();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('F8');
  await expectNoAxeViolations(page, 'the shortcuts list');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await expect(history_button).toBeFocused();

  // Submit while items are open: a short list under Submit, each a link to its item.
  await press(submit);
  const before = checklist.getByRole('navigation', { name: 'Before you can submit:' });
  await expect(before).toBeVisible();
  const firstLink = before.getByRole('button').first();
  const firstTitle = (await firstLink.textContent()) ?? '';
  await press(firstLink);
  await expect(checklist.getByRole('heading', { name: firstTitle, exact: true })).toBeFocused();

  // The checklist from the top: the findings first. A short reason is refused at its field,
  // Escape closes the form and gives the focus back; Ctrl+Enter records a good one.
  const justify = checklist.getByRole('button', { name: /^Justify “/ }).first();
  await press(justify);
  const reason = checklist.getByLabel(/^Why “.*” is acceptable \(recorded with your name\)$/);
  await expect(checklist.getByText('At least 10 characters, at most 2,000.')).toBeVisible();
  await reason.fill('too short');
  await reason.press('Control+Enter');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(checklist.getByText(/at least 10 characters/i).last()).toBeVisible();
  await reason.press('Escape');
  await expect(reason).toBeHidden();
  await expect(justify).toBeFocused();
  for (
    let left = await checklist.getByRole('button', { name: /^Justify “/ }).count();
    left > 0;
    left -= 1
  ) {
    await press(checklist.getByRole('button', { name: /^Justify “/ }).first());
    await checklist
      .getByLabel(/^Why “.*” is acceptable \(recorded with your name\)$/)
      .fill('Her mother asked us in writing to publish her name, age and photo to find her.');
    await page.keyboard.press('Control+Enter');
    await expect(checklist.getByRole('button', { name: /^Justify “/ })).toHaveCount(left - 1);
    await expect
      .poll(() => focused(page), { message: 'focus after recording a justification' })
      .not.toBe('body');
  }

  // One attestation, then withdrawn (kept in the record), then the rest in one deliberate step.
  const attestButtons = checklist.getByRole('button', { name: /^Attest: / });
  const firstAttest = attestButtons.first();
  const attestedTitle = ((await firstAttest.getAttribute('aria-label')) ?? '').replace(
    /^Attest: /,
    '',
  );
  await press(firstAttest);
  await expect(checklist.getByText(`Attested: ${attestedTitle}`)).toBeVisible();
  await expect
    .poll(() => focused(page), { message: 'focus after attesting' })
    .toMatch(/^button: Attest: /);
  // The attested item moved to the folded Satisfied section, with who attested it and when.
  await press(checklist.getByText(/^Satisfied \(\d+\)$/));
  await expect(checklist.getByText(/Attested by Dana Reyes/).first()).toBeVisible();
  await press(checklist.getByRole('button', { name: `Withdraw attestation: ${attestedTitle}` }));
  await expect(checklist.getByText(/withdrawn by Dana Reyes/)).toBeVisible();
  await expect(checklist.getByRole('button', { name: `Attest: ${attestedTitle}` })).toBeFocused();

  await press(checklist.getByRole('button', { name: 'Attest several…' }));
  const several = checklist.getByRole('group', { name: 'Tick each item you reviewed in the post' });
  const boxes = several.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThan(3);
  for (let n = 0; n < count; n += 1) {
    await expect(boxes.nth(n)).not.toBeChecked();
    await press(boxes.nth(n), 'Space');
  }
  await press(checklist.getByRole('button', { name: `Attest ${count} selected items` }));
  await expect(checklist.getByText('Every item is satisfied.')).toBeVisible();
  await expect
    .poll(() => focused(page), { message: 'focus after attesting several' })
    .not.toBe('body');

  await press(submit);
  // Submitted: the status says what happens next, and the text is locked.
  await expect(page.getByRole('heading', { name: /^Status: Submitted/ })).toBeVisible();
  await expect(page.getByText('Text locked')).toBeVisible();
  await expect(postText).not.toBeEditable();
  await expect(page.getByText(/content hash/i)).toHaveCount(0);
  await expectNoAxeViolations(page, 'the submitted draft');
  await screenshot(page, testInfo, 'drafting-submitted', desk.shell);

  // It is in the list as submitted, and in the Chief's inbox.
  await press(page.getByRole('button', { name: 'Back to drafts' }));
  await expect(page.getByRole('row', { name: /Missing teen: Ava Thompson/ })).toContainText(
    'Submitted',
  );
  await signInAs(page, APPROVER);
  await press(
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Approvals' }),
  );
  await expect(
    page.getByRole('button', { name: 'Open packet: Missing teen: Ava Thompson' }),
  ).toBeVisible();
});

test('the drafts list: status, author, category and pages, filtered and searched by word', async ({
  openDesk,
  dataFolder,
}, testInfo) => {
  test.setTimeout(180_000);
  await seedDraftingDesk(dataFolder, 40);
  const desk = await openDesk();
  const { page } = desk;
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAs(page, ADMINISTRATOR);
  const count = page.getByText(/^Showing /);
  await expect(count).toHaveText('Showing 40 of 40 drafts');
  const row = page.getByRole('row', { name: /Neighbourhood notice 40\b/ });
  await expect(row).toContainText('Dana Reyes');
  await expect(row).toContainText('Example PD on Facebook');
  await expect(row).toContainText('Draft');
  await expectNoAxeViolations(page, 'the drafts list');
  await screenshot(page, testInfo, 'drafting-list', desk.shell);

  await page.getByLabel('Author').selectOption({ label: DRAFTER.name });
  await expect(count).toHaveText('Showing 20 of 40 drafts');
  await expect(page.getByRole('row', { name: /Neighbourhood notice 40\b/ })).toHaveCount(0);
  await page.getByLabel('Category').selectOption({ label: 'Special event' });
  // Odd numbers (Sam) whose number leaves 1 when divided by 3: 1, 7, 13, 19, 25, 31, 37.
  await expect(count).toHaveText('Showing 7 of 40 drafts');

  // Words in the text, not the title: "fireworks" is in notices 7, 14, 21, 28 and 35.
  await page.getByLabel('Author').selectOption('');
  await page.getByLabel('Category').selectOption('');
  await expect(count).toHaveText('Showing 40 of 40 drafts');
  await page.getByLabel('Search drafts').fill('firework');
  await expect(count).toHaveText('Showing 5 of 40 drafts');
  for (const n of [7, 14, 21, 28, 35])
    await expect(
      page.getByRole('row', { name: new RegExp(`Neighbourhood notice ${n}\\b`) }),
    ).toBeVisible();
  await page.getByLabel('Author').selectOption({ label: DRAFTER.name });
  await expect(count).toHaveText('Showing 3 of 40 drafts');
  await expectNoAxeViolations(page, 'the drafts list, filtered and searched');
  await screenshot(page, testInfo, 'drafting-list-searched', desk.shell);

  // Opening a row by keyboard.
  await press(page.getByRole('button', { name: 'Neighbourhood notice 21', exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Neighbourhood notice 21$/);
});

test('a long post: the counter and each page’s preview follow once the typing pauses', async ({
  openDesk,
  dataFolder,
}) => {
  test.setTimeout(120_000);
  await seedDraftingDesk(dataFolder, 0);
  const desk = await openDesk();
  const { page } = desk;
  await signInAs(page, ADMINISTRATOR);
  await press(page.getByRole('button', { name: 'New draft' }));
  await page.getByLabel('Title').fill('Winter safety, the long version');
  await page.getByRole('checkbox', { name: /^Example PD on X/ }).check();
  await page.getByRole('checkbox', { name: /^Example PD on Instagram/ }).check();
  const postText = page.getByLabel('Post text');
  // Past 5,000 characters, the counter and the previews wait for a pause in the typing.
  await postText.fill('Lock your car and take your valuables inside tonight. '.repeat(120));
  await postText.press('End');
  await page.keyboard.type(' Call (555) 555-0100. Thank you, Riverside', { delay: 40 });
  const counter = page.locator('#draft-body-count');
  await expect(counter).toHaveText(/^6,5\d\d \/ 280 characters — X \(Example PD on X\)/);
  await expect(counter).toContainText('too many');
  const onInstagram = page
    .getByRole('region', { name: 'How each page will show it' })
    .getByRole('region', { name: /^On “Example PD on Instagram”/ });
  await expect(onInstagram.locator('del.preview-cut')).toContainText('Thank you, Riverside');
  await expect(postText).toHaveValue(/Thank you, Riverside$/);
});
