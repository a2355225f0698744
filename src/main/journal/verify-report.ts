import { type StampProblem, StampHistory, verifyStamps } from '../audit/verify-stamps';
import { type Checkpoint, type VerifyResult, verifyJournal } from './verify';

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

/** A checkpoint as kept ("SEQ:HASH", `log checkpoint`'s events and head); undefined if not one. */
export function checkpointOf(text: string): Checkpoint | undefined {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { seq: Number(match[1]), hash: match[2] };
}
