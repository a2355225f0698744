import type { Sentence, Word } from '../language/analysis';
import { isStop, pleaEntered } from '../language/court';
import { namedPeople } from '../language/people';
import {
  clauseEnd,
  clauseStart,
  isDenied,
  isDeniedOrHypothetical,
  isNegator,
} from '../language/words';
import { isYesNoQuestion } from './prosecution-outlook';
import type { Found, SentenceRule } from './sentence-rules';

/** What a case is made of: said to be strong or weak, it is commentary on the prosecution. */
const CASE_NOUNS = new Set([
  'evidence',
  'case',
  'proof',
  'video',
  'footage',
  'dna',
  'result',
  'results',
  'print',
  'prints',
  'fingerprint',
  'fingerprints',
  'witness',
  'witnesses',
  'testimony',
  'alibi',
  'charge',
  'charges',
  'story',
  'bodycam',
]);

/** How strong or weak a case is said to be. */
const STRENGTH = new Set([
  'strong',
  'stronger',
  'strongest',
  'weak',
  'weaker',
  'overwhelming',
  'airtight',
  'air-tight',
  'solid',
  'ironclad',
  'damning',
  'compelling',
  'conclusive',
  'undeniable',
  'indisputable',
  'flimsy',
  'thin',
  'shaky',
  'bulletproof',
  'watertight',
  'unbeatable',
  'rock-solid',
  'circumstantial',
]);

/** Set phrases that judge a case: "a slam dunk", "open and shut", "says otherwise". */
const VERDICT_PHRASES =
  /^(?:slam[- ]?dunk|open[- ]and[- ]shut|says\s+otherwise|speaks\s+for\s+itself|doesn['’]t\s+lie|don['’]t\s+lie|all\s+on\s+(?:video|camera|tape))\b/i;

/** Outcomes only a court decides: predicting or wishing one is commentary. */
const OUTCOMES = new Set(['convict', 'acquit', 'exonerate', 'fold', 'walk', 'rot', 'fry']);

/** "beat this", "take a deal", "see daylight", "lock him up", "go away": outcomes in two words. */
function outcomeAt(words: readonly Word[], i: number): number | undefined {
  const word = words[i];
  const next = words[i + 1];
  const then = words[i + 2];
  if (!word) return undefined;
  // "she's gonna walk because she's rich", "they'll skate": a bare walk or skate right after a
  // future word is an acquittal forecast; "will walk in the 5K", "walk to the car" go somewhere.
  if (
    (word.lemma === 'walk' || word.lemma === 'skate') &&
    /^(?:gonna|['’]ll|will|walk|to)$/.test(words[i - 1]?.lower ?? '') &&
    (words[i - 1]?.lower !== 'to' || /^(?:going|gonna)$/.test(words[i - 2]?.lower ?? '')) &&
    (isStop(next) ||
      /^(?:because|cause|cuz|since|again|on|with|scot|watch|lol|smh|and|for|just|like)$/.test(
        next?.lower ?? '',
      )) &&
    !(word.lemma === 'walk' && /^(?:on|with|for|and|like|just)$/.test(next?.lower ?? ''))
  )
    return i;
  if (OUTCOMES.has(word.lemma)) {
    // "he'll walk free"; "walked away from her home" is a missing person, not a verdict.
    if (word.lemma === 'walk')
      // "walk out with your keys in hand", "walk out of the store": leaving a place.
      return /^(?:free|away|out)$/.test(next?.lower ?? '') &&
        word.lower !== 'walked' &&
        next?.lower !== 'away' &&
        !(next?.lower === 'out' && /^(?:with|to|into|onto|through)$/.test(then?.lower ?? ''))
        ? i + 1
        : undefined;
    return i;
  }
  if (word.lemma === 'beat' && /^(?:this|it|the|these|that)$/.test(next?.lower ?? '')) return i + 1;
  if (
    word.lemma === 'take' &&
    /^(?:a|the)$/.test(next?.lower ?? '') &&
    /^(?:deal|plea)$/.test(then?.lower ?? '')
  )
    return i + 2;
  if (word.lemma === 'plead' && /^(?:out|guilty)$/.test(next?.lower ?? '')) return i + 1;
  if (word.lemma === 'see' && /^(?:daylight|freedom)$/.test(next?.lower ?? '')) return i + 1;
  if (word.lemma === 'lock' && /^(?:him|her|them)$/.test(next?.lower ?? '') && then?.lower === 'up')
    return i + 2;
  // "going away for a long time"; not "Going away for spring break?" (round fifteen)
  if (
    word.lemma === 'go' &&
    next?.lower === 'away' &&
    /^(?:for|forever)$/.test(then?.lower ?? '') &&
    !words
      .slice(i + 3, i + 6)
      .some((w) =>
        /^(?:spring|summer|winter|vacation|college|camp|work|school|break|christmas|thanksgiving|holidays?|weekend|week|trip|honeymoon)$/.test(
          w.lower,
        ),
      )
  )
    return i + 2;
  if (word.lemma === 'get' && /^(?:off|life|convicted|acquitted)$/.test(next?.lower ?? ''))
    return i + 1;
  // "get the max", "get 20 years"; not "get 3 months free" of a subscription (round nineteen)
  if (
    word.lemma === 'get' &&
    ((next?.lower === 'the' && /^(?:max|maximum|chair|needle|book)$/.test(then?.lower ?? '')) ||
      (next?.pos === 'NUM' &&
        /^(?:years?|months?)$/.test(then?.lower ?? '') &&
        !/^(?:free|off|trial|of)$/.test(words[i + 3]?.lower ?? '')))
  )
    return i + 2;
  // "Hope the judge gives him the max"
  if (
    word.lemma === 'give' &&
    /^(?:him|her|them)$/.test(next?.lower ?? '') &&
    ((then?.lower === 'the' &&
      /^(?:max|maximum|chair|needle|book)$/.test(words[i + 3]?.lower ?? '')) ||
      then?.lower === 'life' ||
      (then?.pos === 'NUM' && /^(?:years?)$/.test(words[i + 3]?.lower ?? '')))
  )
    return i + 3;
  // "no judge is going to let him walk"
  if (
    word.lemma === 'let' &&
    /^(?:him|her|them)$/.test(next?.lower ?? '') &&
    /^(?:walk|go|off|out)$/.test(then?.lower ?? '')
  )
    return i + 2;
  // "he's going down for sure"
  if (word.lower === 'going' && next?.lower === 'down' && isBe(words[i - 1])) return i + 1;
  // "He's looking at 20 years minimum"
  if (
    word.lower === 'looking' &&
    next?.lower === 'at' &&
    (then?.pos === 'NUM' || then?.lower === 'life') &&
    isBe(words[i - 1])
  )
    return Math.min(words.length - 1, i + 4);
  // "which is exactly where he belongs" (in prison, on trial as an adult)
  if (
    word.lemma === 'belong' &&
    words.slice(Math.max(0, i - 3), i).some((w) => w.lower === 'where') &&
    // Behind bars, in a cell, on trial: "keep her in Springfield where she belongs" is a place.
    words.some((w) =>
      /^(?:jail|prison|bars|cell|cage|custody|locked|lockup|court|trial|adult|adults|pen|inside)$/.test(
        w.lower,
      ),
    )
  )
    return i;
  // "a jury's going to see that", "twelve jurors will see right through his lies"
  // The verb comes after the modal: "no matter what the court decides, we will" forecasts nothing.
  const modal = words
    .slice(i + 1, i + 5)
    .findIndex((w) => /^(?:will|['’]ll|['’]s|is|are|gonna|going|would|should)$/i.test(w.text));
  if (
    /^(?:jury|jurors|judge|court)$/.test(word.lower) &&
    modal !== -1 &&
    words
      .slice(i + 2 + modal, i + 7)
      .some((w) => /^(?:see|agree|convict|find|believe|decide|acquit|buy)$/.test(w.lemma))
  )
    return clauseEnd(sentence0(words), i, 8);
  if (word.lemma === 'be' && /^(?:convicted|acquitted|exonerated)$/.test(next?.lower ?? ''))
    return i + 1;
  // "we fully expect a jury to see that", "we expect prosecutors to ask for the maximum"
  if (word.lemma === 'expect') {
    const party = [next, then].findIndex((w) =>
      /^(?:jury|judge|court|prosecutors?|DA|D\.A\.)$/i.test(w?.text ?? ''),
    );
    // "We expect the prosecutor to add charges": a charging step forecast, not the outcome.
    const step = [next, then, words[i + 3], words[i + 4]].findIndex((w) => w?.lower === 'to');
    const stepVerb = step === -1 ? undefined : words[i + 2 + step];
    if (party !== -1 && !(stepVerb && CHARGING_STEPS.test(stepVerb.lemma))) return i + 1 + party;
  }
  return undefined;
}

/** Charging and scheduling steps a party may be expected to take: forecasting one is not an outcome. */
const CHARGING_STEPS =
  /^(?:add|file|bring|amend|upgrade|present|review|decide|announce|request|schedule|set|charge)$/;

/** "is", "was", "'s", "’re": wink lemmatises the contracted forms only sometimes. */
const isBe = (word: Word | undefined) =>
  word !== undefined && (word.lemma === 'be' || /^['’](?:s|re|m)$/.test(word.text));

const lower = (word: Word | undefined) => word?.lower ?? '';

const sentence0 = (words: readonly Word[]): Sentence => ({ start: 0, end: 0, words });

/** Words that make a clause a prediction or a wish rather than a fact. */
const PREDICTING =
  /^(?:['’]d|shocked|surprised|belongs?|looking|going|will|['’]ll|wo|won['’]t|would|should|must|gonna|going|hopefully|hope|expect|expects|expecting|lucky|bet|way|never|better|deserves?|can['’]t|cannot)$/i;

function found(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[from];
  const last = sentence.words[to];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * The strength of a case said aloud: a case word and a judgement of it in one clause ("the
 * evidence against him is about as strong as it gets", "lab results make this a slam dunk",
 * "the DNA says otherwise").
 */
export const caseStrength: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    // A set phrase's last word is found by where the phrase ends in the text: the parser splits
    // "doesn't" and "slam-dunk" into more words than spaces do.
    const setPhrase = STRENGTH.has(word.lower)
      ? undefined
      : VERDICT_PHRASES.exec(text.slice(word.start, word.start + 30))?.[0];
    const phraseEnd = setPhrase === undefined ? -1 : word.start + setPhrase.length;
    const judged = STRENGTH.has(word.lower)
      ? i
      : setPhrase !== undefined
        ? i +
          Math.max(
            0,
            words.slice(i).findIndex((w) => w.end >= phraseEnd),
          )
        : undefined;
    if (judged === undefined) continue;
    // "presumed innocent until a jury says otherwise": the presumption, not the case judged
    if (
      setPhrase !== undefined &&
      /^says/i.test(setPhrase) &&
      /\b(?:until|unless|till)\s+(?:[\w']+\s+){0,5}?(?:jury|judge|court|peers)\b[^.!?]*$/i.test(
        text.slice(Math.max(0, word.start - 48), word.start),
      )
    )
      continue;
    const from = clauseStart(sentence, i);
    // "built an airtight case", "overwhelming evidence": the judgement before the case word.
    const nextWord = words[i + 1];
    if (
      STRENGTH.has(word.lower) &&
      nextWord &&
      CASE_NOUNS.has(nextWord.lower) &&
      !/^(?:for|of)$/.test(words[i + 2]?.lower ?? '')
    ) {
      const span = found(sentence, Math.max(from, i - 2), i + 1);
      if (span && !isDeniedOrHypothetical(sentence, i)) out.push(span);
      i += 1;
      continue;
    }
    const caseWord = words
      .slice(Math.max(from, i - 10), i)
      .findIndex((w) => CASE_NOUNS.has(w.lower));
    const phrase = !STRENGTH.has(word.lower);
    // "a slam dunk" and "open and shut" judge a case on their own; "strong" needs the case word.
    if (caseWord === -1 && !phrase) continue;
    // "a strong case for wearing helmets" is not a prosecution; "case" then needs a court word.
    if (
      caseWord !== -1 &&
      /^(?:for|of)$/.test(words[judged + 2]?.lower ?? '') &&
      !/\b(?:jury|trial|court|charges?|DA|prosecut\w*|convict\w*)\b/i.test(
        text.slice(sentence.start, sentence.end),
      )
    )
      continue;
    if (isDeniedOrHypothetical(sentence, i)) continue;
    const start = caseWord === -1 ? Math.max(from, i - 3) : Math.max(from, i - 10) + caseWord;
    const span = found(
      sentence,
      Math.max(from, start - (words[start - 1]?.pos === 'DET' ? 1 : 0)),
      phrase ? judged : clauseEnd(sentence, judged, 3),
    );
    if (span) out.push(span);
    i = judged;
  }
  return out;
};

/**
 * A predicted or wished-for outcome: "he'll fold and take a deal", "no jury in this county is
 * going to acquit her", "he'll be lucky to see daylight", "the judge finally locks him up for
 * good". Not a court date: "is scheduled to be sentenced Monday" predicts nothing.
 */
export const predictedOutcome: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (isYesNoQuestion(sentence)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const end = outcomeAt(words, i);
    if (end === undefined) continue;
    const from = clauseStart(sentence, i);
    const clause = words.slice(from, i);
    if (clause.some((w) => /^(?:scheduled|set|due|expected)$/.test(w.lower))) continue;
    if (pleaEntered(words)) continue;
    const predicting =
      words[i]?.lemma === 'expect' ||
      /^(?:jury|jurors|judge|court|belong|looking|going)$/.test(words[i]?.lemma ?? '') ||
      /^(?:jury|jurors|judge|court|looking|going)$/.test(words[i]?.lower ?? '') ||
      clause.some((w) => PREDICTING.test(w.text) || w.lower === 'no') ||
      // "Lock him up and lose the key": an imperative that starts the clause is a demand.
      (i === from && words[i]?.pos === 'VERB' && words[i]?.lower === words[i]?.lemma);
    // "we'd be shocked if he doesn't get the max" still predicts; "nobody is predicting" denies.
    if (!predicting || isDenied(sentence, i)) continue;
    const span = found(sentence, Math.max(from, i - 6), clauseEnd(sentence, end, 5));
    if (span) out.push(span);
    i = end;
  }
  return out;
};

/** Words that judge a defendant's character rather than report a fact about them. */
const CHARACTER =
  /^(?:career|menace|monster|predator|scum|scumbag|lowlife|animal|evil|dangerous|danger|trash|degenerate|psychopath|sociopath|remorse|remorseless)$/i;
const PERSON = /^(?:he|she|they|man|guy|woman|dude|defendant|suspect|arrestee|him|her)$/i;
/** "a career thief", not "a career police officer". */
const CAREER_OF =
  /^(?:criminal|thief|burglar|offender|felon|crook|con|conman|dealer|firebug|arsonist|shoplifter|scammer|fraudster|robber|car|drunk|liar)$/i;

/**
 * The defendant's character: "He's a career firebug who has never once shown remorse", "Man is
 * a career thief", "is never going to change".
 */
export const defendantCharacter: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  const named = namedPeople(sentence).filter((p) => !p.titled);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    // "never going to change", "will never change"
    if (
      word.lemma === 'change' &&
      words.slice(Math.max(0, i - 4), i).some((w) => w.lower === 'never')
    ) {
      const from = words
        .slice(Math.max(0, i - 4), i)
        .findIndex((w) => w.lemma === 'be' || w.lower === 'will' || w.lower === 'never');
      const span = found(sentence, Math.max(0, i - 4) + Math.max(0, from), i);
      if (span) out.push(span);
      continue;
    }
    // Lower case only: "Animal Services" is a place; so is "the city animal shelter".
    if (!CHARACTER.test(word.text) || word.titlecase) continue;
    if (word.lower === 'animal' && words[i + 1]?.pos === 'NOUN') continue;
    // "should be considered armed and dangerous": the warning on a wanted notice, not a judgement.
    if (
      /^(?:dangerous|danger)$/.test(word.lower) &&
      (lower(words[i - 2]) === 'armed' ||
        words
          .slice(clauseStart(sentence, i), i)
          .some((w) => /^(?:considered|presumed|treated)$/.test(w.lower)))
    )
      continue;
    if (word.lower === 'career' && !CAREER_OF.test(words[i + 1]?.text ?? '')) continue;
    // "He is a dangerous driver when he texts": a condition makes it a safety lesson, not a person.
    if (words.slice(i + 1, i + 5).some((w) => /^(?:when|whenever|if)$/.test(w.lower))) continue;
    const from = clauseStart(sentence, i);
    const be = words
      .slice(from, i)
      .findIndex((w) => w.lemma === 'be' || /^['’]s$/.test(w.text) || w.lemma === 'show');
    if (be === -1) continue;
    // One person takes "is"; "Roads are glazed and dangerous" is not a defendant.
    const plural = /^(?:are|were|['’]re)$/i.test(words[from + be]?.text ?? '');
    const subject =
      words.slice(from, from + be).some((w) => PERSON.test(w.text)) ||
      (!plural && named.some((p) => p.to < from + be && p.to >= from));
    if (!subject || isNegator(words[from + be + 1] ?? word)) continue;
    if (
      word.lower === 'remorse' &&
      !words.slice(from, i).some((w) => w.lower === 'never' || w.lower === 'no')
    )
      continue;
    const span = found(sentence, from, clauseEnd(sentence, i, word.lower === 'career' ? 1 : 0));
    if (span) out.push(span);
  }
  return out;
};

/** "a quick trial and a long sentence", "lose the key": what the writer wants the court to do. */
export const sentencingWish: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (
      (/^(?:long|harsh|stiff|tough|maximum|max|lengthy)$/.test(word.lower) &&
        /^(?:sentence|prison|time)$/.test(next?.lower ?? '')) ||
      (/^(?:quick|swift|speedy)$/.test(word.lower) &&
        /^(?:trial|conviction)$/.test(next?.lower ?? '')) ||
      (/^(?:lose|throw)$/.test(word.lemma) &&
        /^(?:the|away)$/.test(next?.lower ?? '') &&
        words.slice(i + 1, i + 4).some((w) => w.lower === 'key'))
    ) {
      const span = found(
        sentence,
        Math.max(clauseStart(sentence, i), i - 4),
        Math.min(words.length - 1, i + (next?.lower === 'away' ? 3 : 1)),
      );
      if (span) out.push(span);
    }
  });
  return out;
};
