import { type StampProblem, StampHistory, verifyStamps } from '../../audit/verify-stamps';
import { Journal } from '../../journal/journal';
import {
  type Checkpoint,
  type VerifyResult,
  dataFolderKind,
  verifyJournal,
} from '../../journal/verify';
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

/** What `log verify` found: what it prints, and its words (the app's Journal screen shows them). */
export interface VerifyReport {
  readonly ok: boolean;
  readonly result: VerifyResult;
  /** Stamped files changed outside Social Desk, once the chain itself holds. */
  readonly stores: readonly StampProblem[];
  readonly printed: object;
  /** The problems in words, one a line; for a journal that verifies, one line saying so. */
  readonly words: readonly string[];
}

/** The whole of `log verify`'s check, and its one wording, for the command and the app alike. */
export async function verifyDataFolder(
  folder: string,
  checkpoint?: Checkpoint,
): Promise<VerifyReport> {
  const history = new StampHistory();
  const result = await verifyJournal(folder, checkpoint, history.observe);
  const restore =
    'Restore the data folder from a backup (social-desk restore), and keep this folder aside for inspection.';
  if (!result.ok) {
    return {
      ok: false,
      result,
      stores: [],
      printed: result,
      words: [
        `the journal fails verification at event ${result.firstBad}: ${result.reason}. ${restore}`,
      ],
    };
  }
  // The chain holds; the stores' stamps must name events of it that recorded their content.
  const stores = await verifyStamps(folder, history);
  if (stores.length > 0) {
    return {
      ok: false,
      result,
      stores,
      printed: { ...result, ok: false, stores },
      words: stores.map(
        ({ file, problem }) => `${file} was changed outside Social Desk: ${problem}. ${restore}`,
      ),
    };
  }
  return {
    ok: true,
    result,
    stores,
    printed: result,
    words: [`the journal verifies: ${result.events} events, head ${result.head}.`],
  };
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
