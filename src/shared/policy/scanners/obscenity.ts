import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { Finding, ScanContext, Scanner } from '../finding';
import {
  RUDE_FORMS,
  SEXUAL_PHRASES,
  isOrdinaryWord,
  isSpanishObscenity,
} from '../language/rude-words';
import { isCapitalisedWord, namePositions } from './obscenity-names';
import { rememberLast } from '../text-pieces';
import { inPlaceNameList, placeNameList, wordsOf } from './place-name-list';
import { scanPieces } from './scan-pieces';

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
  // "Hooker!", "F*CK!!": a closing exclamation mark is the sentence's, not the word's ("sh!t" keeps its own).
  while (to > end && text[to - 1] === '!') to -= 1;
  return [from, to];
}

/**
 * Masked spellings ("sh*t", "f***", "S.H.I.T.", "F.U.C.K") hide letters the library's transformers cannot
 * guess. Each mask is tried as each likely letter and the library judges the result, so the word
 * data stays the library's.
 */
const MASK_FILLS = 'aeiouckts';
const MASKED_WORD =
  /(?<![\p{L}\p{N}])(?=[\p{L}*]{0,40}\*)[\p{L}]+[\p{L}*]*|(?<![\p{L}.])(?:\p{L}\.){2,}\p{L}(?![\p{L}\p{N}.])|(?<![\p{L}.])(?:\p{L}\.){3,}|(?<![\p{L}\p{N}])(?:\p{L}[ -]){2,}\p{L}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{L}*ph\p{L}*/giu;

function unmaskedCandidates(word: string): string[] {
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return [word.replace(/\./g, '')];
  // Letters spaced out ("s h i t"), and "ph" written for "f" ("phuck").
  if (/^(?:\p{L}[ -])+\p{L}$/u.test(word)) return [word.replace(/[ -]/g, '')];
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
    if (
      unmaskedCandidates(match[0]).some(
        (candidate) => matcher.hasMatch(candidate) || isSpanishObscenity(candidate),
      )
    ) {
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/** What may follow a rude root in a rude word ("fuck-ing", "shit-head"); anything else is another word. */
const RUDE_ENDING = /^(?:s|es|ed|er|ers|ing|in|y|ty|face|head|hole|wad|bag|tard|off|up)?$/i;

/**
 * The Scunthorpe problem: "Cumming", "Penistone", "Dickens Ave" are places and names. A Titlecase
 * word in mid-sentence whose rude part is followed by something no rude word ends with is a name;
 * so is "Dick" before another capitalised word ("Dick's Sporting Goods", "Dick Van Dyke").
 */
function isProperName(
  word: string,
  matched: { start: number; end: number },
  text: string,
  start: number,
): boolean {
  const following = text.slice(start + word.length, start + word.length + 30);
  if (word === 'Dick') return /^(?:['’]s)?\s+\p{Lu}/u.test(following);
  const midSentence = !/(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
  const titlecase = /^\p{Lu}\p{Ll}+$/u.test(word);
  const rest = text.slice(matched.end, start + word.length);
  return midSentence && titlecase && matched.start === start && !RUDE_ENDING.test(rest);
}

/** Whether one short word is rude, remembered: names and their neighbours repeat in a text. */
const rudeWords = new Map<string, boolean>();
function isRude(word: string): boolean {
  let rude = rudeWords.get(word);
  if (rude === undefined) {
    rude = matcher.hasMatch(word);
    if (rudeWords.size >= 5_000) rudeWords.clear();
    rudeWords.set(word, rude);
  }
  return rude;
}

/** What may come before a rude root inside one rude word ("Bullshit", "Motherfucker"). */
const RUDE_PREFIX =
  /^(?:bull|horse|chicken|ape|bat|dip|dumb|jack|smart|fat|lard|dog|holy|mother|mutha|muther|cluster|cock|dick|ass|arse|butt|shit|fuck|god|dam|pussy|bitch|twat|wank|half|lame|candy|clown|fart|limp|numb|sh|s)$/i;

/**
 * "Dikshit", "Titsworth": a capitalised word whose rude part sits inside it after letters no rude
 * word begins with is a name, wherever it stands.
 */
function isRootInsideName(word: string, matched: { start: number }, start: number): boolean {
  if (matched.start <= start || !isCapitalisedWord(word)) return false;
  const prefix = word.slice(0, matched.start - start);
  return /^\p{L}+$/u.test(prefix) && !RUDE_PREFIX.test(prefix) && !isRude(prefix);
}

function finding(start: number, end: number, word: string): Finding {
  return {
    kind: 'obscenity',
    section: 'III.B.1.a',
    start,
    end,
    text: word,
    message: `“${word}” is obscene or sexually explicit language, which a department representative does not use (III.B.1.a). Reword it.`,
  };
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly matched: { readonly start: number; readonly end: number };
}

/**
 * The library's matches and the masked spellings of one line, offsets relative to it. A rude word
 * never spans a line break, so each line is matched once and remembered: a key press in a long
 * body matches the line it changed, not 50,000 characters (the matcher was most of a key's cost).
 */
const lineCandidates = new Map<string, readonly Candidate[]>();
const LINES_REMEMBERED = 2000;

function candidatesOfLine(line: string): readonly Candidate[] {
  const known = lineCandidates.get(line);
  if (known) return known;
  const found: Candidate[] = [
    ...matcher
      .getAllMatches(line, true)
      .map((m) => {
        const [start, end] = wordAround(line, m.startIndex, m.endIndex + 1);
        return { start, end, matched: { start: m.startIndex, end: m.endIndex + 1 } };
      })
      .filter((c) => !isOrdinaryWord(line.slice(c.start, c.end))),
    ...maskedFindings(line).map((span) => ({ ...span, matched: span })),
    ...[...line.matchAll(RUDE_FORMS), ...line.matchAll(SEXUAL_PHRASES)].map((m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      return { ...span, matched: span };
    }),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  if (lineCandidates.size >= LINES_REMEMBERED) {
    const oldest = lineCandidates.keys().next().value;
    if (oldest !== undefined) lineCandidates.delete(oldest);
  }
  lineCandidates.set(line, found);
  return found;
}

/**
 * A line in parts of at least CHUNK_AT_LEAST characters, each ending after a full stop or a
 * question mark and its space. No candidate crosses such a place: the word data has no full stop
 * or question mark in a word (a "!" is read as an "i", so it is no place to cut), a masked or
 * spaced-out word stops at the mark, and a word is widened only over letters, digits and signs.
 * So a key press in one long paragraph matches the sentence it changed, not the whole paragraph.
 */
const CHUNK_AT_LEAST = 200;
function* lineChunks(line: string): Generator<{ at: number; chunk: string }> {
  let from = 0;
  for (let at = from + CHUNK_AT_LEAST; at < line.length; at += 1) {
    const mark = line.charCodeAt(at - 2);
    if (line.charCodeAt(at - 1) !== 0x20 || (mark !== 0x2e && mark !== 0x3f)) continue;
    yield { at: from, chunk: line.slice(from, at) };
    from = at;
    at = from + CHUNK_AT_LEAST - 1;
  }
  yield { at: from, chunk: line.slice(from) };
}

function candidateSpans(text: string): Candidate[] {
  const spans: Candidate[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    for (const { at, chunk } of lineChunks(line[0])) {
      const base = line.index + at;
      for (const c of candidatesOfLine(chunk)) {
        spans.push({
          start: c.start + base,
          end: c.end + base,
          matched: { start: c.matched.start + base, end: c.matched.end + base },
        });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

interface Taken {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly capitalised: boolean;
}

/**
 * The rude-looking words of a text that stand as words, and the capitalised ones seen in a name
 * position (Sgt. Dikshit, Hooker Ave, a listed place name): such a word is a name everywhere in
 * the text.
 */
function readWords(
  text: string,
  context: ScanContext,
): { names: Set<string>; nameSpans: { word: string; start: number }[]; taken: Taken[] } {
  const spans = candidateSpans(text);
  const sentenceAware = context.phraseRulesOnly !== true;
  const placeNames = context.department?.placeNames;
  const list =
    sentenceAware && placeNames && placeNames.length > 0 ? placeNameList(placeNames) : undefined;
  let positions: ReturnType<typeof namePositions> | undefined;
  const names = new Set<string>();
  const nameSpans: { word: string; start: number }[] = [];
  const taken: Taken[] = [];
  for (const { start, end, matched } of spans) {
    if (taken.some((f) => start < f.end && f.start < end)) continue;
    const word = text.slice(start, end);
    const capitalised = isCapitalisedWord(word);
    const named =
      isProperName(word, matched, text, start) ||
      (sentenceAware &&
        ((list !== undefined && inPlaceNameList(list, text, start, end)) ||
          (capitalised &&
            (isRootInsideName(word, matched, start) ||
              (list?.stems.has(wordsOf(word).join(' ')) ?? false) ||
              (positions ??= namePositions(text, isRude)).at(start, end)))));
    if (named) {
      if (capitalised) {
        names.add(word);
        nameSpans.push({ word, start });
      }
      continue;
    }
    taken.push({ start, end, word, capitalised });
  }
  return { names, nameSpans, taken };
}

/**
 * The names of the whole document a piece was cut from, for each of its pieces in turn: each
 * piece's own part read once and remembered (a key press re-reads the piece it changed, not
 * 50,000 characters), put together once per document and context.
 */
let namesOfLast: { document: string; context: ScanContext; names: Set<string> } | undefined;
let piecesFor:
  { context: ScanContext; memo: ReturnType<typeof rememberLast<string[]>> } | undefined;
function documentNames(document: string, context: ScanContext): Set<string> {
  const { department, phraseRulesOnly } = context;
  const same = (known: ScanContext) =>
    known.department === department && known.phraseRulesOnly === phraseRulesOnly;
  if (namesOfLast?.document === document && same(namesOfLast.context)) return namesOfLast.names;
  if (!piecesFor || !same(piecesFor.context))
    piecesFor = { context: { department, phraseRulesOnly }, memo: rememberLast<string[]>(64) };
  const { memo } = piecesFor;
  const names = new Set<string>();
  for (const { text, keepFrom, keepTo } of scanPieces(document)) {
    const key = `${keepFrom} ${keepTo} ${text}`;
    const own = memo(key, (copy) =>
      readWords(copy.slice(copy.indexOf(' ', copy.indexOf(' ') + 1) + 1), context)
        .nameSpans.filter(({ start }) => start >= keepFrom && start < keepTo)
        .map(({ word }) => word),
    );
    for (const word of own) names.add(word);
  }
  namesOfLast = { document, context: { department, phraseRulesOnly }, names };
  return names;
}

export const obscenityScanner: Scanner = {
  kind: 'obscenity',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    const { names: own, taken } = readWords(text, context);
    // A piece of a long document: a word seen as a name anywhere in the document is a name here.
    const names = context.document === undefined ? own : documentNames(context.document, context);
    // "b!tch ass dude", "f***ing sh*t": obscene words side by side are one expression to reword,
    // reported once rather than word by word.
    const joined: { start: number; end: number }[] = [];
    for (const span of taken
      .filter((s) => !(s.capitalised && names.has(s.word)))
      .sort((a, b) => a.start - b.start)) {
      const previous = joined.at(-1);
      if (previous && /^[ \t-]{1,2}$/.test(text.slice(previous.end, span.start)))
        previous.end = span.end;
      else joined.push({ start: span.start, end: span.end });
    }
    return joined.map((span) => finding(span.start, span.end, text.slice(span.start, span.end)));
  },
  documentKey(document: string, context: ScanContext): string {
    return JSON.stringify([...documentNames(document, context)].sort());
  },
};
