import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { Finding, Scanner } from '../finding';

/**
 * The word data and the matching (leetspeak, repeated letters, inserted symbols) come from the
 * obscenity library; we only widen each match to its whole word so the person sees what to edit.
 */
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

function wordAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && /[\p{L}\p{N}*$@!#_]/u.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && /[\p{L}\p{N}*$@!#_]/u.test(text[to] ?? '')) to += 1;
  return [from, to];
}

/**
 * Masked spellings ("sh*t", "f***", "S.H.I.T.") hide letters the library's transformers cannot
 * guess. Each mask is tried as each likely letter and the library judges the result, so the word
 * data stays the library's.
 */
const MASK_FILLS = 'aeiouckts';
const MASKED_WORD =
  /(?<![\p{L}\p{N}])(?=[\p{L}*]*\*)[\p{L}]+[\p{L}*]*|(?<![\p{L}.])(?:\p{L}\.){3,}|(?<![\p{L}\p{N}])(?:\p{L} ){2,}\p{L}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{L}*ph\p{L}*/giu;

function unmaskedCandidates(word: string): string[] {
  if (/^(?:\p{L}\.)+$/u.test(word)) return [word.replace(/\./g, '')];
  // Letters spaced out ("s h i t"), and "ph" written for "f" ("phuck").
  if (/^(?:\p{L} )+\p{L}$/u.test(word)) return [word.replace(/ /g, '')];
  if (!word.includes('*')) return [word.toLowerCase().replace(/ph/g, 'f')];
  const masks = word.split('*').length - 1;
  if (masks === 0 || masks > 3) return [];
  let candidates = [''];
  // Masked words are letters and asterisks only (see MASKED_WORD), so per-code-point is exact.
  for (const char of Array.from(word)) {
    const options = char === '*' ? MASK_FILLS.split('') : [char];
    candidates = candidates.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return candidates;
}

function maskedFindings(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(MASKED_WORD)) {
    if (unmaskedCandidates(match[0]).some((candidate) => matcher.hasMatch(candidate))) {
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/** "Dick's Sporting Goods", "Dick Van Dyke": a capitalised name followed by another is a name. */
function isProperName(word: string, following: string): boolean {
  return word === 'Dick' && /^(?:['’]s)?\s+\p{Lu}/u.test(following);
}

export const obscenityScanner: Scanner = {
  kind: 'obscenity',
  scan(text: string): readonly Finding[] {
    const findings: Finding[] = [];
    const spans = [
      ...matcher
        .getAllMatches(text, true)
        .map((m) => wordAround(text, m.startIndex, m.endIndex + 1)),
      ...maskedFindings(text).map(({ start, end }) => [start, end] as [number, number]),
    ].sort((a, b) => a[0] - b[0]);
    for (const [start, end] of spans) {
      if (findings.some((f) => start < f.end && f.start < end)) continue;
      const word = text.slice(start, end);
      if (isProperName(word, text.slice(end, end + 30))) continue;
      findings.push({
        kind: 'obscenity',
        section: 'III.B.1.a',
        start,
        end,
        text: word,
        message: `“${word}” is obscene or sexually explicit language, which a department representative does not use (III.B.1.a). Reword it.`,
      });
    }
    return findings;
  },
};
