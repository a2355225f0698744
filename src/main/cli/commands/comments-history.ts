import type { CliContext } from '../cli-context';

/** Issue 11: to be written (placeholder from the foundation commit; fails until then). */
export function commentsHistory(context: CliContext): Promise<number> {
  context.io.err('social-desk: not built yet.');
  return Promise.resolve(1);
}
