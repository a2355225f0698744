import { Journal } from '../../journal/journal';
import { type Checkpoint, dataFolderKind } from '../../journal/verify';
import { verifyDataFolder } from '../../journal/verify-report';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

export async function logVerify(context: CliContext): Promise<number> {
  const checkpoint = parseCheckpoint(context.options.checkpoint);
  const folder = await context.readFolder();
  if ((await dataFolderKind(folder)) === 'not-data') {
    // Verifying a wrong --data as an empty log would vouch for nothing.
    throw new Error(
      `${folder} is not a Social Desk data folder: it holds no journal, no profiles.json and no journal head record, so there is nothing to verify. Check --data DIR.`,
    );
  }
  const report = await verifyDataFolder(folder, checkpoint);
  context.io.out(JSON.stringify(report.printed));
  if (report.ok) return 0;
  for (const line of report.words) context.io.err(`social-desk: ${line}`);
  return 1;
}

/**
 * The head to keep somewhere else: whoever holds the machine could rewrite a whole chain. Refused
 * (exit 1) for a journal whose past changed since it was last known good: a head for it vouches for
 * nothing.
 */
export async function logCheckpoint(context: CliContext): Promise<number> {
  const { journal } = await Journal.open(await context.readFolder(), { readOnly: true });
  const head = journal.head();
  await journal.close();
  context.io.out(JSON.stringify({ events: head.events, head: head.hash }));
  return 0;
}

function parseCheckpoint(option: string | boolean | undefined): Checkpoint | undefined {
  if (option === undefined) return undefined;
  const match = typeof option === 'string' ? /^(\d+):([0-9a-f]{64})$/.exec(option) : null;
  if (!match?.[1] || !match[2]) {
    throw new CliUsageError(
      'A checkpoint is SEQ:HASH, as `social-desk log checkpoint` prints it (events:head).',
    );
  }
  return { seq: Number(match[1]), hash: match[2] };
}
