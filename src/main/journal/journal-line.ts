import { hash } from 'node:crypto';
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
    /**
     * Left where a payload was removed: the seq of the disposition event that removed it. Only a
     * hint for readers: verify trusts the disposition event itself, never this marker.
     */
    disposed: z
      .object({ disposition: z.number().int().min(1) })
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
  // One-shot: about twice as fast as createHash for a line, and verify hashes two per event.
  return hash('sha256', text, 'hex');
}

export function headerHash(header: EventHeader): string {
  return sha256(canonicalHeader(header));
}

/** canonicalJson of a header, spelled out: verify computes it a million times. */
export function canonicalHeader(header: EventHeader): string {
  return `{"at":${JSON.stringify(header.at)},"by":${JSON.stringify(header.by)},"payloadHash":"${header.payloadHash}","prev":"${header.prev}","seq":${header.seq},"type":${JSON.stringify(header.type)}}`;
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
  return makeEventText(event, seq, prev, at).line;
}

/**
 * An event and the exact text of its line. The payload is written in canonical form, the same
 * bytes its hash was taken over, so verify can hash the line's own bytes instead of rebuilding them.
 */
export function makeEventText(
  event: NewEvent,
  seq: number,
  prev: string,
  at: Date,
): { line: EventLine; text: string } {
  const canonicalPayload = canonicalJson(event.payload);
  const header: EventHeader = {
    seq,
    at: at.toISOString(),
    by: event.by,
    type: event.type,
    prev,
    payloadHash: sha256(canonicalPayload),
  };
  const hash = headerHash(header);
  return {
    line: { header, hash, payload: event.payload },
    text: `${eventLinePrefix(header, hash)}${canonicalPayload}}`,
  };
}

/** Everything of an event's line before its payload, in the order the journal writes it. */
export function eventLinePrefix(header: EventHeader, hash: string): string {
  const { seq, at, by, type, prev, payloadHash: ofPayload } = header;
  return `{"header":${JSON.stringify({ seq, at, by, type, prev, payloadHash: ofPayload })},"hash":"${hash}","payload":`;
}

/** The line of an event whose payload a disposition (event `disposition`) removed. */
export function disposedEventText(header: EventHeader, hash: string, disposition: number): string {
  const { seq, at, by, type, prev, payloadHash: ofPayload } = header;
  return JSON.stringify({
    header: { seq, at, by, type, prev, payloadHash: ofPayload },
    hash,
    disposed: { disposition },
  });
}
