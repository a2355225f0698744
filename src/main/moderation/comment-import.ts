import { basename } from 'node:path';
import {
  COMMENT_CAPTURED,
  type CapturedComment,
  capturedCommentSchema,
} from '../../shared/moderation/comment';
import type { Profile } from '../../shared/profiles/profile';
import type { Journal } from '../journal/journal';
import { readEvents } from '../journal/read-events';
import { type CommentFormat, type FieldMap, type Rejection, readCommentFile } from './comment-file';

export interface ImportOptions {
  readonly file: string;
  readonly pageId: string;
  readonly by: Profile;
  readonly format?: CommentFormat;
  readonly map?: FieldMap;
  /** Events per durable append: one fdatasync each. A kill loses at most the batch in flight. */
  readonly batchSize?: number;
  readonly now?: () => Date;
}

export interface ImportResult {
  readonly imported: number;
  readonly duplicates: number;
  readonly rejected: readonly Rejection[];
  readonly mapping: FieldMap;
}

/**
 * Imports a platform export as "captured" events. Idempotent on the platform comment id within the
 * page, so re-running the same file adds nothing, and re-running after a kill completes it.
 */
export async function importComments(
  dataFolder: string,
  journal: Journal,
  options: ImportOptions,
): Promise<ImportResult> {
  const parsed = await readCommentFile(options.file, { format: options.format, map: options.map });
  const known = await capturedIds(dataFolder, options.pageId);
  const seenAt = (options.now ?? (() => new Date()))().toISOString();
  const fresh = parsed.rows.filter((row) => !known.has(row.commentId));
  const batchSize = options.batchSize ?? 500;
  for (let start = 0; start < fresh.length; start += batchSize) {
    const events = fresh.slice(start, start + batchSize).map((row) => {
      const payload: CapturedComment = capturedCommentSchema.parse({
        pageId: options.pageId,
        commentId: row.commentId,
        text: row.text,
        author: row.author,
        permalink: row.permalink,
        postedAt: row.postedAt,
        seenAt,
        source: { file: basename(options.file), line: row.line },
      });
      return { type: COMMENT_CAPTURED, by: options.by.id, payload };
    });
    await journal.append(events);
  }
  return {
    imported: fresh.length,
    duplicates: parsed.rows.length - fresh.length,
    rejected: parsed.rejected,
    mapping: parsed.mapping,
  };
}

async function capturedIds(dataFolder: string, pageId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const event of readEvents(dataFolder)) {
    if (event.header.type !== COMMENT_CAPTURED) continue;
    const comment = capturedCommentSchema.safeParse(event.payload);
    if (comment.success && comment.data.pageId === pageId) ids.add(comment.data.commentId);
  }
  return ids;
}
