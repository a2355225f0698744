import { analyse } from '../language/analysis';
import { ADULT_TITLES } from '../language/people';
import { STREET_WORDS } from './place-name-list';

/**
 * Where a capitalised word that looks rude is a person's or a place's name (the Scunthorpe
 * problem: Sgt. Cumming, Ana Hooker, Hooker Ave, Dick's Sporting Goods, Deputy Dikshit). Only a
 * capitalised word of letters can be a name: "hooker", "F*CK" and "sh*t" never are.
 */

/** A title before a name: ADULT_TITLES, and these short forms and plurals. */
const MORE_TITLES = new Set(
  (
    'mx dep dept lt lieut cmdr commander major maj inspector insp constable pc sen rep gov ' +
    'councilor councillor alderman sister brother father fr nurse dean doctor ' +
    'officers deputies sergeants detectives troopers agents judges coaches mr mrs ms'
  ).split(' '),
);

/** Words after a name that make it a place or a business ("Hooker Ave", "Cumming Park"). */
const PLACE_WORDS = new Set([
  ...STREET_WORDS,
  ...(
    'creek hill hills park lake river pond bridge heights village estates ridge valley springs ' +
    'falls woods grove glen meadow meadows gardens green commons field fields farm farms ranch ' +
    'beach bay harbor harbour island mountain mount mt canyon underpass overpass tunnel ' +
    'school elementary middle high academy college university library center centre hall ' +
    'auditorium arena stadium gym church chapel cemetery hospital clinic mall plaza market ' +
    'store shop hardware pharmacy bakery cafe café diner grill pizza motors auto garage ' +
    'apartments apts complex tower towers building station depot county city town township ' +
    'inc llc co company corp sporting goods bar pub tavern brewery hotel motel inn'
  ).split(' '),
]);

/** "in/at/on/near/from" and their like: a capitalised word after one is a place. */
const PLACE_PREPOSITIONS = new Set(
  'in at on near from off along via past onto toward towards across outside behind'.split(' '),
);

/** Capitalised words beside a rude one that are not a given or family name. */
const NOT_NAMES = new Set(
  (
    'i you he she we they it me him her us them my your his our their its this that these those ' +
    'the a an and or but so if what who why how when where which oh ah aw hey yeah yes no not ' +
    'holy god jesus christ lord omg wtf lol dear mr big little old fat dumb stupid lazy crazy ' +
    'total absolute complete freaking fricking bloody damn goddamn dirty filthy ugly lying ' +
    'corrupt cheap sick fake useless pathetic piece bunch son sack pile such real true pure ' +
    'go get eat kiss suck shut bite happy merry'
  ).split(' '),
);

/** Letters only (an apostrophe or hyphen inside), capitalised, not all capitals. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const HAS_LOWER = /\p{Ll}/u;

export function isCapitalisedWord(word: string): boolean {
  return NAME_WORD.test(word) && HAS_LOWER.test(word);
}

interface Neighbour {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Ends in a full stop ("Sgt.", "Dr."). */
  readonly dotted: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}'’&-]/u;
const SPACE = /[ \t\u00a0]/;

/**
 * The word just before `at`, across spaces and at most a full stop (not a comma, a line break or
 * other punctuation: those part a name from what comes before it).
 */
function wordBefore(text: string, at: number): Neighbour | undefined {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1] ?? '')) i -= 1;
  if (i === at) return undefined;
  const dotted = text[i - 1] === '.';
  if (dotted) i -= 1;
  const end = i;
  while (i > 0 && WORD_CHAR.test(text[i - 1] ?? '')) i -= 1;
  if (i === end) return undefined;
  return { text: text.slice(i, end), start: i, end, dotted };
}

/** The word just after `at`, across a possessive ("Dick's Sporting") and spaces only. */
function wordAfter(text: string, at: number): Neighbour | undefined {
  let i = at;
  const possessive = /^['’]s\b/u.exec(text.slice(i, i + 3));
  if (possessive) i += possessive[0].length;
  const gap = i;
  while (i < text.length && SPACE.test(text[i] ?? '')) i += 1;
  if (i === gap) return undefined;
  const start = i;
  while (i < text.length && WORD_CHAR.test(text[i] ?? '')) i += 1;
  if (i === start) return undefined;
  return { text: text.slice(start, i), start, end: i, dotted: text[i] === '.' };
}

const bare = (word: string) => word.toLowerCase().replace(/['’]s$/u, '');

function isTitleWord(word: Neighbour): boolean {
  const lower = word.text.toLowerCase();
  return ADULT_TITLES.has(lower) || MORE_TITLES.has(lower);
}

/**
 * A capitalised neighbour that is a given or family name: not a common word, not rude itself, and
 * a noun when the sentence is read in lower case (where "Holy", "Stupid" read as adjectives and
 * "Ana", "Brenda" as nouns; capitalised, the parser calls every one a proper noun).
 */
function isNameBeside(
  word: Neighbour,
  isRude: (word: string) => boolean,
  lowerPos: (at: number) => string | undefined,
): boolean {
  if (!isCapitalisedWord(word.text)) return false;
  const lower = bare(word.text);
  if (NOT_NAMES.has(lower) || PLACE_PREPOSITIONS.has(lower)) return false;
  const pos = lowerPos(word.start);
  return (pos === undefined || pos === 'NOUN' || pos === 'PROPN') && !isRude(word.text);
}

/**
 * Part of speech of a word when its sentence is read in lower case: only the sentences asked
 * about are parsed, once each (a text full of names costs a parse of those sentences alone).
 */
function lowerCasePos(text: string): (at: number) => string | undefined {
  const tags = new Map<number, string>();
  const parsed = new Set<number>();
  return (at) => {
    let from = at;
    while (from > 0 && !/[.!?\n]/.test(text[from - 1] ?? '')) from -= 1;
    if (!parsed.has(from)) {
      parsed.add(from);
      let to = at;
      // Up to the next full stop: a piece of a sentence is context enough for one word's part
      // of speech, and a short piece parses fast.
      while (to < text.length && !/[!?\n]/.test(text[to] ?? '')) {
        to += 1;
        if (text[to - 1] === '.') break;
      }
      const sentence = text.slice(from, to);
      const lower = sentence.toLowerCase();
      // Lower-casing a few letters (İ) changes the length: then offsets would not line up.
      if (lower.length === sentence.length) {
        for (const part of analyse(lower).sentences) {
          for (const word of part.words) tags.set(from + word.start, word.pos);
        }
      }
    }
    return tags.get(at);
  };
}

export interface NamePositions {
  /** Whether the capitalised word at [start, end) stands where a name stands. */
  at(start: number, end: number): boolean;
}

/** The name positions of one text; `isRude` is the obscenity matcher's word test. */
export function namePositions(text: string, isRude: (word: string) => boolean): NamePositions {
  const pos = lowerCasePos(text);
  const positioned = (start: number, end: number, depth: number): boolean => {
    const before = wordBefore(text, start);
    const after = wordAfter(text, end);
    if (before) {
      if (isTitleWord(before)) return true;
      // "the 300 block of Hooker", "4500 Dickens": an address.
      if (/^\d+[a-z]?$/i.test(before.text) && !before.dotted) return true;
      const lower = before.text.toLowerCase();
      if (!before.dotted && PLACE_PREPOSITIONS.has(lower)) return true;
      if (
        !before.dotted &&
        lower === 'of' &&
        /\bblock\s+of$/i.test(text.slice(Math.max(0, before.end - 20), before.end))
      ) {
        return true;
      }
      // "Officers Kuntz and Fuchs": a name after "and" beside a name in a name position.
      if (!before.dotted && depth === 0 && /^(?:and|&)$/i.test(lower)) {
        const other = wordBefore(text, before.start);
        if (other && isCapitalisedWord(other.text) && !other.dotted) {
          if (positioned(other.start, other.end, depth + 1)) return true;
        }
      }
      // "Ana Hooker", "Brenda Cummings": a given name just before (even after a title).
      if (!before.dotted && isNameBeside(before, isRude, pos)) return true;
    }
    if (after) {
      // A street word in any case ("Hooker ave"); another place word capitalised ("Hooker Park").
      const place = bare(after.text);
      if (STREET_WORDS.has(place) || (PLACE_WORDS.has(place) && isCapitalisedWord(after.text))) {
        return true;
      }
      // "Dick Van Dyke", "Dick's Sporting Goods": a family name or business word after it.
      if (isNameBeside(after, isRude, pos)) return true;
    }
    return false;
  };
  return { at: (start, end) => positioned(start, end, 0) };
}
