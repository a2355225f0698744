import type { DirectiveSection } from '../directive';
import type { Finding, FindingKind, ScanContext } from '../finding';
import { requiredWords } from './required-words';

/** One rule of a phrase scanner: what to match, and which part of the match is the finding. */
export interface PhraseRule {
  readonly pattern: RegExp;
  /** Index of the capture group to report; 0 for the whole match. */
  readonly group?: number;
  /** A match this returns false for is not a finding (the context around it clears it). */
  readonly keep?: (text: string, start: number, end: number, context: ScanContext) => boolean;
  readonly message: (matched: string) => string;
  /**
   * Lower-case words every match contains one of: the rule runs only on text that has one, so a
   * post pays only for the rules that could match it. Leave out when no such word exists.
   */
  readonly hints?: readonly string[];
}

/** Runs rules over the text; overlapping findings of the same kind keep the first, longest one. */
export function scanWithRules(
  text: string,
  kind: FindingKind,
  section: DirectiveSection,
  rules: readonly PhraseRule[],
  context: ScanContext = {},
): Finding[] {
  const found: Finding[] = [];
  const holds = wordsOf(text);
  for (const rule of rules) {
    if (!rule.pattern.global)
      throw new Error(`The ${kind} rule ${String(rule.pattern)} must be global`);
    if (rule.hints && !rule.hints.some(holds)) continue;
    const words = requiredWords(rule.pattern);
    if (words && !words.some(holds)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const group = rule.group ?? 0;
      const matched = match[group];
      if (matched === undefined || matched === '') continue;
      const offset = group === 0 ? 0 : match[0].indexOf(matched);
      const start = match.index + offset;
      const end = start + matched.length;
      if (rule.keep && !rule.keep(text, start, end, context)) continue;
      found.push({ kind, section, start, end, text: matched, message: rule.message(matched) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of found) {
    const last = kept.at(-1);
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}

/**
 * Whether the lower-cased text holds a word, remembered for the last text: every scanner runs
 * its rule lists over the same piece, and many rules ask after the same words.
 */
function wordsOf(text: string): (word: string) => boolean {
  if (lastText?.text !== text) {
    const lower = text.toLowerCase();
    const answers = new Map<string, boolean>();
    lastText = {
      text,
      holds: (word) => {
        let answer = answers.get(word);
        if (answer === undefined) {
          answer = lower.includes(word);
          answers.set(word, answer);
        }
        return answer;
      },
    };
  }
  return lastText.holds;
}
let lastText: { text: string; holds: (word: string) => boolean } | undefined;

/** Up to `length` characters before `start`, lower-cased, for context rules. */
export function before(text: string, start: number, length = 40): string {
  return text.slice(Math.max(0, start - length), start).toLowerCase();
}

/** The sentence around `start`..`end`, to its stops, at most 200 characters either side. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
  let to = end;
  while (to < text.length && to - end < 200 && !'.!?\n'.includes(text[to] ?? '.')) to += 1;
  return text.slice(from, to);
}

export function after(text: string, end: number, length = 40): string {
  return text.slice(end, end + length).toLowerCase();
}
