import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The chain runs over headers only; a header holds the hash of its payload. So a payload can be
 * disposed of when its retention ends (leaving its hash) without breaking the chain.
 */
export const eventHeaderSchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.iso.datetime(),
    by: z.string().min(1),
    type: z.string().min(1),
    prev: sha256Hex,
    payloadHash: sha256Hex,
  })
  .strict();
export type EventHeader = z.infer<typeof eventHeaderSchema>;

export const eventLineSchema = z
  .object({
    header: eventHeaderSchema,
    hash: sha256Hex,
    payload: z.unknown().optional(),
    disposed: z
      .object({ at: z.iso.datetime(), by: z.string(), disposition: z.string() })
      .strict()
      .optional(),
  })
  .strict();
export type EventLine = z.infer<typeof eventLineSchema>;

/** The last line of a full segment: it closes the segment and repeats the head at that point. */
export const sealLineSchema = z
  .object({
    seal: z
      .object({
        firstSeq: z.number().int().min(1),
        lastSeq: z.number().int().min(0),
        head: sha256Hex,
      })
      .strict(),
  })
  .strict();
export type SealLine = z.infer<typeof sealLineSchema>;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function headerHash(header: EventHeader): string {
  return sha256(canonicalJson(header));
}

export function payloadHash(payload: unknown): string {
  return sha256(canonicalJson(payload));
}

export interface NewEvent {
  readonly type: string;
  readonly by: string;
  readonly payload: unknown;
}

export function makeEventLine(event: NewEvent, seq: number, prev: string, at: Date): EventLine {
  const header: EventHeader = {
    seq,
    at: at.toISOString(),
    by: event.by,
    type: event.type,
    prev,
    payloadHash: payloadHash(event.payload),
  };
  return { header, hash: headerHash(header), payload: event.payload };
}
