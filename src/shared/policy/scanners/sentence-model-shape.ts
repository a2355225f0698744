import { z } from 'zod';

/** The kinds the sentence model reads: those the rules under-read on text nobody tuned on. */
export const MODEL_KINDS = [
  'guilt-or-innocence',
  'pending-prosecution',
  'political',
  'commercial',
] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

// zod 4 refuses an infinite number (and NaN) as a number.
const weights = z.record(z.string(), z.number());

/** sentence-model.json as scripts/train-sentence-model.ts writes it. */
export const sentenceModelSchema = z.object({
  /** The development sets it learned from, by folder ("main" is tests/corpus itself). */
  trainedOn: z.array(z.string()),
  sentences: z.number().int().positive(),
  /** A sentence whose score is over this is flagged. */
  threshold: z.number().gt(0).lt(1),
  kinds: z.object({
    'guilt-or-innocence': weights,
    'pending-prosecution': weights,
    political: weights,
    commercial: weights,
  }),
});
export type SentenceModel = z.infer<typeof sentenceModelSchema>;
