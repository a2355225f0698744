import { hash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseUnknown } from '../../shared/parse';
import { writeFileDurably } from '../storage/durable-file';
import { TextArena } from './comment-index-arena';
import type { IndexStore } from './comment-index-store';
import type { WordChunks } from './comment-words';

export const SNAPSHOT_FOLDER = 'comment-index';
/**
 * 2: words split by comment-words.ts's own encoder; the last disposition seen. 3: each story link
 * names its action and each comment when it was captured, so a disposed action leaves a running
 * index as a rebuild leaves it out (an older snapshot lacks both columns: it is rebuilt).
 */
export const SNAPSHOT_VERSION = 3;
const MAGIC = Buffer.from('social-desk comment index\n');

export function snapshotFile(dataFolder: string): string {
  return join(dataFolder, SNAPSHOT_FOLDER, 'snapshot.bin');
}

/** The last event a snapshot holds, and where its line was: checked against the journal at open. */
export const throughSchema = z
  .object({
    seq: z.number().int().min(0),
    hash: z.string(),
    segment: z.number().int().min(0),
    offset: z.number().int().min(-1),
  })
  .strict();
export type Through = z.infer<typeof throughSchema>;

const headerSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    littleEndian: z.literal(true),
    through: throughSchema,
    lengths: z.object({
      comments: z.number().int().min(0),
      story: z.number().int().min(0),
      actions: z.number().int().min(0),
      bySeq: z.number().int().min(0),
      order: z.number().int().min(0),
    }),
    sorted: z.number().int().min(0),
    /** The last disposition event applied to it (0: none). */
    disposition: z.number().int().min(0),
    strings: z.array(z.string()),
    atText: z.array(z.tuple([z.number().int(), z.string()])),
    editText: z.array(z.tuple([z.number().int(), z.number()])),
    rules: z.array(
      z.tuple([z.string(), z.object({ secondReviewer: z.boolean(), noticeRequired: z.boolean() })]),
    ),
    segments: z.array(z.number().int().min(1)),
    arena: z.array(z.number().int().min(0)),
    words: z.array(
      z.object({ shard: z.number().int().min(0), key: z.string(), bytes: z.number().int() }),
    ),
    sections: z.array(z.number().int().min(0)),
  })
  .strict();

/**
 * The whole index in one file: a JSON header (what it is complete through, the few strings), then
 * the columns, the text arena and the word index's shards as raw bytes, then the SHA-256 of all of
 * it, so a torn or garbled file is told from a good one and never half-loaded.
 */
export async function writeSnapshot(
  dataFolder: string,
  store: IndexStore,
  through: Through,
  segments: readonly number[],
  words: WordChunks,
): Promise<void> {
  const tables = [store.comments, store.story, store.actions, store.bySeq, store.order];
  const columns = tables.flatMap((table) => table.bytes());
  const arena = store.arena.usedChunks();
  const wordBytes = words.map((chunk) => Buffer.from(chunk.data, 'utf8'));
  const sections = [...columns, ...arena, ...wordBytes];
  const header = {
    version: SNAPSHOT_VERSION,
    littleEndian: true,
    through,
    lengths: {
      comments: store.comments.length,
      story: store.story.length,
      actions: store.actions.length,
      bySeq: store.bySeq.length,
      order: store.order.length,
    },
    sorted: store.sorted,
    disposition: store.lastDisposition,
    strings: store.strings,
    atText: [...store.atText],
    editText: [...store.editText],
    rules: [...store.rules],
    segments: [...segments],
    arena: arena.map((chunk) => chunk.length),
    words: words.map((chunk, i) => ({
      shard: chunk.shard,
      key: chunk.key,
      bytes: wordBytes[i]?.length ?? 0,
    })),
    sections: sections.map((section) => section.length),
  } satisfies z.input<typeof headerSchema>;
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const body = Buffer.concat([MAGIC, length, headerBytes, ...sections]);
  const digest = Buffer.from(hash('sha256', body, 'buffer'));
  await mkdir(join(dataFolder, SNAPSHOT_FOLDER), { recursive: true, mode: 0o700 });
  await writeFileDurably(snapshotFile(dataFolder), Buffer.concat([body, digest]));
}

export interface LoadedSnapshot {
  readonly through: Through;
  readonly segments: number[];
  readonly words: WordChunks;
}

/**
 * Reads a snapshot into `store`; the reason it cannot be used instead (missing, torn, another
 * version, a column of the wrong size). The journal check is the caller's: this is only the file.
 */
export async function readSnapshot(
  dataFolder: string,
  store: IndexStore,
): Promise<LoadedSnapshot | { readonly unusable: string }> {
  let file: Buffer;
  try {
    file = await readFile(snapshotFile(dataFolder));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      unusable: code === 'ENOENT' ? 'there was none' : `it cannot be read (${String(code)})`,
    };
  }
  if (file.length < MAGIC.length + 36 || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { unusable: 'it is not a comment index' };
  }
  const body = file.subarray(0, file.length - 32);
  if (!Buffer.from(hash('sha256', body, 'buffer')).equals(file.subarray(file.length - 32))) {
    return { unusable: 'it is damaged (its checksum does not match)' };
  }
  const headerLength = body.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8', start, start + headerLength));
  } catch {
    return { unusable: 'its header cannot be read' };
  }
  const parsed = parseUnknown(headerSchema, json, 'The comment index');
  if (!parsed.ok)
    return { unusable: `it is of another version or damaged (${parsed.error.message})` };
  const header = parsed.value;
  if (header.disposition > header.through.seq) {
    return { unusable: `it names disposition ${header.disposition}, after its last event` };
  }
  const sections: Buffer[] = [];
  let at = start + headerLength;
  for (const size of header.sections) {
    sections.push(body.subarray(at, at + size));
    at += size;
  }
  if (at !== body.length) return { unusable: 'its sections do not add up' };
  try {
    let next = 0;
    const take = (count: number) => sections.slice(next, (next += count));
    const tables = [
      [store.comments, header.lengths.comments],
      [store.story, header.lengths.story],
      [store.actions, header.lengths.actions],
      [store.bySeq, header.lengths.bySeq],
      [store.order, header.lengths.order],
    ] as const;
    for (const [table, length] of tables) table.load(length, take(Object.keys(table.spec).length));
    store.arena = TextArena.of(take(header.arena.length).map((chunk) => Buffer.from(chunk)));
    const words = take(header.words.length).map((bytes, i) => ({
      shard: header.words[i]?.shard ?? 0,
      key: header.words[i]?.key ?? '',
      data: bytes.toString('utf8'),
    }));
    store.sorted = header.sorted;
    store.lastDisposition = header.disposition;
    store.restoreStrings(header.strings);
    for (const [row, text] of header.atText) store.atText.set(row, text);
    for (const [seq, address] of header.editText) store.editText.set(seq, address);
    for (const [pageId, rules] of header.rules) store.rules.set(pageId, rules);
    store.rebuildIds();
    return { through: header.through, segments: header.segments, words };
  } catch (error) {
    return { unusable: `it does not fit together (${(error as Error).message})` };
  }
}
