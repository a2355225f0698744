import type { Sentence, Word } from '../language/analysis';
import { namedPeople } from '../language/people';
import {
  clauseEnd,
  isClauseBreak,
  isDeniedOrHypothetical,
  isNegator,
  isQuestion,
} from '../language/words';
import type { Found, SentenceRule } from './sentence-rules';

/** Verbs that, done by a specific person, say that person committed a crime. */
const CRIME_VERBS = new Set([
  'rob',
  'steal',
  'kill',
  'murder',
  'shoot',
  'stab',
  'burglarize',
  'burgle',
  'assault',
  'attack',
  'rape',
  'molest',
  'carjack',
  'kidnap',
  'abduct',
  'torch',
  'vandalize',
  'vandalise',
  'scam',
  'defraud',
  'embezzle',
  'jump',
  'beat',
  'punch',
  'strangle',
  'loot',
  'spray',
  'tag',
  'swipe',
  'snatch',
  'mug',
  'poison',
  'smuggle',
  'traffic',
  'trash',
  'ransack',
  'hit',
  'strangle',
  'burn',
]);

/** Subjects that are a specific person (or people) the sentence is about. */
const PERSON_NOUNS = new Set([
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
]);
const PRONOUNS = new Set(['he', 'she', 'they']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** Nouns that name a person by the crime: "he's our porch pirate", "she is the thief". */
const OFFENDER_NOUNS =
  /^(?:thief|thieves|burglar|burglars|robber|robbers|killer|killers|murderer|rapist|shooter|arsonist|vandal|vandals|culprit|culprits|perpetrator|perpetrators|perp|perps|criminal|criminals|crook|crooks|carjacker|kidnapper|abuser|molester|dealer|attacker|assailant|embezzler|fraudster|scammer|pickpocket|shoplifter|pirate|looter|mugger|tagger|firebug|predator|gunman|strangler|slasher|stalker|bandit|arsonists)$/i;

/** Police words as a subject: "officers shot the suspect" is not a guilt claim about anyone. */
const POLICE =
  /^(?:police|officers?|deputies|deputy|detectives?|we|troopers?|agents?|investigators|k-?9)$/i;

/** Adjectives that, said of a specific person, assert culpability or innocence. */
const CULPABLE_STATE =
  /^(?:drunk|impaired|intoxicated|high|guilty|innocent|responsible|culpable)$/i;

interface Subject {
  readonly from: number;
  readonly to: number;
}

/** The specific people a sentence could be asserting something about, by word index. */
function subjects(sentence: Sentence): Subject[] {
  const words = sentence.words;
  const found: Subject[] = namedPeople(sentence)
    .filter((p) => !p.titled)
    .map((p) => ({ from: p.from, to: p.to }));
  words.forEach((word, i) => {
    if (PRONOUNS.has(word.lower)) found.push({ from: i, to: i });
    if (!PERSON_NOUNS.has(word.lower) && !OFFENDER_NOUNS.test(word.text)) return;
    // "the driver", "the youngest Brennan boy", "those two men": a definite person or people.
    for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
      const before = words[k];
      if (!before) break;
      if (/^(?:the|that|this|our|your|those|these)$/i.test(before.lower)) {
        found.push({ from: k, to: i });
        break;
      }
      if (!/^(?:ADJ|PROPN|NUM|NOUN)$/.test(before.pos)) break;
    }
  });
  return found.sort((a, b) => a.from - b.from);
}

/** A simple past ("robbed", "shot"); not a participle in "-en" ("stolen", "beaten"), which is passive. */
function isPast(word: Word): boolean {
  return word.pos === 'VERB' && word.lower !== word.lemma && !/(?:ing|en|s)$/.test(word.lower);
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
    if (inPhrase && (word.pos === 'VERB' || word.pos === 'AUX')) inPhrase = false;
    if (word.pos === 'VERB' || word.pos === 'AUX') return i;
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

/**
 * A specific person as the subject and a predicate that asserts they did it or did not:
 * "Rashad Kemp did it", "after he shot his neighbor", "he's our porch pirate", "the kids who
 * jumped that man", "the driver, arrested at the scene, was drunk", "had nothing to do with it".
 * Not the neutral frame: "was arrested", "is charged with", "is suspected of"; not a denial
 * ("nobody is saying he did it") or a question.
 */
export const culpabilityClaim: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const question = isQuestion(sentence);
  const found: Found[] = [];
  for (const subject of subjects(sentence)) {
    // A question asks about its main clause; "after he shot his neighbor" inside it still asserts.
    if (
      question &&
      !/^(?:after|because|since|when|before|once)$/.test(words[subject.from - 1]?.lower ?? '')
    )
      continue;
    const head = words[subject.to];
    if (!head || POLICE.test(head.text)) continue;
    // "the same person", "an unknown man": nobody in particular.
    if (
      words
        .slice(subject.from, subject.to)
        .some((w) => /^(?:same|unknown|unidentified)$/.test(w.lower))
    )
      continue;
    const at = predicateAfter(sentence, subject);
    if (at === undefined) continue;
    if (isDeniedOrHypothetical(sentence, subject.from)) continue;
    const verb = words[at];
    if (!verb) continue;
    const next = words[at + 1];
    // "he shot his neighbor", "Kemp robbed the store", "they broke into nine cars", "has been
    // robbing people", "pulled the trigger"; not the passive "was robbed".
    let main = at;
    while (main < at + 3 && (words[main]?.pos === 'AUX' || words[main]?.pos === 'ADV')) main += 1;
    const mainVerb = words[main];
    const auxiliaries = words.slice(at, main);
    const passive =
      auxiliaries.some((w) => w.lemma === 'get') ||
      (auxiliaries.at(-1)?.lemma === 'be' &&
        mainVerb !== undefined &&
        !mainVerb.lower.endsWith('ing')) ||
      words[at - 1]?.lemma === 'be' ||
      words[at - 1]?.lemma === 'get';
    const active =
      mainVerb !== undefined &&
      mainVerb.pos === 'VERB' &&
      (isPast(mainVerb) || (main > at && mainVerb.lower.endsWith('ing')));
    // "allegedly stole", "reportedly shot": the hedge keeps it a suspicion.
    const hedged = words
      .slice(subject.to + 1, main)
      .some((w) => /^(?:allegedly|reportedly|apparently|possibly|may|might)$/.test(w.lower));
    if (mainVerb && active && !passive && !hedged) {
      const after = words[main + 1];
      const crime =
        CRIME_VERBS.has(mainVerb.lemma) ||
        (mainVerb.lemma === 'break' && after?.lower === 'into') ||
        (mainVerb.lemma === 'set' && /^(?:fire|the)$/.test(after?.lower ?? '')) ||
        (mainVerb.lemma === 'pull' &&
          words.slice(main + 1, main + 3).some((w) => w.lower === 'off' || w.lower === 'trigger'));
      if (crime && (PRONOUNS.has(head.lower) ? true : !/^suspects?$/i.test(head.text))) {
        const s = span(sentence, subject.from, clauseEnd(sentence, main, 5));
        if (s) found.push(s);
        continue;
      }
    }
    // "did it", "did this", "definitely did"
    if (
      verb.lemma === 'do' &&
      /^(?:it|this|that)$/.test(next?.lower ?? '') &&
      !words.slice(subject.to, at).some(isNegator)
    ) {
      const s = span(sentence, subject.from, at + 1);
      if (s) found.push(s);
      continue;
    }
    // "is our porch pirate", "was the shooter", "is the one who/responsible", "was drunk"
    if (verb.lemma === 'be' || /^['’]s$/.test(verb.text)) {
      const rest = words.slice(at + 1, at + 5);
      const negated = rest.slice(0, 1).some(isNegator);
      // "is our porch pirate", "was the shooter": only determiners and adjectives before the noun;
      // "a career firebug" speaks of character (pending prosecution), "booked on criminal…" is not.
      const offender = rest.findIndex(
        (w, k) =>
          OFFENDER_NOUNS.test(w.text) &&
          rest
            .slice(0, k)
            .every((x) => /^(?:DET|ADJ|ADV|PRON|NOUN)$/.test(x.pos) && x.lower !== 'career'),
      );
      const one = rest.findIndex(
        (w) =>
          w.lower === 'one' ||
          w.lower === 'ones' ||
          (PERSON_NOUNS.has(w.lower) && w.lower !== 'suspect'),
      );
      const state = rest.findIndex((w) => CULPABLE_STATE.test(w.text));
      const afterOne = one >= 0 ? words[at + 2 + one] : undefined;
      const end =
        offender >= 0
          ? at + 1 + offender
          : one >= 0 && afterOne && oneWhoDidIt(sentence, at + 2 + one)
            ? clauseEnd(sentence, at + 2 + one, 8)
            : state >= 0 && rest.slice(0, state).every((w) => w.pos === 'ADV' || isNegator(w))
              ? at + 1 + state
              : undefined;
      if (end !== undefined && !(negated && offender >= 0)) {
        const s = span(sentence, subject.from, end);
        if (s) found.push(s);
      }
    }
  }
  return found;
};

/** After "the one" or "the guy": "who did it", "responsible", "behind it", "who's been hitting". */
function oneWhoDidIt(sentence: Sentence, at: number): boolean {
  const word = sentence.words[at];
  if (!word) return false;
  if (/^(?:responsible|behind)$/.test(word.lower)) return true;
  if (word.lower !== 'who' && word.lower !== 'that') return false;
  let k = at + 1;
  // "who's been", "who has been", "that was"
  while (k < at + 4 && (sentence.words[k]?.pos === 'AUX' || sentence.words[k]?.pos === 'ADV'))
    k += 1;
  const verb = sentence.words[k];
  const next = sentence.words[k + 1];
  if (!verb) return false;
  if (verb.lemma === 'do' && /^(?:it|this|that)$/.test(next?.lower ?? '')) return true;
  const active = isPast(verb) || (verb.lower.endsWith('ing') && k > at + 1);
  return (
    verb.pos === 'VERB' &&
    active &&
    (CRIME_VERBS.has(verb.lemma) ||
      verb.lemma === 'start' ||
      verb.lemma === 'cause' ||
      (verb.lemma === 'break' && next?.lower === 'into'))
  );
}

/** "who spray painted the church", "the kids who jumped that man": a relative clause of a crime. */
export const relativeCrime: SentenceRule = (_text, sentence) => {
  if (isQuestion(sentence)) return [];
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (word.lower !== 'who') return;
    const antecedent = words
      .slice(Math.max(0, i - 4), i)
      .reverse()
      .find((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON');
    if (
      !antecedent ||
      POLICE.test(antecedent.text) ||
      /^(?:anyone|someone|anybody|somebody|people|residents|victims?|witness(?:es)?|you)$/i.test(
        antecedent.text,
      )
    )
      return;
    // "a driver who…" looking for someone unknown is the neutral appeal; "the kids who…" is not.
    const determiner = words.slice(Math.max(0, i - 5), i).find((w) => w.pos === 'DET');
    if (determiner && /^(?:a|an|any|some)$/i.test(determiner.lower)) return;
    for (let j = i + 1; j <= i + 3 && j < words.length; j += 1) {
      const verb = words[j];
      if (!verb) break;
      if (
        verb.pos === 'VERB' &&
        isPast(verb) &&
        (CRIME_VERBS.has(verb.lemma) || (verb.lemma === 'break' && words[j + 1]?.lower === 'into'))
      ) {
        const s = span(sentence, i, clauseEnd(sentence, j, 5));
        if (s) found.push(s);
        break;
      }
      if (verb.lemma === 'paint' && words[j - 1]?.lower === 'spray') {
        const s = span(sentence, i, clauseEnd(sentence, j, 5));
        if (s) found.push(s);
        break;
      }
      if (verb.pos !== 'ADV' && verb.pos !== 'AUX' && verb.lower !== 'spray') break;
    }
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
    const objectEnd = OBJECT_PRONOUNS.has(object.lower) ? i + 1 : people[0]?.to;
    if (objectEnd === undefined) return;
    const tail = words.slice(objectEnd + 1, objectEnd + 8);
    const act = tail.findIndex(
      (w, k) =>
        w.lower === 'camera' ||
        w.lower === 'video' ||
        w.lower === 'act' ||
        w.lower === 'red-handed' ||
        w.lower === 'hands' ||
        (k === 0 && w.pos === 'VERB' && w.lower.endsWith('ing')) ||
        (k === 0 && w.lower === 'at' && tail[1]?.pos === 'NUM'),
    );
    if (act === -1) return;
    const s = span(sentence, i, clauseEnd(sentence, objectEnd + 1 + act, 6));
    if (s) found.push(s);
  });
  return found;
};

/** "had absolutely nothing to do with": innocence asserted. */
export const innocenceClaim: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (
      word.lower === 'nothing' &&
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

/** Crimes a "ring" or "crew" is named by: "the burglary ring we broke up". */
const CRIME_NOUNS =
  /^(?:burglary|theft|robbery|drug|fraud|shoplifting|car|catalytic|package|mail|carjacking|smuggling|trafficking|scam|retail|porch)$/i;

/**
 * People named as the ones who did it without a verb of the crime: "the three teens responsible",
 * "the burglary ring we broke up", "caught the Eastside Strangler", "It was the Okonkwo twins
 * spray painting the underpass".
 */
export const namedAsCulprit: SentenceRule = (_text, sentence) => {
  if (isQuestion(sentence)) return [];
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    // "Police have arrested the one responsible", "Marcus Hale, the one responsible, was…";
    // not an appeal: "help us find the person responsible".
    if (
      word.lower === 'responsible' &&
      /^(?:one|person|man|woman|guy|individual|driver|ones|people)$/.test(
        words[i - 1]?.lower ?? '',
      ) &&
      words[i - 2]?.lower === 'the'
    ) {
      const clause = words.slice(Math.max(0, i - 8), i - 2);
      const appeal = clause.some((w) =>
        /^(?:find|finding|help|looking|seek|seeking|searching|know|knows|anyone|whoever|information|tips?|identify|locate)$/.test(
          w.lower,
        ),
      );
      if (!appeal && !isDeniedOrHypothetical(sentence, i - 2)) {
        const s = span(
          sentence,
          i - 2,
          words[i + 1]?.lower === 'for' ? clauseEnd(sentence, i + 1, 5) : i,
        );
        if (s) found.push(s);
      }
    }
    // "the three teens responsible" (not "anyone responsible" or "whoever is responsible")
    if (word.lower === 'responsible' && PERSON_NOUNS.has(words[i - 1]?.lower ?? '')) {
      for (let k = i - 2; k >= Math.max(0, i - 4); k -= 1) {
        const before = words[k];
        if (!before) break;
        if (/^(?:the|those|these)$/.test(before.lower)) {
          const s = span(sentence, k, i);
          if (s && !isDeniedOrHypothetical(sentence, k)) found.push(s);
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
  // "It was the Okonkwo twins (both 16) spray painting the underpass"
  const first = words[0];
  if (first?.lower === 'it' && words[1]?.lemma === 'be') {
    for (let k = 2; k < Math.min(words.length, 16); k += 1) {
      const verb = words[k];
      if (!verb || isClauseBreak(verb)) break;
      if (
        verb.pos === 'VERB' &&
        (verb.lower.endsWith('ing') || isPast(verb)) &&
        (CRIME_VERBS.has(verb.lemma) || (verb.lemma === 'paint' && words[k - 1]?.lower === 'spray'))
      ) {
        const s = span(sentence, 0, clauseEnd(sentence, k, 4));
        if (s) found.push(s);
        break;
      }
    }
  }
  return found;
};
