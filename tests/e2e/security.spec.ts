// The renderer's declaration of window.desk, for the page-side code below.
import type {} from '../../src/renderer/src/desk';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTRACT } from '../../src/shared/ipc/contract';
import { expect, test } from './fixtures';

function contractShape(): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const channel of Object.keys(CONTRACT)) {
    const [domain = '', verb = ''] = channel.split(':');
    (shape[domain] ??= []).push(verb);
  }
  for (const verbs of Object.values(shape)) verbs.sort();
  return shape;
}

test('window.desk exposes only the contract, and no Node global reaches the renderer', async ({
  openDesk,
}) => {
  const { page } = await openDesk();
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  const exposed = await page.evaluate(() => {
    const desk = window.desk as unknown as Record<string, Record<string, unknown>>;
    const shape: Record<string, string[]> = {};
    for (const [domain, verbs] of Object.entries(desk)) {
      shape[domain] = Object.keys(verbs).sort();
      for (const verb of Object.values(verbs)) {
        if (typeof verb !== 'function') throw new Error(`${domain} exposes a non-function`);
      }
    }
    return shape;
  });
  expect(exposed).toEqual(contractShape());
  const globals = await page.evaluate(() =>
    ['require', 'process', 'Buffer', 'global', 'module', '__dirname', 'setImmediate'].filter(
      (name) => name in window,
    ),
  );
  expect(globals).toEqual([]);
});

test('a request that fails the contract is refused with a message the screen can show', async ({
  openDesk,
}) => {
  const { page } = await openDesk();
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  const answer = await page.evaluate(() =>
    window.desk.drafts.save({ title: '', body: 'x', category: 'no-such-category' as 'other' }),
  );
  expect(answer.ok).toBe(false);
  if (!answer.ok) {
    expect(answer.error.code).toBe('invalid-request');
    expect(answer.error.message).toContain('Give the draft a title');
    expect(answer.error.message).toContain('Choose a category');
  }
});

test('nothing changes without a signed-in profile, whatever the renderer sends', async ({
  openDesk,
  dataFolder,
}) => {
  const { page } = await openDesk();
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  const answer = await page.evaluate(() =>
    window.desk.drafts.save({ title: 'Sneaky', body: 'x', category: 'other' }),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
  await expect(readFile(join(dataFolder, 'drafts', 'index.jsonl'), 'utf8')).resolves.toBe('');
});

test('navigation away, new windows, remote content and eval are refused', async ({ openDesk }) => {
  const desk = await openDesk();
  const { page } = desk;
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  const appUrl = page.url();

  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(appUrl);
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();

  await page.evaluate(() => window.open('https://example.com/', '_blank'));
  await expect.poll(() => desk.openWindowCount()).toBe(1);

  const remote = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'refused',
    ),
  );
  expect(remote).toBe('refused');
  // page.evaluate itself is exempt from the CSP, so inject the script the way an attacker would.
  const inline = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(`refused by ${event.effectiveDirective}`),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'document.title = "injected"';
        document.head.append(script);
        setTimeout(() => resolve(document.title), 2000);
      }),
  );
  expect(inline).toBe('refused by script-src-elem');
});

test('permission requests are denied', async ({ openDesk }) => {
  const { page } = await openDesk();
  await expect(page.getByRole('heading', { name: 'Create the first administrator' })).toBeVisible();
  const geolocation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          (error) =>
            resolve(error.code === error.PERMISSION_DENIED ? 'denied' : `error ${error.code}`),
          { timeout: 3000 },
        );
      }),
  );
  expect(geolocation).toBe('denied');
  const notifications = await page.evaluate(() => Notification.requestPermission());
  expect(notifications).toBe('denied');
});
