import { z } from 'zod';
import {
  STATUSES,
  type WorkflowStep,
  workflowState,
  workflowStepSchema,
} from '../workflow/workflow';
import { draftCategorySchema } from './categories';
import {
  MEDIA_PER_DRAFT_MAX,
  PERMISSIONS_PER_DRAFT_MAX,
  draftMediaSchema,
  permissionRecordSchema,
} from './media';
import { missingTemplateFields, templateFieldsSchema } from './templates';

/** Long enough for any platform's post and for pasted documents; short enough to bound a store write. */
export const DRAFT_BODY_MAX = 100_000;
export const DRAFT_TITLE_MAX = 200;

export const draftIdSchema = z.uuid({ error: 'A draft id is a UUID' });

/** More than any department runs; it bounds a request. */
export const MAX_TARGET_PAGES = 200;
const targetPagesSchema = z
  .array(z.uuid({ error: 'A target page is named by its page id' }))
  .max(MAX_TARGET_PAGES, `A draft targets at most ${MAX_TARGET_PAGES} pages`)
  .refine((pages) => new Set(pages).size === pages.length, 'A page is targeted only once');

const draftMediaListSchema = z
  .array(draftMediaSchema)
  .max(MEDIA_PER_DRAFT_MAX, `A draft has at most ${MEDIA_PER_DRAFT_MAX} attachments`)
  .refine(
    (media) => new Set(media.map((m) => m.sha256)).size === media.length,
    'The same file is attached only once',
  );

/** The fields of a draft's content, without the checks that span fields (see draftContentSchema). */
export const draftContentObjectSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Give the draft a title')
      .max(DRAFT_TITLE_MAX, `A title has at most ${DRAFT_TITLE_MAX} characters`),
    body: z.string().max(DRAFT_BODY_MAX, `A body has at most ${DRAFT_BODY_MAX} characters`),
    category: draftCategorySchema,
    /** The pages the post is meant for: their platforms' limits join the checklist. */
    pages: targetPagesSchema,
    /** A time-sensitive category's template values (templates.ts); none for other categories. */
    fields: templateFieldsSchema.optional(),
    /** Photos and videos, copied into the data folder and hashed, with what each shows. */
    media: draftMediaListSchema.optional(),
  })
  .strict();

/** A template's required fields, each refused at its own field (`fields.<id>`). */
export function requireTemplateFields(
  content: { category: string; fields?: Record<string, string> | undefined },
  context: z.RefinementCtx,
): void {
  for (const issue of missingTemplateFields(content.category, content.fields)) {
    context.addIssue({ code: 'custom', ...issue });
  }
}

/** What a person types: validated the same way by the form and by the main process. */
export const draftContentSchema = draftContentObjectSchema.superRefine(requireTemplateFields);
export type DraftContent = z.infer<typeof draftContentObjectSchema>;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');

/** Every save is a new revision; an approval will be tied to one revision's content hash. */
export const revisionSchema = draftContentObjectSchema
  .extend({
    // Revisions saved before drafts had target pages have none.
    pages: targetPagesSchema.default([]),
    number: z.number().int().min(1),
    savedAt: z.iso.datetime(),
    /** The profile that saved it; drafts from before profiles existed say so. */
    savedBy: z.string().min(1),
    contentHash: sha256HexSchema,
  })
  .strict();
export type Revision = z.infer<typeof revisionSchema>;

/** A person's word that a checklist item holds for one revision's exact content. */
export const attestationSchema = z
  .object({
    itemId: z.string(),
    contentHash: sha256HexSchema,
    by: z.string(),
    at: z.iso.datetime(),
    /** Taken back before submission: kept, so the record shows it was given and withdrawn. */
    withdrawn: z.object({ by: z.string(), at: z.iso.datetime() }).strict().optional(),
  })
  .strict();
export type Attestation = z.infer<typeof attestationSchema>;

/**
 * A justification quotes the flagged words (a finding never spans more than a title and body) and
 * says why in a paragraph or two: bounds that keep a request and the approver's reading finite.
 */
export const JUSTIFIED_TEXT_MAX = DRAFT_BODY_MAX + DRAFT_TITLE_MAX;
export const JUSTIFICATION_REASON_MAX = 2_000;

/** Why a finding is acceptable as written: who, when, why. It follows the flagged words. */
export const justificationSchema = z
  .object({
    findingKey: z.string(),
    kind: z.string(),
    text: z.string(),
    reason: z.string(),
    by: z.string(),
    at: z.iso.datetime(),
  })
  .strict();
export type Justification = z.infer<typeof justificationSchema>;

/** How drafts saved before the workflow existed recorded a submission; read, never written. */
const legacySubmissionSchema = z
  .object({
    revision: z.number().int().min(1),
    contentHash: sha256HexSchema,
    by: z.string(),
    at: z.iso.datetime(),
  })
  .strict();

export const draftObjectSchema = z
  .object({
    id: draftIdSchema,
    createdAt: z.iso.datetime(),
    revisions: z.array(revisionSchema).min(1),
    attestations: z.array(attestationSchema).default([]),
    justifications: z.array(justificationSchema).default([]),
    /** Submitted, withdrawn, decided, published, archived: in order (shared/workflow). */
    workflow: z.array(workflowStepSchema).default([]),
    /** Written permissions (III.B.1.c, e) that the draft's media name by id. */
    permissions: z.array(permissionRecordSchema).max(PERMISSIONS_PER_DRAFT_MAX).default([]),
  })
  .strict();

/** A draft file written before the workflow kept its submissions apart: read them as submit steps. */
export function withLegacySubmissions(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('submissions' in value)) return value;
  const { submissions, ...rest } = value as { submissions: unknown } & Record<string, unknown>;
  const legacy = z.array(legacySubmissionSchema).safeParse(submissions);
  if (!legacy.success) return value; // left as it is, so the strict schema names what is wrong
  const steps: WorkflowStep[] = legacy.data.map((s) => ({
    move: 'submit',
    by: s.by,
    at: s.at,
    contentHash: s.contentHash,
    revision: s.revision,
  }));
  const workflow: unknown[] = Array.isArray(rest.workflow) ? (rest.workflow as unknown[]) : [];
  return { ...rest, workflow: [...steps, ...workflow] };
}

export const draftSchema = z.preprocess(withLegacySubmissions, draftObjectSchema);
/** Reading a draft written by any version: older ones kept their submissions apart. */

export type Draft = z.infer<typeof draftObjectSchema>;

export const draftSummarySchema = z
  .object({
    id: draftIdSchema,
    title: z.string(),
    category: draftCategorySchema,
    updatedAt: z.iso.datetime(),
    revisionCount: z.number().int().min(1),
    /** Index lines written before the workflow have none; they are re-read as drafts. */
    status: z.enum(STATUSES).default('draft'),
    /** The profile id that saved the first revision. */
    author: z.string().default(''),
    /** A verbal approval not yet confirmed in writing (the inbox reads only these and submitted). */
    awaitingConfirmation: z.boolean().default(false),
    /** The latest revision's target pages (ids); index lines without them are re-read. */
    pages: z.array(z.string()).default([]),
  })
  .strict();
export type DraftSummary = z.infer<typeof draftSummarySchema>;

/** A save without an id starts a new draft; with one it adds a revision to that draft. */
export const draftSaveRequestSchema = draftContentObjectSchema
  .extend({
    id: draftIdSchema.optional(),
    pages: targetPagesSchema.default([]),
  })
  .superRefine(requireTemplateFields);
/** What a caller gives: `pages` may be left out (no target pages yet). */
export type DraftSaveRequest = z.input<typeof draftSaveRequestSchema>;

export function latestRevision(draft: Draft): Revision {
  const latest = draft.revisions.at(-1);
  if (!latest) throw new Error(`Draft ${draft.id} has no revision`);
  return latest;
}

export function summarizeDraft(draft: Draft): DraftSummary {
  const latest = latestRevision(draft);
  const state = draftWorkflow(draft);
  return {
    id: draft.id,
    title: latest.title,
    category: latest.category,
    updatedAt: latest.savedAt,
    revisionCount: draft.revisions.length,
    status: state.status,
    author: draft.revisions[0]?.savedBy ?? '',
    awaitingConfirmation: state.awaitingConfirmation !== undefined,
    pages: latest.pages,
  };
}

/** Submitted means: waiting for a decision on the latest revision (any later edit needs a new one). */
export function isSubmitted(draft: Draft): boolean {
  return draftWorkflow(draft).status === 'submitted';
}

/** The workflow's state for the draft's latest revision. */
export function draftWorkflow(draft: Draft) {
  const latest = latestRevision(draft);
  return workflowState({
    steps: draft.workflow,
    contentHash: latest.contentHash,
    changedAt: latest.savedAt,
  });
}

/**
 * Everyone who saved a revision, attested, withdrew an attestation or justified its checklist,
 * or recorded a permission: none of them may record the draft's decision.
 */
export function draftAuthors(draft: Draft): string[] {
  // Whoever vouched for the checklist (an attestation, a justification) answers for the draft as
  // much as whoever wrote its words, so cannot approve it either.
  return [
    ...new Set([
      ...draft.revisions.map((revision) => revision.savedBy),
      ...draft.attestations.map((attestation) => attestation.by),
      // Taking an attestation back is a judgement about the checklist too.
      ...draft.attestations.flatMap((attestation) =>
        attestation.withdrawn ? [attestation.withdrawn.by] : [],
      ),
      ...draft.permissions.map((permission) => permission.recordedBy),
      ...draft.justifications.map((justification) => justification.by),
    ]),
  ];
}
