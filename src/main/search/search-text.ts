import { wordsIn } from '../moderation/comment-words';

/**
 * The words a record search matches by, folded as the comment index folds them (lower case, no
 * accents, long numbers in threes), so one query means the same thing in every kind of record.
 */
export function queryWords(words: string): string[] {
  return wordsIn(words);
}

/** True when every word of the query is a whole word of `text` (case and accents folded). */
export function holdsEvery(text: string, query: readonly string[]): boolean {
  if (query.length === 0) return false;
  const words = new Set(wordsIn(text));
  return query.every((word) => words.has(word));
}

/** True when `text` holds at least one word of the query. */
export function holdsAny(text: string, query: readonly string[]): boolean {
  const words = new Set(wordsIn(text));
  return query.some((word) => words.has(word));
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const BEFORE = 60;
const AFTER = 140;

function folded(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/**
 * The first place `text` holds a word of the query (or a word it starts: the drafts' search finds
 * "clos" in "closure"), with some words either side, on one line: what a person reads to judge
 * the hit. Plain text; the screen and the CLI print it as it is.
 */
export function snippetOf(text: string, query: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let at = -1;
  for (const match of flat.matchAll(WORD)) {
    const word = folded(match[0]);
    if (
      query.some((wanted) => word === wanted || (wanted.length >= 3 && word.startsWith(wanted)))
    ) {
      at = match.index;
      break;
    }
  }
  if (at < 0) return flat.length > BEFORE + AFTER ? `${flat.slice(0, BEFORE + AFTER)}…` : flat;
  let start = Math.max(0, at - BEFORE);
  let end = Math.min(flat.length, at + AFTER);
  // Whole words at both ends.
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > at ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * A frozen packet's words as a reader sees them: the text between its tags, its styles and
 * scripts left out, entities decoded. Only for searching and snippets; the packet stays the file.
 */
export function packetText(html: string): string {
  return html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? entity;
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first and last instant of a `from`/`to` range of whole local days, as epoch ms. */
export function dayRange(from?: string, to?: string): { from: number; to: number } {
  return {
    from: from ? new Date(`${from}T00:00:00`).getTime() : -Infinity,
    to: to ? new Date(`${to}T23:59:59.999`).getTime() : Infinity,
  };
}
