import { z } from 'zod';

/** What a moderator can do to a comment (SPEC section 4). */
export const MODERATION_ACTIONS = ['keep', 'hide', 'remove', 'restore', 'refer'] as const;
export const moderationActionSchema = z.enum(MODERATION_ACTIONS);

/** The removal reasons a page's intro statement may publish (III.B.3.d.1). */
export const REMOVAL_REASONS = ['obscenity', 'off-topic', 'personal-attack'] as const;
export const removalReasonSchema = z.enum(REMOVAL_REASONS);

export const MODERATION_ACTION = 'moderation.action';
export const CORRECTION = 'correction';

/** An action on a captured comment; hide and remove need a reason (viewpoint-neutral removals). */
export const moderationActionEventSchema = z
  .object({
    /** The sequence number of the comment's "captured" event. */
    comment: z.number().int().min(1),
    action: moderationActionSchema,
    reason: removalReasonSchema.optional(),
    note: z.string().max(2000).optional(),
    /**
     * The intro-statement version the removal was judged under: the one in force on the comment's
     * page when the comment was posted. Recorded by the main process, never taken from a caller.
     */
    introVersion: z.uuid().optional(),
    /** A screenshot of the comment as the platform showed it, copied in and named by its hash. */
    screenshot: z
      .object({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        name: z.string().min(1).max(255),
        mediaType: z.enum(['image/png', 'image/jpeg']),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (event) =>
      !(event.action === 'hide' || event.action === 'remove') || event.reason !== undefined,
    {
      message:
        'Hiding or removing a comment needs a reason: obscenity, off-topic or personal-attack',
      path: ['reason'],
    },
  );
export type ModerationActionEvent = z.infer<typeof moderationActionEventSchema>;

/** Nothing is edited in the log: a mistake is corrected by a new event that points at the old one. */
export const correctionEventSchema = z
  .object({
    corrects: z.number().int().min(1),
    note: z
      .string()
      .trim()
      .min(10, 'Say what was wrong and what is right, in at least 10 characters'),
    replacement: z.unknown().optional(),
  })
  .strict();
export type CorrectionEvent = z.infer<typeof correctionEventSchema>;

export const MODERATION_REVIEW = 'moderation.review';
export const MODERATION_NOTICE = 'moderation.notice';
export const MODERATION_PAGE_RULES = 'moderation.page-rules';

/** A second moderator's verdict on a removal, where the page asks for one; never the first's own. */
export const reviewEventSchema = z
  .object({
    /** The sequence number of the removal (or hide) reviewed. */
    action: z.number().int().min(1),
    verdict: z.enum(['agree', 'disagree']),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type ReviewEvent = z.infer<typeof reviewEventSchema>;

/** Whether the commenter was told of a removal, where local rules require it, and what they got. */
export const noticeEventSchema = z
  .object({
    action: z.number().int().min(1),
    sent: z.boolean(),
    /** How it went (platform message, email), or why it was not sent. */
    how: z.string().max(500).optional(),
    /** The message as sent (or as it would have been). */
    text: z.string().max(5000),
  })
  .strict();
export type NoticeEvent = z.infer<typeof noticeEventSchema>;

/** A page's moderation rules, set by an administrator; the latest event for a page is in force. */
export const pageRulesEventSchema = z
  .object({
    pageId: z.uuid(),
    /** Removals on this page count only once a second moderator agrees. */
    secondReviewer: z.boolean(),
    /** Local rules require telling a commenter their comment was removed, and why. */
    noticeRequired: z.boolean(),
  })
  .strict();
export type PageRulesEvent = z.infer<typeof pageRulesEventSchema>;
