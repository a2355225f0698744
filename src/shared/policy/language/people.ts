import type { Sentence, Word } from './analysis';

/** A police officer's ranks and titles, as a pattern's alternatives: "Sgt", "Officer", "Det". */
export const OFFICER_TITLE_WORDS =
  'Sgt|Sergeant|Officer|Ofc|Chief|Det|Detective|Lt|Lieutenant|Capt|Captain|Deputy|Trooper';

/** Staff titles that name staff in any case: "dispatcher Lee", "our k9 Rex", "their coach Dale". */
const STAFF_TITLE_ANY_CASE_WORDS = String.raw`K-?9|Dispatcher|Firefighter|Fire\s+Marshal|Marshal|Paramedic|Medic|Chaplain|Cadet|Coach`;
/** Staff titles only as a title is written, capitalised: "a father" and "the nurse" are anyone. */
const STAFF_TITLE_CAPITALISED_WORDS = String.raw`Engineer|Inspector|Nurse|Dr|Volunteer|Principal|Teacher|Pastor|Father|Reverend|Rev|Mayor|Councilman|Councilwoman|Councilmember|Explorer`;

/**
 * Titles of the department's staff and the people it works beside, before a name: "Sgt. Ruiz",
 * "Firefighter Kim", "Coach Reyes". What they did on duty, or at a drill, is nobody's crime.
 */
export const STAFF_TITLE_WORDS = String.raw`${OFFICER_TITLE_WORDS}|${STAFF_TITLE_ANY_CASE_WORDS}|${STAFF_TITLE_CAPITALISED_WORDS}`;

/** Whether the words open on a staff title: "Fire Marshal Cole", "Engineer Patel". */
export const STAFF_TITLE_OPENING = new RegExp(String.raw`^(?:${STAFF_TITLE_WORDS})\b`);

const STAFF_IN_ANY_CASE = new RegExp(
  String.raw`\b(?:${OFFICER_TITLE_WORDS}|${STAFF_TITLE_ANY_CASE_WORDS})\b`,
  'i',
);
/** Every staff title, as a title is written: "Father Ruiz", "Nurse Kim", "Dr. Patel". */
const STAFF_TITLED = new RegExp(String.raw`\b(?:${STAFF_TITLE_WORDS})\b`);

/**
 * A staff title anywhere in the words: an officer's, a dispatcher's or a coach's in any case
 * ("Sgt. Lopez", "officer Diaz", "their coach Dale"), the rest only capitalised, since "a
 * father", "the nurse" and "a volunteer" are anyone (round thirty-nine: "burying a father").
 */
export const STAFF_TITLE_IN = {
  test: (words: string): boolean => STAFF_IN_ANY_CASE.test(words) || STAFF_TITLED.test(words),
};

/** An officer's title as written, capitalised, anywhere in the words: "Officer Diaz pulled him out". */
export const OFFICER_TITLE_IN = new RegExp(String.raw`\b(?:${OFFICER_TITLE_WORDS})\b`);

/** A police officer's rank or title before a name: "Sgt. Miller", "Officer Diaz". */
export const OFFICER_TITLE = new RegExp(`^(?:${OFFICER_TITLE_WORDS})\\.?$`);

/** Titles of office and address: a name after one is an adult's, often an officer's. */
export const ADULT_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'officer',
  'ofc',
  'sgt',
  'sergeant',
  'det',
  'detective',
  'lt',
  'lieutenant',
  'capt',
  'captain',
  'cpl',
  'corporal',
  'chief',
  'deputy',
  'dep',
  'trooper',
  'agent',
  'judge',
  'mayor',
  'sheriff',
  'councilman',
  'councilwoman',
  'councilmember',
  'commissioner',
  'senator',
  'governor',
  'rep',
  'representative',
  'pastor',
  'reverend',
  'rev',
  'coach',
  'principal',
  'professor',
  'prof',
  'attorney',
  'da',
  'president',
  'superintendent',
  'director',
  'manager',
  'firefighter',
  'paramedic',
  'k-9',
  'k9',
]);

/** Capitalised words that are never a person's name where the rules look for one. */
const NOT_A_NAME = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday ' +
    'police department dept pd city county state university college school high middle elementary ' +
    'academy street st avenue ave road rd drive dr boulevard blvd lane ln court ct way place pl ' +
    'highway hwy route park center centre library hall station church hospital mall plaza ' +
    'update breaking alert missing found wanted arrested please call text visit join help the a an ' +
    'this that these those he she they we you i it his her their our my your its if when while ' +
    'and or but so thanks thank congratulations happy good great new old north south east west ' +
    'facebook instagram twitter x tiktok youtube google amazon walmart target ' +
    'god jesus lord yes no ok okay omg lol wow hey hi hello dear folks everyone anyone ' +
    'american english spanish mexican african asian black white hispanic latino ' +
    'crime stoppers cat community action team unit division squad task force ' +
    'measure prop proposition election council board commission republican democrat ' +
    'christmas thanksgiving halloween easter independence memorial labor veterans ' +
    'uber lyft amber minor juvenile teen teenager child kid boy girl student youth ' +
    'belgian malinois german shepherd labrador golden retriever husky beagle terrier poodle ' +
    'bloodhound rottweiler doberman k-9 k9 ' +
    'detectives officers deputies investigators troopers agents firefighters paramedics crews ' +
    'residents neighbors neighbours parents students families drivers witnesses victims volunteers ' +
    // an illness that "put him in the hospital" is nobody's deed
    'covid covid-19 coronavirus flu influenza cancer pneumonia'
  ).split(' '),
);

/** Words after a capitalised run that make it a place or an organisation, not a person. */
const PLACE_OR_ORG = new Set(
  (
    'st street ave avenue rd road dr drive blvd boulevard ln lane ct court way pl place ter ' +
    'terrace cir circle pkwy parkway hwy highway trl trail loop row sq square creek hill hills ' +
    'park lake river bridge heights village estates ridge valley springs woods grove point ' +
    'high middle elementary school academy college university library center centre hall ' +
    'church hospital clinic mall plaza market store shop station county city township department ' +
    'pd police fire inc llc co company corp services group bank cafe café grill pizza auto ' +
    'branch campus district precinct substation ' +
    'motors hardware pharmacy apartments apts complex tower towers building'
  ).split(' '),
);

export interface Mention {
  /** Word indices in the sentence, inclusive. */
  readonly from: number;
  readonly to: number;
  /** Follows a title of office or address (Officer, Mr., Judge). */
  readonly titled: boolean;
}

const bare = (word: Word) => word.lower.replace(/\.$/, '');

export function isTitle(word: Word): boolean {
  return ADULT_TITLES.has(bare(word));
}

/**
 * A capitalised word that could be a person's name, where the sentence's first word counts too:
 * for rules that already know a name stands in a subject's place ("Marisol didn't do this").
 */
export function couldBeName(word: Word): boolean {
  return (
    word.titlecase &&
    word.pos === 'PROPN' &&
    !NOT_A_NAME.has(bare(word)) &&
    !isTitle(word) &&
    !PLACE_OR_ORG.has(bare(word)) &&
    !/\d/.test(word.text)
  );
}

function canBeName(word: Word, index: number): boolean {
  if (!word.titlecase || NOT_A_NAME.has(bare(word)) || isTitle(word)) return false;
  if (/\d/.test(word.text)) return false;
  // The first word of a sentence is capitalised anyway: only a proper noun there is a name.
  return word.pos === 'PROPN' || (index > 0 && word.pos === 'NOUN');
}

/** Name particles inside a name: "Ana De La Cruz", "Van der Berg", "O’Neil". */
const PARTICLES = new Set([
  'de',
  'la',
  'del',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'le',
  'bin',
  'al',
]);

/**
 * The people named in a sentence: runs of capitalised words, with or without a title, that are
 * not a place, a business, a date or a sentence's first common word.
 */
const named = new WeakMap<Sentence, Mention[]>();

/** The people named in a sentence (see `findPeople`), found once per parsed sentence. */
export function namedPeople(sentence: Sentence): Mention[] {
  let people = named.get(sentence);
  if (!people) {
    people = findPeople(sentence);
    named.set(sentence, people);
  }
  return people;
}

function findPeople(sentence: Sentence): Mention[] {
  const words = sentence.words;
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    const titled = i > 0 && isTitleBefore(words, i);
    if (!canBeName(word, i)) continue;
    let to = i;
    while (to + 1 < words.length) {
      const next = words[to + 1];
      if (!next) break;
      if (next.text === '-' && words[to + 2]?.titlecase && next.start === (words[to]?.end ?? -1)) {
        to += 2;
        continue;
      }
      if (
        next.titlecase &&
        (next.pos === 'PROPN' ||
          canBeName(next, to + 1) ||
          // "Ellis Grant's son": the tagger read "Grant" as a verb; the possessive says a name.
          /^['’]s$/.test(words[to + 2]?.text ?? '') ||
          // "It was Colton Pierce, the sophomore": a surname read as a verb, after a first name
          // and before the comma that closes the name (round fifteen)
          (next.pos === 'VERB' &&
            words[to]?.pos === 'PROPN' &&
            to === i &&
            !/^(?:says|said|say|told|tells|asks|asked|wins|won)$/.test(next.lower) &&
            /^[,(]$/.test(words[to + 2]?.text ?? ''))) &&
        !NOT_A_NAME.has(bare(next)) &&
        // "Pastor Ellis Grant's": a title ends the run only before a name of its own
        // ("… Sheriff Ortiz"); "Ryan Judge, 15" keeps his surname.
        !(isTitle(next) && words[to + 2]?.titlecase === true)
      ) {
        to += 1;
        continue;
      }
      if (PARTICLES.has(next.lower) && words[to + 2]?.titlecase) {
        to += 2;
        continue;
      }
      // "J. Smith": an initial inside a name.
      if (/^\p{Lu}\.$/u.test(next.text) && words[to + 2]?.titlecase) {
        to += 2;
        continue;
      }
      break;
    }
    const after = words[to + 1];
    // "Example State University": a capitalised word the run stopped at can still make it a place.
    if (
      after &&
      (PLACE_OR_ORG.has(bare(after)) || (after.titlecase && NOT_A_NAME.has(bare(after))))
    ) {
      i = to + 1;
      continue;
    }
    // "Assmann & Sons Bakery", "Example Power & Light": a firm's name joined by "&", not two
    // people ("Kyle & Jake"), where the other side is a firm's word or a run ending in one.
    const firm = firmAcross(words, i, to);
    if (firm !== undefined) {
      i = firm;
      continue;
    }
    const lastWord = words[to];
    if (lastWord && PLACE_OR_ORG.has(bare(lastWord)) && to > i) {
      i = to;
      continue;
    }
    // "the Wells Branch", "a Ford": after an article only a family is a person ("the Kowalski
    // boy", "the Pruitt boys", "the Delgado kids").
    const article = words[i - 1];
    // "Se busca a Camila Reyes": Spanish "a" before a person is no article
    const spanishA =
      article?.lower === 'a' &&
      /^(?:busca|buscan|buscamos|buscando|encontrar|localizar|vieron|vio|conoce|conocen|ayuden|llamen)$/.test(
        words[i - 2]?.lower ?? '',
      );
    if (
      article &&
      !spanishA &&
      /^(?:the|a|an)$/.test(article.lower) &&
      (!/^(?:boys?|girls?|kids?|child|children|family|teens?|teenagers?|twins?|triplets|brothers|sisters|siblings|cousins)$/.test(
        after?.lower ?? '',
      ) ||
        // "the Pinecrest girls' volleyball team": a school's team, not a family.
        /^['’]$/.test(words[to + 2]?.text ?? ''))
    ) {
      i = to;
      continue;
    }
    // A sentence's first word alone is a name only where an age or a comma follows it.
    const first = words.findIndex((w) => /\p{L}/u.test(w.text));
    // "Keira is 14" names her; "Open to young people" does not.
    if (
      i === first &&
      to === i &&
      !/^[,(]$/.test(after?.text ?? '') &&
      // "Dominic's only 16": the name the age is stated of (round sixteen)
      !(
        /^['’]s$/.test(after?.text ?? '') &&
        /^(?:only|just|like|barely|\d{1,2})$/.test(words[to + 2]?.lower ?? '')
      ) &&
      // A plural takes the verb's bare form ("Offenders pose as…"); a name takes "robbed", "is".
      !(
        (after?.pos === 'AUX' || (after?.pos === 'VERB' && after.lower !== after.lemma)) &&
        word.lemma === word.lower
      )
    )
      continue;
    found.push({ from: i, to, titled });
    i = to;
  }
  return found;
}

/** Words that, joined to a name by "&", make it a firm: "& Sons", "Power & Light". */
const FIRM = new Set(
  'sons daughters co company associates partners light power gas electric water bakery'.split(' '),
);

/** The end of a firm's name "&" joins to the run `from`..`to`, or undefined when it is none. */
function firmAcross(words: readonly Word[], from: number, to: number): number | undefined {
  const isFirmWord = (w: Word | undefined) =>
    w !== undefined && (FIRM.has(bare(w)) || PLACE_OR_ORG.has(bare(w)));
  // This run, then "&" and the firm's other words: "Assmann & Sons Bakery".
  if (words[to + 1]?.text === '&' && words[to + 2]?.titlecase) {
    let end = to + 2;
    while (words[end + 1]?.titlecase) end += 1;
    if (words.slice(to + 2, end + 1).some(isFirmWord) || isFirmWord(words[to])) return end;
  }
  // The firm's words before "&", then this run: "Example Power & Light".
  if (words[from - 1]?.text === '&' && words[from - 2]?.titlecase) {
    if (words.slice(from, to + 1).some(isFirmWord) || isFirmWord(words[from - 2])) return to;
  }
  return undefined;
}

function isTitleBefore(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  if (!previous) return false;
  if (isTitle(previous)) return true;
  // "Ofc." is split as "Ofc" and "."; "Sgt. Dikshit".
  const beforeDot = words[index - 2];
  return previous.text === '.' && beforeDot !== undefined && isTitle(beforeDot);
}
