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

/** Each scanner's findings in the last pieces of long documents it scanned (see scan-pieces.ts). */
const remembered = new WeakMap<
  Scanner,
  (key: string, work: () => readonly Finding[]) => readonly Finding[]
>();

function rememberedBy(scanner: Scanner) {
  let memo = remembered.get(scanner);
  if (!memo) {
    memo = rememberLast<readonly Finding[]>(256);
    remembered.set(scanner, memo);
  }
  return memo;
}

export function scanText(
  text: string,
  context: ScanContext = {},
  scanners: readonly Scanner[] = SCANNERS,
): Finding[] {
  const pieces = scanPieces(text);
  if (pieces.length === 1)
    return scanners.flatMap((scanner) => scanner.scan(text, context)).sort(byPlace);
  // What a piece's findings depend on besides its words: the department's lines and names.
  const about = JSON.stringify(context);
  return pieces
    .flatMap(({ start, text: piece }) =>
      scanners.flatMap((scanner) =>
        rememberedBy(scanner)(`${about}\u0000${piece}`, () => scanner.scan(piece, context)).map(
          (finding) => ({ ...finding, start: finding.start + start, end: finding.end + start }),
        ),
      ),
    )
    .sort(byPlace);
}
