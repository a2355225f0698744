import { z } from 'zod';
import {
  INTRO_STATEMENT_MAX,
  introStatementVersionSchema,
  pageRequestSchema,
  pageSchema,
  removalReasonSchema,
} from '../../pages/page';
import { STATUSES } from '../../workflow/workflow';

const status = z.enum(STATUSES);

export const introVersionViewSchema = introStatementVersionSchema
  .extend({ status, awaitingConfirmation: z.boolean() })
  .strict();

export const pageDetailSchema = z
  .object({
    page: pageSchema,
    status,
    /** Oldest first. */
    versions: z.array(introVersionViewSchema),
    /** The version in force now (published most recently), if any. */
    inForce: z.uuid().nullable(),
  })
  .strict();
export type PageDetail = z.infer<typeof pageDetailSchema>;

const introRequest = z
  .object({
    pageId: z.uuid(),
    text: z
      .string()
      .trim()
      .min(1, 'Write the intro statement')
      .max(
        INTRO_STATEMENT_MAX,
        `An intro statement has at most ${INTRO_STATEMENT_MAX.toLocaleString('en-US')} characters`,
      ),
    categories: z
      .array(removalReasonSchema)
      .refine((c) => new Set(c).size === c.length, 'A category is listed once'),
  })
  .strict();

export const PAGE_CHANNELS = {
  'pages:get': { request: z.object({ id: z.uuid() }).strict(), response: pageDetailSchema },
  'pages:save': {
    request: pageRequestSchema.extend({ id: z.uuid().optional() }).strict(),
    response: pageSchema,
  },
  'pages:submit': { request: z.object({ id: z.uuid() }).strict(), response: pageDetailSchema },
  'pages:published': {
    request: z
      .object({ id: z.uuid(), publishedAt: z.iso.datetime({ error: 'When the page went live' }) })
      .strict(),
    response: pageDetailSchema,
  },
  'pages:introSave': { request: introRequest, response: pageDetailSchema },
  'pages:introAttest': {
    request: z.object({ versionId: z.uuid(), itemId: z.string().min(1).max(200) }).strict(),
    response: pageDetailSchema,
  },
  'pages:introSubmit': {
    request: z.object({ versionId: z.uuid() }).strict(),
    response: pageDetailSchema,
  },
  'pages:introPublished': {
    request: z
      .object({
        versionId: z.uuid(),
        publishedAt: z.iso.datetime({ error: 'When the statement was posted on the page' }),
      })
      .strict(),
    response: pageDetailSchema,
  },
  'pages:introInForce': {
    request: z.object({ pageId: z.uuid(), at: z.iso.datetime() }).strict(),
    response: z
      .object({
        version: introStatementVersionSchema.nullable(),
        /** When it went into force (its publication). */
        since: z.iso.datetime().nullable(),
      })
      .strict(),
  },
} as const;
