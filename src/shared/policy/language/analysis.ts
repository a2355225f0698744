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
const PARAGRAPH_CACHE_LIMIT = 1200;
/**
 * A paragraph longer than this is parsed in pieces cut at sentence ends (or, failing one, at a
 * space): a key press in a long paragraph re-parses one piece, and no sentence a rule reads is
 * longer than this.
 */
const PIECE = 1500;
/** Runs of this many characters without a space (a pasted link or blob) are not words to parse. */
const LONGEST_WORD = 64;
const paragraphs = new Map<string, ParsedParagraph>();
let last: TextAnalysis | undefined;

const TITLECASE = /^\p{Lu}(?=.*\p{Ll})/u;

/** Letters with no base letter under NFD that names are written with. */
const FOLDED = new Map([
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ı', 'i'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  // the ʻokina and the modifier apostrophe inside Hawaiian and Pacific names ("Alapaʻi", round
  // fifteen): an apostrophe to the parser, which keeps "Alapa'i" whole
  ['ʻ', "'"],
  ['ʼ', "'"],
]);

/**
 * The text with each accented letter beyond Latin-1 as its base letter, one for one, so every
 * offset stays: wink's tokenizer keeps "Marín" whole but cut "Kovačević" into "Kova", "č",
 * "evi", "ć", and "Łukasz" into "Ł", "ukasz", so no rule read them as names (round thirteen).
 */
function withBaseLetters(paragraph: string): string {
  return (
    paragraph
      // "Alapa‘i": the left quotation mark typed for an ʻokina, between two letters
      .replace(/(?<=\p{L})\u2018(?=\p{L})/gu, "'")
      .replace(
        /[\u0100-\u024F\u02BB\u02BC\u1E00-\u1EFF]/g,
        (letter) =>
          FOLDED.get(letter) ??
          /^[A-Za-z](?=\p{M}*$)/u.exec(letter.normalize('NFD'))?.[0] ??
          letter,
      )
  );
}

function parseParagraph(paragraph: string): ParsedParagraph {
  const nlp = englishParser();
  const its = nlp.its;
  // The tokenizer slows down badly on long runs without spaces; blanked out, the words around
  // them keep their offsets.
  const plain = withBaseLetters(paragraph);
  const doc = nlp.readDoc(
    plain.replace(new RegExp(`\\S{${LONGEST_WORD},}`, 'g'), (run) => ' '.repeat(run.length)),
  );
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
    const at = plain.indexOf(value, cursor);
    if (at === -1 || tags[index] === 'SPACE') {
      words.push(undefined);
      return;
    }
    cursor = at + value.length;
    // The word as written, accents and all: only the parser read it without them.
    const text = paragraph.slice(at, cursor);
    words.push({
      text,
      lower: text.toLowerCase(),
      // A lemma read from the folded letters, where it is the word itself, is the word as written:
      // "lower !== lemma" is how the rules see an inflected form.
      lemma:
        lemmas[index] === undefined || lemmas[index] === value.toLowerCase()
          ? text.toLowerCase()
          : lemmas[index],
      pos: tags[index] ?? 'X',
      start: at,
      end: cursor,
      titlecase: TITLECASE.test(text),
    });
  });
  const sentences: Sentence[] = [];
  for (const [from, to] of spans) {
    const inSentence = words.slice(from, to + 1).filter((w): w is Word => w !== undefined);
    const first = inSentence[0];
    const final = inSentence.at(-1);
    if (!first || !final) continue;
    const before = sentences.at(-1);
    if (before && endsInTitle(before.words) && first.titlecase) {
      sentences[sentences.length - 1] = {
        start: before.start,
        end: final.end,
        words: [...before.words, ...inSentence],
      };
      continue;
    }
    sentences.push({ start: first.start, end: final.end, words: inSentence });
  }
  return { sentences };
}

/**
 * The parser ends a sentence at some titles' full stops ("Det.", "Ofc.", "Rev.", "Cpl."), which
 * left "Det. Ana Ruiz said…" as two sentences and the name at the start of the second.
 */
const TITLE_BEFORE_NAME =
  /^(?:Det|Ofc|Sgt|Lt|Capt|Cpl|Dep|Insp|Cmdr|Supt|Rev|Dr|Mr|Mrs|Ms|Prof|Rep|Sen|Gov|Atty|Pres|Hon)$/;
function endsInTitle(words: readonly Word[]): boolean {
  const last = words.at(-1);
  const title = words.at(-2);
  return (
    last?.text === '.' &&
    title !== undefined &&
    TITLE_BEFORE_NAME.test(title.text) &&
    title.end === last.start
  );
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

/**
 * A line cut into pieces of at most PIECE characters, at a sentence end where there is one. Each
 * piece is parsed as a paragraph of its own; the scanners cut long documents only where a piece
 * starts (see scan-pieces.ts).
 */
export function linePieces(line: string): [number, string][] {
  if (line.length <= PIECE) return [[0, line]];
  const out: [number, string][] = [];
  let from = 0;
  while (line.length - from > PIECE) {
    const window = line.slice(from, from + PIECE);
    const sentenceEnd = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('! '),
      window.lastIndexOf('? '),
    );
    const cut = sentenceEnd > PIECE / 3 ? sentenceEnd + 2 : window.lastIndexOf(' ') + 1 || PIECE;
    out.push([from, line.slice(from, from + cut)]);
    from += cut;
  }
  out.push([from, line.slice(from)]);
  return out;
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
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    if (line[0].trim() === '') continue;
    for (const [offset, piece] of linePieces(line[0])) {
      lines.push({ base: line.index + offset, text: piece, sentences: parsed(piece).sentences });
    }
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
