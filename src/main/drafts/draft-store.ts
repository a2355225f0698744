import { mkdir, open, readFile, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
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
  /** Drafts found on disk but missing from the index (a crash between the two writes), re-indexed. */
  readonly reindexed: number;
}

/**
 * One file per draft plus an append-only index: a save writes the draft's own file durably, then
 * appends one summary line, so its cost does not grow with the number of drafts. Opening reads the
 * index, not the drafts.
 */
export class DraftStore {
  private queue: Promise<unknown> = Promise.resolve();
  private indexLines: number;

  private constructor(
    private readonly dataFolder: string,
    private readonly summaries: Map<string, DraftSummary>,
    indexLines: number,
    private index: FileHandle,
  ) {
    this.indexLines = indexLines;
  }

  static async open(
    dataFolder: string,
  ): Promise<{ store: DraftStore; report: DraftStoreOpenReport }> {
    const folder = draftsFolder(dataFolder);
    await mkdir(folder, { recursive: true });
    const legacy = await readLegacyDrafts(dataFolder);
    if (legacy) {
      for (const draft of legacy.drafts) await writeDraftFile(dataFolder, draft);
      await writeFileDurably(
        join(folder, DRAFT_INDEX),
        legacy.drafts.map((draft) => `${JSON.stringify(summarizeDraft(draft))}\n`).join(''),
      );
      await legacy.retire();
    }
    const { summaries, lines } = await readIndex(dataFolder);
    const reindexed = await indexStrays(dataFolder, summaries);
    const index = await open(join(folder, DRAFT_INDEX), 'a', 0o600);
    const store = new DraftStore(dataFolder, summaries, lines, index);
    if (reindexed.length > 0) await store.appendIndex(reindexed);
    return { store, report: { reindexed: reindexed.length } };
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

  async read(id: string): Promise<Draft> {
    return readDraftFile(this.dataFolder, id);
  }

  /** One save at a time: the draft's file first, then its index line; acknowledged after both. */
  write(draft: Draft): Promise<void> {
    const run = this.queue.then(async () => {
      try {
        await writeDraftFile(this.dataFolder, draft);
      } catch (error) {
        throw new DeskFailure(
          'write-failed',
          describeWriteError('The draft', draftFile(this.dataFolder, draft.id), error),
        );
      }
      await this.appendIndex([summarizeDraft(draft)]);
      if (this.indexLines > 2 * this.summaries.size + 1000) await this.compact();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.index.close();
  }

  private async appendIndex(summaries: readonly DraftSummary[]): Promise<void> {
    const text = summaries.map((summary) => `${JSON.stringify(summary)}\n`).join('');
    try {
      await this.index.write(text);
      await this.index.datasync();
    } catch (error) {
      throw new DeskFailure(
        'write-failed',
        describeWriteError(
          'The drafts index',
          join(draftsFolder(this.dataFolder), DRAFT_INDEX),
          error,
        ),
      );
    }
    for (const summary of summaries) this.summaries.set(summary.id, summary);
    this.indexLines += summaries.length;
  }

  /** The index only grows; now and then it is rewritten with one line per draft. */
  private async compact(): Promise<void> {
    const file = join(draftsFolder(this.dataFolder), DRAFT_INDEX);
    await this.index.close();
    await writeFileDurably(
      file,
      this.list()
        .map((s) => `${JSON.stringify(s)}\n`)
        .join(''),
    );
    this.index = await open(file, 'a', 0o600);
    this.indexLines = this.summaries.size;
  }
}

async function writeDraftFile(dataFolder: string, draft: Draft): Promise<void> {
  await writeFileDurably(
    draftFile(dataFolder, draft.id),
    JSON.stringify({ schemaVersion: DRAFT_SCHEMA_VERSION, draft }),
  );
}

async function readDraftFile(dataFolder: string, id: string): Promise<Draft> {
  const file = draftFile(dataFolder, id);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT')
      throw new DeskFailure('not-found', `There is no draft with id ${id}.`);
    throw damaged(file, (error as Error).message);
  }
  const parsed = parseUnknown(draftFileSchema, json, `The draft file ${file}`);
  if (!parsed.ok) throw damaged(file, parsed.error.message);
  return parsed.value.draft;
}

async function readIndex(
  dataFolder: string,
  options: { repair: boolean } = { repair: true },
): Promise<{ summaries: Map<string, DraftSummary>; lines: number }> {
  const file = join(draftsFolder(dataFolder), DRAFT_INDEX);
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  const summaries = new Map<string, DraftSummary>();
  const lines = text.split('\n');
  // The last element is '' after a final newline, or a torn append that was never acknowledged.
  const complete = lines.slice(0, -1);
  if (lines.at(-1) !== '' && options.repair) {
    await writeFileDurably(file, complete.map((line) => `${line}\n`).join(''));
  }
  for (const [index, line] of complete.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw damaged(file, `line ${index + 1} is not JSON`);
    }
    const parsed = indexLineSchema.safeParse(json);
    if (!parsed.success) throw damaged(file, `line ${index + 1} is not a draft summary`);
    summaries.set(parsed.data.id, parsed.data);
  }
  return { summaries, lines: complete.length };
}

/** Draft files the index does not know: a crash came between a new draft's file and its line. */
async function indexStrays(
  dataFolder: string,
  summaries: Map<string, DraftSummary>,
): Promise<DraftSummary[]> {
  const strays: DraftSummary[] = [];
  for (const name of await readdir(draftsFolder(dataFolder))) {
    const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : undefined;
    if (id === undefined || summaries.has(id)) continue;
    strays.push(summarizeDraft(await readDraftFile(dataFolder, id)));
  }
  return strays;
}

function damaged(file: string, detail: string): DeskFailure {
  return new DeskFailure(
    'store-damaged',
    `The draft store file ${file} cannot be read (${detail}). Nothing was changed: restore the data folder from a backup (social-desk restore), or move the file aside.`,
  );
}
