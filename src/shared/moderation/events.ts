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
