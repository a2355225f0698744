/**
 * Reading an identifier said in words rather than written in its format: "K-L-M four four two",
 * "T as in Tom, R, F, eight eight one", "twenty-six dash oh four one", "7KX". A regex on the
 * format cannot see these; reading them symbol by symbol can.
 */

/** What a spelled value holds, counted in symbols (one letter or one digit each). */
export interface SpelledValue {
  /** Offsets into the string that was read. */
  readonly start: number;
  readonly end: number;
  readonly letters: number;
  readonly digits: number;
  /** Whether any digit was said as a word ("four", "oh", "twenty-six"). */
  readonly spoken: boolean;
  /** A dash said or written between groups ("twenty-six dash oh four one", "26-014"). */
  readonly dashed: boolean;
  /** The digits in order, as a phone number would be dialled. */
  readonly digitString: string;
}

const UNITS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const TEENS: Readonly<Record<string, string>> = {
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
};
const TENS: Readonly<Record<string, string>> = {
  twenty: '2',
  thirty: '3',
  forty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
};
/** The radio alphabet: "Kilo Lima Mike" is K, L, M. */
const RADIO = new Set([
  'alpha',
  'alfa',
  'bravo',
  'charlie',
  'delta',
  'echo',
  'foxtrot',
  'golf',
  'hotel',
  'india',
  'juliet',
  'juliett',
  'kilo',
  'lima',
  'mike',
  'november',
  'oscar',
  'papa',
  'quebec',
  'romeo',
  'sierra',
  'tango',
  'uniform',
  'victor',
  'whiskey',
  'xray',
  'yankee',
  'zulu',
]);

/** One word of a value: letters, digits and hyphens ("P-X-R", "twenty-six", "7KX", "26-014"). */
const WORD = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*\.?/uy;
/** "T as in Tom": a letter and the word that spells it. */
const AS_IN = /(\p{Lu})\s+as\s+in\s+\p{Lu}\p{Ll}+/uy;
/** Between the symbols of a value: spaces, commas, a dash. */
const GAP = /(?:[ \t]*[,/][ \t]*|[ \t]*[-–][ \t]*|[ \t]+)/y;

interface Part {
  letters: number;
  digits: string;
  spoken: boolean;
  dash: boolean;
}

/** One hyphen-free piece of a word, or undefined when it is not part of a value. */
function readPiece(piece: string, joined: boolean): Part | undefined {
  const lower = piece.toLowerCase();
  if (/^\d+$/.test(piece)) return { letters: 0, digits: piece, spoken: false, dash: false };
  const unit = UNITS[lower];
  // "o" and "oh" are zero only in lower case or inside a run: "O" alone is a letter.
  if (unit !== undefined && !(piece === 'O')) {
    return { letters: 0, digits: unit, spoken: true, dash: false };
  }
  const teen = TEENS[lower];
  if (teen !== undefined) return { letters: 0, digits: teen, spoken: true, dash: false };
  const ten = TENS[lower];
  if (ten !== undefined) return { letters: 0, digits: `${ten}0`, spoken: true, dash: false };
  if (lower === 'hundred') return { letters: 0, digits: '00', spoken: true, dash: false };
  if (lower === 'dash') return { letters: 0, digits: '', spoken: true, dash: true };
  if (RADIO.has(lower)) return { letters: 1, digits: '', spoken: true, dash: false };
  // A single capital ("T", "K" of "K-L-M"), or capitals with digits ("7KX", "HJT").
  if (/^\p{Lu}$/u.test(piece)) return { letters: 1, digits: '', spoken: false, dash: false };
  if (/^[A-Z0-9]{2,8}$/.test(piece) && (/\d/.test(piece) || joined || piece.length <= 3)) {
    return {
      letters: piece.replace(/\d/g, '').length,
      digits: piece.replace(/\D/g, ''),
      spoken: false,
      dash: false,
    };
  }
  // Lower-case letters only mixed with digits: "7kpd219".
  if (/^(?=.*\d)(?=.*[a-z])[a-z0-9]{3,8}$/.test(piece)) {
    return {
      letters: piece.replace(/\d/g, '').length,
      digits: piece.replace(/\D/g, ''),
      spoken: false,
      dash: false,
    };
  }
  return undefined;
}

/** A word of a value ("twenty-six" is 26, "P-X-R" three letters), or undefined. */
function readWord(word: string): Part | undefined {
  // "X-ray" is the radio alphabet's X, written with its hyphen.
  if (RADIO.has(word.replace(/\.$/, '').replace(/[-–]/g, '').toLowerCase()))
    return { letters: 1, digits: '', spoken: true, dash: false };
  // "six-Whiskey-X-ray-Charlie": the radio alphabet's X keeps its hyphen inside a hyphenated run.
  const pieces = word
    .replace(/\.$/, '')
    .replace(/(?<![\p{L}\p{N}])x[-–]ray(?![\p{L}\p{N}])/giu, 'xray')
    .split(/[-–]/);
  const total: Part = { letters: 0, digits: '', spoken: false, dash: pieces.length > 1 };
  let tensPending = false;
  for (const piece of pieces) {
    const part = readPiece(piece, pieces.length > 1);
    if (!part) return undefined;
    // "twenty-six" is 26, not 206.
    if (tensPending && part.digits.length === 1 && part.spoken) {
      total.digits = total.digits.slice(0, -1) + part.digits;
    } else total.digits += part.digits;
    tensPending = TENS[piece.toLowerCase()] !== undefined;
    total.letters += part.letters;
    total.spoken ||= part.spoken;
    // "twenty-six" is one number said with a hyphen, not a dash between groups.
    if (part.dash) total.dash = true;
  }
  if (pieces.length > 1 && pieces.every((p) => /^\p{L}+$/u.test(p) && p.length > 1)) {
    total.dash = pieces.some((p) => p.toLowerCase() === 'dash');
  }
  return total;
}

/**
 * Reads a value said or written symbol by symbol from `from`, up to `limit`: stops at the first
 * word that is not a letter, a digit, a number word or a dash. Undefined when nothing is read.
 */
export function readSpelledValue(
  text: string,
  from: number,
  limit: number,
): SpelledValue | undefined {
  let at = from;
  let end = -1;
  let letters = 0;
  let digitString = '';
  let spoken = false;
  let dashed = false;
  let tensPending = false;
  // "I" and "A" are words as often as letters: one counts only when more of the value follows it.
  let tentative: { letters: number; end: number } | undefined;
  while (at < limit) {
    AS_IN.lastIndex = at;
    const asIn = AS_IN.exec(text);
    let part: Part | undefined;
    let next: number;
    if (asIn && asIn.index + asIn[0].length <= limit) {
      part = { letters: 1, digits: '', spoken: true, dash: false };
      next = asIn.index + asIn[0].length;
    } else {
      WORD.lastIndex = at;
      const word = WORD.exec(text);
      if (!word || word.index + word[0].length > limit) break;
      part = readWord(word[0]);
      // A trailing full stop belongs to a spelled letter ("K."), not to a word that ends a sentence.
      next = word.index + word[0].length;
      if (word[0].endsWith('.') && !/^\p{Lu}\.$/u.test(word[0])) next -= 1;
    }
    if (!part) break;
    if (tentative) {
      letters += tentative.letters;
      end = tentative.end;
      tentative = undefined;
    }
    if (/^[IA]$/.test(text.slice(at, next))) {
      tentative = { letters: 1, end: next };
      GAP.lastIndex = next;
      const gap = GAP.exec(text);
      if (!gap) break;
      at = next + gap[0].length;
      continue;
    }
    if (tensPending && part.spoken && part.digits.length === 1 && !part.dash) {
      digitString = digitString.slice(0, -1) + part.digits;
    } else digitString += part.digits;
    tensPending = /0$/.test(part.digits) && part.spoken && part.digits.length === 2;
    letters += part.letters;
    spoken ||= part.spoken;
    dashed ||= part.dash;
    end = next;
    GAP.lastIndex = next;
    const gap = GAP.exec(text);
    if (!gap) break;
    if (/[-–]/.test(gap[0])) dashed = true;
    at = next + gap[0].length;
  }
  if (end === -1) return undefined;
  return {
    start: from,
    end,
    letters,
    digits: digitString.length,
    spoken,
    dashed,
    digitString,
  };
}
