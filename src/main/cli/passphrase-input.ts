import { read } from 'read';

/**
 * A passphrase comes from the environment (scripts, CI) or, on a terminal, from a hidden prompt.
 * It is never taken from the command line, where it would land in shell history and `ps`.
 */
export async function passphraseFrom(variable: string, prompt: string): Promise<string> {
  const fromEnvironment = process.env[variable];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new CliUsageError(
      `No passphrase: set ${variable}, or run the command in a terminal to be asked for it.`,
    );
  }
  return read({ prompt, silent: true, replace: '*', output: process.stderr });
}

export class CliUsageError extends Error {}
