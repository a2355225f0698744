import type { Sentence, Word } from '../language/analysis';
import { type MinorMark, minorAge, minorMarks } from '../language/minors';
import { type Mention, isTitle, namedPeople } from '../language/people';
import { VEHICLE_MAKE } from '../language/vehicles';
import { isClauseBreak } from '../language/words';
import type { Found, SentenceRule } from './sentence-rules';

/** How far apart, in words, a name and an age can be and still be about the same person. */
const REACH = 9;
/** How far a pronoun that takes the age ("…, and he's only 15") can stand from the name. */
const PRONOUN_REACH = 25;

const SCHOOL = /^(?:high|middle|elementary|academy|school|prep|junior)$/i;

/** A sentence about a minor's award or achievement, with no incident: not what III.B.3.c is for. */
export const CELEBRATION =
  /\b(?:congrat\w*|award\w*|honou?r(?:ed|s)?|scholarship|graduat\w*|winner|won(?!['’]t)|champion\w*|recogni[sz]\w*|cadets?|explorers?|essay|contest|science fair|spelling bee|proud|welcom\w*|birthday|kudos|shout[- ]?outs?|celebrat\w*|thank(?:s|ed)?|way to go|great job|well done|earned|volunteer\w*|mentor\w*)\b/i;
/** Words of a crime, a harm or an emergency: a minor named beside these is what the rule protects. */
export const INCIDENT =
  /\b(?:arrest\w*|crash\w*|injur\w*|hurt|killed|shot|stabbed|missing|runaway|victim|suspect\w*|assault\w*|robb\w*|struck|charged|custody|detained|abduct\w*|kidnap\w*|overdose\w*|died|death|hospitali[sz]ed|fight|threat\w*|weapon|gun|knife|stole|stolen|theft|burglar\w*|vandal\w*|accident|incident|drown\w*|cited|bully\w*|abuse\w*|911|smash\w*|witness\w*|broke\s+into|break(?:s|ing)?\s+into|break-in|juvenile\s+(?:court|detention)|referred\s+to|last\s+seen|jumped|attack\w*|looking\s+for|have\s+you\s+seen|endangered|wander(?:ed|ing)?\s+(?:off|away)|(?:is|are|was|were|got|made\s+it|came|returned|arrived)\s+home\s+safe|safe\s+and\s+sound|reunited|(?:everyone|everybody|all|those|you|neighbou?rs|volunteers|people)\s+who\s+help(?:ed)?\s+(?:us\s+)?(?:look|search)\s+for|out\s+of\s+control|hit-and-run|sped\s+(?:off|away)|taken\s+from\s+(?:the|a|her|his|their)\s+|(?:taken|rushed|flown|transported)\s+to\s+(?:[\w'’.]+\s+){0,3}hospital|stitches|shov(?:e|ed|es|ing)|(?:stable|serious|critical|fair)\s+condition|bitten|shoplift\w*|pulled\s+(?:the\s+|a\s+)?fire\s+alarm|set\s+(?:\w+\s+){0,3}on\s+fire|start(?:ed|ing|s)?\s+(?:the|a|that|this)\s+(?:\w+\s+)?fire|arson\w*|drove\s+into|punched|punching|first\s+punch|broken\s+(?:leg|arm|nose|jaw|wrist|collarbone|ribs?)|carjack\w*|grazed|bullets?|searched\s+(?:[\w'’-]+\s+){0,4}for|found\s+safe|amber\s+alert|pull(?:ed|ing)\s+(?:[\w'’-]+\s+){1,4}(?:from|out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:creek|river|water|lake|pond|floodwaters?|fire|wreck|pool|garage|house|home|building|apartment|flames|car)|(?:spotted|noticed|saw|found|reported|discovered)\s+(?:the\s+)?(?:damage|graffiti|tagging|break-in|fire|smoke|vandalism|theft|trailer|thie(?:f|ves)|taggers?|suspects?|stolen|van|truck|getaway)|told\s+(?:officers|police|detectives|deputies|investigators)\s+(?:he|she|they)\s+(?:saw|heard|spotted|noticed)|(?:saw|watched|spotted)\s+(?:a|the|two|some)\s+(?:man|woman|person|guy|men|driver|teens?|kids?|boys?|girls?)\s+(?:grab|take|steal|break|hit|run|fight|shoot|stab|punch|throw|set|spray|snatch|smash)|called\s+(?:us|police|the\s+police|officers)(?!\s+to\s+(?:say|thank))|help(?:ed|ing)?\s+(?:us\s+)?(?:find|locate)(?!\s+(?:the|a|an|her|his|their)\s+(?:owner|lost|puppy|dog|cat|wallet|keys?|bike|phone|purse))|called\s+in\s+(?:the|a|that)\s+(?:[\w-]+\s+)?(?:fire|crash|break-in|robbery|shooting|wreck|smoke))\b/i;

/** An age followed by what it describes, when that is an animal: "a 2-year-old Belgian Malinois". */
const ANIMAL =
  /^(?:dog|dogs|puppy|pup|canine|k-?9|horse|mare|cat|kitten|malinois|shepherd|labrador|retriever|bloodhound|belgian|german|dutch|lab|husky|beagle|terrier|gelding)$/i;

/** A child named by their relation to someone: "the son of …", "Dana Mensah's daughter". */
const CHILD_KIN =
  /^(?:son|daughter|child|kid|grandson|granddaughter|stepson|stepdaughter|nephew|niece|boy|girl|youngest|oldest|eldest)s?$/;
/**
 * A possessive after the word before it: "'s", or a bare apostrophe after a name that ends in s,
 * "Anita Deschamps’ 12-year-old daughter" (round fifteen).
 */
function isPossessive(words: readonly (Word | undefined)[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  if (/^['’]s$/.test(word.text)) return true;
  const before = words[i - 1];
  return (
    /^['’]$/.test(word.text) &&
    before !== undefined &&
    before.end === word.start &&
    before.titlecase &&
    /s$/.test(before.text)
  );
}
/** A brother or sister named through a sibling, with an age after: "Malik's brother (14)". */
const SIBLING = /^(?:brother|sister|cousin|sibling)s?$/;
const SIBLING_SIZE = /^(?:little|younger|baby|kid|big|older)$/;
/** Someone a child is named through: "her mother, Dana Cole", "whose dad Gerald Pruett". */
const PARENT_KIN =
  /^(?:mother|father|mom|mum|dad|parent|parents|stepfather|stepmother|stepdad|stepmom|grandmother|grandfather|grandma|grandpa|guardian|aunt|uncle)$/;

/** A family named by its surname: "the Okonkwo twins", "the Fenwick brothers". */
const FAMILY =
  /^(?:twins?|triplets|brothers?|sisters?|siblings?|cousins?|family|kids?|children|boys?|girls?|teens?)$/;

/**
 * Words that may stand between a name and the age that follows it and still say the age is
 * theirs: apposition ("Mia Lopez, a 12-year-old"), a copula ("is only 15", "hes like 14"), a
 * relative clause ("who police say is 15"). A content word there ("for the tip, a 15-year-old",
 * "called 911, and a 16-year-old") means the age is someone else's.
 */
const NAME_THEN_AGE = new Set([
  ',',
  '(',
  '-',
  '–',
  '—',
  'who',
  'whos',
  'who’s',
  "who's",
  'is',
  'was',
  "'s",
  '’s',
  'hes',
  'shes',
  'he',
  'she',
  // "the Nguyen twins, they're like 14": a family's children, said again with "they".
  'they',
  'theyre',
  'they’re',
  "they're",
  "'re",
  '’re',
  // "theyre" typed without its apostrophe is read as "they" and "re".
  're',
  'are',
  'were',
  'only',
  'just',
  'like',
  'about',
  'around',
  'barely',
  'almost',
  'nearly',
  'now',
  'turned',
  'turns',
  // "Dev Malhotra, a rising eighth-grader" (round sixteen)
  'rising',
  'turning',
  'will',
  'be',
  'police',
  'officers',
  'family',
  'say',
  'says',
  'said',
  'reportedly',
  'believed',
  'to',
  'a',
  'an',
  'the',
  // "Kenji Sato, that 16 yo from Lincoln"
  'that',
  'both',
  'also',
  'currently',
  'in',
  'maybe',
  'probably',
  'prob',
  // Spanish states an age with "tener": "Emiliano, tiene 13 años", "Mateo, que tiene 11 años".
  'tiene',
  'tenía',
  'que',
  'quien',
  'es',
]);

/**
 * Words that may stand between an age or a minor's role and the name after it: the rest of the
 * description ("the 16-year-old driver, Aisha Khan"), a naming verb ("a student named Ava",
 * "identified by family as Caleb Stone").
 */
const AGE_THEN_NAME = new Set([
  ',',
  '(',
  '-',
  '–',
  '—',
  'named',
  'identified',
  'as',
  'by',
  'police',
  'officers',
  'family',
  'known',
  'called',
  'name',
  'is',
  'whose',
  'later',
  'the',
  'a',
  'an',
  'who',
  'only',
  'just',
  "'s",
  '’s',
  // "A 15-year-old from Jefferson High, Kaden Pruitt": where the child studies, then the name.
  'from',
  'at',
]);

/**
 * Words that may stand between a name and a school grade after it and keep the grade theirs:
 * "Rafael and Tomás Echeverría, brothers in the eighth grade at Lakeview", "Mei-Lin Zhao from
 * the Lakeside 6th grade class", "Renata Okafor's daughter, the one in 8th grade". An adult's
 * noun there ("Dana Cole, a teacher in the eighth grade") is not among them.
 */
const NAME_THEN_GRADE = /^(?:in|from|at|of|the|one|ones|class|student|students|pupil|pupils)$/;

/** Possessive determiners: "in my daughter's class", "in our class". */
const POSSESSOR = /^(?:my|our|your|his|her|their)$/;
/** Relatives whose class a child is in: "my daughter's 10th grade class", "her brother's". */
const KIN =
  /^(?:son|daughter|child|kid|grandson|granddaughter|stepson|stepdaughter|nephew|niece|brother|sister|cousin|boy|girl|kids|sons|daughters|grandkid|grandkids)$/;

/** Prepositions of place: a capitalised word after one is where, not who ("a 15-year-old from Eastside"). */
const PLACE_PREPOSITION =
  /^(?:from|in|at|near|on|into|toward|towards|outside|inside|across|along|behind|around|off|past)$/;

function describesAnimal(sentence: Sentence, to: number): boolean {
  return sentence.words.slice(to + 1, to + 4).some((w) => ANIMAL.test(w.text));
}

/** Two findings for one child ("Kaylee, 15, a sophomore at Example High") read as one. */
function coalesce(text: string, found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  for (const span of sorted) {
    const previous = out.at(-1);
    if (
      previous &&
      (span.start <= previous.end ||
        /^[\s,()–—-]*(?:(?:a|an|who\s+is|and)\s+)?$/i.test(text.slice(previous.end, span.start)))
    ) {
      out[out.length - 1] = { start: previous.start, end: Math.max(previous.end, span.end) };
    } else out.push(span);
  }
  return out;
}

const ADULT_AGE = /^(?:1[89]|[2-9]\d|1[01]\d)$/;

/** "Dana Cole, 34", "Dana Cole (34)", "Dana Cole, age 34", "34-year-old Dana Cole": an adult. */
export function hasAdultAge(words: readonly Word[], person: Mention): boolean {
  const a = words[person.to + 1];
  const b = words[person.to + 2];
  const c = words[person.to + 3];
  if ((a?.text === ',' || a?.text === '(') && ADULT_AGE.test(b?.text ?? '')) return true;
  if (
    (a?.text === ',' || a?.text === '(') &&
    /^(?:age|aged)$/i.test(b?.text ?? '') &&
    ADULT_AGE.test(c?.text ?? '')
  )
    return true;
  // "34-year-old Dana Cole": the number stands five words back, before "- year - old".
  const old = words[person.from - 1];
  return old?.lower === 'old' && ADULT_AGE.test(words[person.from - 5]?.text ?? '');
}

/**
 * Capitalised words the sentence layer took for a person that are something else here: a place
 * after "from"/"in"/"near", the tail of a longer proper name ("the Lincoln High Eagles"), or a
 * model or a title before a common noun ("10-year-old Ford Crown Victoria cruisers").
 */
function notAPerson(words: readonly Word[], person: Mention): boolean {
  const before = words[person.from - 1];
  const after = words[person.to + 1];
  if (before && PLACE_PREPOSITION.test(before.lower)) return true;
  if (VEHICLE_MAKE.test(words[person.from]?.lower ?? '')) return true;
  const first = words.findIndex((w) => /\p{L}/u.test(w.text));
  if (
    before?.titlecase &&
    before.pos === 'PROPN' &&
    person.from - 1 > first &&
    !isTitle(before) &&
    !/^(?:juvenile|teen|teenager|student|sophomore|freshman|junior|senior|victim|suspect)$/i.test(
      before.text,
    )
  )
    return true;
  return (
    after !== undefined &&
    after.pos === 'NOUN' &&
    !after.titlecase &&
    !CHILD_KIN.test(after.lower) &&
    !PARENT_KIN.test(after.lower) &&
    !FAMILY.test(after.lower)
  );
}

/** Whether a word between a name and the age after it keeps the age theirs. */
function linksNameToAge(
  words: readonly Word[],
  at: number,
  gapStart: number,
  mark: MinorMark,
): boolean {
  const markFrom = mark.from;
  const word = words[at];
  if (!word) return false;
  if (isGrade(words, mark)) {
    if (NAME_THEN_GRADE.test(word.lower) || FAMILY.test(word.lower)) return true;
    // "Kaylee, she's in my daughter's 10th grade class", "in our 10th grade class": the class the
    // named child is in, called by whose it is.
    const previous = words[at - 1]?.lower ?? '';
    if (POSSESSOR.test(word.lower) && previous === 'in') return true;
    if (KIN.test(word.lower) && POSSESSOR.test(previous) && isPossessive(words, at + 1))
      return true;
    if (isPossessive(words, at) && KIN.test(words[at - 1]?.lower ?? '')) return true;
  }
  // "Dana Mensah's 14-year-old son", "Kenji Sato's daughter, a fourth-grader": a child named
  // through a parent; "Dana Cole's car" is not. "Malik Turner's little brother (14)": a sibling,
  // with the age that makes them a minor.
  const kinAfterPossessive = (i: number) =>
    isPossessive(words, i - 1) ||
    (SIBLING_SIZE.test(words[i - 1]?.lower ?? '') && isPossessive(words, i - 2));
  const kin = (w: Word | undefined) =>
    w !== undefined && (CHILD_KIN.test(w.lower) || SIBLING.test(w.lower));
  if (isPossessive(words, at) && at === gapStart) {
    const next = words[at + 1];
    return (
      at + 1 === markFrom ||
      // "Dominic's only 16": the "'s" is "is" (round sixteen)
      (at + 2 === markFrom && /^(?:only|just|like|barely|about|almost)$/.test(next?.lower ?? '')) ||
      kin(next) ||
      (SIBLING_SIZE.test(next?.lower ?? '') && kin(words[at + 2]))
    );
  }
  if (SIBLING_SIZE.test(word.lower) && isPossessive(words, at - 1)) return true;
  if (kin(word) && kinAfterPossessive(at)) return true;
  // "the Okonkwo twins (both 16)": the family noun that makes a surname the children.
  if (at === gapStart && FAMILY.test(word.lower)) return true;
  // "say" only inside "who police say is 15": elsewhere it reports someone else's words.
  if (/^(?:say|says|said)$/.test(word.lower))
    return words.slice(gapStart, at).some((w) => w.lower === 'who');
  // "It was Colton Pierce, the sophomore": a description after the comma (round fifteen)
  if (word.lower === 'the' && !mark.age && words[at - 1]?.text === ',' && at - 1 === gapStart)
    return true;
  // A school's name in a description: "Sadia, a Ridgemont High sophomore".
  if (word.titlecase && word.pos === 'PROPN') return true;
  // "the Brennan twins from Eastfield Middle, they're like 13": the school the child is from
  // (round eighteen)
  if (
    /^(?:from|at)$/.test(word.lower) &&
    words.slice(at + 1, at + 4).some((w) => w.titlecase && SCHOOL.test(w.text))
  )
    return true;
  return NAME_THEN_AGE.has(word.lower);
}

/** Whether a word between an age or role and the name after it keeps the name the minor's. */
function linksAgeToName(word: Word): boolean {
  if (AGE_THEN_NAME.has(word.lower)) return true;
  // The rest of the description: "the 16-year-old driver", "a 15-year-old Lincoln High sophomore".
  if (word.pos === 'NOUN' || word.pos === 'ADJ') return true;
  return word.titlecase && word.pos === 'PROPN';
}

/** Whether `person` and `mark` are one person by the grammar of the words between them. */
function linked(words: readonly Word[], person: Mention, mark: MinorMark): boolean {
  if (person.to < mark.from) {
    const gapStart = person.to + 1;
    for (let i = gapStart; i < mark.from; i += 1)
      if (!linksNameToAge(words, i, gapStart, mark)) return false;
    // "According to Maria Lopez, a 15-year-old broke the window": an age that is the subject of
    // its own verb starts a new clause about someone else; "Mia Lopez, a 12-year-old, was…" does not.
    const gap = words.slice(gapStart, mark.from);
    const verbless = gap.every((w) => w.pos !== 'VERB' && w.pos !== 'AUX' && w.lower !== 'who');
    const next = words[mark.to + 1];
    if (mark.age && verbless && (next?.pos === 'VERB' || next?.pos === 'AUX')) return false;
    return true;
  }
  if (namedInApposition(words, person, mark)) return true;
  for (let i = mark.to + 1; i < person.from; i += 1) {
    const word = words[i];
    if (!word || !linksAgeToName(word)) return false;
  }
  return true;
}

/**
 * "the 16-year-old charged in the Rosewood Park stabbing, Xavier Nkemelu", "the 15-year-old who
 * started it, Marcus Whitfield": a description of the minor closed by the name after a comma, the
 * name ending the clause (round fourteen). Not a speaker ("…, Lt. Dana Ruiz said"), a list (a
 * comma earlier in the description) or a one-word name.
 */
function namedInApposition(words: readonly Word[], person: Mention, mark: MinorMark): boolean {
  if (words[person.from - 1]?.text !== ',' || person.to === person.from) return false;
  if (person.from - mark.to > 12) return false;
  const gap = words.slice(mark.to + 1, person.from - 1);
  if (gap.some((w) => /^[,;:.!?()]$/.test(w.text) || /^(?:to|said|says|according)$/i.test(w.lower)))
    return false;
  if (isTitle(words[person.from] as Word)) return false;
  const after = words[person.to + 1];
  return (
    (after === undefined ||
      /^[,.;:!?)]$/.test(after.text) ||
      /^(?:was|is|has|had|remains|who)$/.test(after.lower)) &&
    !/^(?:said|says|told|reported|added)$/.test(words[person.to + 2]?.lower ?? '')
  );
}

/**
 * "…, and he's only 15", "; she is 16": an age said of a pronoun. Returns where the pronoun is, or
 * -1: the age is then the named person's the pronoun refers back to.
 */
export function pronounBefore(words: readonly Word[], mark: MinorMark): number {
  for (let i = mark.from - 1; i >= 0 && i >= mark.from - 5; i -= 1) {
    const word = words[i];
    if (!word) return -1;
    // "since she was 12", "when he was 14": an age the person had then, not a minor now.
    if (/^(?:he|she|hes|shes)$/.test(word.lower))
      return PAST_TIME.test(words[i - 1]?.lower ?? '') ? -1 : i;
    if (
      // "in" for a school year: "she's only in 8th grade".
      !/^(?:is|was|'s|’s|only|just|like|about|around|barely|almost|nearly|now|turned|turns|be|will|in)$/.test(
        word.lower,
      )
    )
      return -1;
  }
  return -1;
}

/**
 * "the son of youth-league coach Darnell Pruitt", "her mother, Dana Cole", "whose dad Gerald
 * Pruett": the person a child is described through, after the child's age or role.
 */
function kinAfter(
  words: readonly Word[],
  mark: MinorMark,
  people: readonly Mention[],
): Mention | undefined {
  const end = Math.min(words.length - 1, mark.to + 16);
  for (let i = mark.to + 1; i <= end; i += 1) {
    const word = words[i];
    if (!word) break;
    let from: number;
    // "the son of …" describes the child next to its age or role; a parent introduced by a
    // possessive ("her mother", "whose dad") can stand in the next clause.
    if (CHILD_KIN.test(word.lower) && words[i + 1]?.lower === 'of' && i <= mark.to + 6)
      from = i + 2;
    else if (
      PARENT_KIN.test(word.lower) &&
      /^(?:his|her|their|whose)$/.test(words[i - 1]?.lower ?? '')
    )
      from = i + 1;
    else continue;
    // Up to four words of description before the name: "of youth-league coach Darnell Pruitt".
    return people.find((p) => p.from >= from && p.from <= from + 5);
  }
  return undefined;
}

/** Nouns after "the 8th grade" that keep it a child's school year: "the 6th grade class". */
const GRADE_OF_CHILDREN =
  /^(?:class|classes|homeroom|student|students|girl|girls|boy|boys|team|squad|club|band|choir|orchestra)$/;

/**
 * A child's school grade ("the eighth grade", "8th grade", "a sixth-grader") rather than a bare
 * role; "the 8th grade PTA", "the 8th grade teachers" are adults of that grade.
 */
function isGrade(words: readonly Word[], mark: MinorMark): boolean {
  if (mark.age) return false;
  for (let i = mark.from; i <= mark.to; i += 1) {
    if (!/^(?:grade|grader|graders)$/.test(words[i]?.lower ?? '')) continue;
    const next = words[i + 1];
    if (!next || !(next.pos === 'NOUN' || next.pos === 'PROPN')) return true;
    // The noun the grade describes is the last of the nouns after it: "the 9th grade robotics
    // team" is children's, "the 8th grade science teachers" adults.
    let head = i + 1;
    while (head < i + 3 && /^(?:NOUN|PROPN)$/.test(words[head + 1]?.pos ?? '')) head += 1;
    return GRADE_OF_CHILDREN.test(words[head]?.lower ?? '');
  }
  return false;
}

/** A mark made of a school grade's words ("8th grade", "grade 8"), whatever follows it. */
function isGradeWords(words: readonly Word[], mark: MinorMark): boolean {
  return words.slice(mark.from, mark.to + 1).some((w) => w.lower === 'grade');
}

/**
 * "Principal Helen Marsh's 13-year-old son", "Coach Darnell Pruitt's daughter": a titled adult
 * named as a child's parent. The title makes the name an adult's, and the adult's name is what
 * identifies the child.
 */
function titledParents(words: readonly Word[], people: readonly Mention[]): Mention[] {
  return people.filter((p) => {
    if (!p.titled || !isPossessive(words, p.to + 1)) return false;
    for (let i = p.to + 2; i <= Math.min(words.length - 1, p.to + 8); i += 1) {
      const word = words[i];
      if (!word || isClauseBreak(word) || word.text === ',') return false;
      if (CHILD_KIN.test(word.lower)) return !hasAdultAge(words, { ...p, to: i });
    }
    return false;
  });
}

/** Where the nearest school name stands after a minor's grade or role, or -1. */
function schoolNear(words: readonly Word[], mark: MinorMark): number {
  for (let i = mark.to + 1; i <= Math.min(words.length - 1, mark.to + 6); i += 1) {
    const word = words[i];
    if (!word || isClauseBreak(word)) break;
    if (SCHOOL.test(word.text) && word.titlecase && words[i - 1]?.titlecase) return i;
  }
  // "a Ridgemont High sophomore", "the quarterback at Central High, a junior": the school named
  // just before the role.
  let at = mark.from - 1;
  while (at > mark.from - 4 && /^(?:,|a|an|the)$/.test(words[at]?.lower ?? '')) at -= 1;
  const before = words[at];
  // The school's whole name: from "Westbrook" of "Westbrook High".
  if (before && SCHOOL.test(before.text) && before.titlecase && words[at - 1]?.titlecase)
    return at - 1;
  return -1;
}

/** The people of a sentence a minor's age can belong to, with what the words say of each. */
export function candidates(sentence: Sentence): Mention[] {
  const words = sentence.words;
  return namedPeople(sentence).filter(
    (p) => !p.titled && !hasAdultAge(words, p) && !notAPerson(words, p),
  );
}

/**
 * A name (or a school with a grade, a parent's name, an address) connected to an age under 18 or
 * a minor's role, in either order, through the words that join them: "Mateo Ruiz, who is 15",
 * "14-year-old Aisha", "Jayden (16)", "the Kowalski boy", "a seventh-grader at Lincoln Middle",
 * "the son of Pastor Ike Mensah", "…, and he's only 15".
 */
export const identifiedMinor: SentenceRule = (text, sentence) => {
  const marks = minorMarks(sentence);
  if (marks.length === 0) return [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (CELEBRATION.test(sentenceText) && !INCIDENT.test(sentenceText)) return [];
  const words = sentence.words;
  const everyone = namedPeople(sentence);
  const people = [...candidates(sentence), ...titledParents(words, everyone)];
  const found: Found[] = [];
  for (const mark of marks) {
    if (describesAnimal(sentence, mark.to)) continue;
    // "the 8th grade wing", "the 8th grade teachers": a place or adults of a grade, no child.
    if (!mark.age && isGradeWords(words, mark) && !isGrade(words, mark)) continue;
    let best: { from: number; to: number; distance: number } | undefined;
    for (const person of people) {
      const distance = person.to < mark.from ? mark.from - person.to : person.from - mark.to;
      if (distance < 0 || distance > REACH) continue;
      // Another person between the two makes the age theirs: "Ana Cruz, 34, and her son, 12".
      // A place between them is no person: "An 11th-grader at Westbrook, Jalen Moss".
      const between = everyone.some(
        (other) =>
          other.from !== person.from &&
          other.from > Math.min(person.to, mark.to) &&
          other.to < Math.max(person.from, mark.from) &&
          !PLACE_PREPOSITION.test(words[other.from - 1]?.lower ?? ''),
      );
      if (between || !linked(words, person, mark)) continue;
      if (!best || distance < best.distance) best = { from: person.from, to: person.to, distance };
    }
    // A role alone needs the name close by ("the Kowalski boy", "Aisha, a sophomore").
    // A grade reached through the child of a named parent ("Renata Okafor's daughter, the one in
    // 8th grade") may stand a little further.
    if (best && !mark.age) {
      // "DeAndre Pike's youngest, he's a freshman at Central" too.
      const gap = words.slice(best.to + 1, mark.from);
      const throughKin = gap.some((w) => CHILD_KIN.test(w.lower));
      // "Kaden Rhodes, he's a junior at Westfield": the name said again as "he" or "she".
      const restated = gap.some((w) => /^(?:he|she|hes|shes)$/.test(w.lower));
      const limit = throughKin ? 8 : mark.to > mark.from || restated ? 6 : 4;
      if (best.distance > limit) best = undefined;
    }
    // "the 14-year-old son of Pastor Ike Mensah", "her mother, Dana Cole, picked her up".
    if (!best) {
      const kin = kinAfter(words, mark, everyone);
      if (kin)
        best = {
          from: kin.from - (kin.titled ? 1 : 0),
          to: kin.to,
          distance: kin.from - mark.to,
        };
    }
    // A school and a grade, a role or an age name one child: "a sophomore at Lincoln High",
    // "the 16-year-old from Kingsley Prep who drove into the crowd". An age takes a school only
    // as where the child is from ("hurt outside Westbrook High" is where it happened).
    if (!best && INCIDENT.test(sentenceText)) {
      const school = schoolNear(words, mark);
      const fromSchool = !mark.age || /^(?:from|at)$/.test(words[mark.to + 1]?.lower ?? '');
      if (school !== -1 && fromSchool) best = { from: school, to: school, distance: 0 };
    }
    // "Omar Haddad, the Lakeview kicker hit Friday, is 16": the age after an aside about him.
    if (!best && mark.age) {
      const aside = nameBeforeAside(words, mark, people);
      if (aside) best = { from: aside.from, to: aside.to, distance: mark.from - aside.to };
    }
    // "Officers arrested Mateo Ruiz on Friday; he is 16": the age said of him, after a break;
    // "Mia Kowalczyk threw the first punch, and she's only in 8th grade".
    if (!best && (mark.age || isGrade(words, mark))) {
      const pronoun = pronounBefore(words, mark);
      const before = people.filter((p) => p.to < pronoun && pronoun - p.to <= PRONOUN_REACH);
      const nearest = before.at(-1);
      if (pronoun !== -1 && nearest)
        best = { from: nearest.from, to: nearest.to, distance: mark.from - nearest.to };
    }
    // "Police detained Gloria Pham's grandson; the boy is 13": a child named through a relative.
    if (!best && mark.age) {
      const noun = anaphorBefore(words, mark);
      const kin = noun === -1 ? undefined : childOfNamed(sentence);
      if (kin && kin.to < noun && noun - kin.to <= PRONOUN_REACH)
        best = { from: kin.from, to: kin.to, distance: mark.from - kin.to };
    }
    // "A 15-year-old who lives at 412 Oak Street": an address is a unique description; so with a
    // minor's role, "The boy they arrested lives at 409 Cottonwood Ln" (round fifteen).
    if (!best) {
      const lives = words.findIndex(
        (w, k) =>
          k > mark.to && k <= mark.to + 4 && /^(?:lives|living|resides|residing)$/.test(w.lower),
      );
      const number = lives === -1 ? undefined : words[lives + 2];
      if (
        lives !== -1 &&
        /^(?:at|on)$/.test(words[lives + 1]?.lower ?? '') &&
        number?.pos === 'NUM'
      ) {
        const end = Math.min(words.length - 1, lives + 4);
        best = { from: end, to: end, distance: end - mark.to };
      }
    }
    if (!best) continue;
    const last = Math.max(best.to, mark.to);
    const from = sentence.words[Math.min(best.from, mark.from)];
    // "Malik's little brother (14)", "the Okonkwo twins (both 16)": the bracket the age opened
    // closes in the finding too.
    const bracketed =
      words.slice(Math.max(0, mark.from - 2), mark.from).some((w) => w.text === '(') &&
      words[last + 1]?.text === ')';
    const to = sentence.words[bracketed ? last + 1 : last];
    if (from && to) found.push({ start: from.start, end: to.end });
  }
  return coalesce(text, found);
};

/**
 * "Omar Haddad, the Lakeview kicker hit Friday, is 16": a name, an aside between commas, then
 * the age said of the sentence's subject ("is", "was", "is only"). Returns the name, or none.
 */
function nameBeforeAside(
  words: readonly Word[],
  mark: MinorMark,
  people: readonly Mention[],
): Mention | undefined {
  // "…, was 16 when she had him": an age the person had then.
  if (PAST_TIME.test(words[mark.to + 1]?.lower ?? '')) return undefined;
  let k = mark.from - 1;
  while (k > 0 && /^(?:only|just|barely)$/.test(words[k]?.lower ?? '')) k -= 1;
  if (!/^(?:is|was)$/.test(words[k]?.lower ?? '') || words[k - 1]?.text !== ',') return undefined;
  const close = k - 1;
  return people.find(
    (p) =>
      (words[p.to + 1]?.text === ',' &&
        close - p.to > 2 &&
        close - p.to <= 14 &&
        words.slice(p.to + 2, close).every((w) => w.text !== ',' && !isClauseBreak(w))) ||
      // "The young man in the red jacket, Isaiah Brooks, is 16": the name is the aside
      (close === p.to + 1 && words[p.from - 1]?.text === ','),
  );
}

/** Spanish states an age with "tener", its subject left unsaid: "¿Amaru? Tiene 9 años." */
const SPANISH_AGE_VERB = /^(?:tiene|tenía|tenia)$/;

/** Nouns that refer back to a child already named: "the boy is 13", "the teen was 16". */
const CHILD_ROLE =
  /^(?:boy|girl|teen|teenager|child|kid|youth|juvenile|minor|grandson|granddaughter|son|daughter|student)$/;

/**
 * "Amaru?", "You mean Tobias Reyes?": a sentence that asks about a name, which the answer after
 * it ("He is 9.") is about. Returns the name's words, or undefined.
 */
export function questionedName(sentence: Sentence): Mention | undefined {
  const words = sentence.words;
  const last = words.length - 1;
  if (words[last]?.text !== '?' || last > 5) return undefined;
  let from = last;
  for (
    let word = words[from - 1];
    word?.titlecase && word.pos === 'PROPN';
    word = words[from - 1]
  ) {
    // "Officer Dana Cole?": an adult by their title.
    if (isTitle(word)) return undefined;
    from -= 1;
  }
  if (from === last) return undefined;
  return { from, to: last - 1, titled: false };
}

/**
 * "the boy is 13", "the teen was only 16": an age said of a noun that refers back to a child.
 * Returns where the noun phrase starts ("the"), or -1.
 */
function anaphorBefore(words: readonly Word[], mark: MinorMark): number {
  for (let i = mark.from - 1; i >= 1 && i >= mark.from - 4; i -= 1) {
    const word = words[i];
    if (!word) return -1;
    if (CHILD_ROLE.test(word.lower))
      return /^(?:the|that|this)$/.test(words[i - 1]?.lower ?? '') ? i - 1 : -1;
    if (!/^(?:is|was|'s|’s|only|just|barely|about|around|almost|nearly|now)$/.test(word.lower))
      return -1;
  }
  return -1;
}

/**
 * A child named through a relative: "Gloria Pham's grandson", "the daughter of Dana Cole". Returns
 * the relative's name, the last such in the sentence.
 */
function childOfNamed(sentence: Sentence): Mention | undefined {
  const words = sentence.words;
  return namedPeople(sentence)
    .filter((p) => {
      if (p.titled || hasAdultAge(words, p)) return false;
      const possessive = isPossessive(words, p.to + 1);
      // "Gloria Pham's grandson, 34": a grown child.
      const grown =
        /^[,(]$/.test(words[p.to + 3]?.text ?? '') && ADULT_AGE.test(words[p.to + 4]?.text ?? '');
      if (possessive && CHILD_KIN.test(words[p.to + 2]?.lower ?? '')) return !grown;
      return words[p.from - 1]?.lower === 'of' && CHILD_KIN.test(words[p.from - 2]?.lower ?? '');
    })
    .at(-1);
}

/**
 * "He's my neighbor's boy, 12", "She is the Lopez girl, 14": the opening pronoun called a child,
 * and the child's age after a comma.
 */
function childSaidOfPronoun(words: readonly Word[], mark: MinorMark): boolean {
  const role = words[mark.from - 2];
  return (
    mark.from <= 9 &&
    /^(?:is|was|'s|’s)$/.test(words[1]?.lower ?? '') &&
    words[mark.from - 1]?.text === ',' &&
    role !== undefined &&
    (CHILD_ROLE.test(role.lower) || CHILD_KIN.test(role.lower)) &&
    // "He's a very good boy, 4": what people call a dog.
    words[mark.from - 3]?.lower !== 'good'
  );
}

/** Words that open a clause about an earlier time. */
const PAST_TIME = /^(?:when|since|until|till|before|after|back|as)$/;

/** Words a sentence opens with when it goes on about the person of the sentence before. */
const HE_OR_SHE = /^(?:he|she|hes|shes)$/i;

/** "Trevor Mallory is our thief. Kid's only 17": the person of the sentence before, called a kid. */
const KID = /^kid$/i;

/**
 * "16 years old", "16 yrs!", "Only 14 years.": "years" after a bare age says an age only with
 * "old" or the clause's end after it; "16 years in emergency services", "12 years of service",
 * "15 years on the job", "20 years serving" is a length of time, a career, not a person's age.
 */
function yearsSaysAge(next: Word | undefined, after: Word | undefined): boolean {
  if (next === undefined) return true;
  if (next.lower === 'old') return true;
  if (next.text === '-' && after?.lower === 'old') return true;
  return next.pos === 'PUNCT' && next.text !== '-';
}

/**
 * Links across two sentences of a paragraph: "Mateo Ruiz was arrested on Friday. He is 15." (the
 * age said of a pronoun whose person the sentence before named), and "The 17-year-old was cited.
 * Her mother, Dana Cole, picked her up." (a parent named through a possessive).
 */
export function acrossSentences(text: string, previous: Sentence, sentence: Sentence): Found[] {
  const words = sentence.words;
  const opening = words[0];
  if (!opening) return [];
  const both = text.slice(previous.start, sentence.end);
  if (CELEBRATION.test(both) && !INCIDENT.test(both)) return [];
  const kidIs = KID.test(opening.text) && /^(?:'s|’s|is)$/.test(words[1]?.lower ?? '');
  if (HE_OR_SHE.test(opening.text) || kidIs || SPANISH_AGE_VERB.test(opening.lower)) {
    const mark = minorMarks(sentence).find(
      (m) =>
        m.age &&
        (pronounBefore(words, m) === 0 ||
          (kidIs &&
            words.slice(1, m.from).every((w) => /^(?:'s|’s|is|only|just)$/.test(w.lower))) ||
          (SPANISH_AGE_VERB.test(opening.lower) && m.from === 1) ||
          childSaidOfPronoun(words, m)),
    );
    const person = mark && (candidates(previous).at(-1) ?? questionedName(previous));
    const end = mark && words[mark.to];
    if (!person || !end) return [];
    // The pronoun refers back to the person the sentence before named last.
    const start = previous.words[person.from];
    return start ? [{ start: start.start, end: end.end }] : [];
  }
  // "…it was Jaylen Ortiz. 16 and already out of control", "Mateo Ruiz? Only 15!": a comment's
  // bare age, opening the sentence after a name, is that person's.
  const bareAge = /^(?:only|just|like|barely)$/i.test(opening.text) ? 1 : 0;
  const age = words[bareAge];
  const afterAge = words[bareAge + 1];
  if (
    age?.pos === 'NUM' &&
    minorAge(age) !== undefined &&
    (afterAge === undefined ||
      afterAge.pos === 'PUNCT' ||
      /^(?:and|yo|y\/o|now|already|at|going|turning)$/i.test(afterAge.text) ||
      (/^(?:years?|yrs?)$/i.test(afterAge.text) &&
        yearsSaysAge(words[bareAge + 2], words[bareAge + 3])))
  ) {
    // "ext. 4.", "No. 12": an abbreviation split off a number is no sentence of its own.
    const ends = previous.words.at(-1);
    const beforeEnd = previous.words.at(-2);
    // "Noor Farouk. Sixteen years old and she read the plate to 911": an age said in full may
    // open a longer sentence; a bare number opening a long one is more likely a count.
    const yearsOld =
      /^(?:years?|yrs?)$/i.test(afterAge?.text ?? '') && words[bareAge + 2]?.lower === 'old';
    if (!ends || !/^[.!?]$/.test(ends.text) || (words.length > 10 && !yearsOld)) return [];
    if (
      beforeEnd &&
      /^(?:ext|no|nos|apt|ste|rm|unit|vol|pg|p|ch|sec|art|tel|ph|#)$/i.test(
        beforeEnd.lower.replace(/\.$/, ''),
      )
    )
      return [];
    // The last person named, not "the black Charger" (a thing after an article or adjective).
    const person = candidates(previous)
      .filter((p) => !/^(?:DET|ADJ|NUM)$/.test(previous.words[p.from - 1]?.pos ?? ''))
      .at(-1);
    // A longer sentence after an age said in full goes on about a person ("16 years old, on the
    // stand, pointing at the man who killed her father"); "Fifteen years old and that engine still
    // starts" is a thing's.
    if (
      words.length > 10 &&
      !words.some((w) => /^(?:he|she|his|her|him|they|their)$/.test(w.lower))
    )
      return [];
    const start = person && previous.words[person.from];
    const end = yearsOld ? words[bareAge + 2] : age;
    return start && end ? [{ start: start.start, end: end.end }] : [];
  }
  // "MISSING: Ethan Kowalczyk. The 11-year-old rode off…": the age opens the sentence after the
  // one that ended on a name.
  const theMarks = opening.lower === 'the' ? minorMarks(sentence) : [];
  if (opening.lower === 'the') {
    const mark = theMarks.find((m) => m.age && m.from === 1);
    const person = mark && candidates(previous).at(-1);
    const last = previous.words.length - 1;
    const endsOnName =
      person !== undefined &&
      (person.to === last ||
        (person.to === last - 1 && /^[.!?:]$/.test(previous.words[last]?.text ?? '')));
    const start = person && previous.words[person.from];
    const end = mark && words[mark.to];
    if (endsOnName && start && end && !describesAnimal(sentence, mark.to))
      return [{ start: start.start, end: end.end }];
  }
  // "Police detained Gloria Pham's grandson. The boy is 13.": the child of a named relative.
  if (opening.lower === 'the' && CHILD_ROLE.test(words[1]?.lower ?? '')) {
    const mark = theMarks.find((m) => m.age && anaphorBefore(words, m) === 0);
    const kin = mark && childOfNamed(previous);
    const start = kin && previous.words[kin.from];
    const end = mark && words[mark.to];
    return start && end ? [{ start: start.start, end: end.end }] : [];
  }
  if (/^(?:his|her|their)$/i.test(opening.text) && PARENT_KIN.test(words[1]?.lower ?? '')) {
    const mark = minorMarks(previous).find((m) => !describesAnimal(previous, m.to));
    const parent = namedPeople(sentence).find((p) => p.from >= 2 && p.from <= 7);
    const start = mark && previous.words[mark.from];
    const end = parent && words[parent.to];
    // The child must still be unnamed: a named one is found in their own sentence.
    if (!start || !end || candidates(previous).length > 0) return [];
    return [{ start: start.start, end: end.end }];
  }
  return [];
}
