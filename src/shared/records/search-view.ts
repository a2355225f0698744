import { z } from 'zod';
import { itemKindSchema } from '../workflow/workflow';

/**
 * What a records search can find: the record types that hold words (drafts, published posts,
 * captured comments, approval packets, intro-statement versions), plus a draft's older revisions
 * and the pages themselves, which a custodian looks for by name or address.
 */
export const SEARCH_HIT_KINDS = [
  'draft',
  'revision',
  'post',
  'page',
  'intro',
  'comment',
  'packet',
] as const;
export const searchHitKindSchema = z.enum(SEARCH_HIT_KINDS, {
  error: `A kind of record to search is one of ${SEARCH_HIT_KINDS.join(', ')}`,
});
export type SearchHitKind = z.infer<typeof searchHitKindSchema>;

export const SEARCH_HIT_KIND_WORDS: Readonly<Record<SearchHitKind, string>> = {
  draft: 'Draft',
  revision: 'Earlier revision',
  post: 'Published post',
  page: 'Page',
  intro: 'Intro statement',
  comment: 'Comment',
  packet: 'Approval packet',
};

export const RECORD_SEARCH_WORDS_MAX = 200;
export const RECORD_SEARCH_LIMIT_MAX = 200;
/** More than a department has; it bounds a request. */
export const RECORD_SEARCH_PAGES_MAX = 200;

const day = z.iso.date({ error: 'A date as YYYY-MM-DD' });

export const recordSearchRequestSchema = z
  .object({
    words: z
      .string()
      .trim()
      .min(1, 'Type at least one word to search for')
      .max(RECORD_SEARCH_WORDS_MAX, `Search for at most ${RECORD_SEARCH_WORDS_MAX} characters`),
    /** Only these kinds; all of them when left out. */
    types: z
      .array(searchHitKindSchema)
      .min(1, 'Tick at least one kind of record, or leave them all out to search every kind')
      .max(SEARCH_HIT_KINDS.length)
      .optional(),
    /** Only records about these pages (ids); every page when left out. */
    pages: z
      .array(z.uuid({ error: 'A page is named by its page id' }))
      .min(1)
      .max(RECORD_SEARCH_PAGES_MAX, `At most ${RECORD_SEARCH_PAGES_MAX} pages`)
      .optional(),
    /** Whole days, local time, both included. */
    from: day.optional(),
    to: day.optional(),
    limit: z
      .number()
      .int()
      .min(1)
      .max(RECORD_SEARCH_LIMIT_MAX, `At most ${RECORD_SEARCH_LIMIT_MAX} hits at a time`)
      .optional(),
  })
  .strict()
  .refine((request) => !request.from || !request.to || request.from <= request.to, {
    message: 'The “to” date is before the “from” date: swap them',
    path: ['to'],
  });
export type RecordSearchRequest = z.input<typeof recordSearchRequestSchema>;

export const searchHitSchema = z
  .object({
    type: searchHitKindSchema,
    /**
     * A draft's or post's id, `draftId@N` for revision N, a comment's journal sequence number, a
     * packet's SHA-256, an intro version's id, a page's id.
     */
    id: z.string().min(1),
    title: z.string(),
    /** The matched words in their context, plain text. */
    snippet: z.string(),
    /** When the record was made (a post: published; a comment: posted, else seen). */
    created: z.iso.datetime(),
    pages: z.array(z.string()),
    /** What opens it: a revision's or packet's draft, a packet's page or intro version. */
    item: z.object({ kind: itemKindSchema, id: z.uuid() }).strict().optional(),
  })
  .strict();
export type SearchHit = z.infer<typeof searchHitSchema>;

export const recordSearchResultSchema = z
  .object({
    /** How many records match in all; `hits` are the newest `limit` of them. */
    total: z.number().int().min(0),
    hits: z.array(searchHitSchema),
    /** What the search could not read (a damaged file), in words: found records are still shown. */
    notices: z.array(z.string()),
  })
  .strict();
export type RecordSearchResult = z.infer<typeof recordSearchResultSchema>;
