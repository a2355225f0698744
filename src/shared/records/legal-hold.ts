import { z } from 'zod';
import { type RecordType, recordTypeSchema } from './record-types';

const date = z.iso.date({ error: 'A date as YYYY-MM-DD' });

/**
 * What a hold covers: every condition given narrows it, and a hold with none covers every record.
 * Dates are of the record's creation, whole days in the department's time.
 */
export const holdScopeSchema = z
  .object({
    from: date.optional(),
    to: date.optional(),
    pages: z.array(z.uuid()).max(200).optional(),
    types: z.array(recordTypeSchema).min(1).max(7).optional(),
    /** Any of these words (whole words, any case) in the record's text. */
    words: z.array(z.string().trim().min(1).max(100)).min(1).max(20).optional(),
  })
  .strict()
  .refine((scope) => !scope.from || !scope.to || scope.from <= scope.to, {
    message: 'The hold’s first day is after its last: swap them',
    path: ['to'],
  });
export type HoldScope = z.infer<typeof holdScopeSchema>;

/** A legal hold as a records profile places it. */
export const holdRequestSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the hold').max(200),
    /** The matter: the case, claim or request it preserves records for. */
    matter: z.string().trim().min(1, 'Name the matter the hold is for').max(200),
    scope: holdScopeSchema,
  })
  .strict();
export type HoldRequest = z.infer<typeof holdRequestSchema>;

/** A hold as kept in retention.json: the request and the id the main process gave it. */
export const holdEventSchema = holdRequestSchema.extend({ hold: z.uuid() }).strict();
export type HoldEvent = z.infer<typeof holdEventSchema>;

/** A release: only by a records profile, always with a reason. */
export const holdReleaseSchema = z
  .object({
    hold: z.uuid(),
    reason: z.string().trim().min(1, 'Say why the hold is released').max(2000),
  })
  .strict();
export type HoldRelease = z.infer<typeof holdReleaseSchema>;

/** A hold as lists show it: who placed it and when, and its release if released. */
export const legalHoldSchema = holdEventSchema
  .extend({
    placedBy: z.string(),
    placedByName: z.string(),
    placedAt: z.iso.datetime(),
    released: z
      .object({
        by: z.string(),
        byName: z.string(),
        at: z.iso.datetime(),
        reason: z.string(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type LegalHold = z.infer<typeof legalHoldSchema>;

/** What a hold is matched against: a record's type, pages, creation day and text. */
export interface HoldSubject {
  readonly type: RecordType;
  readonly pages: readonly string[];
  /** YYYY-MM-DD, the department's local day of the record's creation. */
  readonly day: string;
  /** Lower-cased words of the record's text (see recordWords). */
  readonly words: ReadonlySet<string>;
}

/** The words of a text as holds and searches compare them: letters and digits, any case. */
export function recordWords(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en-US')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

/** Whether a hold's scope covers a record: every condition given must hold. */
export function holdCovers(scope: HoldScope, subject: HoldSubject): boolean {
  if (scope.from && subject.day < scope.from) return false;
  if (scope.to && subject.day > scope.to) return false;
  if (scope.types && !scope.types.includes(subject.type)) return false;
  if (scope.pages && !scope.pages.some((page) => subject.pages.includes(page))) return false;
  if (scope.words) {
    // A phrase of several words is held when the text has every one of them.
    const any = scope.words.some((phrase) =>
      [...recordWords(phrase)].every((word) => subject.words.has(word)),
    );
    if (!any) return false;
  }
  return true;
}
