import type { Finding } from '../finding';

/**
 * Overlapping findings become one that covers them all: a sentence's seller, price and call to
 * buy (or candidate and call to vote) are one statement, and the finding shows every word of it.
 */
export function joinOverlapping(
  text: string,
  findings: readonly Finding[],
  message: (matched: string) => string,
): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: Finding[] = [];
  for (const finding of sorted) {
    const last = joined.at(-1);
    if (!last || finding.start >= last.end) {
      joined.push(finding);
      continue;
    }
    if (finding.end <= last.end) continue;
    const matched = text.slice(last.start, finding.end);
    joined[joined.length - 1] = {
      ...last,
      end: finding.end,
      text: matched,
      message: message(matched),
    };
  }
  return joined;
}
