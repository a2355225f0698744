import { z } from 'zod';
import { COMMENT_CAPS } from '../../moderation/comment';
import {
  commentFilterSchema,
  commentListSchema,
  commentStorySchema,
  commentSummarySchema,
} from '../../moderation/comment-view';
import {
  correctionEventSchema,
  moderationActionSchema,
  noticeEventSchema,
  pageRulesEventSchema,
  removalReasonSchema,
  reviewEventSchema,
} from '../../moderation/events';
import {
  importMappingsSchema,
  importPreviewRequestSchema,
  importPreviewSchema,
  importStartRequestSchema,
  importStatusSchema,
} from '../../moderation/import-view';
import { consistencyReportSchema, reportRangeSchema } from '../../moderation/report-view';
import { checkpointTextSchema, journalStatusSchema } from '../../moderation/journal-status';
import { base64FileField } from '../base64-field';

export const SCREENSHOT_MAX_BYTES = 10 * 1024 * 1024;

const seq = z.number().int().min(1);

/** The comment a request is about: the sequence number of its "captured" event. */
const oneComment = z.object({ seq }).strict();

export const commentActRequestSchema = z
  .object({
    comment: seq,
    action: moderationActionSchema,
    reason: removalReasonSchema.optional(),
    note: z.string().trim().max(2000, 'A note has at most 2,000 characters').optional(),
    screenshot: z
      .object({
        name: z.string().trim().min(1).max(255),
        mediaType: z.enum(['image/png', 'image/jpeg']),
        base64: base64FileField(SCREENSHOT_MAX_BYTES, 'screenshot'),
      })
      .strict()
      .optional(),
  })
  .strict()
  // Only the request is refused: events recorded before this check still parse.
  .refine(
    (request) =>
      request.reason === undefined || request.action === 'hide' || request.action === 'remove',
    {
      path: ['reason'],
      message:
        'A reason goes only with hide or remove (a category the page published, III.B.3.d.1); keep, restore and refer take none: say why in the note instead.',
    },
  );

/** A comment typed in by hand (seen on the platform, not in any export). */
export const manualCommentSchema = z
  .object({
    pageId: z.uuid({ error: 'Choose the page the comment was posted on' }),
    text: z
      .string()
      .min(1, 'Copy the comment’s text exactly as posted')
      .max(COMMENT_CAPS.text.max, `A comment has at most ${COMMENT_CAPS.text.max} characters`),
    author: z
      .string()
      .trim()
      .min(1, 'Who posted it, as the platform shows their name')
      .max(COMMENT_CAPS.author.max),
    postedAt: z.iso.datetime({ error: 'When it was posted' }),
    permalink: z.string().trim().max(COMMENT_CAPS.permalink.max).optional(),
    commentId: z.string().trim().max(COMMENT_CAPS.commentId.max).optional(),
  })
  .strict();

/** The moderation desk's rows of the contract (issue 11). */
export const MODERATION_CHANNELS = {
  /** Search and filters over the whole log, through the comment index. */
  'comments:list': { request: commentFilterSchema, response: commentListSchema },
  /** A comment's whole story from the journal, and what it may be removed for. */
  'comments:get': { request: oneComment, response: commentStorySchema },
  /** Keep, hide, remove, restore or refer; a hide or removal judged by the main process. */
  'comments:act': { request: commentActRequestSchema, response: commentSummarySchema },
  /** Undo as a correction: a new event pointing at the action it voids. */
  'comments:correct': {
    request: correctionEventSchema.omit({ replacement: true }).strict(),
    response: commentSummarySchema,
  },
  /** A second moderator's verdict on a removal. */
  'comments:review': { request: reviewEventSchema, response: commentSummarySchema },
  /** The commenter's notice: recorded as sent, or as not sent and why. */
  'comments:notice': { request: noticeEventSchema, response: commentSummarySchema },
  /** The ready-to-send notice for a removal: category and the page's published policy. */
  'comments:noticeText': {
    request: z.object({ action: seq }).strict(),
    response: z.object({ text: z.string() }).strict(),
  },
  'comments:pageRules': {
    request: z.object({ pageId: z.uuid() }).strict(),
    response: pageRulesEventSchema,
  },
  'comments:setPageRules': { request: pageRulesEventSchema, response: pageRulesEventSchema },
  /** One comment typed in by hand. */
  'comments:add': { request: manualCommentSchema, response: commentSummarySchema },
  /** Asks the person for an export file (the main process keeps its path; the renderer a token). */
  'comments:chooseImportFile': {
    request: z.object({}).strict(),
    response: z
      .object({ file: z.string(), name: z.string(), bytes: z.number().int().min(0) })
      .strict()
      .nullable(),
  },
  'comments:previewImport': { request: importPreviewRequestSchema, response: importPreviewSchema },
  'comments:startImport': {
    request: importStartRequestSchema,
    response: z.object({ job: z.string() }).strict(),
  },
  'comments:importStatus': {
    request: z.object({ job: z.string().min(1).max(100) }).strict(),
    response: importStatusSchema,
  },
  'comments:cancelImport': {
    request: z.object({ job: z.string().min(1).max(100) }).strict(),
    response: importStatusSchema,
  },
  /** The mappings saved per platform. */
  'comments:mappings': { request: z.object({}).strict(), response: importMappingsSchema },
  'comments:report': { request: reportRangeSchema, response: consistencyReportSchema },
  'comments:saveReport': {
    request: reportRangeSchema.extend({ format: z.enum(['html', 'csv']) }).strict(),
    response: z.object({ saved: z.string().nullable() }).strict(),
  },
  /** The journal's verification state: the last result, and a fresh run on request. */
  'comments:journalStatus': {
    request: z
      .object({
        verifyNow: z.boolean().optional(),
        /** A checkpoint kept elsewhere: verify the journal against it (as `--checkpoint` does). */
        checkpoint: checkpointTextSchema.optional(),
      })
      .strict(),
    response: journalStatusSchema,
  },
} as const;
