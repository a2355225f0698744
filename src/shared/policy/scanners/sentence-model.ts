import type { DirectiveSection } from '../directive';
import type { Finding, ScanContext } from '../finding';
import { analyse } from '../language/analysis';
import { featureWords, sentenceFeatures } from '../language/sentence-features';
import { sentenceMemo } from '../language/sentence-memo';
import modelFile from './sentence-model.json' with { type: 'json' };
import {
  MODEL_KINDS,
  type ModelKind,
  type SentenceModel,
  sentenceModelSchema,
} from './sentence-model-shape';

/**
 * A sentence model beside the rules: five rounds of hand-written rules took each development set
 * they were written against past 0.9 and moved the held-out sets by at most 0.06 a round, so for
 * the kinds they under-read, a logistic regression learned from every labelled development
 * sentence also reads each sentence (scripts/train-sentence-model.ts). It only adds: a sentence
 * it scores over the threshold is flagged where no rule already flagged part of it, and its
 * finding names the words that weighed most.
 */
// Read on first use, so the rules alone (and the trainer, which labels with them) never need it.
// The committed file is not put through its schema here: it is part of the build, and
// sentence-model.test.ts parses it with the schema. Doing it on every start cost the live
// checklist's worker a fifth of a second, and building Maps of its weights as much again, before
// the first result; own-property lookups in the parsed JSON read the same numbers.
let model: { threshold: number; weights: Readonly<Record<ModelKind, Weights>> } | undefined;
type Weights = Readonly<Record<string, number>>;
function loaded() {
  model ??= readModel(modelFile);
  return model;
}
const readModel = ({ threshold, kinds }: SentenceModel) => ({ threshold, weights: kinds });

/** A feature's weight: own properties only, so nothing an object inherits reads as one. */
const weightIn = (weights: Weights, feature: string): number =>
  Object.hasOwn(weights, feature) ? (weights[feature] as number) : 0;

/**
 * Reads with another model until called again with none: for measuring a model trained with one
 * development set left out on that set (tests/scanners/leave-one-out.ts), never in the app.
 */
export function replaceSentenceModel(other: SentenceModel | undefined): void {
  model = other && readModel(sentenceModelSchema.parse(other));
  forgetSentenceScores();
}
// Each sentence's score by kind, kept by its words: typing re-scores only the sentence it changed.
const freshScores = () =>
  new Map(MODEL_KINDS.map((kind) => [kind, sentenceMemo<number, ModelSentence>()]));
let scores = freshScores();

/** Forgets every sentence's score: the benchmark's cold runs start from nothing. */
export function forgetSentenceScores(): void {
  scores = freshScores();
}

/** A sentence as the model reads it: offsets into its paragraph. */
interface ModelSentence {
  start: number;
  end: number;
}

/**
 * The sentences the model reads in a paragraph: the parser's, except that a break with no space
 * after it is no sentence's end ("springfieldpd.com", "v2.0"), so the two sides read as one.
 */
export function modelSentences(
  paragraph: string,
  sentences: readonly Readonly<ModelSentence>[],
): ModelSentence[] {
  const units: ModelSentence[] = [];
  for (const { start, end } of sentences) {
    const last = units.at(-1);
    if (last && start <= last.end && /\S/.test(paragraph[start] ?? ' ')) last.end = end;
    else units.push({ start, end });
  }
  return units;
}

/** How likely the model finds it, from 0 to 1, that a sentence is of the kind. */
export function sentenceScore(kind: ModelKind, sentence: string): number {
  const weights = loaded().weights[kind];
  let sum = 0;
  for (const feature of sentenceFeatures(sentence)) sum += weightIn(weights, feature);
  return 1 / (1 + Math.exp(-sum));
}

/** The words of a sentence that weighed most towards the kind, heaviest first. */
export function weightiestWords(kind: ModelKind, sentence: string, count = 3): string[] {
  const weights = loaded().weights[kind];
  return sentenceFeatures(sentence)
    .flatMap((feature) => {
      const words = featureWords(feature);
      const weight = weightIn(weights, feature);
      return words && weight > 0 ? [{ words, weight }] : [];
    })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count)
    .map(({ words }) => words);
}

/** What a scanner hands the model: how its findings read, what it found, what it excepts. */
export interface ModelReading {
  readonly kind: ModelKind;
  readonly section: DirectiveSection;
  readonly message: (matched: string) => string;
  readonly ruleFindings: readonly Finding[];
  /** The scanner's own exceptions (a scam warning is not an advert), applied to the model too. */
  readonly excepted?: (start: number, end: number) => boolean;
}

/** Fewer words than this say too little to weigh: a lone hashtag, "DM me." */
const FEWEST_WORDS = 3;

/**
 * The model's findings of one kind in the text: sentences over the threshold that none of the
 * rule findings touches. Scores are kept by the sentence's words, so typing re-scores only the
 * sentence that changed.
 */
export function modelFindings(
  text: string,
  { kind, section, message, ruleFindings, excepted }: ModelReading,
  context: ScanContext = {},
): Finding[] {
  if (context.phraseRulesOnly || context.withoutModel) return [];
  const memo = scores.get(kind) as ReturnType<typeof sentenceMemo<number, ModelSentence>>;
  const { threshold } = loaded();
  const found: Finding[] = [];
  for (const paragraph of analyse(text).paragraphs) {
    const units = modelSentences(paragraph.text, paragraph.sentences);
    for (const sentence of units) {
      const words = paragraph.text.slice(sentence.start, sentence.end);
      // Not "<=": a score that is not a number flags nothing.
      if (!(memo(paragraph.text, sentence, () => sentenceScore(kind, words)) > threshold)) continue;
      if ((words.match(/\p{L}+/gu)?.length ?? 0) < FEWEST_WORDS) continue;
      const start = paragraph.base + sentence.start;
      const end = paragraph.base + sentence.end;
      if (ruleFindings.some((f) => f.start < end && start < f.end)) continue;
      if (excepted?.(start, end)) continue;
      const weighed = weightiestWords(kind, words).map((w) => `“${w}”`);
      const why =
        weighed.length > 0
          ? `the words that weighed most: ${weighed.join(', ')}`
          : 'no single word weighed most, the sentence as a whole did';
      found.push({
        kind,
        section,
        start,
        end,
        text: words,
        message: `${message(words)} (Read by the sentence model, learned from the department's labelled examples; ${why}.)`,
      });
    }
  }
  return found;
}

/** A scanner's rule findings with the model's beside them, in order. */
export function withModelFindings(
  text: string,
  reading: ModelReading,
  context: ScanContext = {},
): Finding[] {
  return [...reading.ruleFindings, ...modelFindings(text, reading, context)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}
