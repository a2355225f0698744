import { z } from 'zod';

/** One page of audit entries at most: a screen shows far fewer; a saved file holds every one. */
export const AUDIT_LIMIT_MAX = 500;
export const AUDIT_LIMIT_DEFAULT = 100;
export const AUDIT_WORDS_MAX = 200;

/**
 * The kinds of journal event a person filters by, in their words. A kind not listed (an event of a
 * later version) is still shown and can still be filtered by its own name.
 */
export const AUDIT_KIND_WORDS: Readonly<Record<string, string>> = {
  'audit.change': 'Change to a store',
  'audit.not-applied': 'Change not applied',
  'comment.captured': 'Comment captured',
  'comment.edited': 'Comment edited on its platform',
  'moderation.action': 'Moderation action',
  correction: 'Correction',
  'moderation.review': 'Second review',
  'moderation.notice': 'Notice to a commenter',
  'moderation.page-rules': 'Page moderation rules',
  disposition: 'Disposition',
  'records.backup': 'Backup',
  'records.restore': 'Restore',
};

/** The stores whose changes the journal records (see AuditTrail), in their words. */
export const AUDIT_STORE_WORDS: Readonly<Record<string, string>> = {
  drafts: 'Drafts',
  pages: 'Pages',
  profiles: 'Profiles',
  department: 'Department settings',
  retention: 'Retention schedules and holds',
};

const day = z.iso.date({ error: 'A date as YYYY-MM-DD' });
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Leave the ${what} out, or name one`)
    .max(100, `A ${what} has at most 100 characters`);

/** The filter alone: the list and the saved file take the same one. */
export const auditFilterShape = {
  /** Whole days, local time, both included. */
  from: day.optional(),
  to: day.optional(),
  /** A profile's id (or `social-desk` for what the app did itself). */
  by: name('person').optional(),
  /** An event type, e.g. `audit.change` or `moderation.action`. */
  kind: name('kind').optional(),
  /** For changes to a store: which one (`pages`, `profiles`, …). */
  store: name('store').optional(),
  /** Words that must all be in the entry's description, in any case. */
  words: z
    .string()
    .trim()
    .max(AUDIT_WORDS_MAX, `Search for at most ${AUDIT_WORDS_MAX} characters`)
    .optional(),
};

function datesInOrder(filter: { from?: string | undefined; to?: string | undefined }): boolean {
  return !filter.from || !filter.to || filter.from <= filter.to;
}
const DATES_OUT_OF_ORDER = {
  message: 'The “to” date is before the “from” date: swap them',
  path: ['to'],
};

export const auditFilterSchema = z
  .object(auditFilterShape)
  .strict()
  .refine(datesInOrder, DATES_OUT_OF_ORDER);
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListRequestSchema = z
  .object({
    ...auditFilterShape,
    offset: z.number().int().min(0).optional(),
    limit: z
      .number()
      .int()
      .min(1)
      .max(AUDIT_LIMIT_MAX, `At most ${AUDIT_LIMIT_MAX} entries at a time`)
      .optional(),
  })
  .strict()
  .refine(datesInOrder, DATES_OUT_OF_ORDER);
export type AuditListRequest = z.infer<typeof auditListRequestSchema>;

export const auditSaveRequestSchema = z
  .object({ ...auditFilterShape, format: z.enum(['csv', 'html']) })
  .strict()
  .refine(datesInOrder, DATES_OUT_OF_ORDER);
export type AuditSaveRequest = z.infer<typeof auditSaveRequestSchema>;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One journal event as an audit entry: who, what, when, and for a store's change before and after. */
export const auditEntrySchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.iso.datetime(),
    by: z.string(),
    byName: z.string(),
    /** The event's type. */
    kind: z.string(),
    /** One line in words. */
    what: z.string(),
    store: z.string().optional(),
    document: z.string().optional(),
    /** The document's hash before and after; null where there was none (created, deleted). */
    before: sha256Hex.nullable().optional(),
    after: sha256Hex.nullable().optional(),
    /** An audit.not-applied event says this change's document was never written. */
    notApplied: z.boolean(),
    /** Its content was disposed of under a retention schedule: the header and hashes remain. */
    disposed: z.boolean(),
    /** The event's hash in the journal's chain. */
    hash: sha256Hex,
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z
  .object({
    entries: z.array(auditEntrySchema),
    /** How many entries the filter holds in all. */
    total: z.number().int().min(0),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1),
  })
  .strict();
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditSavedSchema = z.object({ saved: z.string().nullable() }).strict();

/** A kind in words, or its own name when this version has none for it. */
export function auditKindWords(kind: string): string {
  return AUDIT_KIND_WORDS[kind] ?? kind;
}
