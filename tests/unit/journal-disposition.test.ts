import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISPOSITION } from '../../src/main/journal/disposition-event';
import { Journal } from '../../src/main/journal/journal';
import {
  type EventLine,
  type NewEvent,
  disposedEventText,
  payloadHash,
} from '../../src/main/journal/journal-line';
import { readKnownGood, writeKnownGood } from '../../src/main/journal/known-good';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';
import { tempFolder } from './temp-folder';

const captured = (n: number): NewEvent => ({
  type: 'comment.captured',
  by: 'moderator-1',
  payload: { commentId: `c${n}`, text: `comment ${n} 🚓 café`, author: `user${n}` },
});

const RECORDS = 'records-custodian-1';
const SCHEDULE = 'GS 2-12: routine correspondence, 2 years after the close of the calendar year';

async function journalWith(count: number): Promise<{ folder: string; journal: Journal }> {
  const folder = await tempFolder('social-desk-disposition-');
  const { journal } = await Journal.open(folder, { segmentEvents: 4 });
  await journal.append(Array.from({ length: count }, (_, i) => captured(i + 1)));
  return { folder, journal };
}

async function events(folder: string): Promise<EventLine[]> {
  const all: EventLine[] = [];
  for await (const event of readEvents(folder)) all.push(event);
  return all;
}

function segment(folder: string, firstSeq: number): string {
  return join(folder, 'journal', `segment-${String(firstSeq).padStart(12, '0')}.jsonl`);
}

describe('disposition: content leaves the journal only through a chained disposition event', () => {
  it('removes the named payloads from sealed and open segments; the chain still verifies and reopens', async () => {
    const { folder, journal } = await journalWith(10);
    const header = await journal.dispose({
      events: [2, 6, 9],
      schedule: SCHEDULE,
      reason: 'Retention period ended',
      by: RECORDS,
    });
    expect(header).toMatchObject({ seq: 11, type: DISPOSITION, by: RECORDS });
    await journal.close();

    const all = await events(folder);
    for (const seq of [2, 6, 9]) {
      const event = all.find((candidate) => candidate.header.seq === seq);
      expect(event?.payload).toBeUndefined();
      expect(event?.disposed).toEqual({ disposition: 11 });
    }
    const disposition = all.find((candidate) => candidate.header.seq === 11);
    expect(disposition?.payload).toEqual({
      events: [2, 6, 9].map((seq) => ({ seq, payloadHash: payloadHash(captured(seq).payload) })),
      schedule: SCHEDULE,
      reason: 'Retention period ended',
    });
    for (const seq of [2, 6, 9]) {
      const text = await readFile(segment(folder, seq <= 4 ? 1 : seq <= 8 ? 5 : 9), 'utf8');
      expect(text).not.toContain(`comment ${seq} `);
    }
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 11 });

    // The records of what is known good followed the rewrite: a writer opens it and goes on.
    const reopened = await Journal.open(folder, { segmentEvents: 4 });
    await reopened.journal.append([captured(12)]);
    await reopened.journal.close();
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 12 });
    expect(
      (await readdir(join(folder, 'journal'))).filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('fails verify for a payload deleted with a made-up marker and no disposition event', async () => {
    const { folder, journal } = await journalWith(10);
    await journal.close();
    // Event 10 is in the open segment: only the disposition rule stands between it and a pass.
    const file = segment(folder, 9);
    const text = await readFile(file, 'utf8');
    const forged = text
      .split('\n')
      .map((line) => {
        if (!line.includes('"seq":10,')) return line;
        const event = JSON.parse(line) as EventLine;
        return JSON.stringify({
          header: event.header,
          hash: event.hash,
          disposed: { disposition: 11 },
        });
      })
      .join('\n');
    await writeFile(file, forged);
    const result = await verifyJournal(folder);
    expect(result).toMatchObject({ ok: false, firstBad: 10 });
    if (!result.ok) expect(result.reason).toContain('without a disposition');
  });

  it('fails verify for the old free-form marker, whatever it claims', async () => {
    const { folder, journal } = await journalWith(10);
    await journal.close();
    const file = segment(folder, 9);
    const text = await readFile(file, 'utf8');
    const forged = text
      .split('\n')
      .map((line) => {
        if (!line.includes('"seq":10,')) return line;
        const event = JSON.parse(line) as EventLine;
        return JSON.stringify({
          header: event.header,
          hash: event.hash,
          disposed: { at: '2026-10-03T12:00:00.000Z', by: RECORDS, disposition: 'GS 2-12' },
        });
      })
      .join('\n');
    await writeFile(file, forged);
    expect(await verifyJournal(folder)).toMatchObject({ ok: false, firstBad: 10 });
  });

  it('fails verify when the disposition names a different payload hash than the one removed', async () => {
    const { folder, journal } = await journalWith(9);
    // A disposition event that names event 10's neighbour with a wrong hash...
    await journal.append([
      {
        type: DISPOSITION,
        by: RECORDS,
        payload: {
          events: [{ seq: 9, payloadHash: payloadHash({ something: 'else' }) }],
          schedule: SCHEDULE,
          reason: 'Retention period ended',
        },
      },
    ]);
    await journal.close();
    // ...and event 9's payload removed by hand.
    const file = segment(folder, 9);
    const lines = (await readFile(file, 'utf8')).split('\n');
    const first = JSON.parse(lines[0] ?? '') as EventLine;
    lines[0] = JSON.stringify({
      header: first.header,
      hash: first.hash,
      disposed: { disposition: 10 },
    });
    await writeFile(file, lines.join('\n'));
    const result = await verifyJournal(folder);
    expect(result).toMatchObject({ ok: false, firstBad: 9 });
    if (!result.ok) expect(result.reason).toContain('names a different payload hash');
  });

  it('refuses what is not a disposition: no such event, already disposed, a disposition itself, no authority', async () => {
    const { journal } = await journalWith(6);
    await expect(
      journal.dispose({ events: [7], schedule: SCHEDULE, reason: 'r', by: RECORDS }),
    ).rejects.toThrow(/no event 7.*Nothing was disposed of/);
    await expect(journal.dispose({ events: [2], reason: 'r', by: RECORDS })).rejects.toThrow(
      /retention schedule or order/,
    );
    const header = await journal.dispose({
      events: [2],
      order: 'Court order 26-CV-0142',
      reason: 'Ordered expunged',
      by: RECORDS,
    });
    await expect(
      journal.dispose({ events: [2], schedule: SCHEDULE, reason: 'r', by: RECORDS }),
    ).rejects.toThrow(/already disposed of \(disposition event 7\)/);
    await expect(
      journal.dispose({ events: [header.seq], schedule: SCHEDULE, reason: 'r', by: RECORDS }),
    ).rejects.toThrow(/itself a disposition/);
    expect(journal.head().events).toBe(7);
    await journal.close();
  });
});

/**
 * A disposition of event 10 (in the open segment) as dispose() runs it, stopped by a crash after
 * the rename and before the head record learned of the new file: the event appended, the segment
 * rewritten and renamed over, and (if `recorded`) the rewrite recorded just before the rename.
 */
async function interruptedDisposition(recorded: boolean): Promise<string> {
  const { folder, journal } = await journalWith(10);
  const [event] = await journal.append([
    {
      type: DISPOSITION,
      by: RECORDS,
      payload: {
        events: [{ seq: 10, payloadHash: payloadHash(captured(10).payload) }],
        schedule: SCHEDULE,
        reason: 'Retention period ended',
      },
    },
  ]);
  const head = journal.head();
  await journal.close();
  if (!event) throw new Error('no disposition event');
  const file = segment(folder, 9);
  const rewritten = (await readFile(file, 'utf8'))
    .split('\n')
    .map((line) => {
      if (!line.includes('"seq":10,')) return line;
      const parsed = JSON.parse(line) as EventLine;
      return disposedEventText(parsed.header, parsed.hash, event.seq);
    })
    .join('\n');
  const journalFolder = join(folder, 'journal');
  const known = await readKnownGood(journalFolder);
  if (!known) throw new Error('no known-good record');
  if (recorded) {
    await writeKnownGood(journalFolder, {
      sealed: known.sealed,
      rewrite: {
        segment: 9,
        bytes: Buffer.byteLength(rewritten),
        sha256: createHash('sha256').update(rewritten).digest('hex'),
        events: head.events,
        hash: head.hash,
      },
    });
  }
  await writeFile(file, rewritten);
  return folder;
}

describe('a disposition interrupted between its rename and its records', () => {
  it('is recognised at the next open by the rewrite recorded before the rename, and finished', async () => {
    const folder = await interruptedDisposition(true);
    const { journal } = await Journal.open(folder, { segmentEvents: 4 });
    await journal.append([captured(12)]);
    await journal.close();
    expect(await verifyJournal(folder)).toMatchObject({ ok: true, events: 12 });
    expect((await readKnownGood(join(folder, 'journal')))?.rewrite).toBeUndefined();
  });

  it('without that record, the same bytes are a change to the acknowledged past', async () => {
    const folder = await interruptedDisposition(false);
    await expect(Journal.open(folder, { segmentEvents: 4 })).rejects.toThrow(/is damaged/);
  });
});
