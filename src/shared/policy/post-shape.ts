import { LinkifyIt } from 'linkify-it';
import { type LengthCounting, X_LINK_WEIGHT } from './platform-limits';
import { rememberLast, textPieces } from './text-pieces';

/** A stretch of the post text, as UTF-16 offsets (what JavaScript strings and textareas count). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Fuzzy links too: platforms turn "cityofexample.gov/police" into a link, so it counts as one.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true });

const linksRemembered = rememberLast<Span[]>(512);
const linksOfPiece = (piece: string): Span[] =>
  linksRemembered(piece, (own) =>
    (linkify.match(own) ?? [])
      .filter((match) => match.schema !== 'mailto:')
      .map((match) => ({ start: match.index, end: match.lastIndex, text: match.text })),
  );

const shifted = (span: Span, by: number): Span =>
  by === 0 ? span : { start: span.start + by, end: span.end + by, text: span.text };

/**
 * The links a platform would make of the text; e-mail addresses are not links to them. Read a
 * piece at a time (see text-pieces.ts): typing in a long post re-reads the piece typed in.
 */
export function findLinks(text: string): Span[] {
  return textPieces(text).flatMap(({ start, text: piece }) =>
    linksOfPiece(piece).map((link) => shifted(link, start)),
  );
}

// A hashtag starts after a space or punctuation, and is not all digits ("Unit #5" is not one).
const HASHTAG =
  /(?<![\p{L}\p{N}\p{M}_&#/])#(?![\p{N}_]+(?![\p{L}\p{M}\p{N}_]))[\p{L}\p{M}\p{N}_]+/gu;

/** Hashtags in the text, leaving out a "#" inside a link (an address's fragment). */
export function findHashtags(text: string, links: readonly Span[] = findLinks(text)): Span[] {
  const tags: Span[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const start = match.index;
    const end = start + match[0].length;
    if (links.some((link) => start < link.end && end > link.start)) continue;
    tags.push({ start, end, text: match[0] });
  }
  return tags;
}

export interface LengthMeasure {
  /** The length as the platform counts it. */
  readonly length: number;
  /** Offset of the first character that takes the post past `max`; undefined when it fits. */
  readonly cutAt: number | undefined;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** X's light ranges (Latin, Greek, Cyrillic, Hebrew, Arabic, ... and common punctuation) count 1. */
function xWeight(unit: string): number {
  if (PICTOGRAPH.test(unit)) return 2;
  let weight = 0;
  for (const char of unit) {
    const code = char.codePointAt(0) ?? 0;
    const light =
      code <= 0x10ff ||
      (code >= 0x2000 && code <= 0x200d) ||
      (code >= 0x2010 && code <= 0x201f) ||
      (code >= 0x2032 && code <= 0x2037);
    weight += light ? 1 : 2;
  }
  return weight;
}

/**
 * Characters that join with their neighbours into one grapheme: combining marks (an Indic virama
 * joins the consonants on both sides), emoji and their modifiers, joiners, variation selectors,
 * flags, tags, Hangul jamo, a carriage return before its line feed. Only the stretches around them,
 * with one character either side, go through Intl.Segmenter, which costs microseconds a character;
 * the rest are counted as code points. The pattern cannot fail once it has begun, so it never
 * backtracks, however long the stretch.
 */
// The class lists joiners and modifiers on their own on purpose: they are what it looks for.
const JOINING =
  // eslint-disable-next-line no-misleading-character-class
  /[^]?(?:[\p{M}\p{Extended_Pictographic}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u1100-\u11FF\r]+[^]?)+/gu;

/**
 * Segment in short slices: Node 20's Intl.Segmenter copies the whole input into every segment it
 * returns, so its cost grows with the square of the input (a 65,000-unit stretch of emoji: 35 s).
 */
const SLICE = 256;

function* codePoints(
  text: string,
  from: number,
  to: number,
): Generator<{ index: number; unit: string }> {
  let index = from;
  for (const unit of text.slice(from, to)) {
    yield { index, unit };
    index += unit.length;
  }
}

/** The graphemes of a stretch, a slice at a time, each slice ending on a whole grapheme. */
function* segmentStretch(
  stretch: string,
  offset: number,
): Generator<{ index: number; unit: string }> {
  let from = 0;
  while (from < stretch.length) {
    // Never end a slice inside a surrogate pair: its halves would look like two graphemes.
    let to = Math.min(stretch.length, from + SLICE);
    const lastUnit = stretch.charCodeAt(to - 1);
    if (to < stretch.length && lastUnit >= 0xd800 && lastUnit <= 0xdbff) to -= 1;
    const slice = stretch.slice(from, to);
    const parts = [...graphemes.segment(slice)];
    // The slice's last grapheme may go on past it, unless the slice is the stretch's end.
    const whole =
      from + slice.length >= stretch.length || parts.length === 1 ? parts : parts.slice(0, -1);
    for (const { index, segment } of whole) yield { index: offset + from + index, unit: segment };
    const last = whole.at(-1);
    from += last ? last.index + last.segment.length : slice.length;
  }
}

function* units(
  text: string,
  counting: LengthCounting,
): Generator<{ index: number; unit: string }> {
  if (counting === 'code-points') {
    yield* codePoints(text, 0, text.length);
    return;
  }
  let at = 0;
  for (const match of text.matchAll(JOINING)) {
    yield* codePoints(text, at, match.index);
    yield* segmentStretch(match[0], match.index);
    at = match.index + match[0].length;
  }
  yield* codePoints(text, at, text.length);
}

/** The post's length as the platform counts it, and where it first goes past `max`. */
export function measureLength(
  text: string,
  counting: LengthCounting,
  max: number,
  links: readonly Span[] = counting === 'x-weighted' ? findLinks(text) : [],
): LengthMeasure {
  const pieces = textPieces(text);
  const crossed = pieces.some(({ start }) =>
    links.some((link) => link.start < start && link.end > start),
  );
  if (pieces.length === 1 || crossed) return measureLengthAtOnce(text, counting, max, links);
  // A long post a piece at a time, each piece's length remembered: only the piece typed in, and
  // the one the limit falls in, are counted again.
  let length = 0;
  let cutAt: number | undefined;
  let nextLink = 0;
  for (const { start, text: piece } of pieces) {
    const end = start + piece.length;
    const own: Span[] = [];
    for (let link = links[nextLink]; link && link.start < end; link = links[++nextLink])
      own.push(shifted(link, -start));
    const pieceLength = lengthsRemembered(
      pieceKey(counting, piece, own),
      () => measureLengthAtOnce(piece, counting, Number.POSITIVE_INFINITY, own).length,
    );
    if (cutAt === undefined && length + pieceLength > max) {
      const within = measureLengthAtOnce(piece, counting, max - length, own).cutAt;
      if (within !== undefined) cutAt = start + within;
    }
    length += pieceLength;
  }
  return { length, cutAt };
}

const pieceKey = (counting: LengthCounting, piece: string, links: readonly Span[]) =>
  `${counting} ${links.map((link) => `${link.start}-${link.end}`).join(',')}\n${piece}`;

const lengthsRemembered = rememberLast<number>(2_048);

/**
 * The text's length counted in one go, unit by unit: what `measureLength` does for a short text and
 * for each piece of a long one (exported for the tests that check the two agree).
 */
export function measureLengthAtOnce(
  text: string,
  counting: LengthCounting,
  max: number,
  links: readonly Span[],
): LengthMeasure {
  let length = 0;
  let cutAt: number | undefined;
  let nextLink = 0;
  for (const { index, unit } of units(text, counting)) {
    while (index >= (links[nextLink]?.end ?? Infinity)) nextLink += 1;
    const link = links[nextLink];
    let weight: number;
    if (counting === 'x-weighted' && link && index >= link.start && index < link.end) {
      // The whole link weighs X_LINK_WEIGHT, counted at its first character.
      weight = index === link.start ? X_LINK_WEIGHT : 0;
    } else {
      weight = counting === 'x-weighted' ? xWeight(unit) : 1;
    }
    length += weight;
    if (cutAt === undefined && length > max) cutAt = index;
  }
  return { length, cutAt };
}
