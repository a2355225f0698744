import { join } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { SCREENSHOTS } from './paths';
import { expect, test } from './fixtures';
import { seedPages } from './seed';
import { signIn } from './session';

const BODY =
  'Night Out is Tuesday, 5 to 8 p.m., at Riverside Park. Meet your officers, tour a patrol car and bring the kids for games and free ice cream. Officers from every district will be there, and the K-9 unit will show what it does. Details and a map: cityofexample.gov/nightout #NightOut #SafeStreets #Community #Riverside #Summer #Family';

test('target pages add their platforms’ limits to the checklist, live, and the gate holds them', async ({
  openDesk,
  dataFolder,
}) => {
  test.setTimeout(120_000);
  const [x, instagram] = await seedPages(dataFolder, [
    { platform: 'x', name: '@ExamplePD', url: 'https://x.com/ExamplePD' },
    { platform: 'instagram', name: 'examplepd', url: 'https://www.instagram.com/examplepd' },
  ]);
  const desk = await openDesk();
  const { page, shell } = desk;
  await signIn(page);
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Title').fill('Night Out');
  await page.getByLabel('Category').selectOption('special-event');
  await page.getByLabel('Post text').fill(BODY);

  const checklist = page.getByRole('complementary', { name: 'Content checklist' });
  await expect(checklist.locator('[data-item^="limits."]')).toHaveCount(0);

  // Choosing X: its length item opens, with the part past 280 marked in the text.
  await page.getByRole('checkbox', { name: /@ExamplePD/ }).check();
  const xLength = checklist.locator(`[data-item="limits.${x}.length"]`);
  await expect(xLength).toContainText('Open');
  await expect(xLength).toContainText('III.B.1.a');
  await expect(xLength).toContainText('At most 280 characters on “@ExamplePD”');
  // Every link counts 23 on X: the 26-character address weighs less than it reads.
  const expected = BODY.length - 'cityofexample.gov/nightout'.length + 23;
  await expect(xLength).toContainText(`X counts this post as ${expected} characters of 280`);
  await expect(page.locator('.highlighted-backdrop mark.finding-open').last()).toHaveText(
    BODY.slice(280 + 'cityofexample.gov/nightout'.length - 23),
  );
  // What a platform would cut cannot be justified away.
  await expect(xLength.getByRole('button', { name: /^Justify/ })).toHaveCount(0);

  // Instagram: the sixth hashtag and the link are findings; X's items stay.
  await page.getByRole('checkbox', { name: /examplepd \(Instagram/ }).check();
  const igHashtags = checklist.locator(`[data-item="limits.${instagram}.hashtags"]`);
  await expect(igHashtags).toContainText('Open');
  await expect(igHashtags.locator('mark')).toHaveText('#Family');
  const igLinks = checklist.locator(`[data-item="limits.${instagram}.links"]`);
  await expect(igLinks.locator('mark')).toHaveText('cityofexample.gov/nightout');

  await page.screenshot({
    path: join(SCREENSHOTS, `platform-limits-${shell}.png`),
    fullPage: true,
  });

  // Unchecking X takes its items away again.
  await page.getByRole('checkbox', { name: /@ExamplePD/ }).uncheck();
  await expect(xLength).toHaveCount(0);
  await expectNoAxeViolations(page, 'the editor with target pages');

  // Saved with the Instagram page: the link can be justified, the hashtags must be edited.
  await page.keyboard.press('Control+S');
  await expect(page.getByText('Saved revision 1')).toBeVisible();
  await igLinks.getByRole('button', { name: 'Justify “cityofexample.gov/nightout”' }).click();
  await igLinks
    .getByLabel('Why “cityofexample.gov/nightout” is acceptable (recorded with your name)')
    .fill('Readers copy the address; the bio links it too.');
  await igLinks.getByRole('button', { name: 'Record justification' }).click();
  await expect(igLinks).toContainText('Satisfied');
  await expect(igHashtags.getByRole('button', { name: /^Justify/ })).toHaveCount(0);
  await checklist.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(checklist.getByRole('navigation', { name: 'Before you can submit:' })).toContainText(
    'At most 5 hashtags on “examplepd”',
  );
  // The main process holds the same gate for a renderer that skips the panel.
  const refused = await page.evaluate(async () => {
    const drafts = await window.desk.drafts.list({});
    if (!drafts.ok) throw new Error(drafts.error.message);
    const submitted = await window.desk.drafts.submit({ id: drafts.value[0]?.id ?? '' });
    return submitted.ok ? 'submitted' : submitted.error.message;
  });
  expect(refused).toContain(
    'III.B.1.a At most 5 hashtags on “examplepd” (Instagram): 1 finding to resolve',
  );

  await page.getByLabel('Post text').fill(BODY.replace(' #Family', ''));
  await expect(igHashtags).toContainText('Satisfied');
  await page.keyboard.press('Control+S');
  await expect(page.getByText('Saved revision 2')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /examplepd \(Instagram/ })).toBeChecked();
});
