import { z } from 'zod';

const MEGABYTE = 1024 * 1024;

/**
 * A file sent whole from the renderer as base64 (a scan, a photo or video), bounded before it is
 * decoded. `what` names it in the refusals ("scan" → "The scan is empty", "A scan is at most 20 MB").
 */
export function base64FileField(maxBytes: number, what: string) {
  return (
    z
      .string()
      .min(1, `The ${what} is empty`)
      .max(Math.ceil(maxBytes / 3) * 4, `A ${what} is at most ${maxBytes / MEGABYTE} MB`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, `The ${what} is not base64`)
      // Node decodes a cut-short base64 without a word, which would keep a truncated file.
      .refine(
        (text) => text.length % 4 === 0,
        `The ${what}’s base64 was cut short (its length is not a multiple of 4): attach the file again`,
      )
  );
}
