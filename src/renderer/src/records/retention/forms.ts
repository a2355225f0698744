import { z } from 'zod';
import { holdReleaseSchema } from '../../../../shared/records/legal-hold';
import { disposeRequestSchema } from '../../../../shared/records/retention-view';

/** The Dispose form: the reason (as the contract row checks it) and what to dispose of. */
export const disposeFormSchema = z
  .object({
    reason: disposeRequestSchema.shape.reason,
    which: z.enum(['all', 'ticked']),
  })
  .strict();
export type DisposeForm = z.infer<typeof disposeFormSchema>;

/** A hold's Release form: the reason, as the contract row checks it. */
export const releaseFormSchema = z.object({ reason: holdReleaseSchema.shape.reason }).strict();
export type ReleaseForm = z.infer<typeof releaseFormSchema>;
