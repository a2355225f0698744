import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DeskFailure } from '../ipc/desk-failure';
import { writeFileDurably } from '../storage/durable-file';
import { sha256 } from './journal-line';
import { writeFully } from '../storage/write-fully';

/**
 * The journal's last acknowledged head, kept in the data folder beside (not inside) the journal
 * folder, so a journal that lost its tail, or was deleted whole, is noticed without an external
 * checkpoint. Two fixed slots written in turn: a write torn by a crash spoils one slot, never both.
 */
export const HEAD_RECORD = 'journal-head.jsonl';
const SLOT_BYTES = 512;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const headRecordSchema = z
  .object({
    /** Counts writes, so the newer slot is known even when the head itself did not move. */
    n: z.number().int().min(0),
    events: z.number().int().min(0),
    hash: sha256Hex,
    /** The segment holding event `events` (its first seq), and the SHA-256 of its first `bytes`. */
    segment: z.number().int().min(1),
    bytes: z.number().int().min(0),
    sha256: sha256Hex,
  })
  .strict();
export type HeadRecord = Readonly<Omit<z.infer<typeof headRecordSchema>, 'n'>>;
type Slot = z.infer<typeof headRecordSchema>;

const slotSchema = z.object({ record: headRecordSchema, check: sha256Hex }).strict();

export function headRecordFile(dataFolder: string): string {
  return join(dataFolder, HEAD_RECORD);
}

function slotText(slot: Slot): string {
  const record = JSON.stringify(slot);
  const line = JSON.stringify({ record: slot, check: sha256(record) });
  if (line.length >= SLOT_BYTES) throw new Error(`A head record slot outgrew ${SLOT_BYTES} bytes`);
  return `${line.padEnd(SLOT_BYTES - 1, ' ')}\n`;
}

function parseSlot(text: string): Slot | undefined {
  try {
    const parsed = slotSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const { record, check } = parsed.data;
    return sha256(JSON.stringify(record)) === check ? record : undefined;
  } catch {
    return undefined;
  }
}

async function readSlots(
  dataFolder: string,
): Promise<{ slots: (Slot | undefined)[]; found: boolean }> {
  let bytes: Buffer;
  try {
    const handle = await open(headRecordFile(dataFolder), 'r');
    try {
      const buffer = Buffer.alloc(SLOT_BYTES * 2);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { slots: [], found: false };
    throw error;
  }
  const slots = [0, 1].map((i) =>
    parseSlot(bytes.subarray(i * SLOT_BYTES, (i + 1) * SLOT_BYTES).toString('utf8')),
  );
  return { slots, found: true };
}

function newest(slots: readonly (Slot | undefined)[]): { slot: Slot; index: number } | undefined {
  let best: { slot: Slot; index: number } | undefined;
  slots.forEach((slot, index) => {
    if (slot && (!best || slot.n > best.slot.n)) best = { slot, index };
  });
  return best;
}

/** The last head recorded, or `undefined` when the data folder has no head record. */
export async function readHeadRecord(dataFolder: string): Promise<HeadRecord | undefined> {
  const { slots, found } = await readSlots(dataFolder);
  if (!found) return undefined;
  const best = newest(slots);
  if (!best) {
    throw new DeskFailure(
      'journal-damaged',
      `The journal's head record ${headRecordFile(dataFolder)} is damaged: neither of its two copies can be read. Nothing was changed. Run \`social-desk log verify\`, and restore the data folder from a backup.`,
    );
  }
  const { events, hash, segment, bytes, sha256: digest } = best.slot;
  return { events, hash, segment, bytes, sha256: digest };
}

/** Keeps the head record open for a writer: one in-place write per acknowledged append. */
export class HeadRecordWriter {
  private constructor(
    private readonly handle: FileHandle,
    private n: number,
    private nextSlot: number,
  ) {}

  /** Opens the record, creating it durably with `initial` when the folder has none yet. */
  static async open(dataFolder: string, initial: HeadRecord): Promise<HeadRecordWriter> {
    const file = headRecordFile(dataFolder);
    const { slots, found } = await readSlots(dataFolder);
    const best = newest(slots);
    if (!found || !best) {
      const slot: Slot = { n: 0, ...initial };
      await writeFileDurably(file, slotText(slot).repeat(2));
      return new HeadRecordWriter(await open(file, 'r+'), 0, 1);
    }
    return new HeadRecordWriter(await open(file, 'r+'), best.slot.n, 1 - best.index);
  }

  /**
   * Records a head that is already durable in the journal. Not synced here: a head record older
   * than the journal is harmless (it only checks less), and the journal's own fdatasync came first,
   * so the record can never claim more than the journal holds.
   */
  async write(record: HeadRecord): Promise<void> {
    const slot: Slot = { n: this.n + 1, ...record };
    await writeFully(this.handle, Buffer.from(slotText(slot), 'utf8'), this.nextSlot * SLOT_BYTES);
    this.n = slot.n;
    this.nextSlot = 1 - this.nextSlot;
  }

  async sync(): Promise<void> {
    await this.handle.datasync();
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
