import { Journal } from '../../journal/journal';
import { type Checkpoint, verifyJournal } from '../../journal/verify';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

export async function logVerify(context: CliContext): Promise<number> {
  const checkpoint = parseCheckpoint(context.options.checkpoint);
  const result = await verifyJournal(await context.readFolder(), checkpoint);
  context.io.out(JSON.stringify(result));
  return result.ok ? 0 : 1;
}

/** The head to keep somewhere else: whoever holds the machine could rewrite a whole chain. */
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
