import { Index } from 'flexsearch';

/**
 * The word search over comments: flexsearch, whole words, case and accents folded. Chosen over
 * minisearch (which the drafts use) by measurement at 100,000 comments: 37 MiB of heap against
 * 125 MiB, a median search of 0.03 ms against 29 ms; minisearch would not fit 600,000 comments in
 * the main process. Every text a comment had (first, each edit) and its author are added under
 * the comment's row, so a search finds it by any of them, and a query's words must all be in it.
 *
 * Split in shards by row so loading a saved index, or building one, gives the main process back
 * between shards instead of holding it for seconds.
 *
 * Two flexsearch behaviours matter at a million events:
 * - `append` looks for the row in each word's whole list first (`includes`), so adding every
 *   comment by `append` is quadratic (a rebuild of 600,000 comments took minutes). A comment's
 *   words go in by one `add` (all its texts together); only a later edit appends.
 * - Its general encoder spent more time than all the rest of a rebuild, and cached every text of
 *   up to 128 characters it had encoded (up to 200,000 per shard: most comments' texts a second
 *   time on the heap). Words here are simpler: letters and digits, lower case, accents folded.
 */
const SHARDS = 8;

const NOT_A_WORD = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}+/gu;
const NOT_ASCII = /[^ -~\t\n\r]/;

const DIGITS = /^\d{4,}$/;

/**
 * A text's distinct words: split on anything not a letter or digit, lower case, no accents; a
 * long number in threes (as flexsearch's own encoder does), so each phone number or id does not
 * become a word of its own in the index.
 */
export function wordsIn(text: string): string[] {
  let folded = text.toLowerCase();
  if (NOT_ASCII.test(folded)) folded = folded.normalize('NFKD').replace(MARKS, '');
  const words = new Set<string>();
  for (const word of folded.split(NOT_A_WORD)) {
    if (!word) continue;
    if (!DIGITS.test(word)) words.add(word);
    else for (let i = 0; i < word.length; i += 3) words.add(word.slice(i, i + 3));
  }
  return [...words];
}

function shard(): Index {
  return new Index({
    tokenize: 'strict',
    encode: wordsIn,
    resolution: 1,
    fastupdate: false,
  });
}

export type WordChunks = { shard: number; key: string; data: string }[];

export class CommentWords {
  private readonly shards: Index[] = Array.from({ length: SHARDS }, shard);

  /** A comment's words the first time (every text it has had so far, together). */
  add(row: number, text: string): void {
    this.shards[row % SHARDS]?.add(row, text);
  }

  /** An edit's words added to the comment's (`append` keeps the ones already there). */
  append(row: number, text: string): void {
    this.shards[row % SHARDS]?.append(row, text);
  }

  /**
   * Rows holding every word of `query` (an empty list when it has no word), in no set order.
   * Several words are looked up one at a time and their rows counted here: flexsearch's own
   * intersection of long lists took 150 ms for two common words at 600,000 comments, the
   * lookups and the count take a tenth of that.
   */
  search(query: string, limit: number): number[] {
    const words = wordsIn(query);
    const most = { limit: Math.max(1, limit) };
    if (words.length <= 1) {
      const rows: number[] = [];
      for (const index of this.shards) {
        for (const id of index.search(query, most)) rows.push(Number(id));
      }
      return rows;
    }
    const found: number[] = [];
    for (const index of this.shards) {
      // The word with the fewest rows first: every later word only keeps rows already found.
      const lists = words
        .map((word) => index.search(word, { limit: Number.MAX_SAFE_INTEGER }))
        .sort((a, b) => a.length - b.length);
      const first = (lists[0] ?? []).map(Number);
      if (first.length === 0) continue;
      // How many of the words each row of the first list holds so far (a row holds a word once).
      let highest = 0;
      for (const row of first) if (row > highest) highest = row;
      const held = new Uint16Array(highest + 1);
      for (const row of first) held[row] = 1;
      lists.slice(1).forEach((list, at) => {
        for (const id of list) {
          const row = Number(id);
          if (held[row] === at + 1) held[row] = at + 2;
        }
      });
      for (const row of first) if (held[row] === lists.length) found.push(row);
    }
    return found.slice(0, Math.max(1, limit));
  }

  export(): WordChunks {
    const chunks: WordChunks = [];
    this.shards.forEach((index, number) => {
      index.export((key, data) => {
        chunks.push({ shard: number, key, data });
      });
    });
    return chunks;
  }

  /** Puts saved shards back, one at a time, yielding between them. */
  static async import(chunks: WordChunks): Promise<CommentWords> {
    const words = new CommentWords();
    for (const { shard: number, key, data } of chunks) {
      words.shards[number]?.import(key, data);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return words;
  }
}
