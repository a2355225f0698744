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
  'sworn personnel only',
  'law enforcement personnel only',
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
  // "The SWAT tryouts are open to sworn personnel only" is an invitation; stamped, or beside a
  // stamp, a caveat.
  'sworn personnel only',
  'law enforcement personnel only',
]);

/**
 * A caveat in lower case that names whom the material must not reach: "do not distribute outside
 * EPD", "do not discuss with media". The page's own advice ("do not share your PIN") names no
 * agency, press or public, so it stays clean (round twenty-two, from the thirty-seventh set).
 */
const SCOPED_CAVEAT =
  /(?<![\p{L}\p{N}])(?:do\s+not|don['’]t|not\s+to\s+be)\s+(?:distribute|disseminate|forward|share|discuss|release|distributed|disseminated|forwarded|shared|discussed|released)\s+(?:(?:this|it)\s+)?(?:outside(?:\s+of)?\s+(?:the\s+)?(?<agency>[\p{L}]{2,12})|(?:with|to)\s+(?:the\s+)?(?:media|press|public|reporters|news))(?![\p{L}\p{N}])/giu;

/**
 * Whom a caveat keeps the material inside: the department, an agency, or an agency's initials in
 * capitals ("EPD", "HCSO"). The pattern reads any case, so the initials are checked here: "outside
 * the home" or "outside your family" is advice.
 */
const isAgency = (word: string) =>
  /^(?:department|agency|unit|division|office)$/i.test(word) || /^[A-Z]{2,5}$/.test(word);

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

/** Stamps that are as often a page's own advice in capitals, which marks nothing after it. */
const ADVICE_STAMPS = new Set(['do not share', 'do not forward', 'restricted']);

/** Longest line a stamp at its start is read to cover. */
const STAMPED_LINE = 240;

/**
 * "INTERNAL USE ONLY — Det. Abernathy working CI lead on the Royal Oaks apartment, hold until
 * warrant signed": a stamp in capitals that opens its line, then a dash or a colon, stamps the
 * rest of the line, which is what has to come out (round thirteen: writers labelled the stamp,
 * the material, or both). Where the line is longer, or the stamp stands mid-line, the stamp alone.
 */
function markedLineEnd(text: string, match: RegExpMatchArray): number | undefined {
  const start = match.index ?? 0;
  const after = start + match[0].length;
  if (match[0] !== match[0].toUpperCase()) return undefined;
  // Stamps that are also a page's own advice in capitals ("DO NOT SHARE: your passcodes…",
  // "RESTRICTED: parking on Elm…") mark no material after them.
  if (ADVICE_STAMPS.has(match[0].toLowerCase().replace(/\s+/g, ' '))) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[\s[(*_]*$/.test(text.slice(lineStart, start))) return undefined;
  if (!/^[\s*\]_)]*[—–:-]\s*\S/.test(text.slice(after, after + 10))) return undefined;
  const lineEnd = text.indexOf('\n', after);
  const end = lineEnd === -1 ? text.length : lineEnd;
  if (end - start > STAMPED_LINE) return undefined;
  // The rest is the page talking to its readers, not marked material.
  if (/\b(?:you|your|anonymous(?:ly)?|tips?|please)\b/i.test(text.slice(after, end)))
    return undefined;
  return start + text.slice(start, end).trimEnd().length;
}

export const confidentialScanner: Scanner = {
  kind: 'confidential',
  scan(text: string): readonly Finding[] {
    const findings: Finding[] = [];
    const matches = [...text.matchAll(MARKING_PATTERN)];
    const stamped = matches.filter((m) => isMarking(m[0]));
    let markedTo = -1;
    const scoped = [...text.matchAll(SCOPED_CAVEAT)].filter(
      (c) => c.groups?.agency === undefined || isAgency(c.groups.agency),
    );
    // A scoped caveat is a marking in any case; it replaces the bare one inside it.
    const all = [
      ...matches.filter(
        (m) => !scoped.some((c) => m.index >= c.index && m.index < c.index + c[0].length),
      ),
      ...scoped,
    ].sort((a, b) => a.index - b.index);
    for (const match of all) {
      if (match.index < markedTo) continue;
      if (!scoped.includes(match) && !isMarking(match[0]) && !besideStamp(text, match, stamped))
        continue;
      const end = markedLineEnd(text, match) ?? match.index + match[0].length;
      markedTo = end;
      const marked = text.slice(match.index, end);
      findings.push({
        kind: 'confidential',
        section: 'III.B.1.c',
        start: match.index,
        end,
        text: marked,
        message: `“${marked}” is a confidentiality marking${end > match.index + match[0].length ? ' and the material it stamps' : ''}: material carrying it may not be posted without express written permission. Remove the marked material, or record the written permission as a justification.`,
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
