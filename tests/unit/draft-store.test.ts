import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { contentHash } from '../../src/main/drafts/content-hash';
import {
  DRAFT_INDEX,
  DRAFT_SCHEMA_VERSION,
  LEGACY_DRAFTS_FILE,
  draftFile,
  draftsFolder,
} from '../../src/main/drafts/draft-files';
import { DraftService, type DraftServiceOptions } from '../../src/main/drafts/draft-service';
import { DraftStore } from '../../src/main/drafts/draft-store';
import { BEFORE_PROFILES } from '../../src/main/drafts/legacy-drafts';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { QUARANTINE_FOLDER } from '../../src/main/storage/document-store';
import { type Draft, type DraftContent, summarizeDraft } from '../../src/shared/drafts/draft';
import { bytesOf, snapshotTree, tempFolder } from './temp-folder';

const CONTENT: DraftContent = {
  title: 'Lock your car tonight',
  body: 'Take valuables inside and lock your doors.',
  category: 'crime-prevention',
  pages: [],
};
const UNKNOWN_ID = '3f1f0c8e-8c2a-4d7e-9b1a-2f6c5d4e3a21';
/** Who saves: profile ids, as the session hands them to the service. */
const DRAFTER = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };
const EDITOR = { id: '7e6d5c4b-3a29-4180-8f7e-6d5c4b3a2918' };

/** A clock that moves one minute forward on every reading, from a fixed start. */
function steppingClock(start = Date.parse('2025-03-01T09:00:00.000Z')): () => Date {
  let next = start;
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

/** Ids handed out in this order, then random ones: so a test knows a new draft's id in advance. */
function idsInOrder(...ids: string[]): () => string {
  const queue = [...ids];
  return () => queue.shift() ?? randomUUID();
}

/** Opens the drafts of a folder, closing them (the index's file handle) when the test ends. */
async function openDrafts(folder: string, options?: DraftServiceOptions): Promise<DraftService> {
  const drafts = await DraftService.open(folder, options);
  onTestFinished(() => drafts.close());
  return drafts;
}

/** Runs `action` and returns the DeskFailure it rejects with, failing the test otherwise. */
async function failureOf(action: () => unknown): Promise<DeskFailure> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DeskFailure) return error;
    throw error;
  }
  throw new Error('Expected a DeskFailure, but the action succeeded');
}

/** The files in the data folder's quarantine folder, full paths, oldest name first. */
async function quarantined(folder: string): Promise<string[]> {
  const names = await readdir(join(folder, QUARANTINE_FOLDER)).catch(() => []);
  return names.sort().map((name) => join(folder, QUARANTINE_FOLDER, name));
}

function indexOf(folder: string): string {
  return join(draftsFolder(folder), DRAFT_INDEX);
}

/**
 * The index's summary lines, parsed (later lines winning), without the file stamp each carries.
 * The "pending" markers a save writes before its draft file are left out here; the crash tests
 * below write them where a crash would.
 */
async function indexLines(folder: string): Promise<unknown[]> {
  const text = await readFile(indexOf(folder), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line): unknown => JSON.parse(line))
    .filter((line) => !(typeof line === 'object' && line !== null && 'pending' in line))
    .map((line) => {
      if (typeof line !== 'object' || line === null || !('file' in line)) return line;
      return Object.fromEntries(Object.entries(line).filter(([key]) => key !== 'file'));
    });
}

describe('DraftService over a real data folder', () => {
  it('gets a saved draft back, identical, after reopening the folder', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: () => new Date('2025-03-01T09:00:00Z') });
    const saved = await drafts.save(CONTENT, DRAFTER);

    expect(saved.createdAt).toBe('2025-03-01T09:00:00.000Z');
    expect(saved.revisions).toEqual([
      {
        ...CONTENT,
        number: 1,
        savedAt: saved.createdAt,
        savedBy: DRAFTER.id,
        contentHash: contentHash(CONTENT),
      },
    ]);
    expect(saved.revisions[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await drafts.get(saved.id)).toEqual(saved);
    await drafts.close();

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(await reopened.get(saved.id)).toEqual(saved);
    expect(reopened.list()).toEqual(drafts.list());
    expect(reopened.list()).toEqual([summarizeDraft(saved)]);
  });

  it('keeps one file per draft and one index line per save', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const first = await drafts.save(CONTENT, DRAFTER);
    const second = await drafts.save({ ...CONTENT, title: 'Road closed' }, DRAFTER);
    const edited = await drafts.save({ ...CONTENT, id: first.id, body: 'Edited.' }, EDITOR);

    expect((await readdir(draftsFolder(folder))).sort()).toEqual(
      [DRAFT_INDEX, `${first.id}.json`, `${second.id}.json`].sort(),
    );
    for (const draft of [edited, second]) {
      expect(JSON.parse(await readFile(draftFile(folder, draft.id), 'utf8'))).toEqual({
        schemaVersion: DRAFT_SCHEMA_VERSION,
        draft,
      });
    }
    expect(await indexLines(folder)).toEqual([
      summarizeDraft(first),
      summarizeDraft(second),
      summarizeDraft(edited),
    ]);
    // Nothing of the single-file layout is written any more.
    expect(await bytesOf(join(folder, LEGACY_DRAFTS_FILE))).toBeUndefined();
  });

  it('adds revision 2, with a different content hash and its own author, when the content changes', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const first = await drafts.save(CONTENT, DRAFTER);
    const changed = { ...CONTENT, body: `${CONTENT.body} Now.` };
    const second = await drafts.save({ ...changed, id: first.id }, EDITOR);

    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(second.revisions[0]).toEqual(first.revisions[0]);
    expect(second.revisions[1]).toEqual({
      ...changed,
      number: 2,
      savedAt: '2025-03-01T09:01:00.000Z',
      savedBy: EDITOR.id,
      contentHash: contentHash(changed),
    });
    expect(second.revisions[1]?.contentHash).not.toBe(first.revisions[0]?.contentHash);
    expect(second.revisions.map((revision) => revision.savedBy)).toEqual([DRAFTER.id, EDITOR.id]);
    await drafts.close();

    const reopened = await openDrafts(folder);
    expect(await reopened.get(first.id)).toEqual(second);
    expect(reopened.list()).toEqual([
      expect.objectContaining({
        id: first.id,
        revisionCount: 2,
        updatedAt: second.revisions[1]?.savedAt,
      }),
    ]);
  });

  it.each([
    { field: 'title', change: { title: 'Lock your car today' } },
    { field: 'category', change: { category: 'other' } },
  ] as const)('treats a changed $field as changed content', async ({ change }) => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const first = await drafts.save(CONTENT, DRAFTER);
    const second = await drafts.save({ ...CONTENT, ...change, id: first.id }, DRAFTER);
    expect(second.revisions).toHaveLength(2);
    expect(second.revisions[1]?.contentHash).not.toBe(first.revisions[0]?.contentHash);
    expect(drafts.list()[0]).toMatchObject({ ...change, revisionCount: 2 });
  });

  it('hashes the content alone: the same words give the same hash, whoever saves them and when', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const a = await drafts.save(CONTENT, DRAFTER);
    const b = await drafts.save(CONTENT, EDITOR);
    expect(a.revisions[0]?.contentHash).toBe(contentHash(CONTENT));
    expect(b.revisions[0]?.contentHash).toBe(contentHash(CONTENT));
    expect(contentHash({ ...CONTENT, body: `${CONTENT.body} ` })).not.toBe(contentHash(CONTENT));
  });

  it('treats changed target pages as changed content, whatever order they are chosen in', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const [pageA, pageB] = [
      '1a2b3c4d-0000-4000-8000-00000000000a',
      '1a2b3c4d-0000-4000-8000-00000000000b',
    ];
    const first = await drafts.save(CONTENT, DRAFTER);
    // A draft without target pages hashes as drafts did before they had any: old hashes hold.
    expect(first.revisions[0]?.contentHash).toBe(
      contentHash({ title: CONTENT.title, body: CONTENT.body, category: CONTENT.category }),
    );
    const second = await drafts.save({ ...CONTENT, pages: [pageB, pageA], id: first.id }, DRAFTER);
    expect(second.revisions).toHaveLength(2);
    expect(second.revisions[1]?.pages).toEqual([pageA, pageB]);
    expect(second.revisions[1]?.contentHash).not.toBe(first.revisions[0]?.contentHash);
    const same = await drafts.save({ ...CONTENT, pages: [pageA, pageB], id: first.id }, DRAFTER);
    expect(same.revisions).toHaveLength(2);
    await drafts.close();
    const reopened = await openDrafts(folder);
    expect((await reopened.get(first.id)).revisions.map((r) => r.pages)).toEqual([
      [],
      [pageA, pageB],
    ]);
  });

  it('adds no revision, and writes nothing, when the content is unchanged', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const first = await drafts.save(CONTENT, DRAFTER);
    const before = await snapshotTree(folder);

    // Not even when someone else saves the same words: the revision keeps its first author.
    const again = await drafts.save({ ...CONTENT, id: first.id }, EDITOR);
    expect(again).toEqual(first);
    expect(again.revisions).toHaveLength(1);
    expect(await snapshotTree(folder)).toEqual(before);
    expect(drafts.list()).toEqual([summarizeDraft(first)]);
    await drafts.close();
    expect(await (await openDrafts(folder)).get(first.id)).toEqual(first);
  });

  it('keeps the same content saved as two new drafts apart', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const a = await drafts.save(CONTENT, DRAFTER);
    const b = await drafts.save(CONTENT, DRAFTER);
    expect(a.id).not.toBe(b.id);
    await drafts.close();
    expect((await openDrafts(folder)).list()).toHaveLength(2);
  });

  it('lists the most recently saved draft first', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const oldest = await drafts.save({ ...CONTENT, title: 'Oldest' }, DRAFTER);
    const middle = await drafts.save({ ...CONTENT, title: 'Middle' }, DRAFTER);
    const newest = await drafts.save({ ...CONTENT, title: 'Newest' }, DRAFTER);
    expect(drafts.list().map((draft) => draft.title)).toEqual(['Newest', 'Middle', 'Oldest']);

    // Editing the oldest brings it to the top.
    await drafts.save({ ...CONTENT, id: oldest.id, title: 'Oldest, edited' }, DRAFTER);
    const listed = drafts.list();
    expect(listed.map((draft) => draft.id)).toEqual([oldest.id, newest.id, middle.id]);
    expect(listed[0]).toMatchObject({ title: 'Oldest, edited', revisionCount: 2 });
    await drafts.close();
    expect((await openDrafts(folder)).list()).toEqual(listed);
  });

  it('answers not-found for an unknown id, on reading and on saving, and writes nothing', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    await drafts.save(CONTENT, DRAFTER);
    const before = await snapshotTree(folder);

    // get() answers with a rejected promise, never by throwing where it is called.
    const reading = drafts.get(UNKNOWN_ID);
    expect(reading).toBeInstanceOf(Promise);
    const read = await failureOf(() => reading);
    expect(read.code).toBe('not-found');
    expect(read.message).toContain(UNKNOWN_ID);

    const saved = await failureOf(() => drafts.save({ ...CONTENT, id: UNKNOWN_ID }, DRAFTER));
    expect(saved.code).toBe('not-found');
    expect(saved.message).toContain(UNKNOWN_ID);
    expect(drafts.list()).toHaveLength(1);
    expect(await snapshotTree(folder)).toEqual(before);
  });

  it('loses no revision when saves to one draft run at the same time', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const first = await drafts.save(CONTENT, DRAFTER);
    const bodies = Array.from({ length: 8 }, (_, i) => `Edit ${i + 1}`);

    const results = await Promise.all(
      bodies.map((body, i) =>
        drafts.save({ ...CONTENT, id: first.id, body }, i % 2 === 0 ? DRAFTER : EDITOR),
      ),
    );
    // Each save answered with the draft as it left it: revisions 2..9, in the order asked.
    expect(results.map((draft) => draft.revisions.length)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const final = await drafts.get(first.id);
    expect(results.at(-1)).toEqual(final);
    expect(final.revisions.map((revision) => revision.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(final.revisions.map((revision) => revision.body)).toEqual([CONTENT.body, ...bodies]);
    expect(final.revisions.slice(1).map((revision) => revision.savedBy)).toEqual(
      bodies.map((_, i) => (i % 2 === 0 ? DRAFTER.id : EDITOR.id)),
    );
    expect(drafts.list()).toEqual([summarizeDraft(final)]);
    await drafts.close();

    const reopened = await openDrafts(folder);
    expect(await reopened.get(first.id)).toEqual(final);
    expect(reopened.list()).toEqual([expect.objectContaining({ revisionCount: 9 })]);
  });

  it('keeps every draft when saves of new and existing drafts run at the same time', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const first = await drafts.save(CONTENT, DRAFTER);
    const results = await Promise.all([
      drafts.save({ ...CONTENT, title: 'A' }, DRAFTER),
      drafts.save({ ...CONTENT, title: 'B' }, EDITOR),
      drafts.save({ ...CONTENT, id: first.id, body: 'Edited' }, DRAFTER),
      drafts.save({ ...CONTENT, title: 'C' }, EDITOR),
    ]);
    const listed = drafts.list();
    await drafts.close();

    const reopened = await openDrafts(folder);
    expect(reopened.list()).toHaveLength(4);
    for (const draft of results) expect(await reopened.get(draft.id)).toEqual(draft);
    expect(reopened.list()).toEqual(listed);
  });

  it('finishes a save already asked for before close() resolves', async () => {
    const folder = await tempFolder();
    const drafts = await DraftService.open(folder);
    const saving = drafts.save(CONTENT, DRAFTER);
    const closing = drafts.close();
    const [saved] = await Promise.allSettled([saving, closing]);
    expect(saved.status).toBe('fulfilled');

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(reopened.list()).toEqual([expect.objectContaining({ title: CONTENT.title })]);
  });

  it('rewrites the index with one line per draft once it has grown long, losing nothing', async () => {
    const folder = await tempFolder();
    const first = await openDrafts(folder, { now: steppingClock() });
    const kept = await first.save({ ...CONTENT, title: 'Kept' }, DRAFTER);
    const edited = await first.save(CONTENT, DRAFTER);
    await first.close();
    // As if the second draft had been saved a thousand times: a long index of superseded lines.
    const line = `${JSON.stringify(summarizeDraft(edited))}\n`;
    await appendFile(indexOf(folder), line.repeat(1002));

    const drafts = await openDrafts(folder, {
      now: steppingClock(Date.parse('2025-04-01T09:00:00.000Z')),
    });
    const listed = drafts.list();
    expect(listed).toHaveLength(2);
    const latest = await drafts.save({ ...CONTENT, id: edited.id, body: 'Latest' }, EDITOR);

    const lines = await indexLines(folder);
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(expect.arrayContaining([summarizeDraft(kept), summarizeDraft(latest)]));
    // Saves after the rewrite append to the new index, not to the old file.
    const third = await drafts.save({ ...CONTENT, title: 'Third' }, DRAFTER);
    expect(await indexLines(folder)).toHaveLength(3);
    const afterCompaction = drafts.list();
    await drafts.close();

    const reopened = await openDrafts(folder);
    expect(reopened.list()).toEqual(afterCompaction);
    expect(await reopened.get(latest.id)).toEqual(latest);
    expect(await reopened.get(third.id)).toEqual(third);
  });
});

describe('after a crash between a draft file and its index line', () => {
  it('cuts a torn last index line at open, and the drafts read as before', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const a = await drafts.save({ ...CONTENT, title: 'A' }, DRAFTER);
    const b = await drafts.save({ ...CONTENT, title: 'B' }, DRAFTER);
    const listed = drafts.list();
    await drafts.close();
    const intact = await readFile(indexOf(folder));
    // An edit of A whose summary line was cut short by the crash (its draft file was never written).
    await appendFile(indexOf(folder), `{"id":"${a.id}","title":"A, edi`);

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(await bytesOf(indexOf(folder))).toEqual(intact);
    expect(reopened.list()).toEqual(listed);
    expect(await reopened.get(a.id)).toEqual(a);
    expect(await reopened.get(b.id)).toEqual(b);

    // The next save appends after the last complete line.
    const c = await reopened.save({ ...CONTENT, title: 'C' }, DRAFTER);
    expect(await indexLines(folder)).toEqual([
      summarizeDraft(a),
      summarizeDraft(b),
      summarizeDraft(c),
    ]);
  });

  it('re-indexes a new draft whose file was written but whose index line was not', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const a = await drafts.save({ ...CONTENT, title: 'A' }, DRAFTER);
    const firstLine = await readFile(indexOf(folder));
    const stray = await drafts.save({ ...CONTENT, title: 'Stray' }, EDITOR);
    const listed = drafts.list();
    await drafts.close();
    await writeFile(indexOf(folder), firstLine);

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 1, problems: [] });
    expect(reopened.list()).toEqual(listed);
    expect(await reopened.get(stray.id)).toEqual(stray);
    expect(await indexLines(folder)).toEqual([summarizeDraft(a), summarizeDraft(stray)]);
    await reopened.close();

    const again = await openDrafts(folder);
    expect(again.report).toEqual({ reindexed: 0, problems: [] });
    expect(again.list()).toEqual(listed);
  });

  it('re-indexes a new draft whose index line was torn', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const a = await drafts.save({ ...CONTENT, title: 'A' }, DRAFTER);
    const firstLine = await readFile(indexOf(folder), 'utf8');
    const stray = await drafts.save({ ...CONTENT, title: 'Stray' }, DRAFTER);
    await drafts.close();
    const strayLine = JSON.stringify(summarizeDraft(stray));
    await writeFile(indexOf(folder), firstLine + strayLine.slice(0, 30));

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 1, problems: [] });
    expect(await indexLines(folder)).toEqual([summarizeDraft(a), summarizeDraft(stray)]);
    expect(await reopened.get(stray.id)).toEqual(stray);
  });

  it("lists an edited draft as its file has it, when the edit's index line was never written", async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const first = await drafts.save({ ...CONTENT, title: 'Old title' }, DRAFTER);
    const firstLine = await readFile(indexOf(folder));
    const edited = await drafts.save({ ...CONTENT, id: first.id, title: 'New title' }, DRAFTER);
    await drafts.close();
    // A crash after the edit's marker and file, before its summary line.
    await writeFile(indexOf(folder), `${firstLine.toString('utf8')}{"pending":"${first.id}"}\n`);

    // The draft file holds revision 2 durably; the list must not show revision 1 beside it.
    const reopened = await openDrafts(folder);
    const read = await reopened.get(first.id);
    expect(read).toEqual(edited);
    expect(reopened.list()).toEqual([summarizeDraft(read)]);
  });

  it('ignores a temporary file left by an interrupted write', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const a = await drafts.save(CONTENT, DRAFTER);
    const listed = drafts.list();
    await drafts.close();
    const leftover = join(draftsFolder(folder), `.${a.id}.json.4242.7.tmp`);
    await writeFile(leftover, '{"schemaVersion":2,"dra');

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(reopened.list()).toEqual(listed);
    expect(await reopened.get(a.id)).toEqual(a);
  });
});

describe('a damaged drafts store', () => {
  const damagedDraftFiles = [
    { what: 'invalid JSON', text: '{"schemaVersion": 2, "draft": {' },
    { what: 'an empty file', text: '' },
    { what: 'JSON null', text: 'null' },
    { what: 'an array', text: '[]' },
    { what: 'schema version 1', text: (draft: Draft) => ({ schemaVersion: 1, draft }) },
    { what: 'schema version 3', text: (draft: Draft) => ({ schemaVersion: 3, draft }) },
    {
      what: 'an unknown top-level key',
      text: (draft: Draft) => ({ schemaVersion: 2, draft, x: 1 }),
    },
    {
      what: 'a revision with an unknown category',
      text: (draft: Draft) => ({
        schemaVersion: 2,
        draft: { ...draft, revisions: [{ ...draft.revisions[0], category: 'gossip' }] },
      }),
    },
    {
      what: 'a revision with no author',
      text: (draft: Draft) => ({
        schemaVersion: 2,
        draft: { ...draft, revisions: [{ ...draft.revisions[0], savedBy: undefined }] },
      }),
    },
    {
      what: 'a draft with no revision',
      text: (draft: Draft) => ({ schemaVersion: 2, draft: { ...draft, revisions: [] } }),
    },
  ];

  function damagedText(text: string | ((draft: Draft) => unknown), draft: Draft): string {
    return typeof text === 'string' ? text : JSON.stringify(text(draft));
  }

  it.each(damagedDraftFiles)(
    'with a draft file holding $what finds it at open: off the list, a quarantine copy, one notice, the file byte for byte',
    async ({ text }) => {
      const folder = await tempFolder();
      const first = await openDrafts(folder);
      const damaged = await first.save(CONTENT, DRAFTER);
      const other = await first.save({ ...CONTENT, title: 'Other' }, DRAFTER);
      await first.close();
      const file = draftFile(folder, damaged.id);
      const bytes = damagedText(text, damaged);
      await writeFile(file, bytes);

      const drafts = await openDrafts(folder);
      expect(drafts.report.reindexed).toBe(0);
      expect(drafts.report.problems).toHaveLength(1);
      const [problem = ''] = drafts.report.problems;
      expect(problem).toContain(`“${CONTENT.title}”`);
      expect(problem).toContain(file);
      expect(problem).toMatch(/taken off the drafts list/);
      const [copy] = await quarantined(folder);
      expect(problem).toContain(copy);
      expect(await bytesOf(copy ?? '')).toEqual(Buffer.from(bytes));
      // Not listed as if it were fine: only the intact draft is.
      expect(drafts.list()).toEqual([summarizeDraft(other)]);
      for (const action of [
        () => drafts.get(damaged.id),
        () => drafts.save({ ...CONTENT, id: damaged.id, body: 'Edited' }, DRAFTER),
      ]) {
        const failure = await failureOf(action);
        expect(failure.code).toBe('store-damaged');
        expect(failure.message).toContain(file);
        expect(failure.message).toMatch(/Nothing was changed/);
      }
      expect(await bytesOf(file)).toEqual(Buffer.from(bytes));
      expect(await drafts.get(other.id)).toEqual(other);
      await drafts.close();

      // Recorded once: the next open says nothing new, copies nothing, and the index stays put.
      const afterFirst = await snapshotTree(folder);
      const again = await openDrafts(folder);
      expect(again.report).toEqual({ reindexed: 0, problems: [] });
      expect(again.list()).toEqual([summarizeDraft(other)]);
      await again.close();
      expect(await snapshotTree(folder)).toEqual(afterFirst);
    },
  );

  it('with a damaged draft file that the index does not know: not listed, a copy, one notice, the file unchanged', async () => {
    const folder = await tempFolder();
    const file = draftFile(folder, UNKNOWN_ID);
    await mkdir(draftsFolder(folder));
    const bytes = '{"schemaVersion": 2, "draft": {';
    await writeFile(file, bytes);

    const drafts = await openDrafts(folder);
    expect(drafts.list()).toEqual([]);
    expect(drafts.report.problems).toEqual([expect.stringContaining(file)]);
    const [copy] = await quarantined(folder);
    expect(drafts.report.problems[0]).toContain(copy);
    expect(await bytesOf(copy ?? '')).toEqual(Buffer.from(bytes));
    expect(await bytesOf(file)).toEqual(Buffer.from(bytes));
    await drafts.close();

    const indexAfterFirst = await bytesOf(indexOf(folder));
    const again = await openDrafts(folder);
    expect(again.report).toEqual({ reindexed: 0, problems: [] });
    expect(await bytesOf(indexOf(folder))).toEqual(indexAfterFirst);
    expect(await quarantined(folder)).toHaveLength(1);
  });

  const summary = {
    id: UNKNOWN_ID,
    title: 'A',
    category: 'other',
    updatedAt: '2025-03-01T09:00:00.000Z',
    revisionCount: 1,
  };
  it.each([
    { what: 'not JSON', line: '{"id": "3f1f0c8e' },
    { what: 'blank', line: '' },
    { what: 'JSON null', line: 'null' },
    { what: 'a summary with a bad id', line: JSON.stringify({ ...summary, id: 'draft-1' }) },
    { what: 'a summary with no title', line: JSON.stringify({ ...summary, title: undefined }) },
    { what: 'a summary with an unknown key', line: JSON.stringify({ ...summary, x: 1 }) },
    { what: 'a summary with no revision', line: JSON.stringify({ ...summary, revisionCount: 0 }) },
  ])(
    'with an index line that is $what stops the open, naming the file and line, unchanged',
    async ({ line }) => {
      const folder = await tempFolder();
      const drafts = await openDrafts(folder);
      await drafts.save(CONTENT, DRAFTER);
      await drafts.save({ ...CONTENT, title: 'Second' }, DRAFTER);
      await drafts.close();
      const index = indexOf(folder);
      const [firstLine = '', secondLine = ''] = (await readFile(index, 'utf8')).split('\n');
      await writeFile(index, `${firstLine}\n${line}\n${secondLine}\n`);
      const before = await snapshotTree(folder);

      const failure = await failureOf(() => DraftService.open(folder));
      expect(failure.code).toBe('store-damaged');
      expect(failure.message).toContain(index);
      expect(failure.message).toMatch(/line 2\b/);
      expect(failure.message).toMatch(/Nothing was changed/);
      expect(await snapshotTree(folder)).toEqual(before);
    },
  );

  it('with a damaged index line and a torn last line leaves the index byte for byte', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    await drafts.save(CONTENT, DRAFTER);
    await drafts.close();
    const index = indexOf(folder);
    await appendFile(index, `not json\n{"id":"${UNKNOWN_ID}","ti`);
    const before = await snapshotTree(folder);

    // The message says "Nothing was changed": that must stay true of the torn line too.
    const failure = await failureOf(() => DraftService.open(folder));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toMatch(/Nothing was changed/);
    expect(await snapshotTree(folder)).toEqual(before);
  });

  it.each([
    { what: 'the index', path: (folder: string) => indexOf(folder) },
    {
      what: 'the version-1 drafts.json',
      path: (folder: string) => join(folder, LEGACY_DRAFTS_FILE),
    },
  ])(
    'whose $what is a folder is reported as damaged, naming it, not replaced',
    async ({ path }) => {
      const folder = await tempFolder();
      await mkdir(path(folder), { recursive: true });
      const before = await snapshotTree(folder);
      const failure = await failureOf(() => DraftService.open(folder));
      expect(failure.code).toBe('store-damaged');
      expect(failure.message).toContain(path(folder));
      expect(await snapshotTree(folder)).toEqual(before);
    },
  );
});

describe('a version-1 drafts.json', () => {
  const FIRST_ID = '5d2a9c1e-7b3f-4e8a-9c6d-2f1e0a9b8c7d';
  const SECOND_ID = 'a8b7c6d5-e4f3-4a2b-8c1d-0e9f8a7b6c5d';
  const first = { ...CONTENT, title: 'Road closed', category: 'road-closure' } as const;
  const firstEdited = { ...first, body: 'Main St. and 5th, until 6 pm.' };
  const second = { ...CONTENT, title: 'Lock up' };
  /** The drafts as version 1 stored them: no savedBy on any revision. */
  const VERSION_1 = {
    schemaVersion: 1,
    drafts: [
      {
        id: FIRST_ID,
        createdAt: '2025-02-01T09:00:00.000Z',
        revisions: [
          {
            ...first,
            number: 1,
            savedAt: '2025-02-01T09:00:00.000Z',
            contentHash: contentHash(first),
          },
          {
            ...firstEdited,
            number: 2,
            savedAt: '2025-02-03T10:30:00.000Z',
            contentHash: contentHash(firstEdited),
          },
        ],
      },
      {
        id: SECOND_ID,
        createdAt: '2025-02-02T08:15:00.000Z',
        revisions: [
          {
            ...second,
            number: 1,
            savedAt: '2025-02-02T08:15:00.000Z',
            contentHash: contentHash(second),
          },
        ],
      },
    ],
  };
  const VERSION_1_TEXT = `${JSON.stringify(VERSION_1, null, 2)}\n`;

  async function version1Folder(text = VERSION_1_TEXT): Promise<string> {
    const folder = await tempFolder();
    await writeFile(join(folder, LEGACY_DRAFTS_FILE), text);
    return folder;
  }

  it('is migrated on open: the same drafts, by "before-profiles", the old file kept aside as it was', async () => {
    const folder = await version1Folder();
    const drafts = await openDrafts(folder);

    const expected: Draft[] = VERSION_1.drafts.map((draft) => ({
      ...draft,
      revisions: draft.revisions.map((revision) => ({ ...revision, savedBy: BEFORE_PROFILES })),
      attestations: [],
      justifications: [],
      workflow: [],
      permissions: [],
    }));
    expect(BEFORE_PROFILES).toBe('before-profiles');
    for (const draft of expected) expect(await drafts.get(draft.id)).toEqual(draft);
    expect(drafts.list()).toEqual([
      {
        id: FIRST_ID,
        title: 'Road closed',
        category: 'road-closure',
        updatedAt: '2025-02-03T10:30:00.000Z',
        revisionCount: 2,
        status: 'draft',
        author: BEFORE_PROFILES,
        awaitingConfirmation: false,
        pages: [],
      },
      {
        id: SECOND_ID,
        title: 'Lock up',
        category: 'crime-prevention',
        updatedAt: '2025-02-02T08:15:00.000Z',
        revisionCount: 1,
        status: 'draft',
        author: BEFORE_PROFILES,
        awaitingConfirmation: false,
        pages: [],
      },
    ]);

    expect(await bytesOf(join(folder, LEGACY_DRAFTS_FILE))).toBeUndefined();
    expect(await bytesOf(join(folder, `${LEGACY_DRAFTS_FILE}.v1.bak`))).toEqual(
      Buffer.from(VERSION_1_TEXT),
    );
    for (const draft of expected) {
      expect(JSON.parse(await readFile(draftFile(folder, draft.id), 'utf8'))).toEqual({
        schemaVersion: DRAFT_SCHEMA_VERSION,
        draft,
      });
    }
    expect(await indexLines(folder)).toEqual(expect.arrayContaining(drafts.list()));
    expect(await indexLines(folder)).toHaveLength(2);
  });

  it('is migrated once: a second open reads the new layout, keeping later saves', async () => {
    const folder = await version1Folder();
    const drafts = await openDrafts(folder, {
      now: steppingClock(Date.parse('2025-03-01T09:00:00Z')),
    });
    const edited = await drafts.save({ ...second, id: SECOND_ID, body: 'Tonight.' }, EDITOR);
    expect(edited.revisions.map((revision) => revision.savedBy)).toEqual([
      BEFORE_PROFILES,
      EDITOR.id,
    ]);
    const listed = drafts.list();
    await drafts.close();
    const afterFirstOpen = await snapshotTree(folder);

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(reopened.list()).toEqual(listed);
    expect(await reopened.get(SECOND_ID)).toEqual(edited);
    expect(await snapshotTree(folder)).toEqual(afterFirstOpen);
  });

  const validDraft = VERSION_1.drafts[1];
  const withDraft = (draft: unknown) => JSON.stringify({ schemaVersion: 1, drafts: [draft] });
  it.each([
    { what: 'invalid JSON', text: '{"schemaVersion": 1, "drafts": [' },
    { what: 'an empty file', text: '' },
    { what: 'a later schema version', text: JSON.stringify({ schemaVersion: 2, drafts: [] }) },
    { what: 'no drafts array', text: JSON.stringify({ schemaVersion: 1 }) },
    {
      what: 'an unknown top-level key',
      text: JSON.stringify({ schemaVersion: 1, drafts: [], x: 1 }),
    },
    { what: 'a draft with a bad id', text: withDraft({ ...validDraft, id: 'draft-1' }) },
    { what: 'a draft with no revision', text: withDraft({ ...validDraft, revisions: [] }) },
    {
      what: 'a revision with an unknown category',
      text: withDraft({
        ...validDraft,
        revisions: [{ ...validDraft?.revisions[0], category: 'gossip' }],
      }),
    },
    { what: 'an array', text: '[]' },
    { what: 'JSON null', text: 'null' },
    { what: 'JSON false', text: 'false' },
    { what: 'JSON 0', text: '0' },
  ])('holding $what is reported, named, and left byte for byte, unmigrated', async ({ text }) => {
    const folder = await version1Folder(text);
    const file = join(folder, LEGACY_DRAFTS_FILE);

    const failure = await failureOf(() => DraftService.open(folder));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(file);
    expect(failure.message).toMatch(/Nothing was changed/);
    expect(await bytesOf(file)).toEqual(Buffer.from(text));
    expect(await bytesOf(`${file}.v1.bak`)).toBeUndefined();
    expect(await bytesOf(indexOf(folder))).toBeUndefined();
  });

  it('opens a well-formed file with one draft (the damaged cases differ from it only in the fault)', async () => {
    const folder = await version1Folder(withDraft(validDraft));
    const drafts = await openDrafts(folder);
    expect(drafts.list()).toEqual([expect.objectContaining({ id: SECOND_ID })]);
  });

  it('is read, without migrating it, by DraftStore.readSummaries', async () => {
    const folder = await version1Folder();
    const before = await snapshotTree(folder);
    const summaries = await DraftStore.readSummaries(folder);
    expect(summaries.map((s) => [s.id, s.revisionCount]).sort()).toEqual(
      [
        [FIRST_ID, 2],
        [SECOND_ID, 1],
      ].sort(),
    );
    expect(await snapshotTree(folder)).toEqual(before);
  });
});

describe('a save whose write fails', () => {
  const BLOCKED_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
  const NEXT_ID = 'd1ce0000-5678-4abc-9def-0123456789ab';

  /**
   * Root ignores permission bits, so a read-only folder does not stop a write there. What stops
   * root too: the new draft's file name taken by a folder, so its final rename fails.
   */
  async function blockDraftFile(folder: string, id: string): Promise<() => Promise<void>> {
    const blocker = draftFile(folder, id);
    await mkdir(blocker);
    return () => rm(blocker, { recursive: true });
  }

  it('fails write-failed, changes nothing in memory or on disk, and can be retried', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, {
      now: steppingClock(),
      newId: idsInOrder(UNKNOWN_ID, BLOCKED_ID, NEXT_ID),
    });
    const kept = await drafts.save(CONTENT, DRAFTER);
    const listBefore = drafts.list();
    const diskBefore = await snapshotTree(folder);

    const unblock = await blockDraftFile(folder, BLOCKED_ID);
    const failure = await failureOf(() => drafts.save({ ...CONTENT, title: 'New' }, DRAFTER));
    expect(failure.code).toBe('write-failed');
    expect(failure.message).toContain(draftFile(folder, BLOCKED_ID));
    expect(failure.message).toMatch(/could not be saved[\s\S]*Nothing was changed/);
    expect(drafts.list()).toEqual(listBefore);
    expect(await drafts.get(kept.id)).toEqual(kept);

    await unblock();
    expect(await snapshotTree(folder)).toEqual(diskBefore);
    const peek = await DraftService.open(folder);
    expect(peek.list()).toEqual(listBefore);
    await peek.close();

    const retried = await drafts.save({ ...CONTENT, title: 'New' }, DRAFTER);
    expect(retried.id).toBe(NEXT_ID);
    expect(drafts.list().map((draft) => draft.title)).toEqual(['New', CONTENT.title]);
    await drafts.close();
    expect((await openDrafts(folder)).list()).toEqual(drafts.list());
  });

  it('(one of two saves at the same time fails) reports each outcome truly and loses nothing', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { newId: idsInOrder(UNKNOWN_ID, BLOCKED_ID, NEXT_ID) });
    const kept = await drafts.save(CONTENT, DRAFTER);
    const unblock = await blockDraftFile(folder, BLOCKED_ID);

    const [a, b] = await Promise.allSettled([
      drafts.save({ ...CONTENT, title: 'A' }, DRAFTER),
      drafts.save({ ...CONTENT, title: 'B' }, DRAFTER),
    ]);
    expect(a.status).toBe('rejected');
    expect(b.status).toBe('fulfilled');
    if (a.status === 'rejected') {
      expect(a.reason).toBeInstanceOf(DeskFailure);
      expect(a.reason).toMatchObject({ code: 'write-failed' });
    }
    const titles = drafts.list().map((draft) => draft.title);
    expect(titles.sort()).toEqual(['B', CONTENT.title].sort());
    await unblock();

    // The next save must not drop from disk a draft a person was told was saved.
    await drafts.save({ ...CONTENT, title: 'C' }, DRAFTER);
    const listed = drafts.list();
    await drafts.close();
    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(reopened.list()).toEqual(listed);
    expect(listed.map((draft) => draft.title).sort()).toEqual(['B', 'C', CONTENT.title].sort());
    expect(await reopened.get(kept.id)).toEqual(kept);
  });

  it('(the drafts folder replaced by a file, as when a drive goes away) refuses saves and changes nothing', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder, { now: steppingClock() });
    const kept = await drafts.save(CONTENT, DRAFTER);
    const listBefore = drafts.list();
    const diskBefore = await snapshotTree(folder);

    const real = draftsFolder(folder);
    const aside = `${real}.aside`;
    await rename(real, aside);
    await writeFile(real, 'not a folder');
    const newDraft = await failureOf(() => drafts.save({ ...CONTENT, title: 'New' }, DRAFTER));
    expect(newDraft.code).toBe('write-failed');
    expect(newDraft.message).toMatch(/could not be saved[\s\S]*Nothing was changed/);
    // An edit fails when it reads the draft it adds to, before anything is written.
    const edit = await failureOf(() =>
      drafts.save({ ...CONTENT, id: kept.id, body: 'Edited' }, DRAFTER),
    );
    expect(['write-failed', 'store-damaged']).toContain(edit.code);
    expect(drafts.list()).toEqual(listBefore);

    await rm(real);
    await rename(aside, real);
    expect(await snapshotTree(folder)).toEqual(diskBefore);
    const retried = await drafts.save({ ...CONTENT, id: kept.id, body: 'Edited' }, DRAFTER);
    expect(retried.revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(drafts.list()).toHaveLength(1);
    await drafts.close();
    expect(await (await openDrafts(folder)).get(kept.id)).toEqual(retried);
  });
});
