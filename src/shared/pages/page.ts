import { z } from 'zod';
import { attestationSchema, sha256HexSchema } from '../drafts/draft';
import { REMOVAL_REASONS } from '../policy/intro-statement';
import { workflowStepSchema } from '../workflow/workflow';

export const platformSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'A platform is a short name such as facebook, instagram or x',
  );

export const PAGE_ADMINISTRATORS_MAX = 20;

export const pageRequestSchema = z
  .object({
    platform: platformSchema,
    name: z.string().trim().min(1, 'Give the page a name').max(200),
    url: z.url({ protocol: /^https?$/, error: 'A page URL starts with https:// (or http://)' }),
    /** III.B.2.c: pages are designed for a named audience. */
    audience: z.string().trim().max(200).optional(),
    /** III.B.3.a: who administers the page (CAT members or trained designees), by name. */
    administrators: z
      .array(z.string().trim().min(1, 'An administrator has a name').max(120))
      .max(PAGE_ADMINISTRATORS_MAX, `A page has at most ${PAGE_ADMINISTRATORS_MAX} administrators`)
      .optional(),
  })
  .strict();
export type PageRequest = z.input<typeof pageRequestSchema>;

export const pageSchema = pageRequestSchema
  .extend({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    updatedAt: z.iso.datetime().optional(),
    updatedBy: z.string().optional(),
    /**
     * Everyone who ever changed the page, each once: none of them decides on it. Pages changed
     * before this list was kept have only `updatedBy`, their last editor.
     */
    editors: z.array(z.string()).optional(),
    /** Pages recorded before the workflow have none: read as a page never submitted. */
    workflow: z.array(workflowStepSchema).default([]),
  })
  .strict();
export type Page = z.infer<typeof pageSchema>;

export const removalReasonSchema = z.enum(REMOVAL_REASONS, {
  error: () => `A removal category is one of ${REMOVAL_REASONS.join(', ')}`,
});

export const INTRO_STATEMENT_MAX = 20_000;

/**
 * One version of a page's intro statement: its words, the removal categories it publishes
 * (III.B.3.d.1), the page-design attestations made for its exact words, and its own workflow. It is
 * in force on the page from the time it was recorded as published (posted on the page).
 */
export const introStatementVersionSchema = z
  .object({
    id: z.uuid(),
    pageId: z.uuid(),
    number: z.number().int().min(1),
    text: z.string().min(1).max(INTRO_STATEMENT_MAX),
    categories: z.array(removalReasonSchema),
    createdAt: z.iso.datetime(),
    createdBy: z.string(),
    contentHash: sha256HexSchema,
    attestations: z.array(attestationSchema).default([]),
    workflow: z.array(workflowStepSchema).default([]),
  })
  .strict();
export type IntroStatementVersion = z.infer<typeof introStatementVersionSchema>;
