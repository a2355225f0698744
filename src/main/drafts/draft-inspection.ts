import { statSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import {
  type Draft,
  type DraftSummary,
  draftIdSchema,
  summarizeDraft,
} from '../../shared/drafts/draft';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { storeHash } from '../storage/document-store';
import { QUARANTINE_FOLDER, keepQuarantineCopy, quarantinePath } from '../storage/quarantine';
import { writeFileDurably } from '../storage/durable-file';
import {
  type FileStamp,
  damagedLineSchema,
  draftFile,
  draftFileName,
  draftFileSchema,
  draftsFolder,
  indexLineSchema,
  disposedLineSchema,
  missingLineSchema,
  pendingLineSchema,
  sameStamp,
  stampOf,
} from './draft-files';

/** What the index says, line after line, with later lines winning. */
export interface DraftIndex {
  readonly summaries: Map<string, DraftSummary>;
  /** The stamp each listed draft's file had when its summary was written (none in old lines). */
  readonly stamps: Map<string, FileStamp>;
  /** Files of the drafts folder already reported, by file name, with the stamp they had then. */
  readonly damaged: Map<string, { readonly file: FileStamp; readonly problem: string }>;
  /** Drafts whose save began and whose summary line was never written. */
  readonly pending: Set<string>;
  /** Drafts taken off the list since this store opened, and why, for whoever asks for one. */
  readonly setAside: Map<string, string>;
  /**
   * Drafts whose line was written before summaries carried the workflow's status: their files are
   * read once to learn it (an upgrade, not an interruption: not counted as re-indexed).
   */
  readonly beforeWorkflow: Set<string>;
  /** Drafts disposed of under retention, with the disposition event: a file left is removed. */
  readonly disposed: Map<string, number>;
  lines: number;
}

export type DraftFileRead =
  | { readonly ok: true; readonly draft: Draft; readonly stamp: FileStamp }
  | { readonly ok: false; readonly kind: 'missing' }
  /** The disk would not give the bytes (EIO, EACCES): nothing is judged about the contents. */
  | { readonly ok: false; readonly kind: 'unreadable'; readonly detail: string }
  | {
      readonly ok: false;
      readonly kind: 'damaged';
      readonly detail: string;
      readonly stamp: FileStamp;
      /** Set when the file is a whole draft, just not the one its name says. */
      readonly holds?: DraftSummary;
    };

/** A file set aside: the index line that records it, and what the person is told. */
export interface SetAside {
  readonly line: string;
  readonly problem: string;
}

export function summaryLine(summary: DraftSummary, stamp: FileStamp | undefined): string {
  return JSON.stringify(stamp ? { ...summary, file: stamp } : summary);
}

export async function readIndex(file: string, options: { repair: boolean }): Promise<DraftIndex> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT')
      throw storeDamaged(file, (error as Error).message);
  }
  const index: DraftIndex = {
    summaries: new Map(),
    stamps: new Map(),
    damaged: new Map(),
    pending: new Set(),
    setAside: new Map(),
    beforeWorkflow: new Set(),
    disposed: new Map(),
    lines: 0,
  };
  const lines = text.split('\n');
  // The last element is '' after a final newline, or a torn append that was never acknowledged.
  const complete = lines.slice(0, -1);
  for (const [number, line] of complete.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw storeDamaged(file, `line ${number + 1} is not JSON`);
    }
    if (!applyLine(index, json))
      throw storeDamaged(file, `line ${number + 1} is not a draft summary`);
  }
  index.lines = complete.length;
  // Only now, with every complete line known good, is the torn tail cut.
  if (lines.at(-1) !== '' && options.repair) {
    await writeFileDurably(file, complete.map((line) => `${line}\n`).join(''));
  }
  return index;
}

function applyLine(index: DraftIndex, json: unknown): boolean {
  // Told apart by their key before any schema runs: a failed zod parse is slow, and opening
  // parses every line of the index.
  const kind =
    typeof json === 'object' && json !== null
      ? (['pending', 'damaged', 'missing', 'disposed'] as const).find((key) => key in json)
      : undefined;
  switch (kind) {
    case 'pending': {
      const pending = pendingLineSchema.safeParse(json);
      if (pending.success) index.pending.add(pending.data.pending);
      return pending.success;
    }
    case 'damaged': {
      const damaged = damagedLineSchema.safeParse(json);
      if (!damaged.success) return false;
      const { damaged: name, file, problem } = damaged.data;
      index.damaged.set(name, { file, problem });
      const id = idOfFileName(name);
      if (id !== undefined) forget(index, id);
      return true;
    }
    case 'missing': {
      const missing = missingLineSchema.safeParse(json);
      if (missing.success) forget(index, missing.data.missing);
      return missing.success;
    }
    case 'disposed': {
      const disposed = disposedLineSchema.safeParse(json);
      if (!disposed.success) return false;
      forget(index, disposed.data.disposed);
      index.disposed.set(disposed.data.disposed, disposed.data.disposition);
      return true;
    }
    case undefined: {
      const summary = indexLineSchema.safeParse(json);
      if (!summary.success) return false;
      const { file, ...listed } = summary.data;
      index.summaries.set(listed.id, listed);
      // A line from before the workflow says "draft" by default, whatever the file holds.
      // Lines from before the workflow (no status) or before the list showed pages: re-read once.
      const beforeWorkflow = !('status' in (json as object)) || !('pages' in (json as object));
      if (file && !beforeWorkflow) index.stamps.set(listed.id, file);
      else index.stamps.delete(listed.id);
      if (beforeWorkflow) index.beforeWorkflow.add(listed.id);
      else index.beforeWorkflow.delete(listed.id);
      index.damaged.delete(draftFileName(listed.id));
      index.pending.delete(listed.id);
      return true;
    }
    default: {
      const unknownKind: never = kind;
      throw new Error(`Unknown index line kind ${String(unknownKind)}`);
    }
  }
}

export function forget(index: DraftIndex, id: string): void {
  index.summaries.delete(id);
  index.stamps.delete(id);
  index.pending.delete(id);
}

/** The draft id a file's name stands for, or undefined for a name no draft file has. */
function idOfFileName(name: string): string | undefined {
  if (!name.endsWith('.json')) return undefined;
  const id = name.slice(0, -'.json'.length);
  return draftIdSchema.safeParse(id).success ? id : undefined;
}

/** Stats of this many files between two turns of the event loop: the app stays responsive. */
const STAT_BATCH = 2000;

/**
 * Compares the drafts folder with the index, cheaply: one listing of the folder finds files that
 * are missing and files the index does not know; one stat per listed draft finds files changed
 * since the index vouched for them. Only those are read. A good file is (re-)indexed; a damaged
 * one, or one holding another draft than its name says, is copied to the quarantine folder, left
 * where it is, taken off the list and recorded so it is reported once. With `repair` off nothing
 * is written (for readers without the lock), and nothing is copied.
 */
export async function checkDraftFiles(
  dataFolder: string,
  index: DraftIndex,
  options: { repair: boolean },
): Promise<{ lines: string[]; problems: string[]; reindexed: number }> {
  const folder = draftsFolder(dataFolder);
  const entries = await readdir(folder, { withFileTypes: true });
  const files = new Set<string>();
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      // A second name a crashed save left for a version the index no longer needs.
      if (options.repair && entry.name.endsWith('.previous.tmp'))
        await rm(join(folder, entry.name), { force: true });
      continue;
    }
    if (entry.isFile() && entry.name.endsWith('.json')) files.add(entry.name);
  }

  const toRead = new Set<string>();
  const missing: string[] = [];
  let count = 0;
  for (const id of [...index.summaries.keys()]) {
    count += 1;
    if (count % STAT_BATCH === 0) await yieldToEvents();
    const stamp = index.stamps.get(id);
    const name = draftFileName(id);
    if (!files.has(name)) {
      // Even mid-save the file was there: a save replaces it by rename, never removes it.
      missing.push(id);
      continue;
    }
    if (index.pending.has(id) || !sameStamp(stamp, statStamp(join(folder, name)))) toRead.add(name);
  }
  for (const name of files) {
    const id = name.slice(0, -'.json'.length);
    if (index.disposed.has(id)) {
      // Its removal was cut short after the line that disposed of it: finish it, never re-list it.
      if (options.repair) await rm(join(folder, name), { force: true });
      continue;
    }
    if (index.summaries.has(id)) continue;
    const known = index.damaged.get(name);
    if (known && sameStamp(known.file, statStamp(join(folder, name)))) continue;
    toRead.add(name);
  }
  // A file reported once and since removed needs no more words, nor a line at the next rewrite.
  for (const name of [...index.damaged.keys()]) if (!files.has(name)) index.damaged.delete(name);

  const lines: string[] = [];
  const problems: string[] = [];
  let reindexed = 0;
  for (const id of missing) {
    const summary = index.summaries.get(id);
    const problem = await recordMissing(dataFolder, id, summary, options);
    forget(index, id);
    index.setAside.set(id, problem);
    lines.push(JSON.stringify({ missing: id }));
    problems.push(problem);
  }
  for (const name of toRead) {
    const id = idOfFileName(name);
    const read = await readDraftAt(join(folder, name), id);
    const before = id === undefined ? undefined : index.summaries.get(id);
    if (read.ok) {
      const summary = summarizeDraft(read.draft);
      const wasPending = index.pending.has(summary.id);
      const upgraded = index.beforeWorkflow.delete(summary.id) && !wasPending;
      if (
        !upgraded &&
        (!before || wasPending || JSON.stringify(before) !== JSON.stringify(summary))
      )
        reindexed += 1;
      index.summaries.set(summary.id, summary);
      index.stamps.set(summary.id, read.stamp);
      index.pending.delete(summary.id);
      index.damaged.delete(name);
      lines.push(summaryLine(summary, read.stamp));
      continue;
    }
    if (read.kind === 'missing') continue; // gone between the listing and the read
    if (read.kind === 'unreadable') throw storeDamaged(join(folder, name), read.detail);
    const aside = options.repair
      ? await damaged(dataFolder, name, read, before)
      : { line: '', problem: describeDamage(join(folder, name), read, before, undefined) };
    if (id !== undefined) {
      forget(index, id);
      index.setAside.set(id, aside.problem);
    }
    index.damaged.set(name, { file: read.stamp, problem: read.detail });
    if (options.repair) lines.push(aside.line);
    problems.push(aside.problem);
  }
  index.pending.clear();
  return { lines, problems, reindexed };
}

function statStamp(file: string): FileStamp | undefined {
  // Synchronous on purpose, in batches: at 20,000 files the promise API costs five times as much.
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? stampOf(stats) : undefined;
}

/** Reads a draft file for the draft `id`, reporting what kind of trouble it is in, if any. */
export async function readDraftFile(dataFolder: string, id: string): Promise<DraftFileRead> {
  return readDraftAt(draftFile(dataFolder, id), id);
}

async function readDraftAt(file: string, id: string | undefined): Promise<DraftFileRead> {
  let bytes: Buffer;
  let stamp: FileStamp;
  try {
    const handle = await open(file, 'r');
    try {
      // The stamp and the bytes come from one open file: what is vouched for is what was read.
      stamp = stampOf(await handle.stat());
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { ok: false, kind: 'missing' };
    return { ok: false, kind: 'unreadable', detail: (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, kind: 'damaged', detail: (error as Error).message, stamp };
  }
  const parsed = parseUnknown(draftFileSchema, json, 'The draft');
  if (!parsed.ok) return { ok: false, kind: 'damaged', detail: parsed.error.message, stamp };
  const { draft, audit } = parsed.value;
  if (audit && storeHash(draft) !== audit.storeHash) {
    return {
      ok: false,
      kind: 'damaged',
      detail: `it was changed outside Social Desk: the draft no longer has the hash journal event ${audit.seq} recorded for it`,
      stamp,
    };
  }
  if (draft.id !== id) {
    const holds = summarizeDraft(draft);
    return {
      ok: false,
      kind: 'damaged',
      detail: `it holds draft ${draft.id} (“${holds.title}”), not the draft its name says`,
      stamp,
      holds,
    };
  }
  return { ok: true, draft, stamp };
}

/** Keeps a copy in the quarantine folder and words the problem; the file itself is left as it is. */
export async function damaged(
  dataFolder: string,
  name: string,
  read: Extract<DraftFileRead, { kind: 'damaged' }>,
  listedAs: DraftSummary | undefined,
): Promise<SetAside> {
  const file = join(draftsFolder(dataFolder), name);
  const kept = await keepQuarantineCopy(dataFolder, file, `drafts-${name}`);
  return {
    line: JSON.stringify({ damaged: name, file: read.stamp, problem: read.detail }),
    problem: describeDamage(file, read, listedAs, kept),
  };
}

function describeDamage(
  file: string,
  read: Extract<DraftFileRead, { kind: 'damaged' }>,
  listedAs: DraftSummary | undefined,
  kept: { copy: string } | { failed: string } | undefined,
): string {
  const copy =
    kept === undefined
      ? ''
      : 'copy' in kept
        ? ` A copy is in ${kept.copy}.`
        : ` No copy could be kept in the quarantine folder (${kept.failed}).`;
  const detail = read.detail.replace(/\s+/g, ' ').slice(0, 300);
  const opening = listedAs
    ? `The draft “${listedAs.title}” (${listedAs.id}) cannot be opened: its file ${file} is damaged (${detail}). It was taken off the drafts list`
    : `The file ${file} in the drafts folder is not a draft Social Desk can list (${detail}). It was not added to the drafts list`;
  const rename =
    read.holds === undefined
      ? ''
      : ` If it is a draft you need and there is no file ${draftFileName(read.holds.id)} beside it, close Social Desk, rename the file to ${draftFileName(read.holds.id)} and start again: it will be listed.`;
  return `${opening} and the file was left as it is.${copy}${rename} To get a damaged draft back, restore the data folder from a backup (social-desk restore).`;
}

async function recordMissing(
  dataFolder: string,
  id: string,
  summary: DraftSummary | undefined,
  options: { repair: boolean },
): Promise<string> {
  const file = draftFile(dataFolder, id);
  const name = summary ? `The draft “${summary.title}” (${id})` : `The draft ${id}`;
  let kept = '';
  if (options.repair) {
    // Nothing of the draft is left to copy; what the list knew of it is kept instead.
    const record = quarantinePath(dataFolder, `drafts-${id}.missing.json`);
    kept = await mkdir(join(dataFolder, QUARANTINE_FOLDER), { recursive: true, mode: 0o700 })
      .then(() =>
        writeFileDurably(record, JSON.stringify({ missingFile: file, listedAs: summary }, null, 2)),
      )
      .then(
        () => ` What the list knew of it is in ${record}.`,
        () => '',
      );
  }
  return `${name} was in the drafts list, but its file ${file} is missing. It was taken off the list.${kept} To get it back, restore the data folder from a backup (social-desk restore).`;
}

export function storeDamaged(file: string, detail: string): DeskFailure {
  return new DeskFailure(
    'store-damaged',
    `The draft store file ${file} cannot be read (${detail}). Nothing was changed: restore the data folder from a backup (social-desk restore), or move the file aside.`,
  );
}
