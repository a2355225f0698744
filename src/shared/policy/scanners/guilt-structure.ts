import type { Sentence, Word } from '../language/analysis';
import {
  CRIME_TOLD,
  crimePredicateEnd,
  isCrimeNoun,
  isDoneForm,
  isIrregularPast,
  isPast,
} from '../language/crime';
import { STAFF_TITLE_WORDS, couldBeName, namedPeople } from '../language/people';
import {
  clauseEnd,
  clauseStart,
  isClauseBreak,
  isDeniedOrHypothetical,
  isNegator,
  isQuestion,
} from '../language/words';
import { tellsOfDeedBeside } from './guilt-sayings';
import type { Found, SentenceRule } from './sentence-rules';

/** Subjects that are a specific person (or people) the sentence is about. */
const PERSON_NOUNS = new Set([
  // kin, neighbours and street words for a person: "that lady in the blue Civic", "her cousin"
  'lady',
  'ladies',
  'gentleman',
  'fella',
  'fellow',
  'chick',
  'bro',
  'son',
  'daughter',
  'brother',
  'sister',
  'cousin',
  'uncle',
  'nephew',
  'niece',
  // "My dad is NOT a murderer" (round eighteen)
  'dad',
  'father',
  'mom',
  'mother',
  'aunt',
  'grandpa',
  'grandma',
  'grandfather',
  'grandmother',
  'grandson',
  'granddaughter',
  'roommate',
  'tenant',
  'stepson',
  'stepdad',
  'ex',
  'man',
  'woman',
  'guy',
  'dude',
  'driver',
  'kid',
  'kids',
  'teen',
  'teens',
  'boy',
  'girl',
  'person',
  'individual',
  'arrestee',
  'defendant',
  'accused',
  'neighbor',
  'neighbour',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'gunman',
  'shooter',
  'twins',
  'brothers',
  'sisters',
  'pair',
  'duo',
  'couple',
  'teenager',
  'teenagers',
  'men',
  'women',
  'people',
  'suspect',
  'suspects',
  // what a comment calls a person it accuses: "that b1tch was the one driving", "this clown did it"
  'bitch',
  'b1tch',
  'biatch',
  'idiot',
  'clown',
  'loser',
  'punk',
  'moron',
  'jerk',
  'creep',
  'lowlife',
  'scumbag',
  'dirtbag',
  'thug',
  'vato',
  'caller',
  'asshole',
  'assholes',
  'a-hole',
  'a-holes',
  'bastard',
  'bastards',
  'jackass',
  'degenerate',
  'animal',
  'animals',
  'coward',
  // people by their work or their place, whom a thread accuses by it: "the owner set his own
  // building on fire", "the caregiver emptied his account" (round twenty-three); not a clerk, a
  // cashier or a manager, whom a robbery post names as the victim ("The clerk took the money
  // from the register and handed it to the robber")
  'owner',
  'landlord',
  'landlady',
  'watchman',
  'caregiver',
  'caretaker',
  'nanny',
  'babysitter',
  'housekeeper',
  'contractor',
  'handyman',
  'janitor',
  'accomplice',
  'stepmom',
  'stepmother',
  'stepfather',
  'fiance',
  'fiancé',
]);
/** A person noun in either number: "boy", "boys", "ladies". */
export function isPersonNoun(word: Word): boolean {
  return PERSON_NOUNS.has(word.lower) || PERSON_NOUNS.has(word.lemma);
}

/** First halves of compound verbs: "spray-painted", "pistol-whipped", "sucker-punched". */
const COMPOUND_FIRST = /^(?:spray|pistol|sucker)$/;

/** The word that shows a verb's form: "painting" in "spray-painting", else the word itself. */
function formOf(sentence: Sentence, k: number): Word | undefined {
  const words = sentence.words;
  const w = words[k];
  if (!COMPOUND_FIRST.test(w?.lower ?? '')) return w;
  return words[k + 1]?.text === '-' ? words[k + 2] : words[k + 1];
}

const PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * Sure-words as comments spell them, which the tagger reads as nouns: "he def did it", "she
 * defo took it", "he 100% did it", "they fr did that".
 */
const SLANG_SURE =
  /^(?:def|deff|defo|deffo|defs|fr|frfr|legit|lowkey|straight|100%?|literally|totally)$/;

/** A word that may stand between a subject and its verb: "has", "really", "not", "def". */
function isBeforeTheVerb(w: Word): boolean {
  return (
    w.pos === 'AUX' ||
    w.pos === 'ADV' ||
    w.pos === 'PART' ||
    isNegator(w) ||
    SLANG_SURE.test(w.lower)
  );
}

/** Verbs as comments spell them, which the tagger reads as nouns: "he wuz the 1", "Kenji dun it". */
const SPOKEN_BE = /^(?:wuz|wus|iz)$/;
const SPOKEN_DID = /^(?:dun|dunnit|dunit)$/;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** Nouns that name a person by the crime: "he's our porch pirate", "she is the thief". */
export const OFFENDER_NOUNS =
  /^(?:thief|thieves|burglar|burglars|robber|robbers|killer|killers|murderer|rapist|shooter|arsonist|vandal|vandals|culprit|culprits|perpetrator|perpetrators|perp|perps|criminal|criminals|crook|crooks|carjacker|kidnapper|abuser|molester|dealer|attacker|assailant|embezzler|fraudster|scammer|pickpocket|shoplifter|pirate|looter|mugger|tagger|firebug|predator|gunman|strangler|slasher|stalker|bandit|rioter|rioters|arsonists|grifter|swindler|conman|fraud|con-artist|ringleader|ringleaders|mastermind|kingpin|triggerman|hitman)$/i;

/** Police words as a subject: "officers shot the suspect" is not a guilt claim about anyone. */
export const POLICE =
  /^(?:police|officers?|deputies|deputy|detectives?|we|troopers?|agents?|investigators|k-?9)$/i;

/** Adjectives that, said of a specific person, assert culpability or innocence. */
const CULPABLE_STATE =
  /^(?:drunk|impaired|intoxicated|high|guilty|innocent|responsible|culpable|framed|hammered|wasted|plastered|stoned|sloshed|buzzed|trashed)$/i;

interface Subject {
  readonly from: number;
  readonly to: number;
}

/** The specific people a sentence could be asserting something about, by word index. */
const PREPOSITION_BEFORE = /^(?:of|for|to|with|from|about|near|by|behind|toward|towards)$/;
const QUANTIFIER =
  /^(?:one|two|three|four|five|both|some|any|all|each|none|several|many|most|few|either|neither)$/;

function subjects(sentence: Sentence): Subject[] {
  const words = sentence.words;
  const found: Subject[] = namedPeople(sentence)
    .filter((p) => !p.titled || honorificBefore(sentence, p.from))
    .map((p) => ({ from: p.from, to: p.to }));
  // "Marisol didn't do this": a first name alone opening the sentence, before its verb.
  const first = words[0];
  const second = words[1];
  if (
    first &&
    couldBeName(first) &&
    !POLICE.test(first.text) &&
    (second?.pos === 'AUX' ||
      second?.pos === 'VERB' ||
      // "Briggs shot Deshawn over forty bucks": the tagger reads "shot" as a noun (round eighteen)
      (second !== undefined && isIrregularPast(second) && words[2]?.pos !== 'VERB') ||
      // "Kyle and two friends broke into the church"
      second?.lower === 'and' ||
      second?.text === '&' ||
      SPOKEN_BE.test(second?.lower ?? '') ||
      SPOKEN_DID.test(second?.lower ?? '')) &&
    !found.some((p) => p.from === 0)
  )
    found.push({ from: 0, to: 0 });
  words.forEach((word, i) => {
    if (PRONOUNS.has(word.lower)) found.push({ from: i, to: i });
    // "these two definitely dunit", "those three did it": people counted, then their predicate
    if (
      /^(?:these|those)$/.test(word.lower) &&
      words[i + 1]?.pos === 'NUM' &&
      /^(?:ADV|AUX|VERB)$/.test(words[i + 2]?.pos ?? '')
    )
      found.push({ from: i, to: i + 1 });
    if (
      /^(?:these|those)$/.test(word.lower) &&
      words[i + 1]?.pos === 'NUM' &&
      words.slice(i + 2, i + 4).some((w) => SPOKEN_DID.test(w.lower))
    )
      found.push({ from: i, to: i + 1 });
    // "those two little punks spray painted my garage", "these three idiots broke in": people
    // counted, described, then their predicate; the tagger splits masked words ("a$$holes")
    if (/^(?:these|those)$/.test(word.lower) && words[i + 1]?.pos === 'NUM') {
      let k = i + 2;
      while (
        k <= i + 7 &&
        /^(?:ADJ|NOUN|SYM|DET|PROPN|X)$/.test(words[k]?.pos ?? '') &&
        !(COMPOUND_FIRST.test(words[k]?.lower ?? '') && words[k + 1]?.pos === 'VERB')
      )
        k += 1;
      const verb = words[k];
      if (
        k > i + 2 &&
        verb &&
        (verb.pos === 'VERB' || verb.pos === 'AUX' || COMPOUND_FIRST.test(verb.lower))
      )
        found.push({ from: i, to: k - 1 });
    }
    // "the folks Whitlock ripped off", "the people Dana scammed": a surname alone inside the
    // sentence, as the subject of a past verb right after it
    if (
      i > 0 &&
      word.pos === 'PROPN' &&
      word.titlecase &&
      !POLICE.test(word.text) &&
      /^(?:NOUN|PRON)$/.test(words[i - 1]?.pos ?? '') &&
      isPast(words[i + 1] ?? word) &&
      words[i + 1]?.pos === 'VERB'
    )
      found.push({ from: i, to: i });
    // "told me Wade did it", "swears Tanisha took it": a name the tagger missed, after the
    // verb that reports it
    if (
      i > 0 &&
      word.titlecase &&
      word.pos !== 'PROPN' &&
      /^(?:me|us|cops|police|everyone|say|says|said|swear|swears|swore|think|thinks|know|knows)$/.test(
        words[i - 1]?.lower ?? '',
      ) &&
      /^(?:AUX|VERB)$/.test(words[i + 1]?.pos ?? '')
    )
      found.push({ from: i, to: i });
    // "the 22-year-old", "that 19 year old": a person described by age
    if (word.lower === 'old' || /^\d+-years?-old$/.test(word.lower)) {
      const year = words.slice(Math.max(0, i - 2), i).some((w) => /^years?$/.test(w.lower));
      if (year || word.lower !== 'old') {
        for (let k = i - 1; k >= Math.max(0, i - 6); k -= 1) {
          if (/^(?:the|that|this|our)$/.test(words[k]?.lower ?? '')) {
            found.push({ from: k, to: i });
            break;
          }
        }
      }
    }
    if (!isPersonNoun(word) && !OFFENDER_NOUNS.test(word.text)) return;
    // "the driver", "the youngest Brennan boy", "those two men", "my nephew": a definite person
    // or people.
    for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
      const before = words[k];
      if (!before) break;
      // "Lindqvist's people", "Tanya's boyfriend": a named person's people opening the sentence
      // (round twenty-four)
      if (
        /^['’]s$/.test(before.text) &&
        k === 1 &&
        first !== undefined &&
        first.pos === 'PROPN' &&
        first.titlecase &&
        !POLICE.test(first.text)
      ) {
        found.push({ from: 0, to: i });
        break;
      }
      if (/^(?:the|that|this|our|your|those|these|my|his|her|their)$/i.test(before.lower)) {
        // "praying for the family of the little boy hit on Delancey": after a preposition the
        // person is what the phrase is about, not the subject of the verb after it.
        // "One of the teens stole the car" still has its subject: a count before "of".
        const prep = words[k - 1]?.lower ?? '';
        const counted =
          prep === 'of' &&
          (words[k - 2]?.pos === 'NUM' || QUANTIFIER.test(words[k - 2]?.lower ?? ''));
        if (!PREPOSITION_BEFORE.test(prep) || counted) found.push({ from: k, to: i });
        break;
      }
      if (!/^(?:ADJ|PROPN|NUM|NOUN)$/.test(before.pos)) break;
    }
  });
  return found.sort((a, b) => a.from - b.from);
}

/** The index of the predicate's verb after a subject: skips modifiers ("the guy in the red F-150"). */
function predicateAfter(sentence: Sentence, subject: Subject): number | undefined {
  let inPhrase = false;
  for (let i = subject.to + 1; i < sentence.words.length && i <= subject.to + 16; i += 1) {
    const word = sentence.words[i];
    if (!word) return undefined;
    // "The driver, arrested at the scene, was drunk": an aside between commas is skipped.
    // "Wendell Crane, 33, of 1908 Juniper St, is our porch pirate": asides, one after another.
    if (word.text === ',') {
      inPhrase = false;
      const close = sentence.words.findIndex((w, k) => k > i && k <= i + 8 && w.text === ',');
      const afterClose = close === -1 ? undefined : sentence.words[close + 1];
      // "The driver, arrested at the scene, was drunk": an aside, then the predicate.
      if (afterClose && (afterClose.pos === 'AUX' || afterClose.pos === 'VERB')) {
        i = close;
        continue;
      }
      // "…of 1908 Juniper St, is our porch pirate": the comma that closes an aside.
      const following = sentence.words[i + 1];
      if (following && (following.pos === 'AUX' || following.pos === 'VERB')) continue;
      if (close === -1) return undefined;
      i = close;
      continue;
    }
    // "the Haddad boy — a junior at Copper County High — set the fire": an aside between dashes
    // (round twenty-four)
    if (/^[—–]$/.test(word.text)) {
      const close = sentence.words.findIndex(
        (w, k) => k > i && k <= i + 10 && w.text === word.text,
      );
      // a dash with none to close it is read on as before
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    // "the Abernathy kid (he's 15, lives out on Quarry Rd) is the one": an aside in brackets
    if (word.text === '(') {
      const close = sentence.words.findIndex((w, k) => k > i && k <= i + 14 && w.text === ')');
      if (close === -1) return undefined;
      i = close;
      continue;
    }
    // "Friday's hit-and-run", "a smash-and-grab": a verb joined by a hyphen is part of a noun
    const next = sentence.words[i + 1];
    if (next?.text === '-' && next.start === word.end && !COMPOUND_FIRST.test(word.lower)) continue;
    if (inPhrase && (word.pos === 'VERB' || word.pos === 'AUX')) inPhrase = false;
    // "Corbin Lyle shot the clerk": the tagger reads "shot" as a noun now and then
    if (
      word.pos === 'VERB' ||
      word.pos === 'AUX' ||
      SPOKEN_BE.test(word.lower) ||
      SPOKEN_DID.test(word.lower) ||
      (isIrregularPast(word) && !inPhrase)
    )
      return i;
    if (SLANG_SURE.test(word.lower)) continue;
    // "spray painted my garage": the tagger reads the first half of the verb as a noun
    if (COMPOUND_FIRST.test(word.lower) && !inPhrase && next?.pos === 'VERB') return i;
    // "He and two other teens stole…", "Kyle & his cousin did it": a coordinated subject
    if (i === subject.to + 1 && /^(?:and|&)$/.test(word.lower)) {
      inPhrase = true;
      continue;
    }
    // Amankwah “definitely pulled this off”: the quoted words are still his predicate.
    if (/^[“”"‘’']$/.test(word.text)) continue;
    if (
      isClauseBreak(word) ||
      word.pos === 'PUNCT' ||
      word.lower === 'who' ||
      word.lower === 'that'
    )
      return undefined;
    // "the guy in the red F-150 did it": a phrase after the subject describes it; a bare noun
    // outside one is another subject ("the guns stolen").
    if (word.pos === 'ADP') inPhrase = true;
    else if (!inPhrase && (word.pos === 'NOUN' || word.pos === 'PROPN')) return undefined;
  }
  return undefined;
}

function span(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[from];
  const last = sentence.words[to];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** Wh-words and conjunctions that open a new clause after a comma: "…was the shooter, so why…?" */
const NEW_CLAUSE = /^(?:so|but|and|or|then|why|how|what|who|when|where|yet)$/;

/**
 * Whether the clause that word `index` is in asks rather than asserts. A sentence ending in "?"
 * asks in its own clause only: "Kendrick Moss was the shooter, so why are people defending
 * him?" asserts its first clause; a negative question asserts ("Wasn't it Trevor who did this?",
 * "Didn't he rob them?"), as does a tag ("…did it, right?"); so does a clause after "after",
 * "because" ("Why is he out after he shot his neighbor?").
 */
export function asks(sentence: Sentence, index: number): boolean {
  if (!isQuestion(sentence)) return false;
  const words = sentence.words;
  // "The guy who keeps snatching phones? Yeah, we got him.": a person named as the topic, with
  // no verb of its own before the relative clause, is introduced, not asked about
  const colon = words.slice(0, index).findLastIndex((w) => w.text === ':' || w.text === '—');
  if (
    /^(?:the|that|those|this|these|our|your)$/.test(words[colon + 1]?.lower ?? '') &&
    /^(?:who|that)$/.test(words[index]?.lower ?? '') &&
    !words.slice(colon + 1, index).some((w) => w.pos === 'VERB' || w.pos === 'AUX')
  )
    return false;
  // "Who knew Darnell Price was the one…?", "Who is surprised that Trent stole…?": a question
  // about who knew or guessed takes what it asks about as given.
  if (
    words[0]?.lower === 'who' &&
    words
      .slice(1, index)
      .some((w) =>
        /^(?:knew|know|guessed|guess|surprised|shocked|expected|doubted|doubts|thought|believed|predicted)$/.test(
          w.lower,
        ),
      )
  )
    return false;
  // "Remember the guy who walked off with the jar?": an imperative to recall asserts what follows
  if (/^(?:remember|recall)$/.test(words[0]?.lower ?? '') && words[0]?.pos === 'VERB') return false;
  if (/^(?:after|because|since|when|before|once)$/.test(words[index - 1]?.lower ?? ''))
    return false;
  const last = words.length - 1;
  for (let j = index + 1; j < last; j += 1) {
    const w = words[j];
    if (!w) break;
    if (w.text === '?') break;
    if (isClauseBreak(w) || (w.text === ',' && NEW_CLAUSE.test(words[j + 1]?.lower ?? '')))
      return false;
    // "He took her life and now he wants a deal?": "and" before a new subject opens the question
    if (
      /^(?:and|but|so)$/.test(w.lower) &&
      (PRONOUNS.has(words[j + 1]?.lower ?? '') ||
        (/^(?:now|then|still)$/.test(words[j + 1]?.lower ?? '') &&
          PRONOUNS.has(words[j + 2]?.lower ?? '')))
    )
      return false;
  }
  // A tag: ", right?", ", didn't he?", ", no?"
  let end = last;
  while (end > 0 && words[end]?.text === '?') end -= 1;
  const tag = words.slice(Math.max(0, end - 3), end + 1);
  const comma = tag.findIndex((w) => w.text === ',');
  if (comma !== -1) {
    const after = tag.slice(comma + 1);
    if (
      after.length === 1 &&
      /^(?:right|no|huh|eh|yeah|correct|ok|okay)$/.test(after[0]?.lower ?? '')
    )
      return false;
    if (after.some(isNegator) && after[0]?.pos === 'AUX') return false;
  }
  // A negative question asserts: "Wasn't it…", "Didn't she…", "Isn't he the one who…"
  const start = clauseStart(sentence, index);
  const opener = words[start];
  if (opener?.pos === 'AUX' && words[start + 1] && isNegator(words[start + 1] as Word))
    return false;
  return true;
}

/**
 * A titled name a suspect can carry: address ("Ms. Pike", "Mr. Dorsey") and civilian offices
 * ("Coach Ortega did it", round eighteen); not an officer's rank ("Officer Diaz"), where the deed
 * is an arrest or a use of force told.
 */
const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|coach|pastor|reverend|rev|principal|professor|prof|manager)\.?$/;

function honorificBefore(sentence: Sentence, from: number): boolean {
  const words = sentence.words;
  const title = words[from - 1]?.text === '.' ? words[from - 2] : words[from - 1];
  return title !== undefined && HONORIFIC.test(title.lower);
}

/**
 * The crime a clause says was done, starting at word `k` (after any auxiliaries): a past or
 * progressive form with a crime predicate ("robbed the store", "has been tagging", "did the
 * graffiti", "held up the Family Dollar"), not a bare or present form ("will rob", "robs").
 */
function doneCrimeEnd(sentence: Sentence, k: number): number | undefined {
  const w = formOf(sentence, k);
  if (!w) return undefined;
  // "who got hit on his bike", "who was struck": a passive makes them the one it happened to;
  // "was speeding", "was doing 90" are still their own deeds.
  if (
    /^(?:got|gets|get|getting|was|were|been|being)$/.test(sentence.words[k - 1]?.lower ?? '') &&
    !w.lower.endsWith('ing')
  )
    return undefined;
  // "stole", "took", "held"; not "stolen", "taken" (a passive or a reduced one: "a Trek stolen
  // from the rack") nor a present "robs"
  const irregularPast = w.lower !== w.lemma && !/(?:[^s]s|en)$/.test(w.lower);
  // "This guy has stolen 19 MacBooks": after "has", "have" or "had" an "-en" participle is the
  // perfect, the doer's own deed (round twenty-five); a firm that "has beaten 200 DUI charges"
  // won cases
  const perfect =
    w.pos === 'VERB' &&
    w.lemma !== 'beat' &&
    /en$/.test(w.lower) &&
    /^(?:has|have|had|['’]ve)$/.test(sentence.words[k - 1]?.lower ?? '');
  const done =
    isDoneForm(w) ||
    irregularPast ||
    perfect ||
    isIrregularPast(w) ||
    w.lower === 'spray' ||
    // "T-boned": the letter is where the verb starts
    (w.text === 'T' && sentence.words[k + 1]?.text === '-') ||
    (w.pos === 'AUX' && w.lemma === 'do' && /^(?:did|done)$/.test(w.lower));
  return done ? crimePredicateEnd(sentence, k) : undefined;
}

/** "did it", "did this", "done that": the word after a form of "do" is the deed. */
export function didIt(sentence: Sentence, k: number): boolean {
  const w = sentence.words[k];
  const before = sentence.words[k - 1];
  // "Kenji dunnit", "he dun it"
  if (w && /^(?:dunnit|dunit)$/.test(w.lower)) return true;
  if (w?.lower === 'dun' && /^(?:it|this|that)$/.test(sentence.words[k + 1]?.lower ?? ''))
    return true;
  return (
    w !== undefined &&
    w.lemma === 'do' &&
    // "did", "done", "doing"; "do" only after "didn't", "did not", "never did"
    (/^(?:did|done|doing)$/.test(w.lower) || (before !== undefined && isNegator(before))) &&
    /^(?:it|this|that)$/.test(sentence.words[k + 1]?.lower ?? '') &&
    // "did it right", "did that for years": only the deed itself
    !/^(?:right|well|again|for|alone)$/.test(sentence.words[k + 2]?.lower ?? '') &&
    // "has done it all", a career; not "has been doing it all month"
    !(
      w.lower === 'done' &&
      /^(?:has|have|had|['’]s|['’]ve|['’]d)$/.test(before?.lower ?? '') &&
      sentence.words[k + 2]?.lower === 'all' &&
      !/^\p{L}/u.test(sentence.words[k + 3]?.text ?? '')
    ) &&
    // "she didn't do it on purpose" owns the deed and denies only the intent
    !(
      !/^(?:did|done|doing)$/.test(w.lower) &&
      /^(?:on|intentionally|deliberately|purposely)$/.test(sentence.words[k + 2]?.lower ?? '')
    )
  );
}

/**
 * Thanks or praise for the one named, in the sentence or just after it: "Thank you, Dana!". Not
 * "Thanks to Doyle, forty families lost their deposits", which blames; every word of the name is
 * read ("Dana Ruiz … Thank you, Dana!"), accented ones too.
 */
function thanksTo(text: string, sentence: Sentence, names: readonly string[]): boolean {
  const around = text.slice(sentence.start, sentence.end + 120);
  return names
    .filter((name) => /^\p{Lu}/u.test(name))
    .some((name) =>
      new RegExp(
        String.raw`(?<![\p{L}])(?:thank\s+you|thanks(?:,|!|\s+(?:so\s+much|again|for))|kudos|shout-?out\s+to|hero)(?![\p{L}])[^.!?]{0,30}?(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`,
        'iu',
      ).test(around),
    );
}

/**
 * A specific person as the subject and a predicate that asserts they did it or did not:
 * "Rashad Kemp did it", "after he shot his neighbor", "he's our porch pirate", "the kids who
 * jumped that man", "the driver, arrested at the scene, was drunk", "had nothing to do with it",
 * "Marisol didn't do this", "she knew exactly what she was doing".
 * Not the neutral frame: "was arrested", "is charged with", "is suspected of"; not a denial
 * ("nobody is saying he did it") or a question.
 */
export const culpabilityClaim: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  const sought = soughtBefore(text, sentence);
  for (const subject of subjects(sentence)) {
    if (asks(sentence, subject.from)) continue;
    const head = words[subject.to];
    if (!head || POLICE.test(head.text)) continue;
    // "Detectives are trying to identify the man who robbed the station. He showed a handgun…":
    // the pronoun stands for the unknown person the paragraph is looking for.
    if (sought && PRONOUNS.has(head.lower)) continue;
    // "Officers shot the suspect after he pointed a gun at them": the reason for an officer's act,
    // told in the clause after it, is the use-of-force account, not a verdict on the person.
    if (
      /^(?:after|when|as|because|once|since)$/.test(words[subject.from - 1]?.lower ?? '') &&
      words.slice(0, subject.from).some((w, k) => k < 3 && POLICE.test(w.text) && w.lower !== 'we')
    )
      continue;
    // "Vandals hit three cars", "Thieves took two bikes": offenders nobody knows, as an appeal
    // tells them (round sixteen); "the vandals" may be ones the text has named.
    if (
      subject.from === subject.to &&
      OFFENDER_NOUNS.test(head.text) &&
      /s$/.test(head.lower) &&
      !/^(?:the|these|those|both|our|two|three|four)$/.test(words[subject.from - 1]?.lower ?? '')
    )
      continue;
    // "the same person", "an unknown man": nobody in particular.
    if (
      words
        .slice(subject.from, subject.to)
        .some((w) => /^(?:same|unknown|unidentified)$/.test(w.lower))
    )
      continue;
    // "our Downtown beat", "the Elm Street run": a capitalised word after a determiner names the
    // noun that follows it, so the "verb" after it is that noun. "on Pine and took the register":
    // after a preposition of place it is the street, and the verb is the clause's subject's.
    if (
      !PRONOUNS.has(head.lower) &&
      head.titlecase &&
      subject.to === subject.from &&
      /^(?:our|my|your|their|his|her|its|the|a|an|on|at|near|along|off|onto)$/.test(
        words[subject.from - 1]?.lower ?? '',
      )
    )
      continue;
    // "a man walked into the Quik-Go Mart at Fenwick & Hale, pointed a handgun…": the second
    // street of a corner, not a person (round thirteen).
    if (
      head.titlecase &&
      subject.to === subject.from &&
      /^(?:&|and)$/.test(words[subject.from - 1]?.lower ?? '') &&
      words[subject.from - 2]?.titlecase === true &&
      /^(?:on|at|near|along|off|onto|of|corner)$/.test(words[subject.from - 3]?.lower ?? '')
    )
      continue;
    const at = predicateAfter(sentence, subject);
    if (at === undefined) continue;
    if (isDeniedOrHypothetical(sentence, subject.from) && !amongVictims(sentence, subject.from))
      continue;
    const verb = words[at];
    if (!verb) continue;
    // "Dario Fitch and residents of Beat 14 opened the park": a capitalised word before a number,
    // after "of" or "in", names a beat, a district or a sector, and is no verb ("Marcus Webb Stole
    // 4 Bikes", a title-case headline, still tells the deed)
    if (
      verb.titlecase &&
      /^\d/.test(words[at + 1]?.text ?? '') &&
      /^(?:of|in|on|at|from|for)$/.test(words[at - 1]?.lower ?? '')
    )
      continue;
    // "Harbor Beat, March numbers", (choose "Harbor Beat"): "Beat" or "Hit" after a capitalised
    // word, with no object after it, names a beat or a programme (round twenty-three); "Dana
    // Stole again" keeps its verb
    if (
      /^(?:Beat|Hit)$/.test(verb.text) &&
      words[at - 1]?.titlecase === true &&
      (words[at + 1] === undefined ||
        words[at + 1]?.pos === 'PUNCT' ||
        // "Harbor Beat patrols": a lower-case noun after it; "Webb Beat a man" keeps its object
        (/^\p{Ll}/u.test(words[at + 1]?.text ?? '') &&
          !/^(?:DET|PRON|NUM)$/.test(words[at + 1]?.pos ?? '')))
    )
      continue;
    // "allegedly stole", "reportedly shot", "could have robbed": the hedge keeps it a suspicion.
    const hedge = (to: number) =>
      words.slice(subject.to + 1, to).some(
        (w) =>
          /^(?:allegedly|reportedly|apparently|possibly|probably|may|might|could|would|should|will|['’]ll|wo|gonna|can|ca)$/.test(
            w.lower,
          ) ||
          // "She almost did it" (the scam's victim nearly paid): "did it" that did not happen.
          (/^(?:almost|nearly)$/.test(w.lower) &&
            words[to]?.lemma === 'do' &&
            PRONOUNS.has(head.lower)),
      );
    // "he shot his neighbor", "Kemp robbed the store", "they broke into nine cars", "has been
    // robbing people", "did the graffiti", "held up the store"; not the passive "was robbed".
    let crimeFound = false;
    for (let k = at; k <= at + 3 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      const before = words[k - 1];
      const form = formOf(sentence, k)?.lower ?? '';
      const passive =
        k > at &&
        before !== undefined &&
        (before.lemma === 'get' || (before.lemma === 'be' && !form.endsWith('ing')));
      // "Graffiti tagging on the underpass": an -ing form is a predicate only after "is", "has been"
      const finite = k > at || !form.endsWith('ing');
      // "the girl hit by the car": a participle with its doer after "by" is passive too; so is one
      // set off by a comma with where or when after it, "the family of Héctor Galindo, killed in
      // a hit-and-run" (round fifteen).
      const byDoer =
        words[k + 1]?.lower === 'by' ||
        // "her mom 💔 hit in the crosswalk": a crime's verb with no object, a place straight after
        (k === at &&
          /^(?:hit|cut|shot|struck|stabbed|beaten|killed|injured)$/.test(w.lower) &&
          /^(?:in|on|near|during|while|outside|inside)$/.test(words[k + 1]?.lower ?? '')) ||
        (k === at &&
          words[k - 1]?.text === ',' &&
          /^(?:in|at|on|during|while|near|outside|last|when)$/.test(words[k + 1]?.lower ?? ''));
      const end = passive || byDoer || !finite ? undefined : doneCrimeEnd(sentence, k);
      if (end !== undefined && !hedge(k) && !words.slice(subject.to + 1, k).some(isNegator)) {
        if (PRONOUNS.has(head.lower) || !/^suspects?$/i.test(head.text)) {
          const s = span(sentence, subject.from, clauseEnd(sentence, end, 5));
          if (s) found.push(s);
          crimeFound = true;
        }
        break;
      }
      if (!isBeforeTheVerb(w)) break;
    }
    if (crimeFound) continue;
    // The same subject's later verbs: "She looked at the camera, smiled, and walked out with the
    // register drawer", "he came in and shot the clerk". Each coordinated past verb is hers too.
    // Only for a subject known to be a person: a capitalised first word may be a noun ("Theft
    // under $2,500, vandalism, and hit-and-runs").
    const person =
      PRONOUNS.has(head.lower) ||
      isPersonNoun(head) ||
      OFFENDER_NOUNS.test(head.text) ||
      namedPeople(sentence).some((p) => p.to === subject.to);
    const coordinated = person ? coordinatedCrime(sentence, at) : undefined;
    if (coordinated !== undefined && !hedge(coordinated)) {
      const s = span(sentence, subject.from, clauseEnd(sentence, coordinated, 5));
      if (s) found.push(s);
      continue;
    }
    // Innocence: "Tremaine Scott did not rob anybody", "she never stole a thing"
    // "the other guy never even swung", "she never stole a thing": the negator before the verb
    const denied = words.slice(subject.to + 1, at).some(isNegator);
    const denial = denied ? -1 : words.slice(at, at + 3).findIndex(isNegator);
    if (
      denied &&
      !hedge(at) &&
      !/^suspects?$/i.test(head.text) &&
      (isPast(verb) || isIrregularPast(verb))
    ) {
      const end = crimePredicateEnd(sentence, at);
      if (end !== undefined) {
        const s = span(sentence, subject.from, clauseEnd(sentence, end, 3));
        if (s) found.push(s);
        continue;
      }
    }
    if (denial !== -1 && !hedge(at) && !/^suspects?$/i.test(head.text)) {
      const k = at + denial + 1;
      const bare = words[k];
      // "has never stolen a thing": after "has" or "had", an "-en" participle is the deed's own
      // (after "was" it is passive, "was never stolen", and the subject is what was taken).
      const perfect = /^(?:has|have|had)$/.test(verb.lower) && bare?.pos === 'VERB';
      const end =
        bare &&
        (bare.lower === bare.lemma ||
          isDoneForm(bare) ||
          isIrregularPast(bare) ||
          (perfect && /en$/.test(bare.lower)))
          ? crimePredicateEnd(sentence, k)
          : undefined;
      if (end !== undefined) {
        const s = span(sentence, subject.from, clauseEnd(sentence, end, 3));
        if (s) found.push(s);
        continue;
      }
    }
    // "did it", "did this", "definitely did it"; and denied, innocence: "Marisol didn't do this"
    let deed = -1;
    for (let k = at; k <= at + 3 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (
        didIt(sentence, k) ||
        (w.lemma === 'do' && isNegator(words[k + 1] ?? w) && didIt(sentence, k + 2))
      ) {
        deed = didIt(sentence, k) ? k : k + 2;
        break;
      }
      if (!isBeforeTheVerb(w)) break;
    }
    // "EPD says they never do that": a habit denied in the present tense is what someone does
    // not do, not a deed denied (round thirteen).
    const habitDenied =
      deed !== -1 &&
      /^(?:do|does)$/.test(words[deed]?.lower ?? '') &&
      words[deed - 1]?.lower === 'never';
    if (deed !== -1 && !hedge(deed) && !habitDenied) {
      const s = span(sentence, subject.from, deed + 1);
      if (s) found.push(s);
      continue;
    }
    // "knew exactly what she was doing", "knew full well what he was doing": intent asserted
    if (verb.lower === 'knew' || words[at + 1]?.lower === 'knew') {
      const knew = verb.lower === 'knew' ? at : at + 1;
      const what = words.slice(knew + 1, knew + 5).findIndex((w) => w.lower === 'what');
      const doing =
        what === -1
          ? -1
          : words.slice(knew + 2 + what, knew + 6 + what).findIndex((w) => w.lower === 'doing');
      // "Dana knew exactly what she was doing with that tourniquet. Thank you, Dana!" is praise;
      // "Thank you for sharing!" before a father's arrest thanks nobody in the sentence.
      const thanked = thanksTo(
        text,
        sentence,
        words.slice(subject.from, subject.to + 1).map((w) => w.text),
      );
      if (doing !== -1 && !thanked && !words.slice(subject.to + 1, knew).some(isNegator)) {
        const s = span(sentence, subject.from, clauseEnd(sentence, knew + 2 + what + doing, 6));
        if (s) found.push(s);
        continue;
      }
    }
    // "got caught stealing", "was caught red-handed", "got caught in the act"
    if (/^(?:got|gets|was|were|been)$/.test(verb.lower) || words[at + 1]?.lemma === 'catch') {
      const caught = words
        .slice(at, at + 3)
        .findIndex((w) => w.lemma === 'catch' || w.lower === 'caught');
      const c = caught === -1 ? -1 : at + caught;
      const tail = c === -1 ? [] : words.slice(c + 1, c + 5);
      const act = tail.findIndex(
        (w, k) =>
          w.lower === 'red' ||
          w.lower === 'red-handed' ||
          w.lower === 'act' ||
          (k === 0 && doneCrimeEnd(sentence, c + 1) !== undefined),
      );
      if (c !== -1 && act !== -1 && !hedge(c)) {
        const s = span(sentence, subject.from, clauseEnd(sentence, c + 1 + act, 3));
        if (s) found.push(s);
        continue;
      }
    }
    // "Dana is behind the break-ins", "turned out to be behind the snowboard thefts": the one
    // behind a crime (round twenty-three); not support ("we're all behind you", "behind the plan")
    const copula = verb.lemma === 'be' || /^['’]s$/.test(verb.text) ? at : turnedOutToBe(words, at);
    const behind = copula === undefined ? undefined : behindACrime(words, copula + 1, text);
    if (behind !== undefined && !hedge(behind)) {
      const s = span(sentence, subject.from, behind);
      if (s) found.push(s);
      continue;
    }
    // "is our porch pirate", "was the shooter", "is the one who/responsible", "was drunk"
    if (verb.lemma === 'be' || /^['’]s$/.test(verb.text) || SPOKEN_BE.test(verb.lower)) {
      const rest = words.slice(at + 1, at + 5);
      const negated = rest.slice(0, 1).some(isNegator);
      // "is our porch pirate", "was the shooter": only determiners and adjectives before the noun;
      // "a career firebug" speaks of character (pending prosecution), "booked on criminal…" is not.
      // "is a cold-blooded killer": a hyphened adjective, so two words further (round eighteen)
      const described = words.slice(at + 1, at + 7);
      const offender = described.findIndex(
        (w, k) =>
          (OFFENDER_NOUNS.test(w.text) ||
            (/^(?:artist|man|men)$/.test(w.lower) && described[k - 1]?.lower === 'con')) &&
          !isSkillOrHunt(words, at + 2 + k) &&
          described
            .slice(0, k)
            .every(
              (x) =>
                (/^(?:DET|ADJ|ADV|PRON|NOUN)$/.test(x.pos) || isNegator(x) || x.text === '-') &&
                x.lower !== 'career',
            ),
      );
      const one = rest.findIndex(
        (w) =>
          w.lower === 'one' ||
          w.lower === 'ones' ||
          w.lower === '1' ||
          (isPersonNoun(w) && w.lower !== 'suspect'),
      );
      const stateAt = rest.findIndex((w) => CULPABLE_STATE.test(w.text));
      // "He's innocent until proven guilty": the presumption, not a verdict (round seventeen)
      const presumed =
        stateAt >= 0 &&
        /^(?:until|unless|till)$/.test(words[at + 2 + stateAt]?.lower ?? '') &&
        /^prove/.test(words[at + 3 + stateAt]?.lower ?? '');
      const state = presumed ? -1 : stateAt;
      // "is a man who has terrorized the block for a decade": a kind of person over years, which
      // speaks of character (pending prosecution); "is the man who terrorized it" names the doer
      const character =
        one > 0 &&
        /^(?:a|an)$/.test(rest[one - 1]?.lower ?? '') &&
        /^(?:has|have|['’]s)$/.test(words[at + 3 + one]?.lower ?? '');
      const afterOne = one >= 0 && !character ? words[at + 2 + one] : undefined;
      const oneEnd = afterOne ? oneWhoDidIt(sentence, at + 2 + one, text) : undefined;
      const end =
        offender >= 0
          ? at + 1 + offender
          : oneEnd !== undefined
            ? clauseEnd(sentence, oneEnd, 8)
            : state >= 0 && rest.slice(0, state).every((w) => w.pos === 'ADV' || isNegator(w))
              ? at + 1 + state
              : undefined;
      // "My brother is NOT a thief", "Dre ain't no killer": innocence said of a named or known
      // person; "the suspect is not a danger" and the suspect's own label stay out
      const innocence =
        negated && offender >= 0 && !/^suspects?$/i.test(head.text) && head.lower !== 'it';
      if (end !== undefined && (!(negated && offender >= 0) || innocence) && !hedge(at)) {
        const s = span(sentence, subject.from, end);
        if (s) found.push(s);
      }
    }
  }
  return found;
};

/** A count or a run of crimes before "of": "all of the thefts", "a string of burglaries". */
const RUN_OF =
  /^(?:all|most|some|many|half|both|each|every|one|two|three|string|series|wave|rash|spate|couple|bunch|lot|lots|rest)$/;

/** "turned out to be", "turns out to be": the copula it ends in, or undefined. */
function turnedOutToBe(words: readonly Word[], at: number): number | undefined {
  return words[at]?.lemma === 'turn' &&
    words[at + 1]?.lower === 'out' &&
    words[at + 2]?.lower === 'to' &&
    words[at + 3]?.lower === 'be'
    ? at + 3
    : undefined;
}

/**
 * After a copula: "behind the break-ins", "definitely behind all the thefts", "behind this
 * string of burglaries". The index of the crime's noun, or undefined.
 */
function behindACrime(words: readonly Word[], from: number, paragraph: string): number | undefined {
  let k = from;
  for (let w = words[k]; w && (w.pos === 'ADV' || isNegator(w)); w = words[k]) k += 1;
  if (words[k]?.lower !== 'behind') return undefined;
  // "Lindqvist's people are clearly behind this." where the paragraph tells a crime (round
  // twenty-four); not "we're behind this team", nor support for a plan
  const after = words[k + 1];
  if (
    after &&
    /^(?:this|it|that)$/.test(after.lower) &&
    (words[k + 2] === undefined || words[k + 2]?.pos === 'PUNCT') &&
    CRIME_TOLD.test(paragraph)
  )
    return k + 1;
  for (let j = k + 1; j <= k + 6 && j < words.length; j += 1) {
    const w = words[j] as Word;
    // "behind the thefts"; not "behind the burglary investigation", "the shooting range" (a
    // crime's noun that describes another)
    if (isCrimeNoun(w) || isCrimeNoun({ ...w, lower: w.lemma }))
      return /^(?:NOUN|PROPN)$/.test(words[j + 1]?.pos ?? '') ? undefined : j;
    // "break-ins": the parser reads "break", "-", "ins"
    if (w.lower === 'break' && words[j + 1]?.text === '-') return j + 2;
    // "of" only after a count or a run of them ("all of", "a string of"): "behind the fundraiser
    // for the burglary victims" is behind the fundraiser
    if (w.pos === 'ADP' && !(w.lower === 'of' && RUN_OF.test(words[j - 1]?.lower ?? '')))
      return undefined;
    if (!/^(?:DET|ADJ|NUM|NOUN|PROPN|ADP|PRON)$/.test(w.pos)) return undefined;
  }
  return undefined;
}

/**
 * "If you're one of the folks Whitlock ripped off, call us": the supposition is about the reader;
 * the relative clause after "the folks" is told as fact.
 */
function amongVictims(sentence: Sentence, from: number): boolean {
  const words = sentence.words;
  if (words[from - 1]?.pos !== 'NOUN') return false;
  for (let k = from - 2; k >= 0 && k >= from - 10; k -= 1) {
    const w = words[k];
    if (!w || isClauseBreak(w) || w.text === ',') return false;
    if (w.lower === 'if') return words[k + 1]?.lower === 'you';
  }
  return false;
}

/** An appeal to find an unknown person: "trying to identify the man who…", "looking for a driver". */
const SOUGHT =
  /\b(?:identify|identifying|locate|locating|find|finding|looking\s+for|searching\s+for|seeking|trace|tracing|(?:do\s+you\s+)?(?:know|recogni[sz]e))\s+(?:the|a|an|this|these|two|three)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|person|people|driver|suspects?|men|women|individuals?|guy|teens?|pair|couple|robber|thief|shooter|gunman)\b/i;

/**
 * Somebody nobody has named, who did something: "Someone spent Saturday night tagging the courts.
 * They…"; not "Somebody should warn the stores" nor "Someone recognized them" (people before).
 */
const SOMEBODY =
  /^\s*(?:[Ss]omeone|[Ss]omebody|[Ww]hoever)\s+(?:\w+ed|spent|broke|stole|took|threw|hit|left|set|cut|got|came|went|ran|made)\b(?![^.!?]*\b(?:them|him|her)\b)/;

/** Whether the paragraph before this sentence seeks an unknown person (whom its pronouns mean). */
function soughtBefore(paragraph: string, sentence: Sentence): boolean {
  const before = paragraph.slice(Math.max(0, sentence.start - 400), sentence.start);
  return SOUGHT.test(before) || SOMEBODY.test(lastSentenceOf(before));
}

/** The last sentence of the words before: what a pronoun at the start of the next refers to. */
const lastSentenceOf = (before: string) => /[^.!?\n]*[.!?]?\s*$/.exec(before)?.[0] ?? '';

/**
 * A crime among the verbs coordinated with the predicate at `at` ("…, smiled, and walked out with
 * the drawer"): after "and", "then" or a comma, a past verb in the same clause, not a passive and
 * not a new subject. The index of the deed's last word, or undefined.
 */
function coordinatedCrime(sentence: Sentence, at: number): number | undefined {
  const words = sentence.words;
  // "was knocked down and robbed of his wallet": a passive predicate, and its verbs, are the victim's
  if (words[at]?.lemma === 'be' || words[at]?.lemma === 'get') return undefined;
  for (let k = at + 1; k < words.length && k <= at + 20; k += 1) {
    const w = words[k];
    if (!w || isClauseBreak(w) || w.text === '.') return undefined;
    const before = words[k - 1];
    if (!before || !/^(?:and|then|,|&)$/.test(before.lower)) continue;
    if (w.pos !== 'VERB' && !isIrregularPast(w)) continue;
    if (!isPast(w) && !isIrregularPast(w)) continue;
    // "hit-and-run" is a noun; "robbed of his wallet" is a passive
    if (words[k + 1]?.text === '-' || words[k + 1]?.lower === 'of') continue;
    const end = crimePredicateEnd(sentence, k);
    if (end !== undefined) return end;
  }
  return undefined;
}

/**
 * After "the one" or "the guy": "who did it", "responsible", "behind it", "who's been hitting",
 * "throwing rocks at cars". The index of the deed's last word, or undefined.
 */
function oneWhoDidIt(sentence: Sentence, at: number, paragraph = ''): number | undefined {
  const word = sentence.words[at];
  if (!word) return undefined;
  if (/^(?:responsible|behind)$/.test(word.lower)) return at;
  // "Jayden Okoro (16) was the one driving the stolen Altima": a stolen vehicle driven
  if (
    word.lower === 'driving' &&
    sentence.words.slice(at + 1, at + 3).some((w) => w.lower === 'stolen')
  )
    return at + 2;
  // "she was the one driving" where the paragraph is about a crash or a getaway
  if (word.lower === 'driving' && CRASH.test(paragraph)) {
    // "the one driving", "the one driving that Fiesta"; not "the one driving us to the hospital"
    const next = sentence.words[at + 1];
    const vehicle = sentence.words
      .slice(at + 1, at + 4)
      .some((w) => /^(?:car|truck|van|suv|vehicle|sedan|fiesta|it)$/i.test(w.lower));
    if (
      !next ||
      /^(?:PUNCT|CCONJ|SCONJ)$/.test(next.pos) ||
      /^(?:when|while|as|that|and)$/.test(next.lower) ||
      vehicle
    )
      return at;
  }
  // "the ones throwing rocks at cars", "the one caught on camera" is passive and stays clean
  if (word.lower !== 'who' && word.lower !== 'that') {
    return word.lower.endsWith('ing') ? doneCrimeEnd(sentence, at) : undefined;
  }
  let k = at + 1;
  // "who's been", "who has been", "that was"
  while (
    k < at + 4 &&
    (sentence.words[k]?.pos === 'AUX' ||
      sentence.words[k]?.pos === 'ADV' ||
      ASPECT.test(sentence.words[k]?.lemma ?? ''))
  ) {
    if (didIt(sentence, k)) return k + 1;
    k += 1;
  }
  if (didIt(sentence, k)) return k + 1;
  const before = sentence.words[k - 1];
  if (k > at + 1 && before?.lemma === 'be' && !(sentence.words[k]?.lower ?? '').endsWith('ing'))
    return undefined;
  // "a good kid who made a dumb choice": a kind of person, which speaks of character
  if (indefiniteBefore(sentence.words, at - 1)) return doneCrimeEnd(sentence, k);
  return doneCrimeEnd(sentence, k) ?? anyDeedInACrime(sentence, k, paragraph);
}

/**
 * Any deed of "the one who" where the paragraph tells a crime: "she is the one who emptied his
 * savings", "he is the one who cut the lines" (round twenty-three). Not what a helper, a witness
 * or a victim does ("the one who called 911", "the one who got hurt"). The index of the verb.
 */
function anyDeedInACrime(sentence: Sentence, k: number, paragraph: string): number | undefined {
  const verb = sentence.words[k];
  if (!verb || verb.pos !== 'VERB' || !isDoneForm(verb) || NOT_A_DEED.test(verb.lemma))
    return undefined;
  // "the one who made the 911 call", "who applied pressure to the wound", "who performed CPR":
  // help given, whatever its verb
  if (HELP_GIVEN.test(sentence.words.map((w) => w.text).join(' '))) return undefined;
  return CRIME_TOLD.test(paragraph) || WEAPON_TOLD.test(paragraph) ? k : undefined;
}

/** A weapon in the paragraph: "he's the one who fired, he was waving that gun around". */
const WEAPON_TOLD = /\b(?:guns?|pistols?|rifles?|handguns?|knife|knives|shots)\b/i;

/** Help given in a sentence: the one who did it helped. */
const HELP_GIVEN =
  /\b(?:911|CPR|pressure|wound|first\s+aid|tourniquet|rescued|saved|thanks?|thank\s+you|grateful|hero(?:es)?|arrest|arrested|the\s+call|tip|stayed\s+with|comforted)\b/i;

/** What a helper, a witness, a victim or a bystander does: no deed of a crime. */
const NOT_A_DEED =
  /^(?:call|report|tell|find|help|make|apply|perform|keep|see|spot|notice|warn|tip|catch|stop|save|rescue|organi[sz]e|raise|donate|pay|give|post|share|film|record|identify|recogni[sz]e|testify|witness|alert|chase|hold|detain|pull|pick|win|score|lead|coach|teach|volunteer|clean|fix|check|ask|answer|say|speak|write|sign|vote|run|open|get|go|come|live|work|know|hear|watch|follow|text|email|message|hire|return|deliver|stay|wait|sit|stand|look|search|try|want|need|love|like|care|visit|meet|talk|bake|cook|feed|walk|read|learn|play|sing|pray|thank|hug|cry|die|survive|lose|suffer|fall|land|tackle|flag|drive|dial|phone|contact|flee|escape|hide|start|lend|bring|guide|show|point|describe|confront|question|interview|arrest|book|charge|investigate|solve|crack)$/;

/**
 * "a killer at bingo", "a cold-blooded killer of mice": a knack or a hunt after the noun, not a
 * crime ("the killer at large" still is one). `after` is the word after the noun.
 */
function isSkillOrHunt(words: readonly Word[], after: number): boolean {
  const next = words[after]?.lower;
  const object = words[after + 1]?.lower ?? '';
  return (
    // "a killer at bingo" is a knack; "the shooter at the mall" is the one who shot
    (next === 'at' && object !== 'large' && indefiniteBefore(words, after - 1)) ||
    (next === 'of' &&
      /^(?:mice|rats|bugs|flies|spiders|weeds|birds|squirrels|gophers|moles|lizards|snakes|roaches|mosquitoes|vibes|jokes)$/.test(
        object,
      ))
  );
}

/** "a killer", "a cold-blooded killer": "a" or "an" before the noun and its adjectives. */
function indefiniteBefore(words: readonly Word[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k -= 1) {
    const w = words[k];
    if (!w) return false;
    if (w.lower === 'a' || w.lower === 'an') return true;
    if (w.pos !== 'ADJ' && w.pos !== 'ADV' && w.text !== '-' && w.pos !== 'NOUN') return false;
  }
  return false;
}

/** A crash or a getaway, in which being "the one driving" is being the one to blame. */
const CRASH =
  /\b(?:hit|crash(?:ed)?|wreck(?:ed)?|struck|hit-and-run|took\s+off|fled|sped\s+off|rammed|ran\s+(?:over|into|the\s+light)|getaway)\b/i;

/** People nobody has identified or everybody: a relative clause about them names no one. */
const NOBODY_IN_PARTICULAR =
  /^(?:anyone|someone|anybody|somebody|everyone|everybody|whoever|people|residents|victims?|witness(?:es)?|you|those|others)$/i;

/**
 * "who spray painted the church", "the kids who jumped that man", "the teen who's been
 * spray-painting mailboxes", "the kid who held up the Family Dollar", "the guy that stole my
 * bike": a relative clause of a crime about a known person.
 */
export const relativeCrime: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    const who = word.lower === 'who';
    // "that" is a relative pronoun only right after a person: "the guy that stole my bike"
    const previous = words[i - 1];
    const that =
      word.lower === 'that' &&
      previous !== undefined &&
      (isPersonNoun(previous) || OFFENDER_NOUNS.test(previous.text));
    if (!who && !that) return;
    if (asks(sentence, i)) return;
    // The tagger calls "teen" an adjective now and then: a person noun is an antecedent whatever
    // its tag.
    const antecedent = words
      .slice(Math.max(0, i - 4), i)
      .reverse()
      .find(
        (w) =>
          w.pos === 'NOUN' ||
          w.pos === 'PROPN' ||
          w.pos === 'PRON' ||
          isPersonNoun(w) ||
          OFFENDER_NOUNS.test(w.text),
      );
    // "the four people who bilked our seniors": people counted are the ones charged (round fifteen)
    const counted =
      antecedent?.lower === 'people' &&
      /^(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)$/.test(
        words[words.indexOf(antecedent) - 1]?.lower ?? '',
      );
    if (
      !antecedent ||
      POLICE.test(antecedent.text) ||
      (NOBODY_IN_PARTICULAR.test(antecedent.text) && !counted)
    )
      return;
    // "he may have seen who did it": what a witness may have seen, not a person described; "I saw
    // who did it" still tells the deed as seen
    if (
      (PERCEIVE.test(previous?.lemma ?? '') || /^(?:seen|saw)$/.test(previous?.lower ?? '')) &&
      words
        .slice(Math.max(0, i - 4), i - 1)
        .some((w) => /^(?:may|might|could|would|probably|possibly|maybe)$/.test(w.lower))
    )
      return;
    // "a driver who…" looking for someone unknown is the neutral appeal; "the kids who…" is not.
    const determiner = words.slice(Math.max(0, i - 5), i).find((w) => w.pos === 'DET');
    if (determiner && /^(?:a|an|any|some)$/i.test(determiner.lower)) return;
    if (isDeniedOrHypothetical(sentence, i)) return;
    for (let j = i + 1; j <= i + 4 && j < words.length; j += 1) {
      const verb = words[j];
      if (!verb) break;
      const before = words[j - 1];
      // "who was robbed", "who got hit": the victim, in the passive
      const passive =
        j > i + 1 &&
        before !== undefined &&
        (before.lemma === 'get' ||
          (before.lemma === 'be' && !(formOf(sentence, j)?.lower ?? '').endsWith('ing')));
      const end = passive ? undefined : didIt(sentence, j) ? j + 1 : doneCrimeEnd(sentence, j);
      if (end !== undefined) {
        const s = span(sentence, i, clauseEnd(sentence, end, 5));
        if (s) found.push(s);
        break;
      }
      // "who keeps snatching phones", "who kept calling in threats": a habit is the deed done
      if (
        verb.pos !== 'ADV' &&
        verb.pos !== 'AUX' &&
        verb.pos !== 'PART' &&
        !ASPECT.test(verb.lemma)
      )
        break;
    }
  });
  return found;
};

/** Verbs that carry an -ing deed as a habit: "keeps snatching", "continued calling". */
const ASPECT = /^(?:keep|continue|start|begin|go)$/;

/** Where a witness saw it recorded: "on my Ring cam", "in the footage". */
const CAMERA =
  /^(?:cams?|cameras?|video|videos|footage|ring|doorbell|dashcam|clip|tape|recording)$/;

/** Verbs of witnessing: "I saw him take it", "watched them do it". */
const PERCEIVE = /^(?:see|watch|witness|film|record|spot|hear|notice|observe)$/;

/**
 * A member of staff's good turn: "Officer Yusuf Haddad carried an injured girl", "Firefighter
 * Kim pulled him out". The title, the name and the deed sit in one sentence.
 */
const STAFF_GOOD_TURN = new RegExp(
  String.raw`\b(?:${STAFF_TITLE_WORDS}|Dep|Cpl|Corporal|EMT)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:carried|saved|pulled|rescued|helped|stayed|gave|ran\s+into|performed|delivered|held|comforted|talked|fed|drove|caught|stopped|calmed)\b`,
  'u',
);

/**
 * A witness naming the person they saw do it: "I saw him steal the bike", "my whole street
 * watched them do it", "the man Maya watched break into the car". The seen person must be
 * specific (a pronoun, a name, or "the man" the clause is about); "saw a man smashing a window"
 * describes an unknown suspect and stays clean.
 */
export const witnessedCrime: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!PERCEIVE.test(word.lemma) || word.pos === 'NOUN') return;
    if (asks(sentence, i) || isDeniedOrHypothetical(sentence, i)) return;
    // "didn't see him take anything", "never saw them"
    if (words.slice(Math.max(0, i - 3), i).some(isNegator)) return;
    // "officers saw them throwing rocks": what an officer saw is the account of the stop
    if (words.slice(Math.max(0, i - 3), i).some((w) => POLICE.test(w.text) && w.lower !== 'we'))
      return;
    const object = words[i + 1];
    if (!object) return;
    let from: number | undefined;
    let deedAt = i + 2;
    const named = namedPeople(sentence).find((p) => p.from === i + 1);
    if (OBJECT_PRONOUNS.has(object.lower) && words[i + 2]?.lower !== 'face') from = i + 1;
    // "see his face on my Ring cam pulling on the door handle": the face is the person
    else if (/^(?:his|her|their)$/.test(object.lower) && words[i + 2]?.lower === 'face') {
      from = i + 1;
      deedAt = i + 3;
    } else if (named) {
      from = i + 1;
      deedAt = named.to + 1;
    } else {
      // "the man Maya watched break into the car": the seen person is the head before the witness
      deedAt = i + 1;
      for (let k = i - 2; k >= Math.max(0, i - 5); k -= 1) {
        const w = words[k];
        if (!w) break;
        if (
          (isPersonNoun(w) || OFFENDER_NOUNS.test(w.text) || /^(?:one|ones|1)$/.test(w.lower)) &&
          /^(?:the|that|this|those|these)$/.test(words[k - 1]?.lower ?? '')
        ) {
          from = k - 1;
          break;
        }
      }
    }
    if (from === undefined) return;
    // "saw him on the doorbell camera trying car doors": where it was seen, then the deed
    if (/^(?:on|in)$/.test(words[deedAt]?.lower ?? '')) {
      const camera = words.slice(deedAt + 1, deedAt + 6).findIndex((w) => CAMERA.test(w.lower));
      if (camera !== -1) {
        deedAt += 2 + camera;
        // "my Ring cam", "the doorbell camera": the device named in two words
        while (CAMERA.test(words[deedAt]?.lower ?? '')) deedAt += 1;
      }
    }
    const deed = words[deedAt];
    if (!deed) return;
    // The seen deed is a bare verb or an -ing one: "take", "break into", "spray painting", "do it"
    const bare = deed.lower === deed.lemma || deed.lower.endsWith('ing') || deed.lower === 'spray';
    if (!bare) return;
    const doneIt = deed.lemma === 'do' && /^(?:it|this|that)$/.test(words[deedAt + 1]?.lower ?? '');
    const end = doneIt ? deedAt + 1 : crimePredicateEnd(sentence, deedAt);
    if (end === undefined) return;
    const s = span(sentence, from, clauseEnd(sentence, end, 5));
    // "Officer Haddad carried an injured girl two blocks. I watched him do it.": after a member
    // of staff's good turn, "it" is a crime only where the paragraph tells of one
    if (
      s &&
      (!doneIt ||
        !STAFF_GOOD_TURN.test(text.slice(0, s.start)) ||
        tellsOfDeedBeside(text, s.start, s.end))
    )
      found.push(s);
  });
  return found;
};

/** "caught him on camera", "caught Blake Sorensen with his hands in the register". */
export const caughtInTheAct: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (word.lemma !== 'catch' || words[i - 1]?.lemma === 'be') return;
    const object = words[i + 1];
    if (!object) return;
    const people = namedPeople(sentence).filter((p) => p.from === i + 1);
    let objectEnd = OBJECT_PRONOUNS.has(object.lower) ? i + 1 : people[0]?.to;
    // "caught one of them, fifteen-year-old Lexi Hartmann, with $900 in tags": one of a group
    // already named, and the aside that names her
    const oneOfThem =
      object.lower === 'one' &&
      words[i + 2]?.lower === 'of' &&
      OBJECT_PRONOUNS.has(words[i + 3]?.lower ?? '');
    if (oneOfThem) objectEnd = i + 3;
    if (objectEnd === undefined) return;
    let named = false;
    if (words[objectEnd + 1]?.text === ',') {
      const opened = objectEnd + 1;
      const close = words.findIndex((w, k) => k > opened && k <= opened + 8 && w.text === ',');
      if (close !== -1) {
        objectEnd = close;
        named = true;
      }
    }
    const tail = words.slice(objectEnd + 1, objectEnd + 8);
    const act = tail.findIndex(
      (w, k) =>
        w.lower === 'camera' ||
        w.lower === 'video' ||
        w.lower === 'act' ||
        w.lower === 'red-handed' ||
        // "red-handed" as the tagger splits it: "red", "-", "handed"
        (w.lower === 'red' && /^(?:-|handed)$/.test(tail[k + 1]?.lower ?? '')) ||
        w.lower === 'hands' ||
        (k === 0 && w.pos === 'VERB' && w.lower.endsWith('ing')) ||
        (k === 0 && w.lower === 'at' && tail[1]?.pos === 'NUM') ||
        // "with $900 in tags", "with the stolen laptops", "with her hand in the till"
        (k === 0 &&
          w.lower === 'with' &&
          tail
            .slice(1, 5)
            .some((x) => /^(?:\$.*|stolen|loot|merchandise|cash|drugs|tags)$/.test(x.lower))),
    );
    if (act === -1) return;
    // "Neighbor Dick Fuchs caught one of them on his doorbell camera": one of a gang nobody has
    // named, filmed doing nothing told, is no one in particular (round thirty-five); "caught one
    // of them on camera spray painting my fence" still tells the deed
    if (
      oneOfThem &&
      !named &&
      /^(?:camera|video)$/.test(tail[act]?.lower ?? '') &&
      !tail.slice(act + 1).some((w) => w.pos === 'VERB' && w.lower.endsWith('ing'))
    )
      return;
    const s = span(sentence, i, clauseEnd(sentence, objectEnd + 1 + act, 6));
    if (s) found.push(s);
  });
  // "caught the teen who's been spray-painting mailboxes along Quarry Rd red-handed": a described
  // person caught, with "red-handed" or "in the act" anywhere in the clause.
  words.forEach((word, i) => {
    if (word.lemma !== 'catch' || words[i - 1]?.lemma === 'be' || asks(sentence, i)) return;
    if (!/^(?:the|that|this|those|these|our|your|their|his|her)$/.test(words[i + 1]?.lower ?? ''))
      return;
    // "caught our graffiti regular in the act": whoever is caught in the act is a person, so any
    // noun phrase will do; the act must follow within the clause
    const person = words
      .slice(i + 2, i + 5)
      .some(
        (w) =>
          isPersonNoun(w) ||
          OFFENDER_NOUNS.test(w.text) ||
          w.pos === 'NOUN' ||
          w.pos === 'PROPN' ||
          w.pos === 'ADJ',
      );
    if (!person) return;
    for (let k = i + 2; k < words.length && k <= i + 24; k += 1) {
      const w = words[k];
      if (!w || isClauseBreak(w) || w.text === '.') break;
      const redHanded =
        w.lower === 'red-handed' ||
        (w.lower === 'red' && /^(?:-|handed)$/.test(words[k + 1]?.lower ?? ''));
      const inTheAct =
        w.lower === 'act' && words[k - 1]?.lower === 'the' && words[k - 2]?.lower === 'in';
      if (redHanded || inTheAct) {
        const s = span(sentence, i, clauseEnd(sentence, k, 2));
        if (s) found.push(s);
        break;
      }
    }
  });
  return found;
};

/** "had absolutely nothing to do with", "had zero to do with": innocence asserted. */
export const innocenceClaim: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (
      // "had zero to do with this" (round twenty-seven)
      (word.lower === 'nothing' || word.lower === 'zero') &&
      words[i + 1]?.lower === 'to' &&
      words[i + 2]?.lemma === 'do' &&
      words[i + 3]?.lower === 'with'
    ) {
      let from = i;
      for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
        const w = words[k];
        if (w && (w.lemma === 'have' || w.pos === 'ADV' || PRONOUNS.has(w.lower))) from = k;
        else break;
      }
      const s = span(sentence, from, clauseEnd(sentence, i + 3, 4));
      if (s && from < i) found.push(s);
    }
  });
  return found;
};

/** Verbs that report who the doer was: "said it was", "swears it was", "knows it was". */
const REPORT_NAMING = /^(?:say|swear|tell|know|confirm|admit|claim|see|insist|hear)$/;

/** Kin and acquaintances: "it was her ex", "it was my neighbor's son". */
const KIN =
  /^(?:ex|boyfriend|girlfriend|husband|wife|neighbou?r|son|daughter|nephew|cousin|stepdad|stepson|roommate|brother|sister|uncle)$/;

/** Crimes a "ring" or "crew" is named by: "the burglary ring we broke up". */
const CRIME_NOUNS =
  /^(?:burglary|theft|robbery|drug|fraud|shoplifting|car|catalytic|package|mail|carjacking|smuggling|trafficking|scam|retail|porch)$/i;

/** An appeal for someone unknown before `at`: "help us find the person responsible", "still looking for the people responsible". */
function appealBefore(words: readonly Word[], at: number): boolean {
  return words
    .slice(Math.max(0, at - 6), at)
    .some((w) =>
      /^(?:find|finding|help|looking|seek|seeking|searching|know|knows|anyone|whoever|information|tips?|identify|locate)$/.test(
        w.lower,
      ),
    );
}

/**
 * People named as the ones who did it without a verb of the crime: "the three teens responsible",
 * "the burglary ring we broke up", "caught the Eastside Strangler", "It was the Okonkwo twins
 * spray painting the underpass".
 */
export const namedAsCulprit: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (asks(sentence, i)) return;
    // "Police have arrested the one responsible", "Marcus Hale, the one responsible, was…";
    // not an appeal: "help us find the person responsible".
    // "The teens responsible for the mural will be honored", "Ofc. Kuntzler was the one
    // responsible for that walk-off double" credit them: a work made or a game won is no crime.
    const creditedFor = words
      .slice(i + 2, i + 8)
      .map((w) => w.text)
      .join(' ');
    const credited =
      words[i + 1]?.lower === 'for' &&
      !CRIME_TOLD.test(creditedFor) &&
      !/\b(?:shooting|stabbing|homicide|drive-?by|crash|fire|attack|beating|overdose|death|deaths)\b/i.test(
        creditedFor,
      ) &&
      words
        .slice(i + 2, i + 8)
        .some((w) =>
          /^(?:murals?|art|artwork|gardens?|clean-?up|fundraisers?|drives?|videos?|designs?|paintings?|banners?|sculptures?|decorations?|displays?|projects?|rescue|save|saves|win|wins|victory|double|triple|homers?|touchdowns?|goals?|comeback|shutout|turnout|success)$/.test(
            w.lower,
          ),
        );
    if (
      word.lower === 'responsible' &&
      !credited &&
      /^(?:one|person|man|woman|guy|individual|driver|ones|people)$/.test(
        words[i - 1]?.lower ?? '',
      ) &&
      words[i - 2]?.lower === 'the'
    ) {
      if (!appealBefore(words, i - 2) && !isDeniedOrHypothetical(sentence, i - 2)) {
        const s = span(
          sentence,
          i - 2,
          words[i + 1]?.lower === 'for' ? clauseEnd(sentence, i + 1, 5) : i,
        );
        if (s) found.push(s);
      }
    }
    // "the three teens responsible" (not "anyone responsible" or "whoever is responsible")
    if (word.lower === 'responsible' && PERSON_NOUNS.has(words[i - 1]?.lower ?? '') && !credited) {
      for (let k = i - 2; k >= Math.max(0, i - 4); k -= 1) {
        const before = words[k];
        if (!before) break;
        if (/^(?:the|those|these)$/.test(before.lower)) {
          const s = span(sentence, k, i);
          if (s && !appealBefore(words, k) && !isDeniedOrHypothetical(sentence, k)) found.push(s);
          break;
        }
        if (!/^(?:ADJ|NUM)$/.test(before.pos)) break;
      }
    }
    // "the burglary ring we broke up in July"
    if (/^(?:ring|crew|gang)$/.test(word.lower) && CRIME_NOUNS.test(words[i - 1]?.text ?? '')) {
      const actor = words[i + 1];
      const verb = words[i + 2];
      if (
        actor &&
        verb &&
        /^(?:we|police|officers|detectives|deputies)$/i.test(actor.text) &&
        /^(?:break|bust|dismantle|take|arrest|catch|round)$/.test(verb.lemma)
      ) {
        const from = words[i - 2]?.pos === 'DET' ? i - 2 : i - 1;
        const s = span(sentence, from, clauseEnd(sentence, i + 2, 3));
        if (s) found.push(s);
      }
    }
    // "caught the Eastside Strangler", "arrested the Parkside burglar"
    if (
      /^(?:catch|arrest|nab|capture|apprehend)$/.test(word.lemma) &&
      words[i + 1]?.lower === 'the'
    ) {
      for (let k = i + 2; k <= i + 5 && k < words.length; k += 1) {
        const noun = words[k];
        if (!noun) break;
        if (OFFENDER_NOUNS.test(noun.text)) {
          const s = span(sentence, i, k);
          if (s) found.push(s);
          break;
        }
        if (!noun.titlecase) break;
      }
    }
  });
  // The doer named in reported speech, with no deed after it: "he said it was the Castellanos
  // twins", "my neighbor swears it was the Miller boy", "everyone knows it was Tony"
  words.forEach((word, i) => {
    if (!REPORT_NAMING.test(word.lemma) || word.pos === 'NOUN') return;
    let k = i + 1;
    // "told the cops it was…", "told me that it was…"
    while (
      k <= i + 3 &&
      word.lemma === 'tell' &&
      words[k]?.lower !== 'it' &&
      /^(?:PRON|DET|NOUN|PROPN)$/.test(words[k]?.pos ?? '')
    )
      k += 1;
    if (words[k]?.lower === 'that') k += 1;
    if (words[k]?.lower !== 'it' || words[k + 1]?.lemma !== 'be') return;
    let p = k + 2;
    while (/^(?:definitely|obviously|clearly|100%|totally|def)$/.test(words[p]?.lower ?? ''))
      p += 1;
    let end: number | undefined;
    // "the Castellanos twins", "her ex", "those two boys from the trailer park"
    if (/^(?:the|that|those|these|her|his|their|my)$/.test(words[p]?.lower ?? '')) {
      for (let j = p + 1; j <= p + 4 && j < words.length; j += 1) {
        const w = words[j];
        if (!w || POLICE.test(w.text)) break;
        if (isPersonNoun(w) || OFFENDER_NOUNS.test(w.text) || KIN.test(w.lower)) {
          end = j;
          break;
        }
        if (!/^(?:ADJ|PROPN|NUM|NOUN)$/.test(w.pos)) break;
      }
    }
    // "Tony", "Darnell Hayes"; not "Officer Diaz"
    const who = namedPeople(sentence).find((n) => n.from === p);
    if (
      end === undefined &&
      who &&
      !words.slice(p - 1, who.to + 1).some((w) => POLICE.test(w.text))
    )
      end = who.to;
    if (end === undefined) return;
    // the clause ends with the person: "…was the Castellanos twins," not "…was the twins'
    // birthday", nor "it was Tony who…", which the cleft below reads with its deed
    const after = words[end + 1];
    if (after && (!/^(?:PUNCT|CCONJ|SCONJ)$/.test(after.pos) || /^['’]/.test(after.text))) return;
    if (isDeniedOrHypothetical(sentence, i) || asks(sentence, i)) return;
    if (words.slice(Math.max(0, i - 3), i).some(isNegator)) return;
    const from = PRONOUNS.has(words[i - 1]?.lower ?? '') ? i - 1 : i;
    const s = span(sentence, from, end);
    if (s) found.push(s);
  });
  // "It was the Okonkwo twins (both 16) spray painting the underpass", "It was Trevor who did
  // this", and the negative question that asserts it: "Wasn't it Trevor who did this??"
  const cleft =
    (words[0]?.lower === 'it' && words[1]?.lemma === 'be') ||
    (words[0]?.lemma === 'be' && isNegator(words[1] ?? words[0]) && words[2]?.lower === 'it');
  if (cleft && !asks(sentence, 0)) {
    const named = namedPeople(sentence).some((p) => p.from <= 5) || subjects(sentence).length > 0;
    for (let k = 2; named && k < Math.min(words.length, 18); k += 1) {
      const verb = words[k];
      if (!verb || isClauseBreak(verb)) break;
      const end = didIt(sentence, k) ? k + 1 : doneCrimeEnd(sentence, k);
      if (end !== undefined) {
        const s = span(sentence, 0, clauseEnd(sentence, end, 4));
        if (s) found.push(s);
        break;
      }
    }
  }
  return found;
};
