import {
  appendFile,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../../src/main/journal/journal';
import { makeEventText } from '../../src/main/journal/journal-line';
import { verifyJournal } from '../../src/main/journal/verify';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-journal-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const captured = (n: number) => ({
  type: 'comment.captured',
  by: 'moderator-1',
  payload: { commentId: `c${n}`, text: `comment ${n} 🚓 café`, author: `user${n}` },
});

async function filled(count: number, segmentEvents = 4): Promise<Journal> {
  const { journal } = await Journal.open(folder, { segmentEvents });
  await journal.append(Array.from({ length: count }, (_, i) => captured(i + 1)));
  return journal;
}

async function segmentFiles(): Promise<string[]> {
  return (await readdir(join(folder, 'journal')))
    .filter((name) => name.startsWith('segment-'))
    .sort()
    .map((name) => join(folder, 'journal', name));
}

async function firstSegment(): Promise<string> {
  const [file] = await segmentFiles();
  if (file === undefined) throw new Error('the journal has no segment');
  return file;
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
}

describe('the journal', () => {
  it('chains events across sealed segments and verifies them', async () => {
    const journal = await filled(10);
    await journal.close();
    expect(await segmentFiles()).toHaveLength(3);
    const result = await verifyJournal(folder);
    expect(result).toEqual({ ok: true, events: 10, head: journal.head().hash });
  });

  it('reopens at the same head, reading only the tail, and keeps chaining', async () => {
    const first = await filled(6);
    const head = first.head();
    await first.close();
    const { journal, report } = await Journal.open(folder, { segmentEvents: 4 });
    expect(report).toEqual({});
    expect(journal.head()).toEqual(head);
    await journal.append([captured(7)]);
    await journal.close();
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 7 });
  });

  it('cuts away a torn last line at open, reports it, and the log verifies', async () => {
    const first = await filled(3);
    await first.close();
    const file = await firstSegment();
    await appendFile(file, '{"header":{"seq":4,"at":"2026-');
    const { journal, report } = await Journal.open(folder, { segmentEvents: 4 });
    expect(report.tornTail?.bytes).toBeGreaterThan(0);
    expect(journal.head().events).toBe(3);
    await journal.close();
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 3 });
  });

  it('names the event when one byte of its text is changed', async () => {
    await (await filled(6)).close();
    const file = await firstSegment();
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('comment 2 ', 'comment 9 '));
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, firstBad: 2 });
  });

  it('names the event when one is deleted or two are swapped', async () => {
    await filled(3, 100);
    const file = await firstSegment();
    const original = await lines(file);
    await writeFile(file, `${[original[0], original[2]].join('\n')}\n`);
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, firstBad: 2 });
    await writeFile(file, `${[original[1], original[0], original[2]].join('\n')}\n`);
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, firstBad: 1 });
  });

  it('catches a truncated tail against a checkpoint kept elsewhere', async () => {
    const journal = await filled(5, 100);
    const checkpoint = { seq: journal.head().events, hash: journal.head().hash };
    await journal.close();
    const file = await firstSegment();
    const kept = await lines(file);
    await writeFile(file, `${kept.slice(0, 3).join('\n')}\n`);
    const result = await verifyJournal(folder, checkpoint);
    expect(result).toMatchObject({ ok: false, events: 3 });
    if (!result.ok) expect(result.reason).toContain('checkpoint event 5');
  });

  it('catches a sealed segment that lost its last lines', async () => {
    await filled(9);
    const first = await firstSegment();
    const kept = await lines(first);
    await writeFile(first, `${kept.slice(0, 2).join('\n')}\n`);
    expect(await verifyJournal(folder)).toMatchObject({ ok: false });
  });

  it('refuses to open when the last complete line is not an event', async () => {
    await filled(2);
    const file = await firstSegment();
    await appendFile(file, 'not json at all\n');
    await expect(Journal.open(folder)).rejects.toThrow(/journal .* is damaged/);
    expect((await stat(file)).size).toBeGreaterThan(0);
  });

  it('seals a full segment whose seal a crash cut away, then goes on', async () => {
    const first = await filled(3);
    const { hash } = first.head();
    await first.close();
    // A crash tore the write of event 4 and the seal after it: event 4 made it, the seal did not.
    const { text } = makeEventText(captured(4), 4, hash, new Date());
    await appendFile(await firstSegment(), `${text}\n{"seal":{"firstSeq":1,"la`);
    const { journal, report } = await Journal.open(folder, { segmentEvents: 4 });
    expect(report.tornTail?.bytes).toBeGreaterThan(0);
    await journal.append([captured(5)]);
    await journal.close();
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 5 });
    expect(await segmentFiles()).toHaveLength(2);
  });

  it('refuses a journal cut back to a line boundary below what was acknowledged', async () => {
    await (await filled(2, 100)).close();
    const file = await firstSegment();
    // Byte offsets, not characters: the comments hold emoji and accented letters.
    await truncate(file, (await readFile(file)).indexOf(0x0a) + 1);
    await expect(Journal.open(folder)).rejects.toThrow(/head record .* says 2 were acknowledged/);
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, events: 1, firstBad: 2 });
  });
});
