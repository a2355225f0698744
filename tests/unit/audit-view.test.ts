import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditView } from '../../src/main/audit/audit-view';
import type { DeskShell, SaveKind } from '../../src/main/handlers/domain-handlers';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { Journal } from '../../src/main/journal/journal';
import { JOURNAL_FOLDER, listSegments } from '../../src/main/journal/segments';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import type { Page } from '../../src/shared/pages/page';
import type { Profile, Role } from '../../src/shared/profiles/profile';
import type { AuditEntry, AuditPage } from '../../src/shared/records/audit-view';
import { cli, folderDigest, scratchFolder, sharedFolder } from './records-fixtures';
import { rm } from 'node:fs/promises';

const PASSPHRASE = 'a long enough passphrase';
const HEX = /^[0-9a-f]{64}$/;
const SETTINGS = {
  name: 'Example Police Department',
  website: 'https://police.example.gov',
  contactLines: [{ label: 'Front desk', value: '(555) 555-0199' }],
};
const FORMULA = '=HYPERLINK("https://evil.example/steal","Open")';

/** Where the person "chose" to save, and what they were offered. */
const chosen: { file: string | undefined; asked: { name: string; kind: SaveKind }[] } = {
  file: undefined,
  asked: [],
};
const shell: DeskShell = {
  chooseSaveFile: (name, kind) => {
    chosen.asked.push({ name, kind });
    return Promise.resolve(chosen.file);
  },
  chooseOpenFile: () => Promise.resolve(undefined),
  printToPdf: () => Promise.resolve(new Uint8Array()),
  print: () => Promise.resolve(false),
  copyText: () => Promise.resolve(),
};

let folder: string;
let services: Services;
let dispatch: Dispatch;
let avery: Profile;
let rae: Profile;
let sam: Profile;
let page: Page;

async function as<T>(who: Profile, channel: string, request: object): Promise<T> {
  services.session.signIn(who);
  const result = await dispatch(channel, request, true);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const list = (request: object = {}) => as<AuditPage>(rae, 'audit:list', request);

beforeAll(async () => {
  folder = await sharedFolder('social-desk-audit-');
  services = await openServices(folder, 'audit view test');
  dispatch = createDispatcher(createHandlers(services, shell));
  const first = await dispatch(
    'session:createFirstAdministrator',
    { name: 'Avery Admin', passphrase: PASSPHRASE },
    true,
  );
  if (!first.ok) throw new Error(first.error.message);
  avery = first.value as Profile;
  const add = (name: string, roles: Role[]) =>
    services.profiles.add({ name, roles, passphrase: PASSPHRASE }, avery);
  rae = await add('Rae Records', ['records']);
  sam = await add('Sam Ortiz', ['moderator']);
  page = await as<Page>(avery, 'pages:save', {
    platform: 'facebook',
    name: 'Example PD',
    url: 'https://www.facebook.com/examplepd',
    audience: 'general public',
    administrators: ['Avery Admin'],
  });
  await as(avery, 'settings:save', SETTINGS);
  await as(avery, 'settings:save', { ...SETTINGS, name: 'Example City Police Department' });
  await services.journal.append([
    {
      type: 'comment.captured',
      by: sam.id,
      payload: {
        pageId: page.id,
        commentId: 'c-1',
        text: '<script>alert("hi")</script> you are all useless',
        author: 'Jordan Visitor',
        postedAt: '2026-11-30T07:00:00.000Z',
        seenAt: '2026-11-30T08:00:00.000Z',
      },
    },
  ]);
}, 60_000);
afterAll(async () => {
  await services.close();
  await rm(folder, { recursive: true, force: true });
});

function only(entries: readonly AuditEntry[], test: (entry: AuditEntry) => boolean): AuditEntry {
  const found = entries.filter(test);
  expect(found).toHaveLength(1);
  return found[0] as AuditEntry;
}

describe('the audit view', () => {
  it('shows a change to pages, profiles and department settings with who, what, when, before and after', async () => {
    const { entries, total } = await list();
    expect(total).toBe(entries.length);
    const pageAdded = only(entries, (e) => e.store === 'pages' && e.what.includes('added'));
    expect(pageAdded).toMatchObject({
      by: avery.id,
      byName: 'Avery Admin',
      kind: 'audit.change',
      document: page.id,
      what: 'page "Example PD" added',
      before: null,
      notApplied: false,
    });
    expect(pageAdded.after).toMatch(HEX);
    expect(Date.now() - Date.parse(pageAdded.at)).toBeLessThan(60_000);
    const raeAdded = only(entries, (e) => e.store === 'profiles' && e.document === rae.id);
    expect(raeAdded.what).toBe('profile "Rae Records" added with roles records');
    expect(raeAdded.byName).toBe('Avery Admin');
    // The second save's "before" is the first save's "after": the hashes chain the document's story.
    const [second, first] = entries.filter((e) => e.store === 'department');
    expect(first?.before).toBeNull();
    expect(first?.after).toMatch(HEX);
    expect(second?.before).toBe(first?.after);
    expect(second?.after).not.toBe(first?.after);
    expect(second?.what).toContain('Example City Police Department');
    for (const entry of entries) expect(entry.hash).toMatch(HEX);
  });

  it('says captures in words, with the person who captured them', async () => {
    const { entries } = await list({ kind: 'comment.captured' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ byName: 'Sam Ortiz', kind: 'comment.captured' });
    expect(entries[0]?.what).toContain('Captured a comment by Jordan Visitor on Example PD');
  });

  it('lists newest first, a page at a time, with the total', async () => {
    const all = await list();
    const seqs = all.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[0]).toBe(services.journal.head().events);
    const firstPage = await list({ limit: 2 });
    const secondPage = await list({ offset: 2, limit: 2 });
    expect(firstPage.total).toBe(all.total);
    expect(secondPage.total).toBe(all.total);
    expect([...firstPage.entries, ...secondPage.entries].map((e) => e.seq)).toEqual(
      seqs.slice(0, 4),
    );
    expect((await list({ offset: all.total })).entries).toEqual([]);
  });

  it('narrows by person, kind, store, words and days', async () => {
    const all = await list();
    const bySam = await list({ by: sam.id });
    expect(bySam.total).toBeGreaterThan(0);
    expect(bySam.entries.every((e) => e.by === sam.id)).toBe(true);
    const pages = await list({ kind: 'audit.change', store: 'pages' });
    expect(pages.entries.map((e) => e.what)).toEqual(['page "Example PD" added']);
    const words = await list({ words: 'CITY police' });
    expect(words.entries.map((e) => e.store)).toEqual(['department']);
    const today = localDay(new Date());
    const tomorrow = localDay(new Date(Date.now() + 86_400_000));
    const yesterday = localDay(new Date(Date.now() - 86_400_000));
    expect((await list({ from: today, to: today })).total).toBe(all.total);
    expect((await list({ from: tomorrow })).total).toBe(0);
    expect((await list({ to: yesterday })).total).toBe(0);
  });

  it('refuses dates out of order and a page larger than 500, saying what to do', async () => {
    services.session.signIn(rae);
    const swapped = await dispatch('audit:list', { from: '2026-12-02', to: '2026-12-01' }, true);
    expect(swapped.ok).toBe(false);
    if (!swapped.ok) expect(swapped.error.message).toContain('swap them');
    const large = await dispatch('audit:list', { limit: 501 }, true);
    expect(large.ok).toBe(false);
    if (!large.ok) expect(large.error.message).toContain('At most 500');
  });

  it('marks a change whose document was never written', async () => {
    const event = await services.audit.record({
      by: avery,
      store: 'pages',
      document: page.id,
      before: page,
      after: { ...page, name: 'Never saved' },
      summary: 'page "Never saved" changed',
    });
    await services.audit.notApplied(event, 'ENOSPC: no space left on device');
    const { entries } = await list({ by: avery.id, limit: 2 });
    expect(entries[0]).toMatchObject({
      kind: 'audit.not-applied',
      what: `Change ${event.seq} was not applied: ENOSPC: no space left on device`,
    });
    expect(entries[1]).toMatchObject({ seq: event.seq, notApplied: true });
    const earlier = (await list({ store: 'pages' })).entries.filter((e) => e.seq !== event.seq);
    expect(earlier.every((e) => !e.notApplied)).toBe(true);
  });

  it('saves every entry of the filter as CSV, a formula-looking summary made text', async () => {
    await services.audit.record({
      by: avery,
      store: 'pages',
      document: page.id,
      before: page,
      after: page,
      summary: FORMULA,
    });
    const all = await list({ limit: 1 });
    chosen.file = join(await scratchFolder('social-desk-audit-out-'), 'trail.csv');
    const saved = await as<{ saved: string | null }>(rae, 'audit:save', { format: 'csv' });
    expect(saved.saved).toBe(chosen.file);
    expect(chosen.asked.at(-1)).toEqual({ name: 'audit-trail.csv', kind: 'csv' });
    const csv = await readFile(chosen.file, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    // Every entry, not only the one page shown.
    expect(lines).toHaveLength(all.total + 1);
    expect(lines[0]).toMatch(/^\uFEFFseq,at,by,by_id,kind/);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/steal"",""Open"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('saves a readable HTML file with no script and nothing to load', async () => {
    chosen.file = join(await scratchFolder('social-desk-audit-out-'), 'trail.html');
    const saved = await as<{ saved: string | null }>(rae, 'audit:save', {
      format: 'html',
      kind: 'comment.captured',
    });
    expect(saved.saved).toBe(chosen.file);
    const html = await readFile(chosen.file, 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('default-src &#39;none&#39;');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(html).toContain('Kind: Comment captured');
    expect(html).toContain('<p>1 entry.</p>');
    expect(html).not.toMatch(/\ssrc=|href=/);
  });

  it('saves nothing when the person cancels, and refuses a place inside the data folder', async () => {
    chosen.file = undefined;
    expect(await as(rae, 'audit:save', { format: 'csv' })).toEqual({ saved: null });
    chosen.file = join(folder, 'trail.csv');
    services.session.signIn(rae);
    const refused = await dispatch('audit:save', { format: 'csv' }, true);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('inside the data folder');
    await expect(readFile(chosen.file)).rejects.toThrow();
  });

  it('refuses a profile without the records or administrator role, saying who may', async () => {
    chosen.asked.length = 0;
    chosen.file = join(await scratchFolder('social-desk-audit-out-'), 'trail.csv');
    services.session.signIn(sam);
    for (const [channel, request] of [
      ['audit:list', {}],
      ['audit:save', { format: 'csv' }],
    ] as const) {
      const result = await dispatch(channel, request, true);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('not-permitted');
        expect(result.error.message).toContain('Reading the audit trail');
        expect(result.error.message).toContain('records');
      }
    }
    expect(chosen.asked).toEqual([]);
    await expect(readFile(chosen.file)).rejects.toThrow();
    // An administrator may read it too.
    expect((await as<AuditPage>(avery, 'audit:list', { limit: 1 })).entries).toHaveLength(1);
  });
});

describe('the audit command', () => {
  it('lists entries as JSON lines and saves every one as CSV, reading only, beside the open app', async () => {
    const before = await folderDigest(folder);
    const listed = await cli('audit', '--data', folder, '--store', 'department');
    expect(listed.code).toBe(0);
    const entries = listed.out.split('\n').map((line) => JSON.parse(line) as AuditEntry);
    expect(entries.map((e) => e.store)).toEqual(['department', 'department']);
    expect(entries[0]?.byName).toBe('Avery Admin');
    const out = join(await scratchFolder('social-desk-audit-out-'), 'trail.csv');
    const saved = await cli('audit', '--data', folder, '--kind', 'audit.change', '--out', out);
    expect(saved.code).toBe(0);
    const rows = (await readFile(out, 'utf8')).trimEnd().split('\r\n');
    expect(rows).toHaveLength((await list({ kind: 'audit.change' })).total + 1);
    const inside = await cli('audit', '--data', folder, '--out', join(folder, 'trail.csv'));
    expect(inside.code).toBe(2);
    expect(inside.err).toContain('inside the data folder');
    const swapped = await cli(
      'audit',
      '--data',
      folder,
      '--from',
      '2026-12-02',
      '--to',
      '2026-12-01',
    );
    expect(swapped.code).toBe(2);
    expect(swapped.err).toContain('swap them');
    expect(await folderDigest(folder)).toEqual(before);
  });
});

describe('reading the journal newest first', () => {
  it('reads across segments, newest segment first, and leaves out a line still being written', async () => {
    const journalFolder = await scratchFolder('social-desk-audit-segments-');
    const { journal } = await Journal.open(journalFolder, { segmentEvents: 3 });
    for (let i = 1; i <= 10; i++) {
      await journal.append([
        { type: 'audit.change', by: 'someone', payload: { summary: `change ${i}` } },
      ]);
    }
    await journal.close();
    const segments = await listSegments(join(journalFolder, JOURNAL_FOLDER));
    expect(segments.length).toBeGreaterThan(2);
    const last = segments.at(-1);
    if (!last) throw new Error('no segment');
    await appendFile(last.file, '{"header":{"seq":11,"at":"2026-');
    const view = new AuditView(journalFolder, { person: (id) => id, page: (id) => id });
    const page = await view.list({});
    expect(page.entries.map((e) => e.what)).toEqual(
      Array.from({ length: 10 }, (_, i) => `change ${10 - i}`),
    );
    expect((await view.list({ offset: 4, limit: 3 })).entries.map((e) => e.seq)).toEqual([6, 5, 4]);
  });
});

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
