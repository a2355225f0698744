import { z } from 'zod';

/**
 * The most a comment's fields may hold, each with where it comes from: an export row past these is
 * not a comment any platform published, so it is refused with the cap named rather than stored.
 * Lengths are Unicode code points (what the platforms count for comments). Figures as the
 * platforms published them in 2026-11.
 */
export const COMMENT_CAPS = {
  text: {
    max: 25_000,
    why: 'the longest comment any platform takes: a reply from an X Premium account (25,000; others on X 280). Facebook comments take 8,000, YouTube comments 10,000, Instagram comments 2,200 (each platform’s help pages on comment length)',
  },
  commentId: {
    max: 256,
    why: 'platform comment ids are short: Facebook’s POST_COMMENT ids are about 35 characters, Instagram’s and X’s 17 to 19 digits, YouTube reply ids about 50; 256 leaves room for any tool’s prefix',
  },
  author: {
    max: 200,
    why: 'the longest display name a platform allows is YouTube’s 100-character channel name (Facebook names 50, X display names 50, Instagram usernames 30); 200 leaves room for a tool that joins a name and a handle',
  },
  permalink: {
    max: 2_048,
    why: 'the longest web address browsers and the sitemaps protocol reliably handle (2,048 characters); platform permalinks are under 200',
  },
} as const;

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
    /** Typed in by hand from the platform (the event's `by` says who), not read from an export. */
    enteredByHand: z.literal(true).optional(),
  })
  .strict();
export type CapturedComment = z.infer<typeof capturedCommentSchema>;

export const COMMENT_CAPTURED = 'comment.captured';

/**
 * A later export showed a captured comment with other text (its author edited it on the
 * platform). The captured event keeps the first text and this event the new one, so both stay in
 * the record; moderation actions still name the captured event.
 */
export const commentEditedSchema = z
  .object({
    pageId: z.uuid(),
    commentId: z.string().min(1),
    /** The sequence number of the comment's "captured" event. */
    captured: z.number().int().min(1),
    /** The sequence number of the event that held the text this one replaces (captured or edited). */
    replaces: z.number().int().min(1),
    /** SHA-256 (hex) of the text replaced, so the pair can be matched even after a disposition. */
    previousTextSha256: z.string().regex(/^[0-9a-f]{64}$/),
    text: z.string().min(1),
    seenAt: z.iso.datetime(),
    source: z
      .object({ file: z.string(), line: z.number().int().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type CommentEdited = z.infer<typeof commentEditedSchema>;

export const COMMENT_EDITED = 'comment.edited';
