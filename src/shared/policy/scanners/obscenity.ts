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

export const obscenityScanner: Scanner = {
  kind: 'obscenity',
  scan(text: string): readonly Finding[] {
    const findings: Finding[] = [];
    for (const match of matcher.getAllMatches(text, true)) {
      const [start, end] = wordAround(text, match.startIndex, match.endIndex + 1);
      if (findings.some((f) => f.start === start)) continue;
      const word = text.slice(start, end);
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
