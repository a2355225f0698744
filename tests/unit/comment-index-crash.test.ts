import { copyFile, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { CommentIndex } from '../../src/main/moderation/comment-index';
import { snapshotFile } from '../../src/main/moderation/comment-index-snapshot';
import { PAGE_A, acted, captured, everything, rebuilt, tellStory } from './comment-index-fixture';
import { tempFolder } from './temp-folder';

/** A data folder with the story told and the index saved at close. */
async function saved() {
  const folder = await tempFolder();
  const { journal } = await Journal.open(folder, { segmentEvents: 16 });
  const index = CommentIndex.open(folder, journal);
  await index.ready();
  await tellStory(journal);
  await index.close();
  return { folder, journal };
}

async function reopen(folder: string, journal: Journal) {
  const index = CommentIndex.open(folder, journal);
  const all = await everything(index);
  // The app hears of a rebuild through a list, as the queue shows it.
  const { notice } = await index.list({ limit: 1 }, String);
  await index.close();
  return { all, notice };
}

describe('the comment index after a crash', () => {
  it('catches up from a snapshot older than the journal, without a rebuild', async () => {
    const { folder, journal } = await saved();
    const old = `${snapshotFile(folder)}.old`;
    await copyFile(snapshotFile(folder), old);
    await journal.append([captured(200), acted(7, 'keep')]);
    const first = CommentIndex.open(folder, journal);
    await first.ready();
    await first.close();
    await copyFile(old, snapshotFile(folder));
    const { all, notice } = await reopen(folder, journal);
    expect(notice).toBeUndefined();
    expect(all).toEqual(await rebuilt(folder));
    await journal.close();
  });

  for (const [damage, spoil] of [
    ['truncated', (file: string) => truncate(file, 100)],
    [
      'garbled',
      async (file: string) => {
        const bytes = await readFile(file);
        const middle = Math.floor(bytes.length / 2);
        bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
        await writeFile(file, bytes);
      },
    ],
    ['not a snapshot at all', (file: string) => writeFile(file, '{"hello":1}')],
  ] as const) {
    it(`rebuilds from the journal when the snapshot is ${damage}, says so, and only then replaces it`, async () => {
      const { folder, journal } = await saved();
      await spoil(snapshotFile(folder));
      const spoiled = await readFile(snapshotFile(folder));
      // A reader never writes: the damaged file is still there after it.
      const { journal: reader } = await Journal.open(folder, { readOnly: true });
      const readOnly = CommentIndex.open(folder, reader, { readOnly: true });
      expect(await everything(readOnly)).toEqual(await rebuilt(folder));
      await readOnly.close();
      await reader.close();
      expect(await readFile(snapshotFile(folder))).toEqual(spoiled);

      const { all, notice } = await reopen(folder, journal);
      expect(all).toEqual(await rebuilt(folder));
      expect(notice).toMatch(/rebuilt from the journal/);
      expect(await readFile(snapshotFile(folder))).not.toEqual(spoiled);
      expect((await reopen(folder, journal)).notice).toBeUndefined();
      await journal.close();
    });
  }

  it('a reader whose journal ends before the app’s newer snapshot builds its own index, with no word of damage', async () => {
    const { folder, journal } = await saved();
    const { journal: reader } = await Journal.open(folder, { readOnly: true });
    // The running app goes on after the reader read its journal's end, and saves its snapshot.
    await journal.append([captured(300)]);
    const app = CommentIndex.open(folder, journal);
    await app.ready();
    await app.close();
    const newer = await readFile(snapshotFile(folder));
    const readOnly = CommentIndex.open(folder, reader, { readOnly: true });
    const { total, notice } = await readOnly.list({ limit: 1 }, String);
    await readOnly.close();
    await reader.close();
    expect(notice).toBeUndefined();
    expect(total).toBe(((await reopen(folder, journal)).all as { total: number }).total - 1);
    expect(await readFile(snapshotFile(folder))).toEqual(newer);
    await journal.close();
  });

  it('rebuilds when the journal’s event at the snapshot’s seq has another hash', async () => {
    const { folder, journal } = await saved();
    const snapshot = await readFile(snapshotFile(folder));
    await journal.close();
    // Another data folder's journal of the same length: same seqs, other hashes.
    const other = await tempFolder();
    const { journal: otherJournal } = await Journal.open(other, { segmentEvents: 16 });
    await tellStory(otherJournal);
    await otherJournal.append([captured(300, PAGE_A, 'Only in the other folder')]);
    await mkdir(`${other}/comment-index`, { recursive: true });
    await writeFile(snapshotFile(other), snapshot);
    const { all, notice } = await reopen(other, otherJournal);
    expect(notice).toMatch(/does not match the journal/);
    expect(all).toEqual(await rebuilt(other));
    await otherJournal.close();
  });

  it('follows a disposition that rewrote a segment: offsets refreshed, the content removed, the rest as rebuilt', async () => {
    const { folder, journal } = await saved();
    const index = CommentIndex.open(folder, journal);
    await index.ready();
    const removed = index.find(PAGE_A, 'c5');
    await journal.dispose({
      events: [removed?.seq ?? 0],
      schedule: 'GS1 item 12',
      reason: 'Retention ended',
      by: 'records',
    });
    // A rebuild cannot know the disposed comment's page or times any more; all else is equal.
    const withoutIt = (all: unknown) => {
      const { comments, ...rest } = all as { comments: { summary: { seq: number } }[] };
      return { ...rest, comments: comments.filter((c) => c.summary.seq !== removed?.seq) };
    };
    expect(withoutIt(await everything(index))).toEqual(withoutIt(await rebuilt(folder)));
    expect(index.find(PAGE_A, 'c5')).toBeUndefined();
    expect(index.comment(removed?.seq ?? 0)?.text).toBe('');
    expect(index.comment(removed?.seq ?? 0)?.actions).toEqual(removed?.actions);
    const later = index.find(PAGE_A, 'c11');
    for (const seq of later?.events ?? []) {
      expect((await index.event(seq))?.header.seq).toBe(seq);
    }
    await index.close();
    const { all } = await reopen(folder, journal);
    expect(withoutIt(all)).toEqual(withoutIt(await rebuilt(folder)));
    await journal.close();
  });
});
