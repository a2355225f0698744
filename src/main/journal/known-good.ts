import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../storage/durable-file';

/**
 * What the journal last knew to be good, so opening it need not reread the past: for each sealed
 * segment its size and SHA-256 when last verified, and the file's identity (inode, change time) at
 * that moment. A segment whose identity is unchanged has not been written since; one whose identity
 * changed (a copy, a restore) is hashed again once. A cache of verification, kept beside the journal:
 * losing it costs one full verify at the next open, never a check.
 */
export const KNOWN_GOOD = 'known-good.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const sealedSchema = z
  .object({
    segment: z.number().int().min(1),
    lastSeq: z.number().int().min(0),
    head: sha256Hex,
    bytes: z.number().int().min(0),
    sha256: sha256Hex,
    ino: z.number(),
    ctimeMs: z.number(),
  })
  .strict();
export type SealedRecord = z.infer<typeof sealedSchema>;

/** A segment being rewritten by a disposition: its new bytes, in case a crash comes mid-way. */
const rewriteSchema = z
  .object({
    segment: z.number().int().min(1),
    bytes: z.number().int().min(0),
    sha256: sha256Hex,
    events: z.number().int().min(0),
    hash: sha256Hex,
  })
  .strict();
export type RewriteRecord = z.infer<typeof rewriteSchema>;

const knownGoodSchema = z
  .object({
    format: z.literal('social-desk-journal-known-good'),
    version: z.literal(1),
    sealed: z.array(sealedSchema),
    rewrite: rewriteSchema.optional(),
  })
  .strict();

export interface KnownGood {
  readonly sealed: ReadonlyMap<number, SealedRecord>;
  readonly rewrite?: RewriteRecord;
}

export function knownGoodFile(journalFolder: string): string {
  return join(journalFolder, KNOWN_GOOD);
}

/** The record, or `undefined` when it is missing or unreadable: then the next open verifies fully. */
export async function readKnownGood(journalFolder: string): Promise<KnownGood | undefined> {
  let text: string;
  try {
    text = await readFile(knownGoodFile(journalFolder), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = knownGoodSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    return {
      sealed: new Map(parsed.data.sealed.map((entry) => [entry.segment, entry])),
      ...(parsed.data.rewrite ? { rewrite: parsed.data.rewrite } : {}),
    };
  } catch {
    return undefined;
  }
}

export async function writeKnownGood(journalFolder: string, knownGood: KnownGood): Promise<void> {
  const sealed = [...knownGood.sealed.values()].sort((a, b) => a.segment - b.segment);
  await writeFileDurably(
    knownGoodFile(journalFolder),
    `${JSON.stringify(
      {
        format: 'social-desk-journal-known-good',
        version: 1,
        sealed,
        ...(knownGood.rewrite ? { rewrite: knownGood.rewrite } : {}),
      },
      null,
      1,
    )}\n`,
  );
}

/** Unchanged since it was recorded: same size, same file, no write since (a write moves ctime). */
export function sameIdentity(record: SealedRecord, stats: Stats): boolean {
  return (
    record.bytes === stats.size && record.ino === stats.ino && record.ctimeMs === stats.ctimeMs
  );
}
