import { z } from 'zod';
import { recordTypeSchema } from '../../shared/records/record-types';

/** The event type by which content leaves the journal: itself a chained event, never a bare marker. */
export const DISPOSITION = 'disposition';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const text = z.string().trim().min(1).max(2000);

/**
 * Which events lose their payload, under which retention schedule or order, and why; who disposed
 * of them is the event's `by`. Each payload hash is the one in that event's header, so the removal
 * names exactly the content it removes. A disposition under a retention schedule also names the
 * records it disposes of, and the files it removes with the SHA-256 and size each had (a draft's
 * file, its media, a packet), so what left the data folder stays known and checkable.
 */
export const dispositionPayloadSchema = z
  .object({
    events: z.array(z.object({ seq: z.number().int().min(1), payloadHash: sha256Hex }).strict()),
    schedule: text.optional(),
    order: text.optional(),
    reason: text,
    records: z
      .array(z.object({ type: recordTypeSchema, id: z.string().min(1).max(200) }).strict())
      .optional(),
    files: z
      .array(
        z
          .object({
            path: z.string().min(1).max(1024),
            sha256: sha256Hex,
            bytes: z.number().int().min(0),
          })
          .strict(),
      )
      .optional(),
  })
  .strict()
  .refine((payload) => payload.schedule !== undefined || payload.order !== undefined, {
    message: 'A disposition names the retention schedule or the order it follows',
  })
  .refine((payload) => payload.events.length + (payload.files?.length ?? 0) > 0, {
    message: 'A disposition names at least one event or file it removes',
  });
export type DispositionPayload = z.infer<typeof dispositionPayloadSchema>;
