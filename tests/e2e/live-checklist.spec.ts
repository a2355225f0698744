import { expect, test } from './fixtures';
import { createFirstAdministrator } from './session';

test('the live checklist runs in a worker under the strict CSP, and the text marks follow the typing', async ({
  openDesk,
}) => {
  const { page } = await openDesk();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  // Counts the workers the page starts: one serves every editor opened (loading it takes seconds).
  await page.addInitScript(() => {
    const Original = window.Worker;
    const scope = window as unknown as { __workersStarted: number };
    scope.__workersStarted = 0;
    window.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        scope.__workersStarted += 1;
      }
    };
  });
  await page.reload();
  await createFirstAdministrator(page);
  // Started as the drafts list opened, before any editor: its load overlaps the reading of the list.
  const workersStarted = () =>
    page.evaluate(() => (window as unknown as { __workersStarted: number }).__workersStarted);
  await expect.poll(workersStarted).toBe(1);
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.evaluate(() => {
    const runs = { page: 0, worker: 0 };
    (window as unknown as { __runs: typeof runs }).__runs = runs;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'social-desk:checklist') runs.page += 1;
        if (entry.name === 'social-desk:checklist-worker') runs.worker += 1;
      }
    }).observe({ type: 'measure' });
  });
  const body = page.getByLabel('Post text');
  await body.fill('Patrol zones tonight. INTERNAL USE ONLY');
  const mark = page.locator('.highlighted-backdrop mark.finding-open');
  await expect(mark).toHaveText('INTERNAL USE ONLY');

  // The finding's row in the panel, tagged, so the test sees whether the same row stays.
  const row = page
    .getByRole('complementary', { name: 'Content checklist' })
    .locator('ul.findings li', { hasText: 'INTERNAL USE ONLY' });
  const show = row.getByRole('button', { name: /^Show “INTERNAL USE ONLY”/ });
  await expect(show).toHaveId(/-body-22-[a-z-]+-show$/);
  await row.evaluate((element) => Object.assign(element, { __tagged: true }));

  // Typing before the marked words moves the mark with them, and the worker catches up.
  await body.press('ControlOrMeta+Home');
  await page.keyboard.type('Update: ');
  await expect(mark).toHaveText('INTERNAL USE ONLY');
  // The row moved with its words: the same element, not one drawn anew for the new place.
  await expect(show).toHaveId(/-body-30-[a-z-]+-show$/);
  expect(await row.evaluate((element) => '__tagged' in element)).toBe(true);
  const runs = await page.evaluate(
    () => (window as unknown as { __runs: { page: number; worker: number } }).__runs,
  );
  expect(runs.worker).toBeGreaterThan(0);
  expect(runs.page, 'checklist runs on the page thread (the worker did not start)').toBe(0);
  expect(violations).toEqual([]);

  // A second editor (leaving the first unsaved) is served by the same worker, warm.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Post text').fill('Shift notes. INTERNAL USE ONLY');
  await expect(mark).toHaveText('INTERNAL USE ONLY');
  expect(await workersStarted(), 'checklist workers started for two editors').toBe(1);
});

test('a checklist worker that fails leaves the checklist to the page, and the next editor tries a new worker', async ({
  openDesk,
}) => {
  const { page } = await openDesk();
  // Every worker the page starts reports an error at once, as one that cannot load would.
  await page.addInitScript(() => {
    const Original = window.Worker;
    const scope = window as unknown as { __workersStarted: number; __pageRuns: number };
    scope.__workersStarted = 0;
    scope.__pageRuns = 0;
    window.Worker = class extends Original {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        scope.__workersStarted += 1;
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'failed' })), 0);
      }
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'social-desk:checklist') scope.__pageRuns += 1;
    }).observe({ type: 'measure' });
  });
  await page.reload();
  await createFirstAdministrator(page);
  const mark = page.locator('.highlighted-backdrop mark.finding-open');
  const counts = () =>
    page.evaluate(() => {
      const scope = window as unknown as { __workersStarted: number; __pageRuns: number };
      return { workers: scope.__workersStarted, pageRuns: scope.__pageRuns };
    });

  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Post text').fill('Patrol zones tonight. INTERNAL USE ONLY');
  await expect(mark).toHaveText('INTERNAL USE ONLY');
  const first = await counts();
  expect(first.pageRuns, 'checklist runs on the page after the worker failed').toBeGreaterThan(1);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByLabel('Post text').fill('Shift notes. INTERNAL USE ONLY');
  await expect(mark).toHaveText('INTERNAL USE ONLY');
  const second = await counts();
  // Tried anew (as the list opened and for the editor), not given up for the app's life.
  expect(second.workers, 'workers started after the failure').toBeGreaterThan(first.workers);
  expect(second.pageRuns).toBeGreaterThan(first.pageRuns);
});
