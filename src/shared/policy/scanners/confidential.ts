import type { Finding, Scanner } from '../finding';
import { pastedNotes } from './records-notes';

/**
 * Confidentiality markings are a closed vocabulary (handling caveats stamped on documents), so a
 * list of exact phrases is the right tool: a marking pasted into a post is never innocent.
 */
const MARKINGS = [
  'internal use only',
  'for internal use',
  'law enforcement sensitive',
  'le sensitive',
  'law enforcement only',
  'sensitive but unclassified',
  'for official use only',
  'fouo',
  'les',
  'do not release',
  'do not distribute',
  'do not disseminate',
  'do not share',
  'do not forward',
  'internal only',
  'not for public dissemination',
  'not for dissemination',
  'not for distribution',
  'not for public release',
  'not for release',
  'confidential',
  'cjis',
  'restricted',
];

const MARKING_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MARKINGS.map((m) => m.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * These are markings only when stamped in capitals: "our confidential tip line", "restricted
 * parking" and "do not share your PIN" are everyday words in a department post.
 */
const CAPITALS_ONLY = new Set([
  'les',
  'le sensitive',
  'confidential',
  'restricted',
  'do not share',
  'do not forward',
  'do not distribute',
  'do not disseminate',
]);

function isMarking(text: string): boolean {
  return !CAPITALS_ONLY.has(text.toLowerCase().replace(/\s+/g, ' ')) || text === text.toUpperCase();
}

/**
 * "[RMS paste – CJIS data, do not disseminate: …]": a caveat written in lower case is still a
 * marking when a stamped one stands beside it on the same line, a few words away.
 */
function besideStamp(text: string, match: RegExpMatchArray, stamped: readonly RegExpMatchArray[]) {
  const start = match.index ?? 0;
  return stamped.some((other) => {
    const at = other.index ?? 0;
    if (at === start) return false;
    const from = Math.min(at, start);
    const to = Math.max(at + other[0].length, start + match[0].length);
    return to - from <= 80 && !text.slice(from, to).includes('\n');
  });
}

export const confidentialScanner: Scanner = {
  kind: 'confidential',
  scan(text: string): readonly Finding[] {
    const findings: Finding[] = [];
    const matches = [...text.matchAll(MARKING_PATTERN)];
    const stamped = matches.filter((m) => isMarking(m[0]));
    for (const match of matches) {
      if (!isMarking(match[0]) && !besideStamp(text, match, stamped)) continue;
      findings.push({
        kind: 'confidential',
        section: 'III.B.1.c',
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        message: `“${match[0]}” is a confidentiality marking: material carrying it may not be posted without express written permission. Remove the marked material, or record the written permission as a justification.`,
      });
    }
    for (const { start, end } of pastedNotes(text, findings)) {
      const note = text.slice(start, end);
      findings.push({
        kind: 'confidential',
        section: 'III.B.1.c',
        start,
        end,
        text: note,
        message: `“${note}” reads as a pasted dispatch or records-system note (its shorthand is a dispatcher’s or a records entry’s, not the public’s): restricted material even without a stamp (III.B.1.c). Remove it, or record the express written permission as a justification.`,
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
