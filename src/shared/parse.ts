import { z } from 'zod';
import { type Result, failure, ok } from './result';

/**
 * The one way data from outside (disk, IPC, files) becomes typed: it must come in as `unknown`,
 * so nothing that crossed a boundary is ever cast into shape.
 */
export function parseUnknown<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): Result<z.output<T>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  return failure('invalid-request', `${what} is not valid:\n${z.prettifyError(parsed.error)}`);
}
