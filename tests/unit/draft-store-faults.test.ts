import { closeSync, openSync, writeSync } from 'node:fs';
import { type FileHandle, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { DRAFT_INDEX, draftFile, draftsFolder } from '../../src/main/drafts/draft-files';
import { DraftService } from '../../src/main/drafts/draft-service';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { type DraftContent, summarizeDraft } from '../../src/shared/drafts/draft';
import { bytesOf, snapshotTree, tempFolder } from './temp-folder';
import { CAN_MOUNT, mountedTmpfs, warnIfCannotMount } from './tmpfs';

warnIfCannotMount('draft-store-faults full-disk tests');

/**
 * Issue 8 item 2, for the drafts store: no write path trusts one `write` call, and a failed save on
 * a full disk leaves the previous draft and the index as they were, and says so truly.
 */

const CONTENT: DraftContent = {
  title: 'Road closed on Main St',
  body: 'Main St. is closed between 4th and 6th until 6 pm.',
  category: 'road-closure',
  pages: [],
};
const DRAFTER = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };
/** Near the body cap: a save that needs more room than a full disk has. */
const LONG_BODY = 'Detour by Elm St. '.repeat(5000);

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

type Write = (
  this: FileHandle,
  buffer: Uint8Array,
  offset?: number,
  length?: number,
  position?: number | null,
) => Promise<{ bytesWritten: number; buffer: Uint8Array }>;

/**
 * Puts `fault` between the drafts index and the disk: every `FileHandle.write` (only the index is
 * appended with it; whole files go through writeFile) is handed to it with the real write. The
 * bytes that reach the disk are real; only how many go per call, or an error, is chosen.
 */
async function injectIntoWrites(
  fault: (
    real: Write,
    handle: FileHandle,
    bytes: Uint8Array,
    offset: number,
    length: number,
  ) => ReturnType<Write>,
): Promise<void> {
  const probe = await open(join(await tempFolder(), 'probe'), 'w');
  const prototype = Object.getPrototypeOf(probe) as { write: Write };
  await probe.close();
  const real = prototype.write;
  const spy = vi.spyOn(prototype, 'write').mockImplementation(function (
    this: FileHandle,
    buffer: Uint8Array,
    offset = 0,
    length = buffer.length - offset,
  ) {
    return fault(real, this, buffer, offset, length);
  });
  onTestFinished(() => spy.mockRestore());
}

function textOf(bytes: Uint8Array, offset: number, length: number): string {
  return Buffer.from(bytes.subarray(offset, offset + length)).toString('utf8');
}

describe('the drafts index under short writes', () => {
  it('writes every byte when the disk takes a line in pieces, and reads back whole', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    let calls = 0;
    // At most 7 bytes per call: every line takes many writes.
    await injectIntoWrites((real, handle, bytes, offset, length) => {
      calls += 1;
      return real.call(handle, bytes, offset, Math.min(7, length));
    });
    const first = await drafts.save(CONTENT, DRAFTER);
    const second = await drafts.save({ ...CONTENT, title: 'Second' }, DRAFTER);
    const edited = await drafts.save({ ...CONTENT, id: first.id, body: 'Reopened.' }, DRAFTER);
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThan(30);
    const listed = drafts.list();
    await drafts.close();

    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(reopened.list()).toEqual(listed);
    expect(
      reopened
        .list()
        .map((s) => s.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    expect(await reopened.get(first.id)).toEqual(edited);
  });

  it('cuts the index back to its last whole line when a write fails part way, and says nothing changed', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    const first = await drafts.save(CONTENT, DRAFTER);
    const indexBefore = await bytesOf(indexOf(folder));
    const fileBefore = await bytesOf(draftFile(folder, first.id));
    // The summary line: half of it reaches the disk, then the disk fails.
    let half = false;
    await injectIntoWrites(async (real, handle, bytes, offset, length) => {
      if (textOf(bytes, offset, length).startsWith('{"pending"'))
        return real.call(handle, bytes, offset, length);
      if (!half) {
        half = true;
        return real.call(handle, bytes, offset, Math.floor(length / 2));
      }
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });

    const failure = await failureOf(() =>
      drafts.save({ ...CONTENT, id: first.id, body: 'Edited' }, DRAFTER),
    );
    vi.restoreAllMocks();
    expect(half).toBe(true);
    expect(failure.code).toBe('write-failed');
    expect(failure.message).toMatch(/is full\. Nothing was changed/);
    expect(await bytesOf(indexOf(folder))).toEqual(indexBefore);
    expect(await bytesOf(draftFile(folder, first.id))).toEqual(fileBefore);
    expect(await drafts.get(first.id)).toEqual(first);

    // The next save lands after the last whole line, and everything reads back.
    const later = await drafts.save({ ...CONTENT, title: 'Later' }, DRAFTER);
    const listed = drafts.list();
    await drafts.close();
    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(reopened.list()).toEqual(listed);
    expect(await reopened.get(later.id)).toEqual(later);
  });

  it('takes no more saves, and says why, when the index cannot even be cut back', async () => {
    const folder = await tempFolder();
    const drafts = await openDrafts(folder);
    await drafts.save(CONTENT, DRAFTER);
    await injectIntoWrites(async (real, handle, bytes, offset) => {
      await real.call(handle, bytes, offset, 3);
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    });
    const probe = await open(join(await tempFolder(), 'probe'), 'w');
    const prototype = Object.getPrototypeOf(probe) as { truncate: FileHandle['truncate'] };
    await probe.close();
    vi.spyOn(prototype, 'truncate').mockRejectedValue(
      Object.assign(new Error('EIO: i/o error, ftruncate'), { code: 'EIO' }),
    );

    const failure = await failureOf(() => drafts.save({ ...CONTENT, title: 'New' }, DRAFTER));
    expect(failure.code).toBe('write-failed');
    expect(failure.message).not.toMatch(/Nothing was changed/);
    expect(failure.message).toMatch(/takes no more draft saves until it is restarted/);
    vi.restoreAllMocks();
    const next = await failureOf(() => drafts.save({ ...CONTENT, title: 'Next' }, DRAFTER));
    expect(next.message).toMatch(/takes no more draft saves/);
  });
});

/** Whether a small tmpfs can be mounted here: root on Linux. */

/** Fills the disk holding `file` to the last byte it takes; removing `file` frees it again. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'a');
  const chunk = Buffer.alloc(64 * 1024, 0x2e);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!CAN_MOUNT)('a draft save on a full disk (a real 2 MB tmpfs; needs root)', () => {
  it('fails, says the disk is full, and leaves the previous draft and the index as they were', async () => {
    const disk = await mountedTmpfs('2m');
    const folder = join(disk, 'data');
    await mkdir(folder);
    const drafts = await openDrafts(folder);
    const first = await drafts.save(CONTENT, DRAFTER);
    const listed = drafts.list();
    const filler = join(disk, 'filler');
    fillDisk(filler);
    const before = await snapshotTree(folder);

    for (const save of [
      () => drafts.save({ ...CONTENT, id: first.id, body: LONG_BODY }, DRAFTER),
      () => drafts.save({ ...CONTENT, title: 'New', body: LONG_BODY }, DRAFTER),
    ]) {
      const failure = await failureOf(save);
      expect(failure.code).toBe('write-failed');
      expect(failure.message).toMatch(/the disk holding .* is full\. Nothing was changed/);
      expect(await snapshotTree(folder)).toEqual(before);
      expect(drafts.list()).toEqual(listed);
      expect(await drafts.get(first.id)).toEqual(first);
    }

    await rm(filler);
    const saved = await drafts.save({ ...CONTENT, id: first.id, body: LONG_BODY }, DRAFTER);
    await drafts.close();
    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(await reopened.get(first.id)).toEqual(saved);
    expect(reopened.list()).toEqual([summarizeDraft(saved)]);
  });

  it('puts the previous draft back when the disk fills between its file and its index line', async () => {
    const disk = await mountedTmpfs('2m');
    const folder = join(disk, 'data');
    await mkdir(folder);
    const drafts = await openDrafts(folder);
    const first = await drafts.save(CONTENT, DRAFTER);
    const fileBefore = await readFile(draftFile(folder, first.id));
    const indexBefore = await readFile(indexOf(folder));
    const filler = join(disk, 'filler');
    // The new file is on disk; then the disk fills before the summary line is written, so putting
    // the old version back must not need any space (rewriting it would fail here).
    await injectIntoWrites((real, handle, bytes, offset, length) => {
      if (textOf(bytes, offset, length).startsWith('{"pending"'))
        return real.call(handle, bytes, offset, length);
      fillDisk(filler);
      return Promise.reject(
        Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }),
      );
    });

    const failure = await failureOf(() =>
      drafts.save({ ...CONTENT, id: first.id, body: 'Edited just as the disk filled.' }, DRAFTER),
    );
    vi.restoreAllMocks();
    expect(failure.code).toBe('write-failed');
    expect(failure.message).toMatch(/is full\. Nothing was changed/);
    expect(await readFile(draftFile(folder, first.id))).toEqual(fileBefore);
    expect(await readFile(indexOf(folder))).toEqual(indexBefore);
    await rm(filler);
    await drafts.close();
    const reopened = await openDrafts(folder);
    expect(reopened.report).toEqual({ reindexed: 0, problems: [] });
    expect(await reopened.get(first.id)).toEqual(first);
  });
});
