import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_FILE } from '../../src/main/pages/page-service';
import { publicationTimeRefusal } from '../../src/main/workflow/publication-time';
import type { Inbox } from '../../src/shared/ipc/channels/workflow-channels';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import { type Page, pageSchema } from '../../src/shared/pages/page';
import { ATTESTABLE_PAGE_ITEMS } from '../../src/shared/pages/page-design';
import type { Profile } from '../../src/shared/profiles/profile';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';
import { PASSPHRASE, type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

/**
 * The reviewer's findings on pages and intro statements: every editor and every hand on the
 * statement a packet carries is an author (none decides on it); a date of publication lies between
 * the approval and now; an edit that puts the same fields back still voids the approval.
 */
let desk: WorkflowDesk;
/** Administrators who are approvers too: only separation of duties stands between them and a decision. */
let sam: Profile;
let kim: Profile;
let jo: Profile;
let lee: Profile;

beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-pages-review-');
  const { pat } = desk.people;
  const both = (name: string) =>
    desk.services.profiles.add(
      { name, roles: ['administrator', 'approver'], passphrase: PASSPHRASE },
      pat,
    );
  sam = await both('Sam Both');
  kim = await both('Kim Both');
  jo = await both('Jo Both');
  lee = await both('Lee Both');
  // The department's website and lines: what a statement's link and contacts are checked against.
  await desk.services.departmentSettings.save(
    {
      name: 'Example Police Department',
      website: 'https://www.cityofexample.gov/police',
      contactLines: [
        { label: 'Public Information Office', value: '(555) 555-0123' },
        { label: 'Email', value: 'pio@cityofexample.gov' },
      ],
    },
    pat,
  );
}, 60_000);
afterAll(() => desk.close());

let urls = 0;
async function newPage(by: Profile): Promise<Page> {
  urls += 1;
  return desk.call<Page>(by, 'pages:save', {
    platform: 'facebook',
    name: `Review PD ${urls}`,
    url: `https://www.facebook.com/reviewpd${urls}`,
    audience: 'general public',
    administrators: ['Pat Okafor'],
  });
}

async function completeText(): Promise<string> {
  const corpus = JSON.parse(
    await readFile(new URL('../corpus/intro-statements.json', import.meta.url), 'utf8'),
  ) as { id: string; text: string }[];
  return corpus.find((entry) => entry.id === 'intro-001')?.text ?? '';
}

/** Writes the statement as `writer`; `attesters` attest its items in turn. */
async function intro(pageId: string, writer: Profile, attesters: readonly Profile[]) {
  const saved = await desk.call<PageDetail>(writer, 'pages:introSave', {
    pageId,
    text: await completeText(),
    categories: ['obscenity', 'off-topic', 'personal-attack'],
  });
  const version = saved.versions.at(-1);
  if (!version) throw new Error('no version saved');
  for (const [index, item] of ATTESTABLE_PAGE_ITEMS.entries()) {
    const by = attesters[index % attesters.length] ?? writer;
    await desk.call(by, 'pages:introAttest', { versionId: version.id, itemId: item.id });
  }
  return version;
}

async function packetOf(id: string): Promise<string> {
  const inbox = await desk.call<Inbox>(desk.people.quinn, 'approvals:inbox', {});
  const waiting = inbox.submitted.find((item) => item.id === id);
  if (!waiting) throw new Error(`${id} is not waiting in the inbox`);
  return waiting.packetHash;
}

const decision = (kind: 'page' | 'intro-statement', id: string, packetHash: string) => ({
  kind,
  id,
  packetHash,
  decision: 'approve',
  comment: '',
});
const pagesFile = () => readFile(join(desk.folder, PAGES_FILE));
const status = async (pageId: string) =>
  (await desk.call<PageDetail>(desk.people.pat, 'pages:get', { id: pageId })).status;

describe('a page’s authors never decide on it', () => {
  it('keeps every editor, not only the last, and refuses an editor in between', async () => {
    const { pat, robin, quinn } = desk.people;
    const page = await newPage(pat);
    const fields = {
      id: page.id,
      platform: page.platform,
      name: page.name,
      url: page.url,
      administrators: page.administrators,
    };
    await desk.call(sam, 'pages:save', { ...fields, audience: 'residents' });
    const last = await desk.call<Page>(robin, 'pages:save', { ...fields, audience: 'everyone' });
    expect(last.editors).toEqual([sam.id, robin.id]);
    expect(last.updatedBy).toBe(robin.id);
    await intro(page.id, pat, [pat]);
    await desk.call(pat, 'pages:submit', { id: page.id });
    const packetHash = await packetOf(page.id);

    const before = await pagesFile();
    const refused = await desk.refusal(
      sam,
      'approvals:decide',
      decision('page', page.id, packetHash),
    );
    expect(refused.message).toContain('separation of duties');
    expect((await pagesFile()).equals(before), 'a refusal writes nothing').toBe(true);
    const inbox = await desk.call<Inbox>(sam, 'approvals:inbox', {});
    expect(inbox.submitted.find((item) => item.id === page.id)?.ownItem).toBe(true);

    await desk.call(quinn, 'approvals:decide', decision('page', page.id, packetHash));
    expect(await status(page.id)).toBe('approved');
  });

  it('refuses whoever wrote or attested the intro statement the page’s packet carries', async () => {
    const { pat } = desk.people;
    const page = await newPage(pat);
    await intro(page.id, kim, [jo, kim]);
    await desk.call(pat, 'pages:submit', { id: page.id });
    const packetHash = await packetOf(page.id);
    const before = await pagesFile();
    for (const who of [kim, jo]) {
      const refused = await desk.refusal(
        who,
        'approvals:decide',
        decision('page', page.id, packetHash),
      );
      expect(refused.message, who.name).toContain('separation of duties');
    }
    expect((await pagesFile()).equals(before)).toBe(true);
    // An administrator who had no hand in either decides.
    await desk.call(lee, 'approvals:decide', decision('page', page.id, packetHash));
    expect(await status(page.id)).toBe('approved');
  });

  it('refuses whoever attested an intro-statement version its decision', async () => {
    const { pat, quinn } = desk.people;
    const page = await newPage(pat);
    const version = await intro(page.id, pat, [pat, jo]);
    await desk.call(pat, 'pages:introSubmit', { versionId: version.id });
    const packetHash = await packetOf(version.id);
    const before = await pagesFile();
    const refused = await desk.refusal(
      jo,
      'approvals:decide',
      decision('intro-statement', version.id, packetHash),
    );
    expect(refused.message).toContain('separation of duties');
    expect((await pagesFile()).equals(before)).toBe(true);
    await desk.call(quinn, 'approvals:decide', decision('intro-statement', version.id, packetHash));
  });

  it('reads a page stored before editors were kept', () => {
    const stored = {
      platform: 'facebook',
      name: 'Old page',
      url: 'https://www.facebook.com/old',
      id: '6f1c1b9e-8a51-4d6a-9d2b-2f3c4d5e6f70',
      createdAt: '2025-01-01T00:00:00.000Z',
      createdBy: 'a',
      updatedAt: '2025-02-01T00:00:00.000Z',
      updatedBy: 'b',
    };
    expect(pageSchema.parse(stored)).toMatchObject({ updatedBy: 'b', workflow: [] });
  });
});

describe('a date of publication lies between the approval and now', () => {
  it('refuses an intro statement posted before its approval or in the future, then takes now', async () => {
    const { pat, quinn } = desk.people;
    const page = await newPage(pat);
    const version = await intro(page.id, pat, [pat]);
    await desk.call(pat, 'pages:introSubmit', { versionId: version.id });
    const packetHash = await packetOf(version.id);
    await desk.call(quinn, 'approvals:decide', decision('intro-statement', version.id, packetHash));

    const before = await pagesFile();
    const past = await desk.refusal(pat, 'pages:introPublished', {
      versionId: version.id,
      publishedAt: '2019-01-01T00:00:00.000Z',
    });
    expect(past.message).toContain('before the approval');
    expect(past.message).toContain('Nothing was changed.');
    const future = await desk.refusal(pat, 'pages:introPublished', {
      versionId: version.id,
      publishedAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    });
    expect(future.message).toContain('later than now');
    expect(future.message).toContain('Nothing was changed.');
    expect((await pagesFile()).equals(before), 'refusals write nothing').toBe(true);
    // Not in force in 2020: the rewrite of the past was refused.
    const in2020 = await desk.call<{ version: unknown }>(pat, 'pages:introInForce', {
      pageId: page.id,
      at: '2020-01-01T00:00:00.000Z',
    });
    expect(in2020.version).toBeNull();

    // A clock a minute fast is taken.
    const publishedAt = new Date(Date.now() + 60_000).toISOString();
    const detail = await desk.call<PageDetail>(pat, 'pages:introPublished', {
      versionId: version.id,
      publishedAt,
    });
    expect(detail.versions.at(-1)?.status).toBe('published');
  });

  it('refuses a page recorded as live before its approval or in the future', async () => {
    const { pat, quinn } = desk.people;
    const page = await newPage(pat);
    await intro(page.id, pat, [pat]);
    await desk.call(pat, 'pages:submit', { id: page.id });
    await desk.call(quinn, 'approvals:decide', decision('page', page.id, await packetOf(page.id)));
    const before = await pagesFile();
    const past = await desk.refusal(pat, 'pages:published', {
      id: page.id,
      publishedAt: '2019-01-01T00:00:00.000Z',
    });
    expect(past.message).toMatch(/before the approval.*Nothing was changed\.$/);
    const future = await desk.refusal(pat, 'pages:published', {
      id: page.id,
      publishedAt: '2099-01-01T00:00:00.000Z',
    });
    expect(future.message).toMatch(/later than now.*Nothing was changed\.$/);
    expect((await pagesFile()).equals(before)).toBe(true);
    await desk.call(pat, 'pages:published', { id: page.id, publishedAt: new Date().toISOString() });
    expect(await status(page.id)).toBe('published');
  });

  it('dates a paper or verbal approval from when it was given, not when it was recorded', () => {
    const now = new Date('2026-12-02T12:00:00.000Z');
    const step = (extra: Partial<WorkflowStep>): WorkflowStep[] => [
      {
        move: 'decide',
        by: 'robin',
        at: '2026-12-02T11:00:00.000Z',
        decision: 'approve',
        comment: '',
        source: 'in-app',
        ...extra,
      } as WorkflowStep,
    ];
    const inApp = step({});
    expect(publicationTimeRefusal('2026-12-02T10:59:59.999Z', inApp, now)).toMatch(
      /before the approval/,
    );
    expect(publicationTimeRefusal('2026-12-02T11:00:00.000Z', inApp, now)).toBeUndefined();
    // Signed on the 1st, somewhere up to UTC+14, transcribed a day later; posted in between.
    const paper = step({ source: 'paper', decidedAt: '2026-12-01T00:00:00.000Z' });
    expect(publicationTimeRefusal('2026-11-30T10:00:00.000Z', paper, now)).toBeUndefined();
    expect(publicationTimeRefusal('2026-11-30T09:59:59.999Z', paper, now)).toMatch(
      /before the approval/,
    );
    const verbal = step({ source: 'verbal', decidedAt: '2026-12-02T10:00:00.000Z' });
    expect(publicationTimeRefusal('2026-12-02T10:30:00.000Z', verbal, now)).toBeUndefined();
    expect(publicationTimeRefusal('2026-12-02T12:05:00.000Z', inApp, now)).toBeUndefined();
    expect(publicationTimeRefusal('2026-12-02T12:05:00.001Z', inApp, now)).toMatch(
      /later than now/,
    );
  });
});

describe('an edit voids the approval even when it puts the same fields back', () => {
  it('an approved page edited and reverted is a draft, and cannot be recorded as live', async () => {
    const { pat, quinn } = desk.people;
    const page = await newPage(pat);
    await intro(page.id, pat, [pat]);
    await desk.call(pat, 'pages:submit', { id: page.id });
    await desk.call(quinn, 'approvals:decide', decision('page', page.id, await packetOf(page.id)));
    expect(await status(page.id)).toBe('approved');
    const fields = {
      id: page.id,
      platform: page.platform,
      name: page.name,
      url: page.url,
      administrators: page.administrators,
    };
    await desk.call(pat, 'pages:save', { ...fields, audience: 'someone else' });
    await desk.call(pat, 'pages:save', { ...fields, audience: page.audience });
    expect(await status(page.id), 'the same fields, yet changed after the approval').toBe('draft');
    const live = await desk.refusal(pat, 'pages:published', {
      id: page.id,
      publishedAt: new Date().toISOString(),
    });
    expect(live.message).toContain('cannot be recorded as published');
  });
});
