import { z } from 'zod';
import { draftIdSchema, draftSchema, sha256HexSchema } from '../../drafts/draft';
import {
  COMMENT_MAX,
  REASON_MAX,
  STATUSES,
  decisionSchema,
  itemKindSchema,
} from '../../workflow/workflow';
import { base64FileField } from '../base64-field';

const noRequest = z.object({}).strict();

/** One thing that goes to the Chief: a draft (post), a page, or an intro-statement version. */
export const itemRefSchema = z.object({ kind: itemKindSchema, id: z.uuid() }).strict();
export type ItemRef = z.infer<typeof itemRefSchema>;

const comment = z
  .string()
  .trim()
  .max(COMMENT_MAX, `A comment has at most ${COMMENT_MAX.toLocaleString('en-US')} characters`);
const reason = z
  .string()
  .trim()
  .max(REASON_MAX, `Say why in at most ${REASON_MAX.toLocaleString('en-US')} characters`);

/** A scanned signed page, sent whole from the renderer; the main process copies and hashes it. */
export const SCAN_MAX_BYTES = 20 * 1024 * 1024;
export const scanUploadSchema = z
  .object({
    name: z.string().trim().min(1).max(255),
    mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg'], {
      error: () => 'Attach the scan as a PDF, PNG or JPEG file',
    }),
    base64: base64FileField(SCAN_MAX_BYTES, 'scan'),
  })
  .strict();

/** Who signed the paper and the date on it: an administrator transcribes, the Chief decided. */
const paperFields = {
  decidedBy: z.string().trim().min(1, 'Name who signed the decision').max(200),
  decidedOn: z.iso.date({ error: 'The date on the signed decision, as YYYY-MM-DD' }),
  scan: scanUploadSchema,
};

export const itemStatusSchema = z
  .object({
    kind: itemKindSchema,
    id: z.uuid(),
    status: z.enum(STATUSES),
    /** A verbal approval not yet confirmed in writing. */
    awaitingConfirmation: z.boolean(),
  })
  .strict();

export const inboxItemSchema = z
  .object({
    kind: itemKindSchema,
    id: z.uuid(),
    title: z.string(),
    /** Post category id; pages and intro statements have none. */
    category: z.string().nullable(),
    urgent: z.boolean(),
    pages: z.array(z.string()),
    submittedBy: z.string(),
    submittedAt: z.iso.datetime(),
    packetHash: sha256HexSchema,
    /** The signed-in person drafted or submitted it: they may not record its decision. */
    ownItem: z.boolean(),
  })
  .strict();
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const awaitingConfirmationSchema = z
  .object({
    kind: itemKindSchema,
    id: z.uuid(),
    title: z.string(),
    givenBy: z.string(),
    givenAt: z.iso.datetime(),
    how: z.string(),
    recordedBy: z.string(),
    /** How long it has waited, in words ("3 h 12 min"). */
    waited: z.string(),
  })
  .strict();

export const inboxSchema = z
  .object({
    /** Oldest first: the one waiting longest is decided first. */
    submitted: z.array(inboxItemSchema),
    awaitingConfirmation: z.array(awaitingConfirmationSchema),
  })
  .strict();
export type Inbox = z.infer<typeof inboxSchema>;

export const packetViewSchema = z
  .object({
    title: z.string(),
    html: z.string(),
    /** The frozen packet's SHA-256; null for a preview of something not submitted. */
    sha256: sha256HexSchema.nullable(),
    frozen: z.boolean(),
  })
  .strict();

const savedFileSchema = z.object({ saved: z.string().nullable() }).strict();

export const WORKFLOW_CHANNELS = {
  'drafts:withdraw': {
    request: z.object({ id: draftIdSchema, reason }).strict(),
    response: draftSchema,
  },
  'drafts:published': {
    request: z
      .object({
        id: draftIdSchema,
        pageId: z.uuid({ error: 'Choose the page it was posted to' }),
        url: z.url({ protocol: /^https?$/, error: 'The post’s address starts with https://' }),
        publishedAt: z.iso.datetime({ error: 'When it was posted' }),
      })
      .strict(),
    response: draftSchema,
  },
  'drafts:archive': {
    request: z.object({ id: draftIdSchema, reason }).strict(),
    response: draftSchema,
  },
  'approvals:inbox': { request: noRequest, response: inboxSchema },
  'approvals:decide': {
    request: itemRefSchema
      .extend({ packetHash: sha256HexSchema, decision: decisionSchema, comment })
      .strict(),
    response: itemStatusSchema,
  },
  'approvals:transcribe': {
    request: itemRefSchema
      .extend({ packetHash: sha256HexSchema, decision: decisionSchema, comment, ...paperFields })
      .strict(),
    response: itemStatusSchema,
  },
  'approvals:recordVerbal': {
    request: itemRefSchema
      .extend({
        packetHash: sha256HexSchema,
        givenBy: z.string().trim().min(1, 'Name who gave the approval').max(200),
        givenAt: z.iso.datetime({ error: 'When the approval was given' }),
        how: z.string().trim().min(1, 'Say how it was given: telephone, in person, radio').max(200),
        comment,
      })
      .strict(),
    response: itemStatusSchema,
  },
  'approvals:confirm': {
    request: itemRefSchema.extend({ comment }).strict(),
    response: itemStatusSchema,
  },
  'approvals:transcribeConfirmation': {
    request: itemRefSchema.extend({ comment, ...paperFields }).strict(),
    response: itemStatusSchema,
  },
  'packets:get': { request: itemRefSchema, response: packetViewSchema },
  'packets:saveHtml': { request: itemRefSchema, response: savedFileSchema },
  'packets:savePdf': { request: itemRefSchema, response: savedFileSchema },
  'packets:print': {
    request: itemRefSchema,
    response: z.object({ printed: z.boolean() }).strict(),
  },
} as const;
