import type { Sentence, Word } from './analysis';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
];

/** Spanish numbers a minor's age is written in, before "años": "de quince años". */
const SPANISH_NUMBER_WORDS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
];

/** The age a word says, if it is a number a minor could be: "15", "fifteen". */
export function minorAge(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  const digits = /^(\d{1,2})(?:yoa|yo|y\/o|yrs?)?$/i.exec(word.text)?.[1];
  const age = digits !== undefined ? Number(digits) : NUMBER_WORDS.indexOf(word.lower);
  return age >= 1 && age <= 17 ? age : undefined;
}

/** Words that say a person is a child whatever their age: "a sophomore", "the boy". */
const MINOR_ROLES = new Set([
  'boy',
  'girl',
  'boys',
  'girls',
  'teen',
  'teenager',
  'teenage',
  'juvenile',
  'minor',
  'child',
  'kid',
  'toddler',
  'infant',
  'baby',
  'freshman',
  'sophomore',
  'sophomores',
  'freshmen',
  'schoolboy',
  'schoolgirl',
  'preteen',
  'tween',
  'youngster',
  'grader',
  'graders',
  'schooler',
  'schoolers',
  'kindergartner',
  'kindergartners',
  'kindergartener',
  'kindergarteners',
  'preschooler',
  'preschoolers',
  // Spanish comments name children by role too: "el niño Mateo", "la menor Ana Ruiz".
  'niño',
  'niña',
  'niños',
  'niñas',
  'menor',
  'adolescente',
  'muchacho',
  'muchacha',
]);

/** Words before a number that state it as someone's age: "is 15", "hes 16" (typed without an apostrophe). */
const STATING = new Set([
  'is',
  "'s",
  '’s',
  'was',
  'turned',
  'only',
  'just',
  'barely',
  'hes',
  'shes',
  // "they're 14 and 15", "the twins are like 14": a pair or a family's children.
  'are',
  'were',
  "'re",
  '’re',
  're',
  'theyre',
]);
/** Words that soften a stated age without changing whose it is: "he's like 14". */
const HEDGES = new Set([
  'like',
  'about',
  'around',
  'almost',
  'nearly',
  'maybe',
  'prob',
  'probably',
  // "Kiana Boateng, who's also 16": the same age as someone before, still this person's own
  'also',
]);

/**
 * Words that can follow an age stated with a verb and leave it an age ("he's 15 and", "hes like
 * 15 lol"); a noun there makes it a count ("is 15 minutes away").
 */
const AFTER_STATED_AGE = new Set([
  'and',
  'when',
  'but',
  'or',
  'so',
  'too',
  'now',
  'tops',
  'maybe',
  'lol',
  'lmao',
  'smh',
  'btw',
]);

/** "ages 14 to 20", "ages 8 - 14", "ages 12 through 17": a range, not one person's age. */
function isRangeStart(words: readonly Word[], at: number): boolean {
  const joiner = words[at + 1];
  return (
    joiner !== undefined &&
    /^(?:to|through|thru|-|–|—)$/.test(joiner.lower) &&
    /^\d{1,2}$/.test(words[at + 2]?.text ?? '')
  );
}

/** A number written against a foot or inch mark: a height ("5'6\"") or a length, not an age. */
function isMeasure(word: Word, next: Word | undefined): boolean {
  return next !== undefined && next.start === word.end && /^['’′"”″]$/.test(next.text);
}

/**
 * Where the word before a school year stands, past a school's name: "a Pinecrest High junior"
 * reads as "a junior". Only capitalised words ending in a school's word are passed over.
 */
function beforeSchoolName(words: readonly Word[], at: number): number {
  if (!/^(?:High|Middle|Prep|Academy)$/.test(words[at - 1]?.text ?? '')) return at - 1;
  let k = at - 2;
  while (k > 0 && k >= at - 4 && words[k]?.titlecase) k -= 1;
  return k;
}

export interface MinorMark {
  readonly from: number;
  readonly to: number;
  /** An age under 18 ("15", "a 15-year-old") rather than a role ("a sophomore", "her son"). */
  readonly age: boolean;
}

const isAgeWord = (w: Word | undefined) =>
  w !== undefined && /^(?:years?|yrs?|yoa|yo|y\/o)$/i.test(w.text);
/** "years" says an age only with "old" after it ("ten years since" is a duration); "yo" always. */
const saysAge = (words: readonly Word[], at: number) =>
  /^(?:yoa|yo|y\/o)$/i.test(words[at]?.text ?? '') ||
  words[at + 1]?.lower === 'old' ||
  (words[at + 1]?.text === '-' && words[at + 2]?.lower === 'old');

/**
 * Where a sentence says someone is a minor: an age under 18 in the ways ages are written
 * ("Name, 15", "(15)", "15-year-old", "age 15", "who is 15", "15 years old") or a minor's role.
 */
export function minorMarks(sentence: Sentence): MinorMark[] {
  const words = sentence.words;
  const marks: MinorMark[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    const next = words[i + 1];
    // "Amara Okafor, de quince años": a Spanish number word says an age only before "años".
    const spanish =
      next && /^(?:años|añitos)$/i.test(next.text)
        ? SPANISH_NUMBER_WORDS.indexOf(word.lower.replace('dieciseis', 'dieciséis'))
        : -1;
    const age = minorAge(word) ?? (spanish >= 1 ? spanish : undefined);
    if (age !== undefined) {
      const previous = words[i - 1];
      // "15-year-old", "15 years old", "15 yrs", "15yo"
      if (next?.text === '-' && isAgeWord(words[i + 2]) && saysAge(words, i + 2)) {
        const end = words[i + 3]?.text === '-' && words[i + 4]?.lower === 'old' ? i + 4 : i + 2;
        marks.push({ from: i, to: end, age: true });
        i = end;
        continue;
      }
      // "de 10 años": Spanish comments name ages too.
      if (next && /^(?:años|añitos)$/i.test(next.text)) {
        marks.push({ from: previous?.lower === 'de' ? i - 1 : i, to: i + 1, age: true });
        continue;
      }
      if (isAgeWord(next) && saysAge(words, i + 1)) {
        marks.push({ from: i, to: words[i + 2]?.lower === 'old' ? i + 2 : i + 1, age: true });
        continue;
      }
      if (/^(?:yoa|yo|y\/o|yrs?)$/i.test(word.text.replace(/^\d+/, '')) && /\d/.test(word.text)) {
        marks.push({ from: i, to: i, age: true });
        continue;
      }
      // "ages 14 to 20", "ages 8-14": a programme's range of ages, nobody's own age.
      if (isRangeStart(words, i)) {
        i += 2;
        continue;
      }
      // "is 5'6\"", "15' tall": a height, not an age; "Bail Bonds, 10% down": a share.
      if (isMeasure(word, next) || next?.text === '%') continue;
      // "age 15", "aged 15", "ages 9 and 12"
      if (previous && /^(?:age|aged|ages)$/i.test(previous.text)) {
        marks.push({ from: i - 1, to: i, age: true });
        continue;
      }
      // "Name, 15," / "Name (15)" / "who is 15" / "he's only 15" / "just turned 15"
      // "Ruby Castellano, also 16,": a word of comparison between the comma and the age
      const compared =
        (/^(?:also|too|likewise)$/.test(previous?.lower ?? '') &&
          (words[i - 2]?.text === ',' || words[i - 2]?.text === '(')) ||
        // "Devonte Harris, all of fourteen" (round sixteen)
        (previous?.lower === 'of' &&
          words[i - 2]?.lower === 'all' &&
          /^[,—–(-]$/.test(words[i - 3]?.text ?? ''));
      const enclosed =
        (previous?.text === ',' || previous?.text === '(' || compared) &&
        (next === undefined ||
          next.pos === 'SYM' ||
          [
            ',',
            ')',
            '.',
            ';',
            'and',
            'was',
            'is',
            'of',
            'from',
            'were',
            'has',
            'had',
            'who',
            // "Have you seen Diego Hernández, 13?"
            '?',
            '!',
            // "— Devonte Harris, all of fourteen —"
            '—',
            '–',
          ].includes(next.lower));
      // "he's like 14", "she is about 15": a hedge after the verb still states the age.
      const hedged =
        previous !== undefined &&
        HEDGES.has(previous.lower) &&
        STATING.has(words[i - 2]?.lower ?? '');
      // "Her plate is six-Charlie-Tango-Zulu": a number joined to the next word spells a code
      const spelled = next?.text === '-' && next.start === word.end;
      const stated =
        /^(?:turned|turns|turning|both)$/.test(previous?.lower ?? '') ||
        (previous !== undefined &&
          (STATING.has(previous.lower) || hedged) &&
          (next === undefined ||
            next.pos === 'PUNCT' ||
            next.pos === 'SYM' ||
            AFTER_STATED_AGE.has(next.lower)));
      if ((enclosed || stated) && !spelled)
        marks.push({
          from: compared ? (previous?.lower === 'of' ? i - 2 : i - 1) : i,
          to: i,
          age: true,
        });
      continue;
    }
    // "Boys & Girls Club" is a place; a capitalised role word before another name is a title.
    const partOfName =
      word.titlecase &&
      (words[i + 1]?.text === '&' ||
        // "Juvenile Probation", "Teen Driver Safety Night", "Teen Battle of the Bands" (round sixteen)
        /^(?:club|clubs|center|unit|court|division|services|league|scouts|camp|home|probation|detention|justice|battle|driver|drivers|night|program|programs|academy|summit|council|advisory|leadership|idol|fest|festival|day|week|month)$/i.test(
          words[i + 1]?.text ?? '',
        ));
    // "Good boy, Rocco": a K-9 praised, not a child (round fifteen)
    const praise =
      /^(?:boy|girl)$/.test(word.lower) && /^(?:good|atta)$/.test(words[i - 1]?.lower ?? '');
    if (MINOR_ROLES.has(word.lower) && !partOfName && !praise) {
      // "a seventh-grader", "middle schooler": the grade before the role word belongs to it.
      let from = i;
      const grade = /^(?:grader|schooler)s?$/.test(word.lower);
      if (grade && words[i - 1]?.text === '-') from = i - 2;
      else if (grade) from = Math.max(0, i - 1);
      marks.push({ from, to: i, age: false });
      continue;
    }
    // "Kingsley High junior Devontae Harris": a school's year before a name
    if (
      /^(?:junior|sophomore|freshman|senior)$/.test(word.text) &&
      /^(?:High|Middle|Prep|Academy)$/.test(words[i - 1]?.text ?? '') &&
      // "an Alameda High junior, Jordan Tate" too
      ((words[i + 1]?.titlecase === true && words[i + 1]?.pos === 'PROPN') ||
        (words[i + 1]?.text === ',' && words[i + 2]?.titlecase === true))
    ) {
      marks.push({ from: i, to: i, age: false });
      continue;
    }
    // "a junior at Lincoln High", "in the 7th grade", "grade 8"
    if ((word.lower === 'junior' || word.lower === 'senior') && words[i + 1]?.lower === 'at') {
      marks.push({ from: i, to: i, age: false });
      continue;
    }
    // "the junior with the black Charger", "a junior who drives", "the Westfield High junior hurt
    // in the crash": the school year as a noun; not
    // "junior varsity", "a junior officer" or "Junior" the name. "senior" may be an elder's word.
    const opener = word.text === 'junior' ? beforeSchoolName(words, i) : -1;
    if (
      opener >= 0 &&
      /^(?:the|a|that|this)$/.test(words[opener]?.lower ?? '') &&
      (words[i + 1] === undefined ||
        /^(?:with|who|whose|that|from|in|on|driving|hurt|injured|killed|struck|hit|charged|arrested|accused|cited|missing|shot|stabbed|[,.;:!?)–—-])$/.test(
          words[i + 1]?.lower ?? '',
        ))
    ) {
      marks.push({ from: opener + 1, to: i, age: false });
      continue;
    }
    if (
      word.lower === 'grade' &&
      (/^(?:[1-9]|1[0-2])(?:st|nd|rd|th)?$/i.test(words[i + 1]?.text ?? '') ||
        /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i.test(
          words[i - 1]?.text ?? '',
        ))
    ) {
      marks.push({ from: Math.max(0, i - 1), to: Math.min(words.length - 1, i + 1), age: false });
    }
  }
  return marks;
}
