import type { Finding, ScanContext, Scanner } from '../finding';
import { commercialScanner } from './commercial';
import { confidentialScanner } from './confidential';
import { guiltOrInnocenceScanner } from './guilt-or-innocence';
import { juvenileIdentityScanner } from './juvenile-identity';
import { obscenityScanner } from './obscenity';
import { pendingProsecutionScanner } from './pending-prosecution';
import { personalDataScanner } from './personal-data';
import { politicalScanner } from './political';

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

export function scanText(
  text: string,
  context: ScanContext = {},
  scanners: readonly Scanner[] = SCANNERS,
): Finding[] {
  return scanners
    .flatMap((scanner) => scanner.scan(text, context))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
