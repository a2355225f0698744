/**
 * A long post read in pieces, so a key press re-reads one piece and not 50,000 characters: the
 * live checklist finds links and counts each target page's length on every key.
 *
 * A piece ends after a space or a line feed that a printable ASCII character follows. No link
 * crosses such a place (a link has no space in it), and no grapheme does (an ASCII letter, digit
 * or sign never joins the character before it, and a line feed ends "\r\n"), so a piece's links
 * and length are its own: the whole text's are the pieces' put together.
 */
export interface TextPiece {
  /** Where the piece starts in the whole text. */
  readonly start: number;
  readonly text: string;
}

/** A piece is at least this long; a text under twice this is one piece. */
const PIECE_LENGTH = 2_000;

function canEndBefore(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return (before === 0x20 || before === 0x0a) && after > 0x20 && after < 0x7f;
}

/**
 * The text in pieces of at least PIECE_LENGTH characters, each cut at the first place it can be
 * from there on: an edit moves the cuts after it only where it adds or removes such a place near
 * one, so the pieces after an edit are mostly the same strings as before it.
 */
export function textPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  while (text.length - from >= 2 * PIECE_LENGTH) {
    let cut = from + PIECE_LENGTH;
    while (cut < text.length && !canEndBefore(text, cut)) cut += 1;
    if (cut >= text.length) break;
    pieces.push({ start: from, text: text.slice(from, cut) });
    from = cut;
  }
  pieces.push({ start: from, text: text.slice(from) });
  return pieces;
}

/**
 * A copy of a string that holds nothing else: a slice of a 50,000-character text keeps the whole
 * text alive for as long as the slice is kept, and remembered pieces are kept a while.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Answers remembered by key for the last `limit` keys, the least recently used forgotten first:
 * a long document's pieces, and the few before the last edits. The key is kept as a copy of its
 * own, and `work` is given that copy, so what is remembered holds no whole document.
 */
export function rememberLast<T>(limit: number): (key: string, work: (key: string) => T) => T {
  const memo = new Map<string, T>();
  return (key, work) => {
    const known = memo.get(key);
    if (known !== undefined) {
      memo.delete(key);
      memo.set(key, known);
      return known;
    }
    const own = detached(key);
    const value = work(own);
    memo.set(own, value);
    if (memo.size > limit) memo.delete(memo.keys().next().value as string);
    return value;
  };
}
