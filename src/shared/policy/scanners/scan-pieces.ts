import { linePieces } from '../language/analysis';
import type { TextPiece } from '../text-pieces';

/**
 * A piece of a long document to scan: the part whose findings are kept, with a margin of the
 * text on either side that the rules read but whose findings belong to the neighbouring pieces.
 */
export interface ScanPiece extends TextPiece {
  /** Offsets into the piece's text: a finding is kept if it starts in [keepFrom, keepTo). */
  readonly keepFrom: number;
  readonly keepTo: number;
}

/**
 * A long document is scanned a piece at a time, each piece's findings remembered, so a key press
 * in a 50,000-character post, even one paragraph long, re-scans a few thousand characters around
 * it. Posts, comments and intro statements of ordinary length (under twice KEPT_AT_LEAST) are
 * scanned whole, as they always were.
 *
 * Pieces start and end only where the parser starts a paragraph of its own (each line, and each
 * piece of a long line, see linePieces), so every sentence in a piece is parsed exactly as in the
 * whole text, and no sentence rule, which reads a sentence with the one before it in its
 * paragraph, reaches across a piece's end. Phrase rules do reach a few dozen characters either
 * side of a match (an offer and the call after it, "1234 N. Main St."), which the margin covers:
 * a finding that starts in the kept part is found from the same words as in the whole text.
 */
const KEPT_AT_LEAST = 4_000;
const MARGIN_AT_LEAST = 600;

/** Every place the parser starts a paragraph of its own, and the text's end. */
function parserStarts(text: string): number[] {
  const starts = [0];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    for (const [offset] of linePieces(line[0])) {
      const at = line.index + offset;
      if (at > 0) starts.push(at);
    }
  }
  starts.push(text.length);
  return starts;
}

/** Whether text from starts[from] to starts[to], parsed alone, starts its paragraphs where the whole does. */
function parsesAsWhole(text: string, starts: readonly number[], from: number, to: number): boolean {
  const start = starts[from] ?? 0;
  const own = parserStarts(text.slice(start, starts[to] ?? text.length));
  return own.length === to - from + 1 && own.every((at, k) => at + start === starts[from + k]);
}

/**
 * The text in pieces for scanning; one piece, the whole text, unless it is long. The kept parts
 * are cut at the first parser start KEPT_AT_LEAST characters on, so an edit moves no cut after it
 * unless it moves a parser start, and the pieces after an edit are mostly the same strings.
 */
export function scanPieces(text: string): ScanPiece[] {
  if (text.length < 2 * KEPT_AT_LEAST)
    return [{ start: 0, text, keepFrom: 0, keepTo: text.length }];
  const starts = parserStarts(text);
  const last = starts.length - 1;
  const at = (index: number) => starts[index] ?? text.length;
  const cuts = [0];
  for (let from = 0; ;) {
    let to = from;
    while (to < last && at(to) - at(from) < KEPT_AT_LEAST) to += 1;
    // The rest joins this piece rather than make a short one of its own.
    if (to >= last || text.length - at(to) < KEPT_AT_LEAST) break;
    cuts.push(to);
    from = to;
  }
  cuts.push(last);
  const pieces: ScanPiece[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const keptFrom = at(cuts[index] ?? 0);
    const keptTo = at(cuts[index + 1] ?? last);
    let before = cuts[index] ?? 0;
    while (before > 0 && keptFrom - at(before) < MARGIN_AT_LEAST) before -= 1;
    let after = cuts[index + 1] ?? last;
    while (after < last && at(after) - keptTo < MARGIN_AT_LEAST) after += 1;
    const start = at(before);
    // A line cut short can be cut by the parser where the whole line is not (a long run without
    // a space near its end): the piece goes on until it parses as the whole text does.
    while (after < last && !parsesAsWhole(text, starts, before, after)) after += 1;
    pieces.push({
      start,
      text: text.slice(start, at(after)),
      keepFrom: keptFrom - start,
      keepTo: keptTo - start,
    });
  }
  return pieces;
}
