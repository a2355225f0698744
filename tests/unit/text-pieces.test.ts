import { LinkifyIt } from 'linkify-it';
import { describe, expect, it } from 'vitest';
import type { LengthCounting } from '../../src/shared/policy/platform-limits';
import { findLinks, measureLength, measureLengthAtOnce } from '../../src/shared/policy/post-shape';
import { textPieces } from '../../src/shared/policy/text-pieces';

/** The whole text read at once, as before pieces: what the pieced reading must equal. */
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true });
const linksAtOnce = (text: string) =>
  (linkify.match(text) ?? [])
    .filter((match) => match.schema !== 'mailto:')
    .map((match) => ({ start: match.index, end: match.lastIndex, text: match.text }));

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesAtOnce = (text: string) => [...graphemes.segment(text)].length;

// Sentences whose ends fall at every place near a cut: links, an e-mail, emoji with skin tones and
// joiners, flags, a combining accent after a space, CRLF line ends, a hashtag, a long unbroken run.
const PARTS = [
  'Report it at cityofexample.gov/police/report or https://example.org/a?b=c#d today. ',
  'Write to pio@cityofexample.gov. ',
  'Great work 👮🏽‍♀️ and 🇺🇸 at the parade! ',
  'Cafe\u0301 owners \u0301 note: ',
  'Line one\r\nLine two\r\n',
  '#SafetyFirst ',
  'x'.repeat(700),
  ' www.example.com/path\n\n',
  'Riverside 🚓 ',
];

function longPost(seed: number, length: number): string {
  let text = '';
  let state = seed;
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += PARTS[state % PARTS.length] ?? '';
  }
  return text;
}

describe('reading a long post in pieces', () => {
  it('cuts a long post into pieces that join back into it, each cut after a space or line feed before plain ASCII', () => {
    const text = longPost(1, 20_000);
    const pieces = textPieces(text);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    for (const piece of pieces.slice(1)) {
      expect(text.slice(piece.start - 1, piece.start)).toMatch(/^[ \n]$/);
      expect(text.charCodeAt(piece.start)).toBeGreaterThan(0x20);
      expect(text.charCodeAt(piece.start)).toBeLessThan(0x7f);
    }
  });

  it('leaves a post under 4,000 characters whole, and one without a place to cut whole', () => {
    expect(textPieces('a'.repeat(3_999))).toHaveLength(1);
    expect(textPieces('é '.repeat(10_000))).toHaveLength(1);
  });

  it('finds the same links in pieces as in the whole text', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const text = longPost(seed, 30_000);
      expect(findLinks(text)).toEqual(linksAtOnce(text));
    }
  });

  it('counts the same length, and cuts at the same place, as counting the whole text at once', () => {
    for (const seed of [1, 2, 3]) {
      const text = longPost(seed, 30_000);
      for (const counting of ['x-weighted', 'graphemes', 'code-points'] as LengthCounting[]) {
        const links = counting === 'x-weighted' ? linksAtOnce(text) : [];
        for (const max of [280, 2_200, 12_345, 29_000, Infinity])
          expect(measureLength(text, counting, max), `${counting} at ${max}, seed ${seed}`).toEqual(
            measureLengthAtOnce(text, counting, max, links),
          );
      }
    }
    // And the graphemes as Intl.Segmenter counts the whole text (short enough for it to be quick).
    const shorter = longPost(4, 9_000);
    expect(textPieces(shorter).length).toBeGreaterThan(1);
    expect(measureLength(shorter, 'graphemes', Infinity).length).toBe(graphemesAtOnce(shorter));
  });

  it('never cuts between a space and the accent or emoji modifier that joins it', () => {
    for (const joiner of ['\u0301', '\u{1F3FD}', '\u200D']) {
      const text = `${'a'.repeat(2_000)} ${joiner}${'word '.repeat(1_000)}`;
      expect(measureLength(text, 'graphemes', Infinity)).toEqual(
        measureLengthAtOnce(text, 'graphemes', Infinity, []),
      );
      expect(measureLength(text, 'graphemes', Infinity).length).toBe(graphemesAtOnce(text));
    }
  });

  it('counts a post again correctly after an edit in one piece, with the other pieces remembered', () => {
    const before = longPost(7, 30_000);
    measureLength(before, 'x-weighted', 280);
    const middle = 15_000;
    const after = `${before.slice(0, middle)}See https://example.net/new-page too. ${before.slice(middle)}`;
    expect(measureLength(after, 'x-weighted', 280)).toEqual(
      measureLengthAtOnce(after, 'x-weighted', 280, linksAtOnce(after)),
    );
    expect(findLinks(after)).toEqual(linksAtOnce(after));
  });
});
