import type { Finding, ScanContext, Scanner } from '../finding';
import { rememberLast } from '../text-pieces';
import { commercialScanner } from './commercial';
import { confidentialScanner } from './confidential';
import { guiltOrInnocenceScanner } from './guilt-or-innocence';
import { juvenileIdentityScanner } from './juvenile-identity';
import { obscenityScanner } from './obscenity';
import { pendingProsecutionScanner } from './pending-prosecution';
import { personalDataScanner } from './personal-data';
import { politicalScanner } from './political';
import { scanPieces } from './scan-pieces';

export const SCANNERS: readonly Scanner[] = [
  personalDataScanner,
  guiltOrInnocenceScanner,
  pendingProsecutionScanner,
  confidentialScanner,
  obscenityScanner,
  politicalScanner,
  commercialScanner,
  juvenileIdentityScanner,
];

const byPlace = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;

/**
 * Each scanner's findings in the last pieces of long documents it scanned (see scan-pieces.ts),
 * margins included, for one department: a change to its lines or place names forgets them all, so
 * the remembered pieces are keyed by their words alone.
 */
let rememberedFor: { about: string; memos: WeakMap<Scanner, ScanMemo> } | undefined;
type ScanMemo = (key: string, work: (key: string) => readonly Finding[]) => readonly Finding[];

function memosFor(context: ScanContext): (scanner: Scanner) => ScanMemo {
  // What findings depend on besides the words; not the rest of a checklist's context (targets).
  const about = JSON.stringify([
    context.department ?? null,
    context.phraseRulesOnly ?? false,
    context.withoutModel ?? false,
  ]);
  if (rememberedFor?.about !== about) rememberedFor = { about, memos: new WeakMap() };
  const { memos } = rememberedFor;
  return (scanner) => {
    let memo = memos.get(scanner);
    if (!memo) {
      memo = rememberLast<readonly Finding[]>(64);
      memos.set(scanner, memo);
    }
    return memo;
  };
}

export function scanText(
  text: string,
  context: ScanContext = {},
  scanners: readonly Scanner[] = SCANNERS,
): Finding[] {
  const pieces = scanPieces(text);
  if (pieces.length === 1)
    return scanners.flatMap((scanner) => scanner.scan(text, context)).sort(byPlace);
  const memoOf = memosFor(context);
  // Whole-text checks read the document, not the piece (see whole-document.ts), and a piece's
  // remembered findings hold only while their answers do: the key is those answers, a NUL (which
  // no answer holds), then the piece.
  const inDocument: ScanContext = { ...context, document: text };
  const keyed = scanners.map((scanner) => ({
    scanner,
    memo: memoOf(scanner),
    about: `${scanner.documentKey?.(text, context) ?? ''}\u0000`,
  }));
  return pieces
    .flatMap(({ start, text: piece, keepFrom, keepTo }) =>
      keyed.flatMap(({ scanner, memo, about }) =>
        memo(about + piece, (key) =>
          scanner.scan(key.slice(about.length), { ...inDocument, pieceStart: start }),
        )
          .filter((finding) => finding.start >= keepFrom && finding.start < keepTo)
          .map((finding) => ({
            ...finding,
            start: finding.start + start,
            end: finding.end + start,
          })),
      ),
    )
    .sort(byPlace);
}
