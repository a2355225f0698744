import {
  type FileHandle,
  open,
  readFile,
  readdir,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, type OpenSegmentFile } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';
import { tempFolder } from './temp-folder';
import { CAN_MOUNT, mountedTmpfs, warnIfCannotMount } from './tmpfs';

warnIfCannotMount('journal-full-disk tmpfs tests');

const comment = (n: number): NewEvent => ({
  type: 'comment.captured',
  by: 'moderator-1',
  payload: {
    commentId: `c${n}`,
    // Long enough that a nearly full disk cuts a batch's write in the middle of a line.
    text: `comment ${n} 🚓 café, will the parade route on Elm Street close again on Friday night? `.repeat(
      4,
    ),
  },
});

async function segmentFiles(dataFolder: string): Promise<string[]> {
  const folder = join(dataFolder, 'journal');
  return (await readdir(folder))
    .filter((name) => name.startsWith('segment-'))
    .sort()
    .map((name) => join(folder, name));
}

/** Every segment holds whole lines only: no NUL bytes, nothing after the last newline. */
async function expectWholeLines(dataFolder: string): Promise<void> {
  for (const file of await segmentFiles(dataFolder)) {
    const bytes = await readFile(file);
    expect(bytes.includes(0), `${file} holds NUL bytes`).toBe(false);
    if (bytes.length > 0) expect(bytes.at(-1), `${file} ends in a partial line`).toBe(0x0a);
  }
}

async function countEvents(dataFolder: string): Promise<number> {
  let count = 0;
  for await (const event of readEvents(dataFolder)) count = event.header.seq;
  return count;
}

describe('the journal on a full disk (a real 1 MB tmpfs)', () => {
  it.skipIf(!CAN_MOUNT)(
    'acknowledges only what is on disk, leaves whole lines, and goes on once space is freed',
    async () => {
      const mount = await mountedTmpfs('1m');
      const data = join(mount, 'data');
      // Space to give back, a little at a time, as a custodian deleting something would: each
      // refill ends at a different byte, so some appends are cut short in the middle of a line.
      const spares = [3, 5, 2, 7, 4, 6].map((pages, i) => ({
        file: join(mount, `spare-${i}.bin`),
        bytes: pages * 4096 + 1000 * i,
      }));
      for (const spare of spares) await writeFile(spare.file, Buffer.alloc(spare.bytes, 1));
      const { journal } = await Journal.open(data, { segmentEvents: 200 });
      let acknowledged = 0;
      for (const spare of [...spares, undefined]) {
        let failure: unknown;
        // Batches of 7 cross segment boundaries, so a failing batch may span two files.
        for (let round = 0; round < 10_000 && failure === undefined; round += 1) {
          const batch = Array.from({ length: 7 }, (_, i) => comment(acknowledged + i + 1));
          try {
            await journal.append(batch);
            acknowledged += batch.length;
          } catch (error) {
            failure = error;
          }
        }
        expect(failure).toBeInstanceOf(Error);
        expect((failure as Error).message).toMatch(/disk holding .* is full\. Nothing was changed/);
        expect(journal.head().events).toBe(acknowledged);
        await expectWholeLines(data);
        expect(await countEvents(data)).toBe(acknowledged);
        expect(await verifyJournal(data)).toEqual({
          ok: true,
          events: acknowledged,
          head: journal.head().hash,
        });
        if (spare) await unlink(spare.file);
      }
      expect(acknowledged).toBeGreaterThan(100);

      // Room again: the journal takes the next append, and a new writer opens it without complaint.
      await journal.close();
      const reopened = await Journal.open(data, { segmentEvents: 200 });
      expect(reopened.journal.head().events).toBe(acknowledged);
      await reopened.journal.close();
    },
    120_000,
  );

  it.skipIf(!CAN_MOUNT)(
    'a disk that fills during one large batch keeps none of it',
    async () => {
      const mount = await mountedTmpfs('512k');
      const data = join(mount, 'data');
      const { journal } = await Journal.open(data, { segmentEvents: 40 });
      await journal.append(Array.from({ length: 30 }, (_, i) => comment(i + 1)));
      const before = await Promise.all((await segmentFiles(data)).map((file) => readFile(file)));
      const huge = Array.from({ length: 2_000 }, (_, i) => comment(31 + i));
      await expect(journal.append(huge)).rejects.toThrow(/is full\. Nothing was changed/);
      expect(journal.head().events).toBe(30);
      const after = await Promise.all((await segmentFiles(data)).map((file) => readFile(file)));
      expect(after).toEqual(before);
      await journal.close();
      expect(await verifyJournal(data)).toMatchObject({ ok: true, events: 30 });
    },
    60_000,
  );
});

/** A real segment file whose handle misbehaves the way disks and kernels can. */
function faulty(faults: {
  shortWrites?: boolean;
  datasync?: () => Error | undefined;
  truncate?: () => Error | undefined;
  openNew?: () => Error | undefined;
}): OpenSegmentFile {
  return async (file, flags) => {
    const fault = flags === 'ax' ? faults.openNew?.() : undefined;
    if (fault) throw fault;
    const handle = await open(file, flags, 0o600);
    return new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'write' && faults.shortWrites) {
          // Writes at most a third of what is asked (at least one byte), as a nearly full disk may.
          return (buffer: Uint8Array, offset: number, length: number, position: number | null) =>
            target.write(buffer, offset, Math.max(1, Math.floor(length / 3)), position);
        }
        if (property === 'datasync' && faults.datasync) {
          const error = faults.datasync();
          if (error) return () => Promise.reject(error);
        }
        if (property === 'truncate' && faults.truncate) {
          const error = faults.truncate();
          if (error) return () => Promise.reject(error);
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value.bind(target) as unknown) : value;
      },
    }) satisfies FileHandle;
  };
}

const eio = () => Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });

describe('the journal against a misbehaving file (fault injection on a real file)', () => {
  it('writes every byte when each write call writes only part of what it was given', async () => {
    const data = await tempFolder();
    const { journal } = await Journal.open(data, {
      segmentEvents: 4,
      openSegmentFile: faulty({ shortWrites: true }),
    });
    await journal.append(Array.from({ length: 10 }, (_, i) => comment(i + 1)));
    await journal.close();
    await expectWholeLines(data);
    expect(await verifyJournal(data)).toMatchObject({ ok: true, events: 10 });
    expect(await countEvents(data)).toBe(10);
  });

  it('cuts a failed append back to the last acknowledged byte and takes the next one', async () => {
    const data = await tempFolder();
    let failSync = false;
    const { journal } = await Journal.open(data, {
      openSegmentFile: faulty({ datasync: () => (failSync ? eio() : undefined) }),
    });
    await journal.append([comment(1), comment(2)]);
    const [segment = ''] = await segmentFiles(data);
    const size = (await stat(segment)).size;
    const head = journal.head();
    failSync = true;
    await expect(journal.append([comment(3), comment(4)])).rejects.toThrow(
      /could not be saved \(EIO.*\)\. Nothing was changed/,
    );
    expect(journal.head()).toEqual(head);
    expect((await stat(segment)).size).toBe(size);
    failSync = false;
    await journal.append([comment(3)]);
    await journal.close();
    expect(await verifyJournal(data)).toMatchObject({ ok: true, events: 3 });
  });

  it('undoes a batch that sealed one segment and failed to start the next', async () => {
    const data = await tempFolder();
    let failNew = false;
    const { journal } = await Journal.open(data, {
      segmentEvents: 4,
      openSegmentFile: faulty({
        openNew: () =>
          failNew
            ? Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })
            : undefined,
      }),
    });
    await journal.append([comment(1), comment(2), comment(3)]);
    const [first = ''] = await segmentFiles(data);
    const before = await readFile(first);
    failNew = true;
    // Event 4 and the seal go into the first segment; events 5 and 6 need a second one.
    await expect(journal.append([comment(4), comment(5), comment(6)])).rejects.toThrow(/is full/);
    expect(journal.head().events).toBe(3);
    expect(await readFile(first)).toEqual(before);
    expect(await segmentFiles(data)).toHaveLength(1);
    failNew = false;
    await journal.append([comment(4), comment(5)]);
    await journal.close();
    expect(await verifyJournal(data)).toMatchObject({ ok: true, events: 5 });
  });

  it('stops taking writes when a failed write cannot be undone, and says why and what to do', async () => {
    const data = await tempFolder();
    let broken = false;
    const { journal } = await Journal.open(data, {
      openSegmentFile: faulty({
        datasync: () => (broken ? eio() : undefined),
        truncate: () => (broken ? eio() : undefined),
      }),
    });
    await journal.append([comment(1)]);
    broken = true;
    await expect(journal.append([comment(2)])).rejects.toThrow(/stopped taking writes/);
    broken = false;
    // The disk works again, but this journal does not chain after bytes nobody acknowledged.
    const refused = journal.append([comment(3)]);
    await expect(refused).rejects.toThrow(/stopped taking writes/);
    await expect(refused).rejects.toThrow(/Free space on the disk/);
    await expect(refused).rejects.toThrow(/restart Social Desk/);
    await expect(refused).rejects.toThrow(/social-desk log verify/);
    expect(journal.head().events).toBe(1);
    await journal.close();
    // A new start takes up what is on disk and verifies.
    const reopened = await Journal.open(data);
    await reopened.journal.append([comment(99)]);
    await reopened.journal.close();
    expect(await verifyJournal(data)).toMatchObject({ ok: true });
  });
});
