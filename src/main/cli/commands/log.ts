import { StampHistory, verifyStamps } from '../../audit/verify-stamps';
import { Journal } from '../../journal/journal';
import { type Checkpoint, dataFolderKind, verifyJournal } from '../../journal/verify';
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
  const history = new StampHistory();
  const result = await verifyJournal(folder, checkpoint, history.observe);
  if (!result.ok) {
    context.io.out(JSON.stringify(result));
    context.io.err(
      `social-desk: the journal fails verification at event ${result.firstBad}: ${result.reason}. Restore the data folder from a backup (social-desk restore), and keep this folder aside for inspection.`,
    );
    return 1;
  }
  // The chain holds; the stores' stamps must name events of it that recorded their content.
  const stores = await verifyStamps(folder, history);
  if (stores.length > 0) {
    context.io.out(JSON.stringify({ ...result, ok: false, stores }));
    for (const { file, problem } of stores) {
      context.io.err(
        `social-desk: ${file} was changed outside Social Desk: ${problem}. Restore the data folder from a backup (social-desk restore), and keep this folder aside for inspection.`,
      );
    }
    return 1;
  }
  context.io.out(JSON.stringify(result));
  return 0;
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
