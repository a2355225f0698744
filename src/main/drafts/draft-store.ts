import { mkdir, open, readFile, readdir, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Draft, type DraftSummary, summarizeDraft } from '../../shared/drafts/draft';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { writeFileDurably } from '../storage/durable-file';
import { describeWriteError } from '../storage/write-error';
import {
  DRAFT_INDEX,
  DRAFT_SCHEMA_VERSION,
  draftFile,
  draftFileSchema,
  draftsFolder,
  indexLineSchema,
} from './draft-files';
import { readLegacyDrafts } from './legacy-drafts';

export interface DraftStoreOpenReport {
  /** Drafts whose file and index disagreed after an interruption, re-indexed from their files. */
  readonly reindexed: number;
}

/** Written before a draft's file: if the save is cut short, the next open re-reads that draft. */
const pendingLineSchema = z.object({ pending: z.string() }).strict();

/**
 * One file per draft plus an append-only index: a save marks the draft pending in the index, writes
 * the draft's own file durably, then appends its summary, so the cost of a save does not grow with
 * the number of drafts and an interrupted save is found and repaired at the next open. Opening reads
 * the index, not the drafts.
 */
export class DraftStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dataFolder: string,
    private readonly summaries: Map<string, DraftSummary>,
    private indexLines: number,
    private index: FileHandle,
    /** Bytes of the index known durable: where a failed save cuts its marker back to. */
    private indexSize: number,
  ) {}

  static async open(
    dataFolder: string,
  ): Promise<{ store: DraftStore; report: DraftStoreOpenReport }> {
    const legacy = await readLegacyDrafts(dataFolder);
    await mkdir(draftsFolder(dataFolder), { recursive: true });
    if (legacy) {
      for (const draft of legacy.drafts) await writeDraftFile(dataFolder, draft);
      const lines = legacy.drafts.map((draft) => `${JSON.stringify(summarizeDraft(draft))}\n`);
      await writeFileDurably(indexFile(dataFolder), lines.join(''));
      await legacy.retire();
    }
    const { summaries, lines, pending } = await readIndex(dataFolder, { repair: true });
    const repaired: DraftSummary[] = [];
    for (const id of pending) {
      const draft = await readDraftFile(dataFolder, id).catch((error: unknown) => {
        if (error instanceof DeskFailure && error.code === 'not-found') return undefined;
        throw error;
      });
      if (draft) repaired.push(summarizeDraft(draft));
    }
    repaired.push(...(await strays(dataFolder, summaries, pending)));
    const index = await open(indexFile(dataFolder), 'a', 0o600);
    const store = new DraftStore(dataFolder, summaries, lines, index, (await index.stat()).size);
    if (repaired.length > 0)
      await store.append(
        repaired.map((s) => JSON.stringify(s)),
        repaired,
      );
    return { store, report: { reindexed: repaired.length } };
  }

  /** For readers (the CLI's `drafts list`): no lock, no migration, no repair; nothing is written. */
  static async readSummaries(dataFolder: string): Promise<DraftSummary[]> {
    const legacy = await readLegacyDrafts(dataFolder, { keepCopy: false });
    if (legacy) return legacy.drafts.map((draft) => summarizeDraft(draft));
    return [...(await readIndex(dataFolder, { repair: false })).summaries.values()];
  }

  list(): DraftSummary[] {
    return [...this.summaries.values()];
  }

  has(id: string): boolean {
    return this.summaries.has(id);
  }

  read(id: string): Promise<Draft> {
    return readDraftFile(this.dataFolder, id);
  }

  /**
   * One save at a time. If the summary cannot be appended after the file was written, the file is
   * put back as it was, so "nothing was changed" stays true.
   */
  write(draft: Draft, previous: Draft | undefined): Promise<void> {
    const run = this.queue.then(async () => {
      const file = draftFile(this.dataFolder, draft.id);
      const sizeBefore = this.indexSize;
      await this.append([JSON.stringify({ pending: draft.id })], []);
      try {
        await writeDraftFile(this.dataFolder, draft);
      } catch (error) {
        // The file was not replaced: take the marker back too, so nothing on disk has changed.
        await this.cutIndexTo(sizeBefore).catch(() => undefined);
        throw new DeskFailure('write-failed', describeWriteError('The draft', file, error));
      }
      const summary = summarizeDraft(draft);
      try {
        await this.append([JSON.stringify(summary)], [summary]);
      } catch (error) {
        await (
          previous ? writeDraftFile(this.dataFolder, previous) : rm(file, { force: true })
        ).catch(() => undefined);
        throw error;
      }
      if (this.indexLines > 2 * this.summaries.size + 1000) await this.compact();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.index.close();
  }

  private async cutIndexTo(size: number): Promise<void> {
    await this.index.truncate(size);
    await this.index.datasync();
    this.indexSize = size;
    this.indexLines -= 1;
  }

  private async append(
    lines: readonly string[],
    summaries: readonly DraftSummary[],
  ): Promise<void> {
    const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
    try {
      await this.index.write(bytes);
      await this.index.datasync();
      this.indexSize += bytes.length;
    } catch (error) {
      await this.index.truncate(this.indexSize).catch(() => undefined);
      throw new DeskFailure(
        'write-failed',
        describeWriteError('The drafts index', indexFile(this.dataFolder), error),
      );
    }
    for (const summary of summaries) this.summaries.set(summary.id, summary);
    this.indexLines += lines.length;
  }

  /** The index only grows; now and then it is rewritten with one line per draft. */
  private async compact(): Promise<void> {
    const file = indexFile(this.dataFolder);
    await this.index.close();
    await writeFileDurably(
      file,
      this.list()
        .map((s) => `${JSON.stringify(s)}\n`)
        .join(''),
    );
    this.index = await open(file, 'a', 0o600);
    this.indexLines = this.summaries.size;
    this.indexSize = (await this.index.stat()).size;
  }
}

function indexFile(dataFolder: string): string {
  return join(draftsFolder(dataFolder), DRAFT_INDEX);
}

async function writeDraftFile(dataFolder: string, draft: Draft): Promise<void> {
  await writeFileDurably(
    draftFile(dataFolder, draft.id),
    JSON.stringify({ schemaVersion: DRAFT_SCHEMA_VERSION, draft }),
  );
}

async function readDraftFile(dataFolder: string, id: string): Promise<Draft> {
  const file = draftFile(dataFolder, id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new DeskFailure('not-found', `There is no draft with id ${id}.`);
    }
    throw damaged(file, (error as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged(file, (error as Error).message);
  }
  const parsed = parseUnknown(draftFileSchema, json, `The draft file ${file}`);
  if (!parsed.ok) throw damaged(file, parsed.error.message);
  return parsed.value.draft;
}

async function readIndex(
  dataFolder: string,
  options: { repair: boolean },
): Promise<{ summaries: Map<string, DraftSummary>; lines: number; pending: Set<string> }> {
  const file = indexFile(dataFolder);
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT')
      throw damaged(file, (error as Error).message);
  }
  const summaries = new Map<string, DraftSummary>();
  const pending = new Set<string>();
  const lines = text.split('\n');
  // The last element is '' after a final newline, or a torn append that was never acknowledged.
  const complete = lines.slice(0, -1);
  for (const [index, line] of complete.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw damaged(file, `line ${index + 1} is not JSON`);
    }
    const marker = pendingLineSchema.safeParse(json);
    if (marker.success) {
      pending.add(marker.data.pending);
      continue;
    }
    const parsed = indexLineSchema.safeParse(json);
    if (!parsed.success) throw damaged(file, `line ${index + 1} is not a draft summary`);
    summaries.set(parsed.data.id, parsed.data);
    pending.delete(parsed.data.id);
  }
  // Only now, with every complete line known good, is the torn tail cut.
  if (lines.at(-1) !== '' && options.repair) {
    await writeFileDurably(file, complete.map((line) => `${line}\n`).join(''));
  }
  return { summaries, lines: complete.length, pending };
}

/** Draft files the index does not know at all (written by an older version without markers). */
async function strays(
  dataFolder: string,
  summaries: Map<string, DraftSummary>,
  pending: ReadonlySet<string>,
): Promise<DraftSummary[]> {
  const found: DraftSummary[] = [];
  for (const name of await readdir(draftsFolder(dataFolder))) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : undefined;
    if (id === undefined || summaries.has(id) || pending.has(id)) continue;
    found.push(summarizeDraft(await readDraftFile(dataFolder, id)));
  }
  return found;
}

function damaged(file: string, detail: string): DeskFailure {
  return new DeskFailure(
    'store-damaged',
    `The draft store file ${file} cannot be read (${detail}). Nothing was changed: restore the data folder from a backup (social-desk restore), or move the file aside.`,
  );
}
