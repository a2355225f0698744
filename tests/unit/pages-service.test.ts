import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { PAGES_FILE } from '../../src/main/pages/page-service';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import { ATTESTABLE_PAGE_ITEMS } from '../../src/shared/pages/page-design';
import type { Page } from '../../src/shared/pages/page';
import type { Profile } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';
import { journalEvents, sample } from './records-fixtures';

/** Says all the page-design checklist asks of a statement's words (tests/corpus intro-001). */
const COMPLETE = `Welcome to the official Facebook page of the Example Police Department.

We use this page to share crime-prevention tips, road closures, traffic alerts, missing-person notices, community events and news about the men and women who serve our city. For more information about the department, visit https://www.cityofexample.gov/police.

This page is maintained by the Example Police Department's Community Action Team. Questions about this page? Call our Public Information Office at (555) 555-0123 or e-mail pio@cityofexample.gov.

Comments posted to this page will be monitored. The opinions expressed by visitors to this page do not reflect the opinions of the Example Police Department. We reserve the right to remove obscenities, off-topic comments and personal attacks.

Please note that any content posted or submitted for posting on this page is subject to public disclosure.`;
const ALL = ['obscenity', 'off-topic', 'personal-attack'] as const;

let folder: string;
let services: Services;
let dispatch: ReturnType<typeof createDispatcher>;
let administrator: Profile;
let approver: Profile;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-pages-'));
  // The department's own lines and website: the checklist knows them, as in the app.
  await copyFile(sample('department.json'), join(folder, 'department.json'));
  services = await openServices(folder, 'pages test');
  dispatch = createDispatcher(createHandlers(services));
  administrator = valueOf<Profile>(
    await dispatch(
      'session:createFirstAdministrator',
      { name: 'Pat Okafor', passphrase: 'a long enough passphrase' },
      true,
    ),
  );
  approver = await services.profiles.add(
    { name: 'Chief Morgan', roles: ['approver'], passphrase: 'another long passphrase' },
    administrator,
  );
}, 30_000);
afterAll(async () => {
  await services.close();
  await rm(folder, { recursive: true, force: true });
});

function valueOf<T>(result: Result<T> | Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const pagesFile = () => readFile(join(folder, PAGES_FILE));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let urls = 0;
async function newPage(administrators = ['Pat Okafor']): Promise<Page> {
  urls += 1;
  return valueOf<Page>(
    await dispatch(
      'pages:save',
      {
        platform: 'facebook',
        name: `Example PD ${urls}`,
        url: `https://www.facebook.com/examplepd${urls}`,
        audience: 'general public',
        administrators,
      },
      true,
    ),
  );
}
async function writeIntro(pageId: string, text = COMPLETE, categories: string[] = [...ALL]) {
  return valueOf<PageDetail>(await dispatch('pages:introSave', { pageId, text, categories }, true));
}
async function attestAll(versionId: string): Promise<PageDetail> {
  let detail: PageDetail | undefined;
  for (const item of ATTESTABLE_PAGE_ITEMS) {
    detail = valueOf<PageDetail>(
      await dispatch('pages:introAttest', { versionId, itemId: item.id }, true),
    );
  }
  if (!detail) throw new Error('no attestable items');
  return detail;
}
function decide(kind: 'page' | 'intro-statement', id: string, by: Profile, packetHash: string) {
  const step: WorkflowStep = {
    move: 'decide',
    by: by.id,
    at: new Date().toISOString(),
    decision: 'approve',
    comment: '',
    packetHash,
    source: 'in-app',
  };
  return services.pages.workflowRecords(kind).append(id, step, by, 'approved');
}

describe('pages: recording and editing', () => {
  it('records a page, audited: the journal event names the stamped pages.json', async () => {
    const page = await newPage();
    const stored = JSON.parse(await readFile(join(folder, PAGES_FILE), 'utf8')) as {
      schemaVersion: number;
      audit: { seq: number };
    };
    expect(stored.schemaVersion).toBe(2);
    const events = await journalEvents(folder);
    const last = events.at(-1);
    expect(last?.header.seq).toBe(stored.audit.seq);
    expect(JSON.stringify(last?.payload)).toContain(`page \\"${page.name}\\" added`);
    const detail = valueOf<PageDetail>(await dispatch('pages:get', { id: page.id }, true));
    expect(detail).toMatchObject({ status: 'draft', versions: [], inForce: null });
  });

  it('refuses a second page with the same URL and leaves pages.json byte-identical', async () => {
    const page = await newPage();
    const before = await pagesFile();
    const refused = await dispatch(
      'pages:save',
      { platform: 'x', name: 'Copy', url: page.url, audience: 'general public' },
      true,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!refused.ok) expect(refused.error.message).toContain('already recorded');
    expect((await pagesFile()).equals(before)).toBe(true);
  });

  it('clears an audience or administrators taken off in an edit; the same fields again write nothing', async () => {
    const page = await newPage(['Pat Okafor', 'Sam Lee']);
    const edited = valueOf<Page>(
      await dispatch(
        'pages:save',
        {
          id: page.id,
          platform: page.platform,
          name: page.name,
          url: page.url,
          administrators: [],
        },
        true,
      ),
    );
    expect(edited.audience).toBeUndefined();
    expect(edited.administrators).toBeUndefined();
    expect(edited.updatedBy).toBe(administrator.id);
    const before = await pagesFile();
    const again = valueOf<Page>(
      await dispatch(
        'pages:save',
        { id: page.id, platform: page.platform, name: page.name, url: page.url },
        true,
      ),
    );
    expect(again).toEqual(edited);
    expect((await pagesFile()).equals(before)).toBe(true);
  });
});

describe('intro statements as versions', () => {
  it('records a new version only when the words or the categories change', async () => {
    const page = await newPage();
    const first = await writeIntro(page.id);
    expect(first.versions.map((v) => [v.number, v.status])).toEqual([[1, 'draft']]);
    const before = await pagesFile();
    const same = await writeIntro(page.id, COMPLETE, ['personal-attack', 'obscenity', 'off-topic']);
    expect(same.versions).toHaveLength(1);
    expect((await pagesFile()).equals(before)).toBe(true);
    const fewer = await writeIntro(page.id, COMPLETE, ['obscenity']);
    expect(fewer.versions.map((v) => [v.number, v.categories])).toEqual([
      [1, [...ALL]],
      [2, ['obscenity']],
    ]);
    expect(fewer.versions[0]?.contentHash).not.toBe(fewer.versions[1]?.contentHash);
  });

  it('refuses to attest the Chief’s approval, an automatic item, or CAT administration of a page naming no administrators', async () => {
    const page = await newPage([]);
    const { versions } = await writeIntro(page.id);
    const versionId = versions[0]?.id ?? '';
    const before = await pagesFile();
    for (const [itemId, words] of [
      ['page-design.chief-approval', 'what the approval packet asks for'],
      ['page-design.public-disclosure', 'checked automatically'],
      ['page-design.administered-by-cat', 'names no administrators'],
      ['page-design.no-such-item', 'no page-design item'],
    ] as const) {
      const refused = await dispatch('pages:introAttest', { versionId, itemId }, true);
      expect(refused.ok, itemId).toBe(false);
      if (!refused.ok) expect(refused.error.message).toContain(words);
    }
    expect((await pagesFile()).equals(before)).toBe(true);
  });

  it('refuses submission while an item other than the Chief’s approval is open, changing nothing', async () => {
    const page = await newPage();
    const { versions } = await writeIntro(page.id);
    const versionId = versions[0]?.id ?? '';
    const before = await pagesFile();
    const refused = await dispatch('pages:introSubmit', { versionId }, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('III.B.3.c.1 Content kept under the records retention');
    expect(refused.error.message).not.toContain('- III.B.3.a Approved by the Chief');
    expect((await pagesFile()).equals(before)).toBe(true);
    const page2 = await dispatch('pages:submit', { id: page.id }, true);
    expect(page2).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    expect((await pagesFile()).equals(before)).toBe(true);
  });

  it('refuses submission of a statement that leaves out what the directive asks it to say', async () => {
    const page = await newPage();
    const { versions } = await writeIntro(page.id, 'Welcome to our page.', []);
    const versionId = versions[0]?.id ?? '';
    await attestAll(versionId).catch(() => undefined); // purpose-and-scope cannot be attested blind
    const refused = await dispatch('pages:introSubmit', { versionId }, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    if (!refused.ok) expect(refused.error.message).toContain('III.B.3.d.2');
  });

  it('submits a complete version with its frozen packet, read-only until decided, then in force once posted', async () => {
    const page = await newPage();
    const { versions } = await writeIntro(page.id);
    const versionId = versions[0]?.id ?? '';
    await attestAll(versionId);
    const submitted = valueOf<PageDetail>(await dispatch('pages:introSubmit', { versionId }, true));
    const version = submitted.versions[0];
    expect(version?.status).toBe('submitted');
    const step = version?.workflow[0];
    if (step?.move !== 'submit') throw new Error('no submit step');
    expect(step.by).toBe(administrator.id);
    expect(step.contentHash).toBe(version?.contentHash);
    const packet = await services.packets.read(step.packetHash ?? '');
    expect(sha256(packet)).toBe(step.packetHash);

    // Read-only while the Chief reads it.
    const before = await pagesFile();
    const attest = await dispatch(
      'pages:introAttest',
      { versionId, itemId: 'page-design.records-retention' },
      true,
    );
    expect(attest.ok).toBe(false);
    expect((await pagesFile()).equals(before)).toBe(true);
    const pending = await services.pages.workflowRecords('intro-statement').pending();
    expect(pending.map((item) => item.ref.id)).toContain(versionId);

    // Its author never records its decision (separation of duties), checked in the service.
    await expect(
      decide('intro-statement', versionId, administrator, step.packetHash ?? ''),
    ).rejects.toThrow(/separation of duties/);
    expect((await pagesFile()).equals(before)).toBe(true);

    // Not posted before approval.
    const early = await dispatch(
      'pages:introPublished',
      { versionId, publishedAt: '2026-11-01T09:00:00.000Z' },
      true,
    );
    expect(early.ok).toBe(false);

    await decide('intro-statement', versionId, approver, step.packetHash ?? '');
    const approved = valueOf<PageDetail>(await dispatch('pages:get', { id: page.id }, true));
    expect(approved.versions[0]?.status).toBe('approved');
    expect(approved.inForce, 'approved but never posted: not in force').toBeNull();

    // Posted after the approval, and not in the future (tests/unit/pages-review.test.ts).
    const publishedAt = new Date().toISOString();
    const published = valueOf<PageDetail>(
      await dispatch('pages:introPublished', { versionId, publishedAt }, true),
    );
    expect(published.versions[0]?.status).toBe('published');
    expect(published.inForce).toBe(versionId);
    const publish = published.versions[0]?.workflow.at(-1);
    expect(publish).toMatchObject({ move: 'publish', platform: 'facebook', url: page.url });

    const atPublication = valueOf<{ version: { id: string } | null; since: string | null }>(
      await dispatch('pages:introInForce', { pageId: page.id, at: publishedAt }, true),
    );
    expect(atPublication).toMatchObject({ version: { id: versionId }, since: publishedAt });
    const beforeIt = valueOf<{ version: unknown }>(
      await dispatch(
        'pages:introInForce',
        { pageId: page.id, at: new Date(Date.parse(publishedAt) - 1).toISOString() },
        true,
      ),
    );
    expect(beforeIt.version).toBeNull();

    const summaries = (await journalEvents(folder)).map((e) => JSON.stringify(e.payload));
    for (const words of [
      'written',
      'attested page-design.records-retention',
      'submitted for approval',
      'approved',
      'recorded as posted',
    ]) {
      expect(
        summaries.some((s) => s.includes('intro statement version 1') && s.includes(words)),
        words,
      ).toBe(true);
    }
  });
});

describe('the page through its packet', () => {
  it('goes to the Chief once its latest statement is complete; editing it after approval voids the approval', async () => {
    const page = await newPage();
    const noIntro = await dispatch('pages:submit', { id: page.id }, true);
    expect(noIntro).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    if (!noIntro.ok) expect(noIntro.error.message).toContain('has no intro statement yet');

    const { versions } = await writeIntro(page.id);
    await attestAll(versions[0]?.id ?? '');
    const submitted = valueOf<PageDetail>(await dispatch('pages:submit', { id: page.id }, true));
    expect(submitted.status).toBe('submitted');
    const step = submitted.page.workflow[0];
    if (step?.move !== 'submit') throw new Error('no submit step');

    // Read-only while submitted.
    const before = await pagesFile();
    const edit = await dispatch(
      'pages:save',
      { id: page.id, platform: 'facebook', name: 'Renamed', url: page.url },
      true,
    );
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error.message).toContain('read-only');
    expect((await pagesFile()).equals(before)).toBe(true);

    await decide('page', page.id, approver, step.packetHash ?? '');
    expect(valueOf<PageDetail>(await dispatch('pages:get', { id: page.id }, true)).status).toBe(
      'approved',
    );
    valueOf<Page>(
      await dispatch(
        'pages:save',
        { ...pick(page), administrators: ['Pat Okafor', 'Sam Lee'] },
        true,
      ),
    );
    const after = valueOf<PageDetail>(await dispatch('pages:get', { id: page.id }, true));
    expect(after.status, 'an approved page that is edited is a draft again').toBe('draft');
    const live = await dispatch(
      'pages:published',
      { id: page.id, publishedAt: '2026-11-03T10:00:00.000Z' },
      true,
    );
    expect(live.ok, 'an edited page is not approved, so it cannot be recorded as live').toBe(false);
  });
});

function pick(page: Page) {
  const { id, platform, name, url, audience, administrators } = page;
  return { id, platform, name, url, audience, administrators };
}
