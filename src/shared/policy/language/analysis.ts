import type { PartOfSpeech } from 'wink-nlp';
import { englishParser } from './nlp';

/** One word (or punctuation mark) of a sentence, where it stands in the scanned text. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  /** The dictionary form: "was" → "be", "robbed" → "rob". */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** Offsets in UTF-16 code units into the scanned text, as findings count them. */
  readonly start: number;
  readonly end: number;
  /** Starts with a capital and is not all capitals: how names are written. */
  readonly titlecase: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
}

/** One line of the text as parsed: its sentences' offsets are relative to `base`. */
export interface Paragraph {
  readonly base: number;
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

export interface TextAnalysis {
  readonly text: string;
  /** Each paragraph as cached: an edit elsewhere leaves these objects (and what rules found in them) as they were. */
  readonly paragraphs: readonly Paragraph[];
  /** Every sentence with offsets into the whole text, made on first use. */
  readonly sentences: readonly Sentence[];
}

interface ParsedParagraph {
  /** Offsets relative to the paragraph. */
  readonly sentences: readonly Sentence[];
}

/**
 * Paragraphs already parsed, by their text: a key press re-parses only the paragraph it changed,
 * so the live checklist of a 50,000-character body does not parse 50,000 characters a key.
 */
const PARAGRAPH_CACHE_LIMIT = 4000;
const paragraphs = new Map<string, ParsedParagraph>();
let last: TextAnalysis | undefined;

const TITLECASE = /^\p{Lu}(?=.*\p{Ll})/u;

function parseParagraph(paragraph: string): ParsedParagraph {
  const nlp = englishParser();
  const its = nlp.its;
  const doc = nlp.readDoc(paragraph);
  const tokens = doc.tokens();
  // The `its` helpers are plain functions of the token; wink's types declare them as methods.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = tokens.out(its.value);
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  /* eslint-enable @typescript-eslint/unbound-method */
  const words: (Word | undefined)[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    // The tokens keep the text as written; finding each one from the cursor gives exact offsets
    // even where the tokenizer split a word ("Don't" → "Do", "n't").
    const at = paragraph.indexOf(value, cursor);
    if (at === -1 || tags[index] === 'SPACE') {
      words.push(undefined);
      return;
    }
    cursor = at + value.length;
    words.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[index] ?? value.toLowerCase(),
      pos: tags[index] ?? 'X',
      start: at,
      end: cursor,
      titlecase: TITLECASE.test(value),
    });
  });
  const sentences: Sentence[] = [];
  for (const [from, to] of spans) {
    const inSentence = words.slice(from, to + 1).filter((w): w is Word => w !== undefined);
    const first = inSentence[0];
    const final = inSentence.at(-1);
    if (!first || !final) continue;
    sentences.push({ start: first.start, end: final.end, words: inSentence });
  }
  return { sentences };
}

function parsed(paragraph: string): ParsedParagraph {
  const cached = paragraphs.get(paragraph);
  if (cached) {
    // Kept most recently used last, so the oldest is the first to go.
    paragraphs.delete(paragraph);
    paragraphs.set(paragraph, cached);
    return cached;
  }
  const fresh = parseParagraph(paragraph);
  paragraphs.set(paragraph, fresh);
  if (paragraphs.size > PARAGRAPH_CACHE_LIMIT) {
    const oldest = paragraphs.keys().next().value;
    if (oldest !== undefined) paragraphs.delete(oldest);
  }
  return fresh;
}

const shift = (word: Word, by: number): Word => ({
  ...word,
  start: word.start + by,
  end: word.end + by,
});

function shifted(paragraph: Paragraph): Sentence[] {
  const by = paragraph.base;
  if (by === 0) return [...paragraph.sentences];
  return paragraph.sentences.map((sentence) => ({
    start: sentence.start + by,
    end: sentence.end + by,
    words: sentence.words.map((w) => shift(w, by)),
  }));
}

/** Forgets every parsed paragraph: a benchmark's cold start. */
export function forgetParsedParagraphs(): void {
  paragraphs.clear();
  last = undefined;
}

/** The text's sentences and words, parsed once per paragraph and shared by every scanner. */
export function analyse(text: string): TextAnalysis {
  if (last?.text === text) return last;
  const lines: Paragraph[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (line[0].trim() === '') continue;
    lines.push({ base: line.index, text: line[0], sentences: parsed(line[0]).sentences });
  }
  let absolute: Sentence[] | undefined;
  last = {
    text,
    paragraphs: lines,
    get sentences() {
      absolute ??= lines.flatMap(shifted);
      return absolute;
    },
  };
  return last;
}
