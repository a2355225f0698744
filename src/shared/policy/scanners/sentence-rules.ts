import type { DirectiveSection } from '../directive';
import type { Finding, FindingKind, ScanContext } from '../finding';
import { type Sentence, analyse } from '../language/analysis';
import { isDeniedOrHypothetical } from '../language/words';

/** A place in the text a sentence rule found: offsets into the scanned text. */
export interface Found {
  readonly start: number;
  readonly end: number;
}

/** A rule that reads one parsed sentence at a time (who it is about, what it asserts). */
export type SentenceRule = (text: string, sentence: Sentence, context: ScanContext) => Found[];

/**
 * What each rule found in each parsed sentence, relative to its paragraph: a key press in one
 * paragraph of a long body re-reads only that paragraph, the others' findings are only moved.
 * Keyed by the department as well, which some rules read.
 */
const remembered = new WeakMap<Sentence, Map<SentenceRule, { key: string; found: Found[] }>>();

/** Runs sentence rules over the parsed text; each finding says the words it matched. */
export function scanSentences(
  text: string,
  kind: FindingKind,
  section: DirectiveSection,
  rules: readonly SentenceRule[],
  message: (matched: string) => string,
  context: ScanContext = {},
): Finding[] {
  if (context.phraseRulesOnly) return [];
  const key = context.department ? JSON.stringify(context.department) : '';
  const found: Finding[] = [];
  for (const paragraph of analyse(text).paragraphs) {
    for (const sentence of paragraph.sentences) {
      let byRule = remembered.get(sentence);
      if (!byRule) {
        byRule = new Map();
        remembered.set(sentence, byRule);
      }
      for (const rule of rules) {
        let entry = byRule.get(rule);
        if (entry?.key !== key) {
          entry = { key, found: rule(paragraph.text, sentence, context) };
          byRule.set(rule, entry);
        }
        for (const { start, end } of entry.found) {
          const from = start + paragraph.base;
          const to = end + paragraph.base;
          const matched = text.slice(from, to);
          found.push({
            kind,
            section,
            start: from,
            end: to,
            text: matched,
            message: message(matched),
          });
        }
      }
    }
  }
  return found;
}

/** Phrase findings and sentence findings together; of overlapping ones the first, longest stays. */
export function mergeFindings(...lists: readonly (readonly Finding[])[]): Finding[] {
  const all = lists.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of all) {
    const last = kept.at(-1);
    if (last && finding.start < last.end) continue;
    kept.push(finding);
  }
  return kept;
}

/**
 * Phrase findings a sentence denies or only supposes: "Nobody is saying he did it", "before this
 * thread decides he's guilty". The phrase matched; the sentence does not assert it.
 */
export function withoutDenials(text: string, findings: readonly Finding[]): Finding[] {
  if (findings.length === 0) return [];
  const sentences = analyse(text).sentences;
  return findings.filter((finding) => {
    const sentence = sentences.find((s) => s.start <= finding.start && finding.start < s.end);
    if (!sentence) return true;
    const index = sentence.words.findIndex((w) => w.end > finding.start);
    return index === -1 || !isDeniedOrHypothetical(sentence, index);
  });
}

/** Places a rule found, as findings that quote their words. */
export function asFindings(
  text: string,
  kind: FindingKind,
  section: DirectiveSection,
  found: readonly Found[],
  message: (matched: string) => string,
): Finding[] {
  return found.map(({ start, end }) => {
    const matched = text.slice(start, end);
    return { kind, section, start, end, text: matched, message: message(matched) };
  });
}
