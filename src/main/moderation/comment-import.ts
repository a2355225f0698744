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
  readCommentFile,
} from './comment-file';
import type { DateOrder } from './comment-time';

export interface ImportOptions {
  readonly file: string;
  readonly pageId: string;
  readonly by: Profile;
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

/**
 * Imports a platform export as "captured" events, and a comment whose text changed since as an
 * "edited" event. Idempotent on the platform comment id and text within the page, so re-running
 * the same file adds nothing, and re-running after a kill or a full disk completes it.
 */
export async function importComments(
  dataFolder: string,
  journal: Journal,
  options: ImportOptions,
): Promise<ImportResult> {
  const now = (options.now ?? (() => new Date()))();
  const parsed = await readCommentFile(options.file, {
    format: options.format,
    map: options.map,
    dateFormat: options.dateFormat,
    now,
  });
  const known = await knownComments(dataFolder, options.pageId);
  const seenAt = now.toISOString();
  const source = (row: CommentRow) => ({ file: basename(options.file), line: row.line });
  const changes: { row: CommentRow; event: NewEvent; edit: boolean }[] = [];
  for (const row of parsed.rows) {
    const earlier = known.get(row.commentId);
    if (earlier === undefined) {
      const payload: CapturedComment = capturedCommentSchema.parse({
        pageId: options.pageId,
        commentId: row.commentId,
        text: row.text,
        author: row.author,
        permalink: row.permalink,
        postedAt: row.postedAt,
        seenAt,
        source: source(row),
      });
      changes.push({
        row,
        edit: false,
        event: { type: COMMENT_CAPTURED, by: options.by.id, payload },
      });
      continue;
    }
    // A text seen before is this version or an older export of it, not a new edit: importing
    // Monday's export after Tuesday's must not record the text "changing back".
    if (earlier.texts.has(textHash(row.text))) continue;
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
    changes.push({ row, edit: true, event: { type: COMMENT_EDITED, by: options.by.id, payload } });
  }
  const report = (imported: number, edited: number): ImportResult => ({
    imported,
    edited,
    duplicates: parsed.rows.length - changes.length,
    rejected: parsed.rejected,
    mapping: parsed.mapping,
  });
  const batchSize = options.batchSize ?? 500;
  let imported = 0;
  let edited = 0;
  for (let start = 0; start < changes.length; start += batchSize) {
    const batch = changes.slice(start, start + batchSize);
    try {
      await journal.append(batch.map((change) => change.event));
    } catch (error) {
      // The journal's append is all or nothing: what earlier batches saved is exactly what is there.
      throw new ImportInterrupted(
        options.file,
        report(imported, edited),
        changes.length - start,
        changes[start - 1]?.row.line,
        error,
      );
    }
    const edits = batch.filter((change) => change.edit).length;
    edited += edits;
    imported += batch.length - edits;
  }
  return report(imported, edited);
}

interface KnownComment {
  /** The sequence number of the comment's captured event. */
  readonly captured: number;
  /** The event holding its latest text, and that text's hash. */
  latest: number;
  latestText: string;
  /** Every text recorded for it, by hash. */
  readonly texts: Set<string>;
}

function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function knownComments(
  dataFolder: string,
  pageId: string,
): Promise<Map<string, KnownComment>> {
  const comments = new Map<string, KnownComment>();
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
