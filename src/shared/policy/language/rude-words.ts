/**
 * What the obscenity library's English word data does not cover, as a reader still sees it:
 * the common Spanish obscenities of a bilingual comment section, rude words with letters left out
 * and a dash or an apostrophe written for them ("f—k", "Motherf—ers", "f'n", "F-ing"), and the
 * sexual phrases the data lacks ("jerking off"). And the reverse: ordinary words that the
 * library's letter transformations turn into a rude one ("trafficking" read as "f…ck").
 */

/** Spanish obscenities, whole words, with or without accents. */
const SPANISH =
  'put[ao]s?|pendej[oa]s?|pinche|ching(?:a|as|ar|ada|adas|ado|ados|[oó]n|ue|uen)|cabr[oó]n(?:a|as|es)?|mierdas?|culer[oa]s?|vergas?|jotos?|maric[oó]n(?:es)?|coño';

const SPANISH_WORD = new RegExp(`^(?:${SPANISH})$`, 'iu');

/** Whether one word, as written or unmasked ("p*ta" tried as "puta"), is a Spanish obscenity. */
export function isSpanishObscenity(word: string): boolean {
  return SPANISH_WORD.test(word);
}

/**
 * Rude words written with their middle left out ("f—k", "sh--t", "b—ch", "a--hole",
 * "Motherf—ers") or cut short with an apostrophe or a hyphen ("f'n", "f’in", "F-ing", "effing"),
 * and the Spanish words. Letters stand either side of the gap, so a dash between two words ("the
 * suspect—a man") is not one.
 */
export const RUDE_FORMS = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${SPANISH})(?![\\p{L}\\p{N}])`,
    "(?<![\\p{L}\\p{N}])(?:mother)?f(?:[—–]|--?)(?:k|ck|kin[g']?|ckin[g']?|cking|king|ing|in|ers?|ed|en)(?![\\p{L}\\p{N}])",
    "(?<![\\p{L}\\p{N}])f['’](?:n|in['’]?|ing|ed|er|ers)(?![\\p{L}\\p{N}])",
    '(?<![\\p{L}\\p{N}])eff(?:ing|in|ed)(?![\\p{L}\\p{N}])',
    '(?<![\\p{L}\\p{N}])(?:sh(?:[—–]|--)t|b(?:[—–]|--)(?:ch|tch)|a(?:[—–]|--)(?:hole|holes)|c(?:[—–]|--)(?:nt|t))(?![\\p{L}\\p{N}])',
  ].join('|'),
  'giu',
);

/**
 * Sexual phrases the word data lacks. Case matters here, so they are apart from RUDE_FORMS:
 * "helped Jack off the ladder" is a man's name.
 */
export const SEXUAL_PHRASES =
  /(?<![\p{L}\p{N}])(?:(?:[jJ]erk|jack)(?:s|ed|ing|in)?\s+off|(?:[bB]low|[hH]and)\s+jobs?|[jJ]izz\p{L}*)(?![\p{L}\p{N}])/gu;

/** Ordinary words whose letters the library reads as a rude one: "trafficking", "cockpit", "cumin". */
const ORDINARY = /^(?:traffick\w*|cockpits?|cumin|fukushima|phuket|niggardly|shittim|penistone)$/i;

export function isOrdinaryWord(word: string): boolean {
  return ORDINARY.test(word);
}
