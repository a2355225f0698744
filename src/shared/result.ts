import { z } from 'zod';

/** What went wrong, in words a person can act on; `code` lets the screen choose how to show it. */
export const deskErrorCodeSchema = z.enum([
  'invalid-request',
  'untrusted-sender',
  'unknown-channel',
  'not-found',
  'store-damaged',
  'folder-in-use',
  'journal-damaged',
  'not-permitted',
  'sign-in-refused',
  'not-signed-in',
  'checklist-open',
  'write-failed',
  'internal',
]);
export type DeskErrorCode = z.infer<typeof deskErrorCodeSchema>;

export const deskErrorSchema = z
  .object({
    code: deskErrorCodeSchema,
    message: z.string().min(1),
  })
  .strict();
export type DeskError = z.infer<typeof deskErrorSchema>;

/** Handlers answer with a result rather than throwing across the bridge (errors survive IPC intact). */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DeskError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: deskErrorSchema }).strict(),
  ]);
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function failure(code: DeskErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
