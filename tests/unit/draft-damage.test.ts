import { copyFile, readFile, readdir, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  DRAFT_INDEX,
  DRAFT_SCHEMA_VERSION,
  draftFile,
  draftsFolder,
} from '../../src/main/drafts/draft-files';
import { DraftService } from '../../src/main/drafts/draft-service';
import { DraftStore } from '../../src/main/drafts/draft-store';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { QUARANTINE_FOLDER } from '../../src/main/storage/document-store';
import { type DraftContent, summarizeDraft } from '../../src/shared/drafts/draft';
import { bytesOf, snapshotTree, tempFolder } from './temp-folder';

/** Issue 8 item 11: draft files damaged, deleted or misnamed while Social Desk was closed. */

const CONTENT: DraftContent = {
  title: 'Lock your car tonight',
  body: 'Take valuables inside and lock your doors.',
  category: 'crime-prevention',
  pages: [],
};
const DRAFTER = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };
const OTHER_ID = '3f1f0c8e-8c2a-4d7e-9b1a-2f6c5d4e3a21';

async function openDrafts(folder: string): Promise<DraftService> {
  const drafts = await DraftService.open(folder);
  onTestFinished(() => drafts.close());
  return drafts;
}

async function failureOf(action: () => unknown): Promise<DeskFailure> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DeskFailure) return error;
    throw error;
  }
  throw new Error('Expected a DeskFailure, but the action succeeded');
}

function indexOf(folder: string): string {
  return join(draftsFolder(folder), DRAFT_INDEX);
}

async function quarantined(folder: string): Promise<string[]> {
  const names = await readdir(join(folder, QUARANTINE_FOLDER)).catch(() => []);
  return names.sort().map((name) => join(folder, QUARANTINE_FOLDER, name));
}

/** Two saved drafts, "Kept" and the one the test damages; the store closed again. */
async function twoDrafts(folder: string) {
  const drafts = await DraftService.open(folder);
  const hurt = await drafts.save(CONTENT, DRAFTER);
  const kept = await drafts.save({ ...CONTENT, title: 'Kept' }, DRAFTER);
  await drafts.close();
  return { hurt, kept, file: draftFile(folder, hurt.id) };
}

/** Opens again and proves nothing new is said or written: found once, recorded once. */
async function expectQuietReopen(folder: string): Promise<void> {
  const before = await snapshotTree(folder);
  const again = await DraftService.open(folder);
  expect(again.report).toEqual({ reindexed: 0, problems: [] });
  await again.close();
  expect(await snapshotTree(folder)).toEqual(before);
}

describe('a draft file deleted while Social Desk was closed', () => {
  it('is found at open: off the list, named in a notice, reported once', async () => {
    const folder = await tempFolder();
    const { hurt, kept, file } = await twoDrafts(folder);
    await rename(file, join(folder, 'elsewhere.json'));

    const drafts = await openDrafts(folder);
    expect(drafts.list()).toEqual([summarizeDraft(kept)]);
    expect(drafts.report.problems).toHaveLength(1);
    const [problem = ''] = drafts.report.problems;
    expect(problem).toContain(`“${CONTENT.title}” (${hurt.id})`);
    expect(problem).toContain(file);
    expect(problem).toMatch(/missing/);
    // What the list knew of it is kept beside the quarantined copies.
    const [record = ''] = await quarantined(folder);
    expect(problem).toContain(record);
    expect(JSON.parse(await readFile(record, 'utf8'))).toMatchObject({
      missingFile: file,
      listedAs: summarizeDraft(hurt),
    });
    const failure = await failureOf(() => drafts.get(hurt.id));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(file);
    await drafts.close();

    await expectQuietReopen(folder);
  });
});

describe('a draft file under the wrong name', () => {
  it('(a copy of a listed draft under another id) is not added back at every start: the index stays put', async () => {
    const folder = await tempFolder();
    const { hurt, kept, file } = await twoDrafts(folder);
    const copy = draftFile(folder, OTHER_ID);
    await copyFile(file, copy);

    const drafts = await openDrafts(folder);
    expect(
      drafts
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([hurt.id, kept.id].sort());
    expect(drafts.report.problems).toEqual([expect.stringContaining(copy)]);
    expect(drafts.report.problems[0]).toContain(`holds draft ${hurt.id}`);
    await drafts.close();
    expect(await bytesOf(copy)).toEqual(await bytesOf(file));

    // Before issue 8 each start appended the copy's summary again and said it was "added back".
    for (let start = 0; start < 3; start += 1) await expectQuietReopen(folder);
  });

  it('(a file that is not named for any draft) is reported once, not listed', async () => {
    const folder = await tempFolder();
    const { file } = await twoDrafts(folder);
    const odd = join(draftsFolder(folder), 'copy of a draft.json');
    await copyFile(file, odd);

    const drafts = await openDrafts(folder);
    expect(drafts.list()).toHaveLength(2);
    expect(drafts.report.problems).toEqual([expect.stringContaining(odd)]);
    await drafts.close();
    await expectQuietReopen(folder);
  });

  it('(a draft renamed) says how to get it back, and following that lists it again once', async () => {
    const folder = await tempFolder();
    const { hurt, kept, file } = await twoDrafts(folder);
    const renamed = draftFile(folder, OTHER_ID);
    await rename(file, renamed);

    const drafts = await openDrafts(folder);
    expect(drafts.list()).toEqual([summarizeDraft(kept)]);
    const problems = drafts.report.problems.join('\n');
    expect(problems).toContain(`${file} is missing`);
    expect(problems).toContain(`rename the file to ${hurt.id}.json`);
    await drafts.close();

    await rename(renamed, file);
    const back = await openDrafts(folder);
    expect(back.report).toEqual({ reindexed: 1, problems: [] });
    expect(await back.get(hurt.id)).toEqual(hurt);
    expect(
      back
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([hurt.id, kept.id].sort());
    await back.close();
    await expectQuietReopen(folder);
  });
});

describe('a draft file damaged while Social Desk was closed', () => {
  it('comes back into the list once its file reads correctly again', async () => {
    const folder = await tempFolder();
    const { hurt, file } = await twoDrafts(folder);
    const good = await readFile(file);
    await writeFile(file, '{"schemaVersion": 2, "dra');
    const first = await openDrafts(folder);
    expect(first.report.problems).toHaveLength(1);
    await first.close();

    await writeFile(file, good);
    const repaired = await openDrafts(folder);
    expect(repaired.report).toEqual({ reindexed: 1, problems: [] });
    expect(await repaired.get(hurt.id)).toEqual(hurt);
    await repaired.close();
    await expectQuietReopen(folder);
  });

  it('holding another draft than its name says is set aside, not listed twice', async () => {
    const folder = await tempFolder();
    const { hurt, kept, file } = await twoDrafts(folder);
    await copyFile(draftFile(folder, kept.id), file);

    const drafts = await openDrafts(folder);
    expect(drafts.list()).toEqual([summarizeDraft(kept)]);
    expect(drafts.report.problems).toEqual([
      expect.stringContaining(`“${CONTENT.title}” (${hurt.id}) cannot be opened`),
    ]);
    await drafts.close();
    await expectQuietReopen(folder);
  });

  it('without its size or time changing is found when read: a copy, off the list, recorded once', async () => {
    const folder = await tempFolder();
    const { hurt, kept, file } = await twoDrafts(folder);
    // A whole second, which the file system keeps exactly; the next open re-stamps it silently.
    const second = 1_780_000_000;
    await utimes(file, second, second);
    await (await DraftService.open(folder)).close();
    // Same length, same modification time: only reading the bytes can tell (bit rot, a bad sector).
    const bytes = Buffer.from('x'.repeat((await stat(file)).size));
    await writeFile(file, bytes);
    await utimes(file, second, second);

    const drafts = await openDrafts(folder);
    expect(drafts.report).toEqual({ reindexed: 0, problems: [] });
    const failure = await failureOf(() => drafts.get(hurt.id));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(file);
    expect(failure.message).toMatch(/Nothing was changed/);
    const [copy = ''] = await quarantined(folder);
    expect(failure.message).toContain(copy);
    expect(await bytesOf(copy)).toEqual(bytes);
    expect(drafts.list()).toEqual([summarizeDraft(kept)]);
    await drafts.close();
    expect(await bytesOf(file)).toEqual(bytes);
    await expectQuietReopen(folder);
  });
});

describe('DraftStore.readSummaries (the CLI `drafts list`, without the lock)', () => {
  it('leaves out missing and damaged drafts, and writes nothing', async () => {
    const folder = await tempFolder();
    const { kept, file } = await twoDrafts(folder);
    await writeFile(file, 'not a draft');
    const third = draftFile(folder, OTHER_ID);
    await writeFile(third, JSON.stringify({ schemaVersion: DRAFT_SCHEMA_VERSION, draft: 1 }));
    const before = await snapshotTree(folder);

    expect(await DraftStore.readSummaries(folder)).toEqual([summarizeDraft(kept)]);
    expect(await snapshotTree(folder)).toEqual(before);
    expect(await bytesOf(indexOf(folder))).toEqual(before.get(join('drafts', DRAFT_INDEX)));
  });
});
