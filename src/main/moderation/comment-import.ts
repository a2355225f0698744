import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import {
  COMMENT_CAPTURED,
  COMMENT_EDITED,
  type CapturedComment,
  type CommentEdited,
  capturedCommentSchema,
  commentEditedSchema,
} from '../../shared/moderation/comment';
import type { Profile } from '../../shared/profiles/profile';
import { DeskFailure } from '../ipc/desk-failure';
import type { Journal } from '../journal/journal';
import type { NewEvent } from '../journal/journal-line';
import { readEvents } from '../journal/read-events';
import {
  type CommentFormat,
  type CommentRow,
  type FieldMap,
  type Rejection,
  openCommentFile,
} from './comment-file';
import type { DateOrder } from './comment-time';
import type { CaptureQueue } from './import-queue';

/**
 * Events per durable append (one fdatasync each). 2,000 comments are about 1 MB of journal: a kill
 * loses at most that batch, and a re-run adds it, while 100,000 comments need 50 syncs, not 200.
 */
export const IMPORT_BATCH_SIZE = 2_000;

/** Rows between progress reports, so a bar moves through a file of duplicates too. */
const PROGRESS_ROWS = 500;

export interface ImportOptions {
  readonly file: string;
  readonly pageId: string;
  readonly by: Pick<Profile, 'id'>;
  readonly format?: CommentFormat;
  readonly map?: FieldMap;
  /** The order of numeric dates such as 03/04/2026 (--date-format). */
  readonly dateFormat?: DateOrder;
  /** Events per durable append: one fdatasync each. A kill loses at most the batch in flight. */
  readonly batchSize?: number;
  readonly now?: () => Date;
}

export interface ImportResult {
  /** Comments seen for the first time, each now a "comment.captured" event. */
  readonly imported: number;
  /** Comments whose text changed since the last import, each now a "comment.edited" event. */
  readonly edited: number;
  /** Rows whose comment is already in the journal with this text. */
  readonly duplicates: number;
  readonly rejected: readonly Rejection[];
  readonly mapping: FieldMap;
}

/**
 * An import the journal stopped part way (a full disk, a failing one): `saved` says exactly what
 * is in the journal now (the batches whose append resolved), and running the same import again
 * adds the rest, since saved comments are recognised as duplicates.
 */
export class ImportInterrupted extends DeskFailure {
  constructor(
    readonly file: string,
    readonly saved: ImportResult,
    /** New or edited comments of the file that are not in the journal. */
    readonly unsaved: number,
    /** The last line of the file whose comment was saved, if any. */
    readonly savedThroughLine: number | undefined,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const count = saved.imported + saved.edited;
    const message =
      count === 0
        ? `Nothing was imported from ${file}. ${why}`
        : `Saved ${count} of the ${count + unsaved} new or edited comments in ${file} (${saved.imported} new, ${saved.edited} edited: every one up to line ${savedThroughLine ?? 0}). ${withoutNothingChanged(why)} The other ${unsaved} were not saved. Free some space (or fix the disk), then run the same command again: it adds those ${unsaved} and skips the ${count} already saved.`;
    super(cause instanceof DeskFailure ? cause.code : 'write-failed', message);
    this.name = 'ImportInterrupted';
  }
}

/** The journal speaks of its own append; once earlier batches are saved, "nothing" is not true. */
function withoutNothingChanged(message: string): string {
  return message.replace(/\s*Nothing was changed[^.]*\./g, '').trim();
}

/** What an import needs of the comment index (services.comments): its lookup, once it is ready. */
export interface CommentLookup {
  ready(): Promise<void>;
  find(
    pageId: string,
    commentId: string,
  ):
    | {
        readonly seq: number;
        readonly latest: number;
        readonly latestTextHash: string;
        readonly textHashes: ReadonlySet<string>;
      }
    | undefined;
}

/** How far an import has read, for a progress bar. */
export interface ImportProgress {
  readonly bytesRead: number;
  readonly bytes: number;
  readonly rowsRead: number;
}

export interface StreamingImportOptions extends ImportOptions {
  /** Finds comments already recorded; without it the journal is read for this page's comments. */
  readonly index?: CommentLookup;
  /**
   * Checked before each row: the batch in flight is appended and the reading stops there; the
   * result then says `stoppedAfterLine`, and its counts are of the rows up to that line.
   */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The app's one queue of captures: each batch is appended in turn with hand entries. */
  readonly queue?: CaptureQueue;
}

export interface StreamingImportResult extends ImportResult {
  /**
   * Set when the import was cancelled: every row up to this line is counted (saved, a duplicate
   * or refused), and no row after it was imported or counted (0: none was).
   */
  readonly stoppedAfterLine?: number;
}

/**
 * Imports a platform export as "captured" events, and a comment whose text changed since as an
 * "edited" event. Idempotent on the platform comment id and text within the page, so re-running
 * the same file adds nothing, and re-running after a kill, a full disk or a cancel completes it.
 *
 * The file is checked whole first (size, encoding: a refusal of the file saves nothing), then
 * read a row at a time and appended in batches as rows come, so memory does not follow the file.
 * A row refused (a bad date, a duplicate id, an unclosed quote) is reported with its line and the
 * rest still imported.
 */
export async function importComments(
  dataFolder: string,
  journal: Journal,
  options: StreamingImportOptions,
): Promise<StreamingImportResult> {
  const now = (options.now ?? (() => new Date()))();
  let bytesRead = 0;
  let rowsRead = 0;
  let bytes = 0;
  const progress = () => options.onProgress?.({ bytesRead, bytes, rowsRead });
  const reading = await openCommentFile(options.file, {
    format: options.format,
    map: options.map,
    dateFormat: options.dateFormat,
    now,
    onBytes: (read) => {
      bytesRead += read;
    },
  });
  bytes = reading.bytes;
  const known = await lookupFor(dataFolder, options);
  const seenAt = now.toISOString();
  const source = (row: CommentRow) => ({ file: basename(options.file), line: row.line });
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const queue = options.queue;
  const rejected: Rejection[] = [];
  let imported = 0;
  let edited = 0;
  let duplicates = 0;
  let pending: Change[] = [];
  let lastSavedLine: number | undefined;
  /** Set when an append failed: the rest is read only to count what was not saved. */
  let failure: { cause: unknown; unsaved: number; throughLine: number | undefined } | undefined;
  let stoppedAfterLine: number | undefined;
  // The CSV reader reads ahead of the rows handed over: after a cancel, only its refusals up to
  // the stop line were met.
  const readerRefused = () =>
    reading
      .refusedRows()
      .filter((row) => stoppedAfterLine === undefined || row.line <= stoppedAfterLine);
  const report = (): StreamingImportResult => ({
    imported,
    edited,
    duplicates,
    rejected: [...rejected, ...readerRefused()].sort((a, b) => a.line - b.line),
    mapping: reading.mapping(),
    ...(stoppedAfterLine === undefined ? {} : { stoppedAfterLine }),
  });
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    if (failure) {
      failure.unsaved += batch.length;
      return;
    }
    const append = async () => {
      // Inside the queue, each row is looked up again: a comment entered by hand since it was
      // read is now a duplicate (or an edit of it), not a second capture.
      const changes = queue ? recheck(batch) : batch;
      try {
        if (changes.length > 0) await journal.append(changes.map((change) => change.event));
      } catch (error) {
        // The journal's append is all or nothing: what earlier batches saved is exactly what is there.
        failure = { cause: error, unsaved: changes.length, throughLine: lastSavedLine };
        return;
      }
      const edits = changes.filter((change) => change.edit).length;
      edited += edits;
      imported += changes.length - edits;
      duplicates += batch.length - changes.length;
      lastSavedLine = changes[changes.length - 1]?.row.line ?? lastSavedLine;
    };
    await (queue ? queue.run(append) : append());
  };
  const recheck = (batch: readonly Change[]): Change[] =>
    batch.flatMap((change) => changeFor(change.row, known, options, seenAt, source) ?? []);
  // A row in a batch not yet appended is unknown to the lookup; a second row with its id cannot
  // slip past as new, since the reader refuses an id used earlier in the same file.
  let lastLine = 0;
  for await (const item of reading.items) {
    // Checked on every row, not only when a batch fills: a re-import of mostly duplicates fills
    // none for a long while. The batch in flight is appended, so every row up to the last one
    // read is accounted for (saved, a duplicate or refused) and no row after it is.
    if (options.signal?.aborted && !failure) {
      stoppedAfterLine = lastLine;
      reading.stop();
      break;
    }
    rowsRead += 1;
    const line = item.rejected ? item.rejected.line : item.row.line;
    lastLine = Math.max(lastLine, line);
    if (rowsRead % PROGRESS_ROWS === 0) progress();
    if (item.rejected) {
      rejected.push(item.rejected);
      continue;
    }
    const change = changeFor(item.row, known, options, seenAt, source);
    if (change === undefined) duplicates += 1;
    else pending.push(change);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  progress();
  if (failure) {
    throw new ImportInterrupted(
      options.file,
      report(),
      failure.unsaved,
      failure.throughLine,
      failure.cause,
    );
  }
  return report();
}

interface Change {
  readonly row: CommentRow;
  readonly event: NewEvent;
  readonly edit: boolean;
}

type Lookup = (commentId: string) => KnownComment | undefined;

async function lookupFor(dataFolder: string, options: StreamingImportOptions): Promise<Lookup> {
  const { index, pageId } = options;
  if (index === undefined) {
    const known = await knownComments(dataFolder, pageId);
    return (commentId) => known.get(commentId);
  }
  await index.ready();
  return (commentId) => {
    const found = index.find(pageId, commentId);
    return (
      found && {
        captured: found.seq,
        latest: found.latest,
        latestText: found.latestTextHash,
        texts: found.textHashes,
      }
    );
  };
}

/** The event a row adds: undefined when the comment is recorded with this text already. */
function changeFor(
  row: CommentRow,
  known: Lookup,
  options: ImportOptions,
  seenAt: string,
  source: (row: CommentRow) => { file: string; line: number },
): Change | undefined {
  const earlier = known(row.commentId);
  if (earlier === undefined) {
    const payload: CapturedComment = {
      pageId: options.pageId,
      commentId: row.commentId,
      text: row.text,
      author: row.author,
      ...(row.permalink === undefined ? {} : { permalink: row.permalink }),
      ...(row.postedAt === undefined ? {} : { postedAt: row.postedAt }),
      seenAt,
      source: source(row),
    };
    return { row, edit: false, event: { type: COMMENT_CAPTURED, by: options.by.id, payload } };
  }
  // A text seen before is this version or an older export of it, not a new edit: importing
  // Monday's export after Tuesday's must not record the text "changing back".
  if (earlier.texts.has(textHash(row.text))) return undefined;
  const payload: CommentEdited = commentEditedSchema.parse({
    pageId: options.pageId,
    commentId: row.commentId,
    captured: earlier.captured,
    replaces: earlier.latest,
    previousTextSha256: earlier.latestText,
    text: row.text,
    seenAt,
    source: source(row),
  });
  return { row, edit: true, event: { type: COMMENT_EDITED, by: options.by.id, payload } };
}

interface KnownComment {
  /** The sequence number of the comment's captured event. */
  readonly captured: number;
  /** The event holding its latest text, and that text's hash. */
  latest: number;
  latestText: string;
  /** Every text recorded for it, by hash. */
  readonly texts: ReadonlySet<string>;
}

function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function knownComments(
  dataFolder: string,
  pageId: string,
): Promise<Map<string, KnownComment & { readonly texts: Set<string> }>> {
  const comments = new Map<string, KnownComment & { readonly texts: Set<string> }>();
  for await (const event of readEvents(dataFolder)) {
    const { type, seq } = event.header;
    if (type === COMMENT_CAPTURED) {
      const comment = capturedCommentSchema.safeParse(event.payload);
      if (!comment.success || comment.data.pageId !== pageId) continue;
      if (comments.has(comment.data.commentId)) continue;
      const hash = textHash(comment.data.text);
      comments.set(comment.data.commentId, {
        captured: seq,
        latest: seq,
        latestText: hash,
        texts: new Set([hash]),
      });
    } else if (type === COMMENT_EDITED) {
      const edit = commentEditedSchema.safeParse(event.payload);
      if (!edit.success || edit.data.pageId !== pageId) continue;
      const comment = comments.get(edit.data.commentId);
      if (!comment) continue;
      const hash = textHash(edit.data.text);
      comment.latest = seq;
      comment.latestText = hash;
      comment.texts.add(hash);
    }
  }
  return comments;
}
