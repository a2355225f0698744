import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

export function pagesIntro(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}
