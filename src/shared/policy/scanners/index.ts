import type { Finding, Scanner } from '../finding';
import { confidentialScanner } from './confidential';

/** The scanners that exist so far; an automatic item whose kind has none falls back to a person. */
export const SCANNERS: readonly Scanner[] = [confidentialScanner];

export function scanText(text: string, scanners: readonly Scanner[] = SCANNERS): Finding[] {
  return scanners
    .flatMap((scanner) => scanner.scan(text))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
