import type { TextPiece } from '../text-pieces';

/**
 * A long document is scanned a piece at a time, each piece's findings remembered, so a key press
 * in a document of many paragraphs re-scans the few thousand characters around it. Posts,
 * comments and intro statements of ordinary length (under twice PIECE_AT_LEAST) are scanned
 * whole, as they always were.
 *
 * A piece ends only at a blank line found at least PIECE_AT_LEAST characters into it: rules read a
 * sentence with its neighbours ("Tobias? He is 12.", an offer and the call after it) and an
 * abbreviation's full stop looks like a sentence's end, so a single paragraph, however long, is
 * never cut.
 */
const PIECE_AT_LEAST = 4_000;

function cutAfter(text: string, from: number): number | undefined {
  const blank = /\r?\n[ \t]*\r?\n/g;
  blank.lastIndex = from;
  const found = blank.exec(text);
  if (!found) return undefined;
  let end = found.index + found[0].length;
  while (text[end] === '\n' || text[end] === '\r') end += 1;
  return end;
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
