import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { CONTENT_CHECKLIST } from '../../src/shared/policy/catalogue';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ROOT, SCREENSHOTS } from './paths';
import { APPROVER, seedWorkflow } from './seed';
import { ADMINISTRATOR, signInAs } from './session';
import { pdfText } from '../pdf-text';

const BODY =
  'MISSING: Ava Thompson, 15, was last seen Tuesday at 4 pm near Lincoln Park wearing a red jacket. If you see her, call 555-201-7788.';
const FIXED_BODY = BODY.replace('call 555-201-7788', 'call 911');

/** Keyboard activation: focus the control, press Enter (or Space for a radio or checkbox). */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.press(key);
}

/** A time as a datetime-local field takes it (the browser runs in this process's time zone). */
function localMinute(time: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())}T${two(time.getHours())}:${two(time.getMinutes())}`;
}

async function screenshot(page: Page, testInfo: TestInfo, name: string, shell: string) {
  const path = join(SCREENSHOTS, `${name}-${shell}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Attests every item the checklist offers, one deliberate press each. */
async function attestAll(checklist: Locator): Promise<void> {
  await expect(checklist.getByRole('button', { name: /^Attest: / }).first()).toBeEnabled();
  const names = await checklist
    .getByRole('button', { name: /^Attest: / })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  for (const name of names) {
    const button = checklist.getByRole('button', { name, exact: true });
    await expect(button).toBeEnabled();
    await press(button);
    await expect(button).toHaveCount(0);
  }
}

async function openSection(page: Page, name: string): Promise<void> {
  await press(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }));
}

/** As the approver: the item is in the inbox, its packet opens, and the decision is recorded. */
async function approveFromInbox(page: Page, title: string): Promise<void> {
  await openSection(page, 'Approvals');
  await press(page.getByRole('button', { name: `Open packet: ${title}` }));
  await expect(page.getByRole('heading', { level: 1, name: /^Packet: / })).toContainText(title);
  const form = page.getByRole('form', { name: 'Record decision' });
  await press(form.getByRole('radio', { name: 'Approve', exact: true }), 'Space');
  await press(form.getByRole('button', { name: 'Record decision' }));
  await expect(page.getByText(/Recorded\. Status now: Approved/)).toBeVisible();
}

test('a missing-person notice goes from draft to the Chief’s approval, is edited, approved again and published', async ({
  openDesk,
  dataFolder,
}, testInfo) => {
  test.setTimeout(240_000);
  await seedWorkflow(dataFolder);
  const desk = await openDesk();
  const { page } = desk;
  await signInAs(page, ADMINISTRATOR);

  // Drafted by keyboard: title, category, target page, the text with two findings.
  await press(page.getByRole('button', { name: 'New draft' }));
  await page.getByLabel('Title').focus();
  await page.keyboard.type('Missing teen: Ava Thompson');
  await page.getByLabel('Category').selectOption('missing-person');
  // The template's required details; the text below is typed by hand instead of filled from them.
  const details = page.getByRole('group', { name: /required details/ });
  await details.getByLabel('Name', { exact: true }).fill('Ava Thompson');
  await details.getByLabel('Age', { exact: true }).fill('15');
  await details.getByLabel('Description', { exact: true }).fill('Red jacket');
  await details.getByLabel('Last seen (where and when)').fill('Lincoln Park, Tuesday 4 pm');
  await details.getByLabel('Contact line', { exact: true }).fill('911');
  await press(page.getByLabel(/Example PD on Facebook/), 'Space');
  await page.getByLabel('Post text').focus();
  await page.keyboard.type(BODY);
  const checklist = page.getByRole('complementary', { name: 'Content checklist' });
  await expect(checklist.getByText('555-201-7788').first()).toBeVisible();

  // Fixing the findings: the phone number is edited away, the juvenile's name is justified.
  await page.getByLabel('Post text').fill(FIXED_BODY);
  await expect(checklist.getByText('555-201-7788')).toHaveCount(0);
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/Saved revision 1/)).toBeVisible();
  await press(checklist.getByRole('button', { name: 'Justify “Ava Thompson, 15”' }));
  await checklist
    .getByLabel('Why “Ava Thompson, 15” is acceptable (recorded with your name)')
    .fill('Her parents asked us in writing to publish her name and age to find her.');
  await press(checklist.getByRole('button', { name: 'Record justification' }));
  await expect(checklist.getByText('Justified: “Ava Thompson, 15”')).toBeVisible();
  await attestAll(checklist);
  await expect(checklist.getByText('Every item is satisfied.')).toBeVisible();
  await press(checklist.getByRole('button', { name: 'Submit for approval' }));

  // Submitted: the status says so, the text is locked.
  const status = page.getByRole('heading', { name: /^Status: Submitted/ });
  await expect(status).toBeVisible();
  await expect(page.getByLabel('Post text')).not.toBeEditable();
  await expect(page.getByRole('button', { name: 'Save draft' })).toBeDisabled();
  await expectNoAxeViolations(page, 'the editor of a submitted draft');
  await screenshot(page, testInfo, 'workflow-editor-submitted', desk.shell);

  // The author holds the approver role too, but may not decide her own item.
  await press(page.getByRole('button', { name: 'Open packet' }));
  await expect(page.getByText(/separation of duties/i).first()).toBeVisible();
  const draftId = await page.evaluate(async () => {
    const drafts = await window.desk.drafts.list({});
    if (!drafts.ok) throw new Error(drafts.error.message);
    return drafts.value[0]?.id ?? '';
  });
  const own = await page.evaluate(
    async ({ id }) => {
      const packet = await window.desk.packets.get({ kind: 'post', id });
      if (!packet.ok || packet.value.sha256 === null) return 'no frozen packet';
      const decided = await window.desk.approvals.decide({
        kind: 'post',
        id,
        packetHash: packet.value.sha256,
        decision: 'approve',
        comment: '',
      });
      return decided.ok ? 'approved' : decided.error.message;
    },
    { id: draftId },
  );
  expect(own).toContain('separation of duties');

  // The approver's inbox, the packet, its PDF.
  await signInAs(page, APPROVER);
  await openSection(page, 'Approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Open packet: Missing teen: Ava Thompson' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the approvals inbox');
  await screenshot(page, testInfo, 'workflow-inbox', desk.shell);
  await press(page.getByRole('button', { name: 'Open packet: Missing teen: Ava Thompson' }));
  const frozen = page.getByText(/Frozen packet · SHA-256 [0-9a-f]{64}/);
  await expect(frozen).toBeVisible();
  // The packet carries the revision's content hash; the packet's own SHA-256 is shown beside it.
  const hash = await page.evaluate(
    async ({ id }) => {
      const draft = await window.desk.drafts.get({ id });
      if (!draft.ok) throw new Error(draft.error.message);
      return draft.value.revisions.at(-1)?.contentHash ?? '';
    },
    { id: draftId },
  );
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  const frame = page.frameLocator('iframe[title^="Packet: "]');
  await expect(frame.getByText(hash).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the packet view');
  await screenshot(page, testInfo, 'workflow-packet', desk.shell);
  if (desk.savedFolder !== undefined) {
    await press(page.getByRole('button', { name: 'Save PDF' }));
    await expect(page.getByRole('status').filter({ hasText: /\.pdf/ })).toBeVisible();
    const [pdfName] = (await readdir(desk.savedFolder)).filter((f) => f.endsWith('.pdf'));
    const pdf = await readFile(join(desk.savedFolder, pdfName ?? 'missing.pdf'));
    await testInfo.attach('packet.pdf', { body: pdf, contentType: 'application/pdf' });
    const text = await pdfText(pdf);
    for (const item of CONTENT_CHECKLIST) {
      expect(text, `the PDF names ${item.section}`).toContain(item.section);
      expect(text, `the PDF holds “${item.title}”`).toContain(item.title);
    }
    expect(text).toContain(hash);
    expect(text).toContain('Ava Thompson, 15');
    expect(text).toContain(ADMINISTRATOR.name);
  }
  const form = page.getByRole('form', { name: 'Record decision' });
  await press(form.getByRole('radio', { name: 'Approve', exact: true }), 'Space');
  await press(form.getByRole('button', { name: 'Record decision' }));
  await expect(page.getByText(/Recorded\. Status now: Approved/)).toBeVisible();

  // The author edits the approved draft: a new revision, and the approval is void.
  await signInAs(page, ADMINISTRATOR);
  await press(page.getByRole('button', { name: /Missing teen: Ava Thompson/ }).first());
  await expect(page.getByRole('heading', { name: /^Status: Approved/ })).toBeVisible();
  await page.getByLabel('Post text').fill(`${FIXED_BODY} She may be near the river.`);
  await expect(page.getByText(/^Saving makes a new revision and voids the approval/)).toBeVisible();
  await page.keyboard.press('Control+S');
  await expect(page.getByText(/Saved revision 2/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Status: Draft/ })).toBeVisible();
  await attestAll(checklist);
  await press(checklist.getByRole('button', { name: 'Submit for approval' }));
  await expect(page.getByRole('heading', { name: /^Status: Submitted/ })).toBeVisible();

  await signInAs(page, APPROVER);
  await approveFromInbox(page, 'Missing teen: Ava Thompson');

  // Published: where, when, by whom.
  await signInAs(page, ADMINISTRATOR);
  await press(page.getByRole('button', { name: /Missing teen: Ava Thompson/ }).first());
  const publishing = page.getByRole('form', { name: 'Record publishing' });
  await publishing.getByLabel('Post URL').fill('https://www.facebook.com/examplepd/posts/1001');
  await press(publishing.getByRole('button', { name: 'Record publishing' }));
  await expect(page.getByRole('heading', { name: /^Status: Published/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Publications' }).getByText(/posts\/1001/),
  ).toBeVisible();
  await expect(page.getByLabel('Post text')).not.toBeEditable();
  await expectNoAxeViolations(page, 'the editor of a published draft');

  // The drafts list says where it stands.
  await openSection(page, 'Drafts');
  await expect(
    page.getByRole('row', { name: /Missing teen: Ava Thompson.*Published/ }),
  ).toBeVisible();
});

test('a new page and its intro statement go to the Chief through their packets', async ({
  openDesk,
  dataFolder,
}, testInfo) => {
  test.setTimeout(240_000);
  await seedWorkflow(dataFolder);
  const desk = await openDesk();
  const { page } = desk;
  await signInAs(page, ADMINISTRATOR);

  await openSection(page, 'Pages');
  await expect(page.getByRole('heading', { level: 1, name: 'Pages' })).toBeVisible();
  await press(page.getByRole('button', { name: 'New page' }));
  const form = page.getByRole('form', { name: 'New page' });
  await form.getByLabel('Platform').fill('instagram');
  await form.getByLabel('Page name').fill('Example PD on Instagram');
  await form.getByLabel('Page URL').fill('https://www.instagram.com/examplepd');
  await form.getByLabel('Audience (III.B.2.c)').fill('Young residents of Example City');
  await form.getByLabel('Administrator’s name').fill(ADMINISTRATOR.name);
  await form.getByLabel('Administrator’s name').press('Enter');
  await press(form.getByRole('button', { name: 'Record page' }));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Example PD on Instagram' }),
  ).toBeVisible();

  const intro = readFile(join(ROOT, 'tests/fixtures/workflow/intro-statement.txt'), 'utf8');
  await page.getByLabel('Intro statement text').fill(await intro);
  for (const category of ['Obscenity', 'Off-topic comments', 'Personal attacks'])
    await press(page.getByLabel(category, { exact: true }), 'Space');
  await press(page.getByRole('button', { name: 'Save as new version' }));
  await expect(page.getByRole('heading', { name: /^Version 1/ })).toBeVisible();
  const design = page.getByRole('complementary', { name: 'Page-design checklist' });
  await attestAll(design);
  await expectNoAxeViolations(page, 'the pages screen');
  await screenshot(page, testInfo, 'workflow-pages', desk.shell);

  await press(page.getByRole('button', { name: 'Submit page for approval' }));
  await expect(page.getByText(/Page status: Submitted/)).toBeVisible();
  await press(page.getByRole('button', { name: 'Submit version 1 for approval' }));

  await signInAs(page, APPROVER);
  await openSection(page, 'Approvals');
  const pageItem = page.getByRole('button', {
    name: 'Open packet: Page “Example PD on Instagram” (instagram)',
  });
  await expect(pageItem).toBeVisible();
  await press(pageItem);
  const frame = page.frameLocator('iframe[title^="Packet: "]');
  await expect(frame.getByText('III.B.3.d.1').first()).toBeVisible();
  await expect(frame.getByText('Young residents of Example City').first()).toBeVisible();
  const decision = page.getByRole('form', { name: 'Record decision' });
  await press(decision.getByRole('radio', { name: 'Approve', exact: true }), 'Space');
  await press(decision.getByRole('button', { name: 'Record decision' }));
  await expect(page.getByText(/Recorded\. Status now: Approved/)).toBeVisible();

  await openSection(page, 'Approvals');
  const versionItem = page.getByRole('button', {
    name: /^Open packet: .*Version 1|^Open packet: .*intro/i,
  });
  await press(versionItem.first());
  await press(decision.getByRole('radio', { name: 'Approve', exact: true }), 'Space');
  await press(decision.getByRole('button', { name: 'Record decision' }));
  await expect(page.getByText(/Recorded\. Status now: Approved/)).toBeVisible();
  await openSection(page, 'Approvals');
  await expect(page.getByText(/Nothing is waiting/)).toBeVisible();

  // Back as the administrator: both approved; the statement goes up and is in force from then.
  await signInAs(page, ADMINISTRATOR);
  await openSection(page, 'Pages');
  await press(page.getByRole('button', { name: 'Example PD on Instagram' }));
  await expect(page.getByText(/Page status: Approved/)).toBeVisible();
  // Posted after its approval (a time before it is refused): the next whole minute.
  const posted = new Date(Math.ceil((Date.now() + 1_000) / 60_000) * 60_000);
  await page.getByLabel('When version 1 was posted').fill(localMinute(posted));
  await press(page.getByRole('button', { name: 'Record version 1 as published' }));
  await expect(page.getByText('Version 1 recorded as posted on the page')).toBeVisible();
  await page.getByLabel('Date and time').fill(localMinute(new Date(posted.getTime() + 60_000)));
  await press(page.getByRole('button', { name: 'Show version in force' }));
  await expect(page.getByText(/Version 1 was in force then/)).toBeVisible();
  await page.getByLabel('Date and time').fill(localMinute(new Date(posted.getTime() - 86_400_000)));
  await press(page.getByRole('button', { name: 'Show version in force' }));
  await expect(page.getByText(/No intro statement was in force then/)).toBeVisible();

  await openSection(page, 'People and department');
  await expect(
    page.getByRole('heading', { level: 1, name: 'People and department' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the people and department screen');

  // The department's street names, imported from a CSV beside the data folder (III.B.1.a: a
  // street called Hooker Ave is not an obscenity). Electron's native dialog cannot be driven.
  if (desk.answerOpenDialog) {
    const streets = join(`${dataFolder}-places`, 'streets.csv');
    await mkdir(`${dataFolder}-places`, { recursive: true });
    await writeFile(streets, 'street\nHooker Ave\nCumming Park\nhooker ave\n');
    desk.answerOpenDialog(streets);
    await press(page.getByRole('button', { name: 'Import place names from a file…' }));
    await expect(
      page.getByText(/Imported 2 place names from streets\.csv; 1 duplicate/),
    ).toBeVisible();
    await expect(page.getByLabel('Street and place names, one a line')).toHaveValue(
      'Hooker Ave\nCumming Park',
    );
    await expectNoAxeViolations(page, 'the department screen after a place-name import');
  }
  await screenshot(page, testInfo, 'workflow-people', desk.shell);
});
