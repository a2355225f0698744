import { z } from 'zod';

/** The event type by which content leaves the journal: itself a chained event, never a bare marker. */
export const DISPOSITION = 'disposition';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const text = z.string().trim().min(1).max(2000);

/**
 * Which events lose their payload, under which retention schedule or order, and why; who disposed
 * of them is the event's `by`. Each payload hash is the one in that event's header, so the removal
 * names exactly the content it removes.
 */
export const dispositionPayloadSchema = z
  .object({
    events: z
      .array(z.object({ seq: z.number().int().min(1), payloadHash: sha256Hex }).strict())
      .min(1),
    schedule: text.optional(),
    order: text.optional(),
    reason: text,
  })
  .strict()
  .refine((payload) => payload.schedule !== undefined || payload.order !== undefined, {
    message: 'A disposition names the retention schedule or the order it follows',
  });
export type DispositionPayload = z.infer<typeof dispositionPayloadSchema>;
