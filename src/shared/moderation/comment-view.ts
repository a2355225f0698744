import { z } from 'zod';
import { MODERATION_ACTIONS, removalReasonSchema } from './events';

/**
 * Where a comment stands now, from its actions not later corrected: `new` until someone acts.
 * `restored` is visible again after a hide or removal.
 */
export const COMMENT_STATES = ['new', 'kept', 'hidden', 'removed', 'restored', 'referred'] as const;
export const commentStateSchema = z.enum(COMMENT_STATES);
export type CommentState = z.infer<typeof commentStateSchema>;

/** The state each action leaves a comment in. */
export const STATE_AFTER = {
  keep: 'kept',
  hide: 'hidden',
  remove: 'removed',
  restore: 'restored',
  refer: 'referred',
} as const satisfies Record<(typeof MODERATION_ACTIONS)[number], CommentState>;

/** A removal on a page that asks for a second reviewer: waiting, agreed or disagreed. */
export const reviewStateSchema = z.enum(['awaiting', 'agreed', 'disagreed']);
/** A removal on a page whose local rules require a notice: due, sent, or recorded as not sent. */
export const noticeStateSchema = z.enum(['due', 'sent', 'not-sent']);

/** The categories a comment may be hidden or removed for: its page's intro version at its time. */
export const removalRulesViewSchema = z
  .object({
    versionId: z.uuid(),
    number: z.number().int().min(1),
    categories: z.array(removalReasonSchema),
  })
  .strict();
export type RemovalRulesView = z.infer<typeof removalRulesViewSchema>;

/** One comment as lists, the queue and the command line show it. */
export const commentSummarySchema = z
  .object({
    /** The sequence number of its "captured" event: the comment's id in the app and the CLI. */
    seq: z.number().int().min(1),
    pageId: z.uuid(),
    /** The platform's own id (or one derived from author, time and text). */
    commentId: z.string(),
    author: z.string(),
    /** The latest text seen, verbatim; `originalText` is the first, when an edit changed it. */
    text: z.string(),
    originalText: z.string().optional(),
    edits: z.number().int().min(0),
    permalink: z.string().optional(),
    postedAt: z.iso.datetime().optional(),
    seenAt: z.iso.datetime(),
    state: commentStateSchema,
    /** The reason of the hide or removal standing now. */
    reason: removalReasonSchema.optional(),
    /** The action standing now: its event, who and when. */
    action: z
      .object({
        seq: z.number().int().min(1),
        by: z.string(),
        byName: z.string(),
        at: z.iso.datetime(),
      })
      .strict()
      .optional(),
    review: reviewStateSchema.optional(),
    notice: noticeStateSchema.optional(),
    /** Payload removed under retention: the text is gone, its hash stays in the journal. */
    disposed: z.boolean().optional(),
  })
  .strict();
export type CommentSummary = z.infer<typeof commentSummarySchema>;

export const COMMENT_SEARCH_MAX = 200;
export const COMMENT_PAGE_MAX = 500;

/** Filters over the whole log; every one optional, all of them together narrow. */
export const commentFilterSchema = z
  .object({
    words: z
      .string()
      .max(COMMENT_SEARCH_MAX, `Search for at most ${COMMENT_SEARCH_MAX} characters`)
      .optional(),
    pageId: z.uuid().optional(),
    state: commentStateSchema.optional(),
    reason: removalReasonSchema.optional(),
    /** The profile id of the moderator of the action standing now. */
    moderator: z.string().min(1).max(100).optional(),
    /** Posted (else seen) on or after / on or before, as YYYY-MM-DD (whole days, local time). */
    from: z.iso.date({ error: 'A date as YYYY-MM-DD' }).optional(),
    to: z.iso.date({ error: 'A date as YYYY-MM-DD' }).optional(),
    review: reviewStateSchema.optional(),
    /** Oldest first by default: the queue works through a busy post in the order it came. */
    order: z.enum(['oldest', 'newest']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(COMMENT_PAGE_MAX).optional(),
  })
  .strict();
export type CommentFilter = z.infer<typeof commentFilterSchema>;

export const commentListSchema = z
  .object({
    /** How many comments match in all; `comments` is the page of them asked for. */
    total: z.number().int().min(0),
    comments: z.array(commentSummarySchema),
    /** Why the index was rebuilt from the journal this session, when its saved copy was unusable. */
    notice: z.string().optional(),
  })
  .strict();
export type CommentList = z.infer<typeof commentListSchema>;

/** One event of a comment's story, in the journal's order, said in words. */
export const storyEventSchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.iso.datetime(),
    by: z.string(),
    byName: z.string(),
    kind: z.enum(['captured', 'edited', 'action', 'correction', 'review', 'notice']),
    /** "Removed for Obscenity (intro statement version 2)", "Text edited on the platform", ... */
    summary: z.string(),
    /** The event's payload as recorded (absent once disposed of). */
    payload: z.unknown().optional(),
    /** The seq of a correction that voided this action, if any. */
    correctedBy: z.number().int().min(1).optional(),
    /** The event's chained hash, as `log verify` checks it. */
    hash: z.string(),
  })
  .strict();
export type StoryEvent = z.infer<typeof storyEventSchema>;

export const commentStorySchema = z
  .object({
    comment: commentSummarySchema,
    pageName: z.string(),
    /** What a hide or removal of it is judged under; null: its page had no intro statement then. */
    rules: removalRulesViewSchema.nullable(),
    /** The page's moderation rules now (second reviewer, notice). */
    pageRules: z.object({ secondReviewer: z.boolean(), noticeRequired: z.boolean() }).strict(),
    events: z.array(storyEventSchema),
  })
  .strict();
export type CommentStory = z.infer<typeof commentStorySchema>;
