import { z } from 'zod';

/** A comment as the department saw it: kept verbatim, never edited (SPEC section 4). */
export const capturedCommentSchema = z
  .object({
    pageId: z.uuid(),
    /** The platform's own id, or one derived from author, time and text when the export has none. */
    commentId: z.string().min(1),
    text: z.string().min(1),
    author: z.string(),
    permalink: z.string().optional(),
    postedAt: z.iso.datetime().optional(),
    seenAt: z.iso.datetime(),
    source: z
      .object({ file: z.string(), line: z.number().int().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type CapturedComment = z.infer<typeof capturedCommentSchema>;

export const COMMENT_CAPTURED = 'comment.captured';
