import { expect } from 'vitest';
import type { Finding, Scanner } from '../../src/shared/policy/finding';

/**
 * What a person checks of one scanner's findings: each says the words it points at and cites its
 * section; `flagged` finds the finding covering given words, `clean` expects none.
 */
export function scannerExpectations(scanner: Scanner, section: string) {
  const scan = (text: string) => scanner.scan(text);

  function expectHonest(text: string, found: readonly Finding[]): void {
    for (const finding of found) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.kind).toBe(scanner.kind);
      expect(finding.section).toBe(section);
      expect(finding.message).toContain(section);
      expect(finding.message).toContain(`“${finding.text}”`);
    }
  }

  /** The finding that covers every one of `words` (each as it first appears in `text`). */
  function flagged(text: string, ...words: string[]): Finding {
    const found = scan(text);
    expectHonest(text, found);
    const hit = found.find((f) =>
      words.every((w) => {
        const at = text.indexOf(w);
        return at !== -1 && f.start <= at && at + w.length <= f.end;
      }),
    );
    if (!hit)
      throw new Error(
        `${text}\n  no finding covers ${JSON.stringify(words)}; found ${JSON.stringify(found.map((f) => f.text))}`,
      );
    return hit;
  }

  function clean(text: string): void {
    expect(
      scan(text).map((f) => f.text),
      text,
    ).toEqual([]);
  }

  return { scan, expectHonest, flagged, clean };
}
