/**
 * The department's own street and place names (department settings), matched as whole words or
 * phrases, case-insensitively: "Hooker Ave" in the list keeps "hooker ave" and "HOOKER AVE" from
 * being flagged as obscene.
 */

/** Words between which a list name may be spaced or punctuated ("St. Vincent's", "Hooker-Ave"). */
const NAME_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const WORD_AT = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/uy;

/** Street and place words: "Hooker" is a stem of "Hooker Avenue", a name when capitalised. */
export const STREET_WORDS = new Set(
  (
    'st street ave avenue av rd road ln lane way dr drive blvd boulevard ct court pl place ter ' +
    'terrace cir circle pkwy parkway hwy highway fwy freeway expy expressway trl trail loop row ' +
    'sq square aly alley pike run xing crossing bnd bend cv cove pt point'
  ).split(' '),
);

export interface PlaceNameList {
  /** Each list name's words, lower case, keyed by every word it holds. */
  readonly byWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** "hooker" from "Hooker Avenue": a name wherever it is written capitalised. */
  readonly stems: ReadonlySet<string>;
}

export function wordsOf(name: string): string[] {
  return Array.from(name.toLowerCase().matchAll(NAME_WORD), (m) => m[0].replace(/’/g, "'"));
}

const compiled = new WeakMap<readonly string[], PlaceNameList>();

/** Compiled once per list (the settings hand the same array to every scan until they change). */
/** The last list by its text: the live checklist's worker gets a fresh copy of it each key press. */
let lastByText: { readonly key: string; readonly list: PlaceNameList } | undefined;

export function placeNameList(names: readonly string[]): PlaceNameList {
  const known = compiled.get(names);
  if (known) return known;
  const key = names.join('\n');
  if (lastByText?.key === key) {
    compiled.set(names, lastByText.list);
    return lastByText.list;
  }
  const byWord = new Map<string, (readonly string[])[]>();
  const stems = new Set<string>();
  for (const name of names) {
    const words = wordsOf(name);
    if (words.length === 0) continue;
    for (const word of new Set(words)) {
      const phrases = byWord.get(word) ?? [];
      phrases.push(words);
      byWord.set(word, phrases);
    }
    const last = words.at(-1);
    if (words.length > 1 && last !== undefined && STREET_WORDS.has(last)) {
      stems.add(words.slice(0, -1).join(' '));
    }
  }
  const list = { byWord, stems };
  compiled.set(names, list);
  lastByText = { key, list };
  return list;
}

interface TextWord {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** The words of `text` within `reach` characters of [start, end), and the words inside it. */
function wordsNear(text: string, start: number, end: number, reach: number): TextWord[] {
  const from = Math.max(0, start - reach);
  const slice = text.slice(from, Math.min(text.length, end + reach));
  const words = Array.from(slice.matchAll(NAME_WORD), (m) => ({
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  // A word cut by the slice's edge is not a word of the text: drop the edges when they were cut.
  if (from > 0) words.shift();
  if (end + reach < text.length) words.pop();
  return words;
}

/**
 * Whether the word at [start, end) of `text` is part of a list name written there. A single rude
 * word written all in lower case is not taken for a name even when the list holds it ("hooker"):
 * a name of one word is written capitalised, an insult is not.
 */
export function inPlaceNameList(
  list: PlaceNameList,
  text: string,
  start: number,
  end: number,
): boolean {
  const word = text.slice(start, end);
  // The list is asked about its own words first: most rude words are in no list name at all.
  WORD_AT.lastIndex = start;
  const written = WORD_AT.exec(text)?.[0];
  const lower = written?.toLowerCase().replace(/’/g, "'");
  const phrases = lower === undefined ? undefined : list.byWord.get(lower);
  if (!phrases || lower === undefined) return false;
  // As far either side as the longest of these names could reach, spaced out twice over.
  const reach = 2 * Math.max(...phrases.map((p) => p.join(' ').length)) + 4;
  const near = wordsNear(text, start, end, reach);
  const at = near.findIndex((w) => w.start === start);
  if (at === -1) return false;
  for (const phrase of phrases) {
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (phrase[offset] !== lower) continue;
      const first = at - offset;
      if (first < 0 || first + phrase.length > near.length) continue;
      if (!phrase.every((p, i) => near[first + i]?.lower === p)) continue;
      if (phrase.length === 1 && word === word.toLowerCase()) continue;
      return true;
    }
  }
  return false;
}
