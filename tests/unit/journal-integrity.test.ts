import { cp, mkdir, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { HEAD_RECORD } from '../../src/main/journal/head-record';
import { Journal } from '../../src/main/journal/journal';
import { type NewEvent, makeEventText } from '../../src/main/journal/journal-line';
import { KNOWN_GOOD } from '../../src/main/journal/known-good';
import { verifyJournal } from '../../src/main/journal/verify';
import { cli } from './records-fixtures';
import { snapshotTree, tempFolder } from './temp-folder';

const captured = (n: number, text = `comment ${n} 🚓 café`): NewEvent => ({
  type: 'comment.captured',
  by: 'moderator-1',
  payload: { commentId: `c${n}`, text, author: `user${n}` },
});

/** A data folder whose journal holds `count` events in segments of `segmentEvents`. */
async function journalWith(count: number, segmentEvents: number): Promise<string> {
  const folder = await tempFolder('social-desk-integrity-');
  const { journal } = await Journal.open(folder, { segmentEvents });
  await journal.append(Array.from({ length: count }, (_, i) => captured(i + 1)));
  await journal.close();
  return folder;
}

function segment(folder: string, firstSeq: number): string {
  return join(folder, 'journal', `segment-${String(firstSeq).padStart(12, '0')}.jsonl`);
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
}

async function writeLines(file: string, kept: readonly string[]): Promise<void> {
  await writeFile(file, `${kept.join('\n')}\n`);
}

/** The four ways a past event is tampered with; `at` is the event's index in the segment. */
const TAMPERINGS = {
  changed: (all: string[], at: number) =>
    all.map((line, i) => (i === at ? line.replace(/comment (\d+) /, 'comment 9$1 ') : line)),
  deleted: (all: string[], at: number) => all.filter((_, i) => i !== at),
  swapped: (all: string[], at: number) =>
    all.map((line, i) => (i === at ? all[at + 1] : i === at + 1 ? all[at] : line) ?? line),
  duplicated: (all: string[], at: number) =>
    all.flatMap((line, i) => (i === at ? [line, line] : [line])),
} satisfies Record<string, (all: string[], at: number) => string[]>;

async function openFailure(folder: string, readOnly = false): Promise<DeskFailure> {
  try {
    const { journal } = await Journal.open(folder, { segmentEvents: 4, readOnly });
    await journal.close();
  } catch (error) {
    if (error instanceof DeskFailure) return error;
    throw error;
  }
  throw new Error('the journal opened');
}

describe('a writer refuses a journal whose past changed (checked at open, without rereading it)', () => {
  for (const [how, tamper] of Object.entries(TAMPERINGS)) {
    it(`an event ${how} in a sealed segment: open refuses for writing and reading, log checkpoint exits 1`, async () => {
      const folder = await journalWith(10, 4);
      // Segment 5-8 is sealed; its second event is event 6.
      const file = segment(folder, 5);
      await writeLines(file, tamper(await lines(file), 1));
      const before = await snapshotTree(folder);

      const writer = await openFailure(folder);
      expect(writer.code).toBe('journal-damaged');
      expect(writer.message).toMatch(/event [67]/);
      expect(writer.message).toContain('social-desk log verify');
      expect(writer.message).toContain('restore the data folder from a backup');
      expect((await openFailure(folder, true)).message).toBe(writer.message);
      const checkpoint = await cli('log', 'checkpoint', '--data', folder);
      expect(checkpoint.code).toBe(1);
      expect(checkpoint.out).toBe('');
      expect(checkpoint.err).toContain('is damaged');
      expect(await snapshotTree(folder)).toEqual(before);
    });

    it(`an event ${how} in the open segment's acknowledged part: open refuses`, async () => {
      const folder = await journalWith(14, 8);
      // Segment 9-14 is open; its second event is event 10.
      const file = segment(folder, 9);
      await writeLines(file, tamper(await lines(file), 1));
      const { journal } = await Journal.open(folder, { segmentEvents: 8 }).catch(
        (error: unknown) => {
          expect(error).toBeInstanceOf(DeskFailure);
          expect((error as DeskFailure).message).toMatch(/damaged: event 1[01]/);
          return { journal: undefined };
        },
      );
      expect(journal).toBeUndefined();
    });
  }

  it('refuses a chain rewritten whole from a sealed segment on, as long as its records stay', async () => {
    const folder = await journalWith(10, 4);
    await rewriteChainFrom(folder, 5, 4);
    // The chain is internally consistent: only the records of what was known good differ.
    expect(await openFailure(folder)).toMatchObject({ code: 'journal-damaged' });
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, firstBad: 5 });
  });

  it('an attacker who rewrites the chain and deletes both records is caught only by a checkpoint kept elsewhere', async () => {
    const folder = await journalWith(10, 4);
    const { journal } = await Journal.open(folder, { segmentEvents: 4, readOnly: true });
    const checkpoint = { seq: journal.head().events, hash: journal.head().hash };
    await rewriteChainFrom(folder, 5, 4);
    await rm(join(folder, 'journal', KNOWN_GOOD));
    await rm(join(folder, HEAD_RECORD));
    // Looks like an older data folder: verified in full once, and it is a valid chain.
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 10 });
    expect(await verifyJournal(folder, checkpoint)).toMatchObject({ ok: false, firstBad: 10 });
  });

  it('opens a copied or restored folder after hashing its sealed segments once, then trusts them', async () => {
    const original = await journalWith(10, 4);
    const copy = join(await tempFolder(), 'copy');
    await cp(original, copy, { recursive: true });
    const { journal } = await Journal.open(copy, { segmentEvents: 4 });
    await journal.append([captured(11)]);
    await journal.close();
    // The record now holds the copy's own inodes, so the next open need not hash again.
    const known = JSON.parse(await readFile(join(copy, 'journal', KNOWN_GOOD), 'utf8')) as {
      sealed: { segment: number; ino: number }[];
    };
    const handle = await open(segment(copy, 5), 'r');
    const { ino } = await handle.stat();
    await handle.close();
    expect(known.sealed.find((entry) => entry.segment === 5)?.ino).toBe(ino);
    expect(await verifyJournal(copy)).toMatchObject({ ok: true, events: 11 });
  });

  it('builds the records for an older data folder by verifying it once, and refuses one that fails', async () => {
    const folder = await journalWith(10, 4);
    await rm(join(folder, 'journal', KNOWN_GOOD));
    await rm(join(folder, HEAD_RECORD));
    const { journal } = await Journal.open(folder, { segmentEvents: 4 });
    await journal.close();
    expect((await readdir(join(folder, 'journal'))).sort()).toContain(KNOWN_GOOD);
    expect(await readdir(folder)).toContain(HEAD_RECORD);

    const damaged = await journalWith(10, 4);
    await rm(join(damaged, 'journal', KNOWN_GOOD));
    await rm(join(damaged, HEAD_RECORD));
    const file = segment(damaged, 5);
    await writeLines(file, TAMPERINGS.changed(await lines(file), 2));
    expect((await openFailure(damaged)).message).toMatch(/damaged: event 7/);
  });

  it('refuses a journal folder without its data folder head record', async () => {
    const folder = await journalWith(6, 4);
    await rm(join(folder, HEAD_RECORD));
    expect((await openFailure(folder)).message).toContain(`head record ${HEAD_RECORD} is missing`);
  });
});

describe('the data folder keeps its own record of the head (truncation without a checkpoint)', () => {
  it('reports a deleted journal folder: verify, log verify and the writer', async () => {
    const folder = await journalWith(6, 4);
    await rm(join(folder, 'journal'), { recursive: true });
    const result = await verifyJournal(folder);
    expect(result).toMatchObject({ ok: false, events: 0, firstBad: 1 });
    if (!result.ok) expect(result.reason).toContain('says 6 were acknowledged');
    const run = await cli('log', 'verify', '--data', folder);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ ok: false, events: 0 });
    expect((await openFailure(folder)).message).toContain('says 6 were acknowledged');
    // "Nothing was changed": the refused writer did not make a new, empty journal folder either.
    expect(await readdir(folder)).not.toContain('journal');
  });

  it('reports events removed from the end, whole lines and all', async () => {
    const folder = await journalWith(10, 4);
    const file = segment(folder, 9);
    await writeLines(file, (await lines(file)).slice(0, 1));
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, events: 9, firstBad: 10 });
    expect((await openFailure(folder)).message).toContain('says 10 were acknowledged');
  });

  it('reports a journal replaced by another chain of the same length', async () => {
    const folder = await journalWith(6, 4);
    const other = await tempFolder();
    const { journal } = await Journal.open(other, { segmentEvents: 4 });
    await journal.append(Array.from({ length: 6 }, (_, i) => captured(i + 1, 'another text')));
    await journal.close();
    await rm(join(folder, 'journal'), { recursive: true });
    await cp(join(other, 'journal'), join(folder, 'journal'), { recursive: true });
    const result = await verifyJournal(folder);
    expect(result).toMatchObject({ ok: false, firstBad: 6 });
    if (!result.ok) expect(result.reason).toContain(HEAD_RECORD);
    expect(await openFailure(folder)).toMatchObject({ code: 'journal-damaged' });
  });

  it('log verify: a folder that is not a data folder exits 1; a new, empty one verifies as empty', async () => {
    const notData = await tempFolder();
    await writeFile(join(notData, 'holiday-photos.txt'), 'not records');
    const refused = await cli('log', 'verify', '--data', notData);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not a Social Desk data folder');
    expect(refused.out).toBe('');

    const empty = await tempFolder();
    const fresh = await cli('log', 'verify', '--data', empty);
    expect(fresh.code).toBe(0);
    expect(JSON.parse(fresh.out)).toMatchObject({ ok: true, events: 0 });
  });

  it('reads the head record when one of its two copies is torn, and refuses when both are', async () => {
    const folder = await journalWith(6, 4);
    const file = join(folder, HEAD_RECORD);
    const bytes = await readFile(file);
    const tornFirst = Buffer.from(bytes);
    tornFirst.fill(0x20, 100, 300);
    await writeFile(file, tornFirst);
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 6 });
    const { journal } = await Journal.open(folder, { segmentEvents: 4 });
    await journal.append([captured(7)]);
    await journal.close();

    const tornBoth = await readFile(file);
    tornBoth.fill(0x20, 100, 300);
    tornBoth.fill(0x20, 612, 800);
    await writeFile(file, tornBoth);
    expect((await openFailure(folder)).message).toContain('neither of its two copies');
    expect(await verifyJournal(folder)).toMatchObject({ ok: false });
  });
});

/**
 * Rewrites every event from `fromSeq` on with new content and valid hashes, as someone with the
 * files and the code could: a chain that holds together, unlike the records of what it was.
 */
async function rewriteChainFrom(
  folder: string,
  fromSeq: number,
  segmentEvents: number,
): Promise<void> {
  const journalFolder = join(folder, 'journal');
  const names = (await readdir(journalFolder)).filter((name) => name.startsWith('segment-')).sort();
  let prev = '';
  let total = 0;
  for (const name of names) {
    for (const line of await lines(join(journalFolder, name))) {
      const parsed = JSON.parse(line) as { header?: { seq: number }; hash?: string };
      if (parsed.header && parsed.header.seq < fromSeq && parsed.hash) prev = parsed.hash;
      if (parsed.header) total = Math.max(total, parsed.header.seq);
    }
  }
  const at = new Date('2026-10-03T12:00:00.000Z');
  for (let first = fromSeq; first <= total; first += segmentEvents) {
    const out: string[] = [];
    let seq = first;
    for (; seq < first + segmentEvents && seq <= total; seq += 1) {
      const { line, text } = makeEventText(captured(seq, `rewritten ${seq}`), seq, prev, at);
      out.push(text);
      prev = line.hash;
    }
    if (seq - first === segmentEvents)
      out.push(JSON.stringify({ seal: { firstSeq: first, lastSeq: seq - 1, head: prev } }));
    await mkdir(journalFolder, { recursive: true });
    await writeLines(segment(folder, first), out);
  }
}
