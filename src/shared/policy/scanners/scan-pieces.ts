import type { TextPiece } from '../text-pieces';

/**
 * A long document is scanned a piece at a time, each piece's findings remembered, so a key press
 * in 50,000 characters re-scans the few thousand around it. Posts, comments and intro statements
 * of ordinary length (under twice PIECE_AT_LEAST) are scanned whole, as they always were: the
 * pieces change nothing for them.
 *
 * A piece ends at a blank line, else at a line break, else at a sentence's end, found at least
 * PIECE_AT_LEAST characters into it: places where one statement ends and the next begins, so a
 * rule reading a sentence and its neighbours loses only the neighbour across such a place.
 */
const PIECE_AT_LEAST = 4_000;
/** How far past PIECE_AT_LEAST a cut is looked for before the rest is left as one piece. */
const LOOK_AHEAD = 8_000;

const SENTENCE_END = /[.!?]["”’)]*[ \t]+(?=["“(]?\p{Lu})/gu;

function cutAfter(text: string, from: number): number | undefined {
  const limit = Math.min(text.length, from + LOOK_AHEAD);
  const blank = text.indexOf('\n\n', from);
  if (blank !== -1 && blank < limit) {
    let end = blank;
    while (text[end] === '\n' || text[end] === '\r') end += 1;
    return end;
  }
  const line = text.indexOf('\n', from);
  if (line !== -1 && line < limit) return line + 1;
  SENTENCE_END.lastIndex = from;
  const sentence = SENTENCE_END.exec(text);
  if (sentence && sentence.index < limit) return sentence.index + sentence[0].length;
  return undefined;
}

/** The text in pieces for scanning; one piece, the whole text, unless it is long. */
export function scanPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  while (text.length - start >= 2 * PIECE_AT_LEAST) {
    const end = cutAfter(text, start + PIECE_AT_LEAST);
    if (end === undefined || end >= text.length) break;
    pieces.push({ start, text: text.slice(start, end) });
    start = end;
  }
  pieces.push({ start, text: text.slice(start) });
  return pieces;
}
