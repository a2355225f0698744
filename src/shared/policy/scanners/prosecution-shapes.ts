import type { Sentence, Word } from '../language/analysis';
import {
  DEFENDERS,
  EVIDENCE,
  PERSON_SUBJECT,
  isBeWord,
  isPersonObject,
  isStop,
} from '../language/court';
import { type Mention, namedPeople } from '../language/people';
import { clauseEnd, clauseStart, isDenied, isNegator } from '../language/words';
import type { Found, SentenceRule } from './sentence-rules';

/*
 * Pending prosecution (III.B.1.c), round three: shapes the blind eighth set wrote that the outlook
 * and family rules do not see. The defendant's record or character held up ("with a rap sheet
 * like his", "has prior convictions", "has shown us who he is", "good man, raised three kids");
 * evidence put on the defendant ("his prints were all over the window"); the defence said to have
 * nothing; the case attacked as unlawful ("they never had a warrant"); a jury forecast to be quick;
 * "it's over for her"; "this one ends in a conviction"; custody demanded ("let him sit until
 * trial", "throw him under the jail").
 */

const lower = (word: Word | undefined) => word?.lower ?? '';

/**
 * The span of a shape found at `from`..`to`, widened to the start of its clause (at most `back`
 * words before `from`) and on to the clause's end (at most `ahead` words after `to`): the loop
 * every rule here ends with.
 */
export function clauseSpan(
  sentence: Sentence,
  from: number,
  to: number,
  back = 4,
  ahead = 4,
): Found | undefined {
  const start = Math.max(clauseStart(sentence, from), from - back);
  const end = Math.min(clauseEnd(sentence, to, ahead), sentence.words.length - 1);
  const first = sentence.words[start];
  const last = sentence.words[end];
  return first && last && last.end > first.start
    ? { start: first.start, end: last.end }
    : undefined;
}

/** A defendant's case somewhere in the text: charges, an arrest, a court, a plea or a sentence. */
const CASE_IN_TEXT =
  /\b(?:charged|charges?|arrest(?:ed)?|booked|custody|court|trial|bond|bail|judge|jury|DA|prosecut\w*|plea|sentence|sentenced|probation|indict\w*|arraign\w*|convict\w*|defendant|suspect|lawyer|attorney|priors|rap\s+sheet)\b/i;

/** Evidence somewhere in the text: "The video is clear. It's game over for him." */
const EVIDENCE_IN_TEXT = new RegExp(`\\b(?:${[...EVIDENCE].join('|')})\\b`, 'i');

/**
 * A test of the whole text, remembered for the text last asked about: the rules ask it once per
 * sentence, and a long document must not make that a scan per sentence.
 */
function onText(pattern: RegExp): (text: string) => boolean {
  let last: string | undefined;
  let answer = false;
  return (text) => {
    if (text !== last) {
      last = text;
      answer = pattern.test(text);
    }
    return answer;
  };
}
const caseInText = onText(CASE_IN_TEXT);
const evidenceInText = onText(EVIDENCE_IN_TEXT);
const personInText = onText(/\b(?:him|her|he|she)\b/i);

/** The pending case, or a judgement of it, in words: what makes a record commentary. */
const CASE_NEAR =
  /\b(?:charged|charges?|arrest(?:ed)?|booked|custody|court|trial|bond|bail|judge|jury|DA|prosecut\w*|plea|deal|sentence[sd]?|probation|indict\w*|released?|letting|let|out|again|still|should|shouldn['’]t|never|streets?|surprised|shocked|how|why|this\s+time)\b|[?!]/i;

/** The sentence at hand and the one after it, in the paragraph's text. */
function caseNear(text: string, sentence: Sentence): boolean {
  const here = text.slice(sentence.start, sentence.end);
  if (CASE_NEAR.test(here)) return true;
  const rest = text.slice(sentence.end, sentence.end + 300);
  const next =
    /^[\s\S]*?[.!?](?=\s|$)|^[\s\S]+$/.exec(rest.replace(/^[\s.!?"”’)]+/, ''))?.[0] ?? '';
  return CASE_NEAR.test(next);
}

/** The department's own people and those it thanks: praise of them is not about a defendant. */
const OUR_PEOPLE =
  /^(?:officer|officers|deputy|deputies|sergeant|sgt|lieutenant|lt|chief|sheriff|detective|detectives|trooper|troopers|dispatcher|volunteer|volunteers|k9|k-9|partner|colleague|coach|teacher|firefighter|medic|nurse|neighbor|neighbour|citizen|resident|hero)$/;

/** A record as a person's: "his record", "a rap sheet like his", "her priors". */
const RECORD_NOUNS = /^(?:record|priors|rap|history|past|background|convictions|arrests)$/;
const OWNER = /^(?:his|her|their|a|that|this|the)$/;

function recordAt(words: readonly Word[], i: number): number | undefined {
  const w = lower(words[i]);
  if (w === 'rap' && /^(?:sheet|sheets)$/.test(lower(words[i + 1]))) return i + 1;
  if (w === 'priors') return i;
  if (
    /^(?:prior|previous|past|earlier)$/.test(w) &&
    /^(?:convictions?|arrests|record|offen[cs]es|felonies|duis?|dwis?|charges)$/.test(
      lower(words[i + 1]),
    )
  )
    return i + 1;
  if (
    /^(?:criminal|long|lengthy|extensive|violent)$/.test(w) &&
    /^(?:record|history|past|background)$/.test(lower(words[i + 1]))
  )
    return i + 1;
  return undefined;
}

/** "a long record of service", "a history of volunteering": a record of something not a crime. */
const ofNoCrime = (words: readonly Word[], rec: number) =>
  lower(words[rec + 1]) === 'of' &&
  !/^(?:arrests?|convictions?|violence|violent|crimes?|criminal|theft|thefts|assaults?|duis?|dwis?|drugs?|abuse|domestic|burglar\w*|robber\w*|fraud|offen[cs]es|felon\w*|stealing|dealing|break-ins)$/.test(
    lower(words[rec + 2]),
  );

/**
 * The defendant's record as commentary: "with a rap sheet like his, nobody is surprised", "with
 * his record, he should never drive again", "the 34-year-old charged Monday has prior
 * convictions", "given her history". Not "has no prior record" said of a witness? Any person's
 * record in a case is the defendant's; only "no record" and the department's own are left out.
 */
export const recordHeldUp: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    // "with his record", "given her history", "with a record like that"
    const framing = /^(?:with|given|considering)$/.test(word.lower);
    if (framing && OWNER.test(lower(words[i + 1]))) {
      let k = i + 2;
      // "his long criminal past": adjectives, but not the record word itself ("past" is tagged one).
      while (
        k <= i + 4 &&
        words[k]?.pos === 'ADJ' &&
        !RECORD_NOUNS.test(lower(words[k])) &&
        recordAt(words, k) === undefined
      )
        k += 1;
      const noun = lower(words[k]);
      const rec = recordAt(words, k) ?? (RECORD_NOUNS.test(noun) ? k : undefined);
      const poss = /^(?:his|her|their)$/.test(lower(words[i + 1]));
      const likeHis =
        lower(words[(rec ?? k) + 1]) === 'like' &&
        /^(?:his|hers|theirs|that|this|him|hers)$/.test(lower(words[(rec ?? k) + 2]));
      // "with a record" alone may be a vinyl record; "with his record" or "a record like his" is not.
      if (
        rec !== undefined &&
        (poss || likeHis || recordAt(words, k) !== undefined) &&
        !ofNoCrime(words, rec)
      ) {
        const span = clauseSpan(sentence, i, likeHis ? rec + 2 : rec, 0, 8);
        if (span) out.push(span);
        i = rec;
        continue;
      }
    }
    // "has prior convictions", "has a long record", "has eleven priors", "has a rap sheet"
    if (
      word.lemma === 'have' ||
      /^(?:['’]s|got)$/.test(word.lower) ||
      /^(?:rack|pile|amass|accumulate|collect|rack)$/.test(word.lemma) ||
      /^(?:racked|racking|piled|amassed|accumulated)$/.test(word.lower)
    ) {
      let k = lower(words[i + 1]) === 'up' ? i + 2 : i + 1;
      while (
        k <= i + 4 &&
        (/^(?:a|an|several|multiple|numerous|many|at|least|some|plenty|of|like|about|over|almost|nearly|only)$/.test(
          lower(words[k]),
        ) ||
          words[k]?.pos === 'NUM' ||
          (words[k]?.pos === 'ADJ' && recordAt(words, k) === undefined))
      )
        k += 1;
      const rec = recordAt(words, k);
      if (rec === undefined || isNegator(words[i + 1] ?? word) || ofNoCrime(words, rec)) continue;
      // A record stated alone is a booking fact; held up beside the case (in this sentence or
      // the next) it is commentary on it: "has eleven priors and they let him out again".
      if (!caseNear(text, sentence)) continue;
      if (words.slice(Math.max(0, i - 3), i).some((w) => isNegator(w))) continue;
      const from = clauseStart(sentence, i);
      const subject = words.slice(from, i).find((w) => /^(?:PRON|NOUN|PROPN)$/.test(w.pos));
      if (subject && (OUR_PEOPLE.test(subject.lower) || /^(?:we|you|i)$/.test(subject.lower)))
        continue;
      const span = clauseSpan(sentence, Math.max(from, i - 1), rec, 0, 4);
      if (span) out.push(span);
      i = rec;
    }
  }
  return out;
};

/** Good character claimed for the defendant: "good man", "sweet kid", "wouldn't hurt a fly". */
const PRAISE = /^(?:good|great|decent|kind|sweet|nice|gentle|honest|hardworking|loving|quiet)$/;
const PRAISED =
  /^(?:man|guy|kid|person|woman|boy|girl|father|dad|mother|mom|son|daughter|soul|family|husband|wife|young|human)$/;
/** Bad character asserted: "has shown us exactly who he is", "showed his true colors". */
function characterShownAt(words: readonly Word[], i: number): number | undefined {
  const w = words[i];
  if (!w) return undefined;
  if (/^(?:show|tell)$/.test(w.lemma) || /^(?:shown|showed|tells|told)$/.test(w.lower)) {
    for (let k = i + 1; k <= i + 4; k += 1) {
      const x = lower(words[k]);
      if (x === 'true' && /^(?:colou?rs|self|face)$/.test(lower(words[k + 1]))) return k + 1;
      if (
        x === 'who' &&
        /^(?:he|she|they)$/.test(lower(words[k + 1])) &&
        (isBeWord(words[k + 2]) || /^(?:really|truly)$/.test(lower(words[k + 2])))
      )
        return isBeWord(words[k + 2]) ? k + 2 : k + 3;
      if (x === 'what' && /^(?:kind|type|sort)$/.test(lower(words[k + 1]))) return k + 3;
      if (isStop(words[k])) break;
    }
  }
  return undefined;
}

/**
 * The defendant's character, good or bad: "This defendant has shown us exactly who he is", "Good
 * man, raised three kids alone", "she wouldn't hurt a fly", "he's a sweet kid". Only in a text about
 * a case, and not of the department's own people ("a good man and a great officer").
 */
export const characterClaimed: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  if (
    words.some(
      (w) =>
        OUR_PEOPLE.test(w.lower) ||
        (w.pos === 'PROPN' && /^(?:Officer|Deputy|Sgt|Chief)$/.test(w.text)),
    )
  )
    return out;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    const shown = characterShownAt(words, i);
    if (shown !== undefined) {
      const from = clauseStart(sentence, i);
      const who = words
        .slice(from, i)
        .some((x) => PERSON_SUBJECT.test(x.lower) || /^(?:this|that)$/.test(x.lower));
      if (who && !isDenied(sentence, i)) {
        const span = clauseSpan(sentence, i, shown, 4, 0);
        if (span) out.push(span);
        i = shown;
        continue;
      }
    }
    // "wouldn't hurt a fly"
    if (w.lemma === 'hurt' && lower(words[i + 1]) === 'a' && lower(words[i + 2]) === 'fly') {
      const span = clauseSpan(sentence, i, i + 2, 4, 0);
      if (span) out.push(span);
      i += 2;
      continue;
    }
    // "Good man, raised three kids", "he's a decent guy", "such a sweet kid"
    if (!PRAISE.test(w.lower) || !PRAISED.test(lower(words[i + 1]))) continue;
    const from = clauseStart(sentence, i);
    const before = words
      .slice(from, i)
      .filter((x) => !/^(?:a|an|such|really|very|so|the)$/.test(x.lower));
    const fragment = before.length === 0 && (from === 0 || isStop(words[from - 1]));
    const predicate =
      before.length >= 1 &&
      before.length <= 3 &&
      before.some((x) => /^(?:he|she|hes|shes|he['’]s|she['’]s)$/.test(x.lower)) &&
      before.some((x) => isBeWord(x) || /^(?:he['’]s|she['’]s|hes|shes)$/.test(x.lower));
    // A fragment needs a person meant in the text ("know him"), not a sign-off ("Good man!").
    if (!(fragment && personInText(text)) && !predicate) continue;
    if (fragment && isStop(words[i + 2]) && words[i + 2]?.text !== ',') continue;
    const span = clauseSpan(sentence, i, i + 1, 3, 5);
    if (span) out.push(span);
    i += 1;
  }
  return out;
};

/** Traces that put a person at a scene. */
const TRACES =
  /^(?:prints|fingerprints|print|fingerprint|dna|blood|footprints|handprints|shoeprints|hair|fibers|fibres|semen|saliva)$/;

/**
 * Evidence put on the defendant by the writer: "his prints were all over the back window", "her
 * DNA is on the knife", "his blood matched". Not "prints were collected at the scene".
 */
export const evidencePlaced: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !TRACES.test(w.lower)) continue;
    let owner = i - 1;
    if (lower(words[owner]) === 'shoe') owner -= 1;
    const poss =
      /^(?:his|her|their)$/.test(lower(words[owner])) ||
      /['’]s$/.test(words[owner]?.text ?? '') ||
      /^['’]s$/.test(words[owner]?.text ?? '');
    if (!poss) continue;
    let k = i + 1;
    // "were all over", "turned up on", "showed up everywhere", "was found in"
    while (
      k <= i + 4 &&
      (/^(?:were|was|is|are|be|been|all|everywhere|literally|also|up|turned|showed|found|ended)$/.test(
        lower(words[k]),
      ) ||
        /^(?:turn|show|end|find)$/.test(words[k]?.lemma ?? ''))
    ) {
      if (lower(words[k]) === 'everywhere') break;
      k += 1;
    }
    const at = lower(words[k]);
    const placed =
      at === 'everywhere' ||
      (at === 'over' && lower(words[k - 1]) === 'all') ||
      (/^(?:on|in|at|inside)$/.test(at) && k > i + 1) ||
      /^(?:match|matches|matched)$/.test(at);
    if (!placed || isDenied(sentence, i)) continue;
    const span = clauseSpan(sentence, owner, k, 2, 6);
    if (span) out.push(span);
    i = k;
  }
  return out;
};

/** The defence said to have nothing: "his lawyer has nothing to work with", "she's got no defense". */
export const defenceEmpty: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !DEFENDERS.has(w.lower)) continue;
    for (let k = i + 1; k <= i + 4 && k < words.length; k += 1) {
      const x = words[k];
      if (!x || isStop(x)) break;
      if (!(x.lemma === 'have' || /^(?:got|['’]s)$/.test(x.lower))) continue;
      const n = lower(words[k + 1]) === 'got' ? k + 2 : k + 1;
      const what = lower(words[n]);
      const empty =
        /^(?:nothing|nothin|zero|squat|nada)$/.test(what) ||
        (/^(?:no|little)$/.test(what) &&
          /^(?:case|defense|defence|chance|argument|leg|room|way|prayer)$/.test(
            lower(words[n + 1]),
          ));
      if (!empty) continue;
      const span = clauseSpan(sentence, i, n + 1, 2, 4);
      if (span) out.push(span);
      i = n;
      break;
    }
  }
  return out;
};

/** Verbs that report a claim as someone else's. */
const REPORTED =
  /^(?:argue|argues|argued|arguing|claim|claims|claimed|claiming|allege|alleges|alleged|contend|contends|says|said|motion|insists|maintains|according)$/;

/**
 * The case attacked as unlawful, the defence's argument made by the writer: "they never had a
 * warrant for the garage", "that search was illegal", "the confession was coerced", "cops planted
 * it". Not a lesson in the law: "officers need a warrant to search your home".
 */
export const caseAttacked: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    let at = -1;
    // "never had a warrant", "didn't have a warrant", "had no warrant", "didn't get a warrant"
    if (w.lower === 'warrant') {
      const back = words.slice(Math.max(0, i - 7), i);
      const past = back.some((x) => /^(?:had|did|didn|got|never|have)$/.test(x.lower));
      const denied = back.some((x) => isNegator(x) || x.lower === 'nt');
      const subject = back.some((x) =>
        /^(?:they|cops|police|officers|detectives|deputies)$/.test(x.lower),
      );
      if (
        past &&
        denied &&
        subject &&
        !back.some((x) => /^(?:need|needs|require|can|may)$/.test(x.lower))
      )
        at = i;
    }
    // "illegal search", "searched illegally", "search was illegal", "coerced confession", "planted evidence"
    if (
      /^(?:illegal|illegally|unconstitutional|unlawful|coerced|planted|forced|bogus|trumped)$/.test(
        w.lower,
      ) &&
      words
        .slice(Math.max(0, i - 3), i + 3)
        .some((x) =>
          /^(?:search|searched|stop|stopped|confession|evidence|it|drugs|gun|arrest|arrested|charges|up)$/.test(
            x.lower,
          ),
        )
    ) {
      // "trumped up" needs its "up"; "forced" needs a confession.
      if (w.lower === 'trumped' && lower(words[i + 1]) !== 'up') continue;
      if (
        w.lower === 'forced' &&
        !words.slice(Math.max(0, i - 3), i + 3).some((x) => x.lower === 'confession')
      )
        continue;
      // "It is illegal to …" teaches the law.
      if (lower(words[i + 1]) === 'to') continue;
      at = i;
    }
    // "never read him his rights", "didn't Mirandize her"
    if (
      (w.lemma === 'read' &&
        isPersonObject(words[i + 1]) &&
        /^(?:his|her|their)$/.test(lower(words[i + 2]))) ||
      /^mirandi[sz]e/.test(w.lower)
    ) {
      if (words.slice(Math.max(0, i - 4), i).some((x) => isNegator(x) || x.lower === 'nt')) at = i;
    }
    if (at === -1) continue;
    // "His attorney argues the search was illegal": the defence's claim reported, not made.
    if (
      words
        .slice(Math.max(0, at - 10), at)
        .some((x) => REPORTED.test(x.lower) || (DEFENDERS.has(x.lower) && x.pos === 'NOUN'))
    )
      continue;
    const span = clauseSpan(sentence, at, at, 5, 5);
    if (span) out.push(span);
    i = at;
  }
  return out;
};

const JURORS = /^(?:jury|juries|jurors|juror)$/;
const SHORT = /^(?:minutes?|seconds?|hours?|long|tops|lunch|flat|nothing|time)$/;

/**
 * A jury forecast to be quick: "jury will be out 10 minutes tops", "the jurors won't need an hour",
 * "twelve people are gonna be back before lunch". Not "the jury will return Monday".
 */
export const juryQuick: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    const twelve =
      /^(?:twelve|12)$/.test(w.lower) && /^(?:people|folks|men|women)$/.test(lower(words[i + 1]));
    if (!JURORS.test(w.lower) && !twelve) continue;
    let modal = -1;
    for (let k = i + 1; k <= i + 4; k += 1)
      if (/^(?:will|['’]ll|ll|gonna|going|wo|wont|would)$/.test(lower(words[k]))) {
        modal = k;
        break;
      }
    if (modal === -1) continue;
    let verb = -1;
    for (let k = modal + 1; k <= modal + 4; k += 1) {
      const x = words[k];
      if (!x || isStop(x)) break;
      if (
        (x.lower === 'out' && isBeWord(words[k - 1])) ||
        (x.lower === 'back' && isBeWord(words[k - 1])) ||
        /^(?:deliberate|need|take|return|decide)$/.test(x.lemma)
      ) {
        verb = k;
        break;
      }
    }
    if (verb === -1) continue;
    const short = words.slice(verb + 1, verb + 6).findIndex((x) => SHORT.test(x.lower));
    if (short === -1) continue;
    // "will return Monday for more testimony": a time of day is a schedule, a duration is a forecast.
    const dur = verb + 1 + short;
    const d = words[dur];
    if (
      d &&
      /^(?:minutes?|seconds?|hours?)$/.test(d.lower) &&
      !/^(?:NUM|DET)$/.test(words[dur - 1]?.pos ?? '') &&
      !/^(?:an?|few|couple)$/.test(lower(words[dur - 1]))
    )
      continue;
    const span = clauseSpan(sentence, i, dur, 2, 2);
    if (span) out.push(span);
    i = dur;
  }
  return out;
};

/** A conviction, a plea, an acquittal: the outcomes a case ends in. */
const CASE_ENDS =
  /^(?:conviction|convictions|acquittal|plea|verdict|mistrial|dismissal|prison|jail|sentence|hung)$/;

/**
 * The case's end called: "this one ends in a conviction", "it's over for her", "game over for
 * him", "he's done for", "headed for a guilty verdict". Not "the season is over" (no person, no case).
 */
export const caseEndCalled: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    // "ends in a conviction", "will end with a guilty plea", "headed for a conviction"
    if (
      (w.lemma === 'end' && /^(?:in|with)$/.test(lower(words[i + 1]))) ||
      (/^(?:headed|heading)$/.test(w.lower) && /^(?:for|toward|towards)$/.test(lower(words[i + 1])))
    ) {
      const noun = words.slice(i + 2, i + 5).findIndex((x) => CASE_ENDS.test(x.lower));
      // The tagger calls "ends" a noun; "loose ends", "the ends" are nouns indeed.
      if (noun !== -1 && !/^(?:the|loose|both|odds|dead|its|their)$/.test(lower(words[i - 1]))) {
        const end = i + 2 + noun;
        // "the trial ended in a mistrial Tuesday" is a fact of record.
        if (w.lower === 'ended') continue;
        const span = clauseSpan(sentence, i, end, 3, 1);
        if (span && !isDenied(sentence, i)) out.push(span);
        i = end;
        continue;
      }
    }
    // "it's over for her", "game over for him"
    if (
      w.lower === 'over' &&
      lower(words[i + 1]) === 'for' &&
      isPersonObject(words[i + 2]) &&
      (isBeWord(words[i - 1]) ||
        lower(words[i - 1]) === 'game' ||
        (lower(words[i - 1]) === 'all' && isBeWord(words[i - 2]))) &&
      (caseInText(text) || evidenceInText(text))
    ) {
      const span = clauseSpan(sentence, i, i + 2, 3, 0);
      if (span) out.push(span);
      i += 2;
      continue;
    }
    // "he's done for"
    if (
      w.lower === 'done' &&
      lower(words[i + 1]) === 'for' &&
      isStop(words[i + 2]) &&
      isBeWord(words[i - 1]) &&
      PERSON_SUBJECT.test(lower(words[i - 2]))
    ) {
      const span = clauseSpan(sentence, i - 2, i + 1, 0, 0);
      if (span) out.push(span);
      i += 1;
    }
  }
  return out;
};

/**
 * Custody demanded: "Let him sit until trial", "let her rot in there", "throw him under the jail",
 * "keep him in a cell". Not "let him know" or "keep her in our thoughts".
 */
export const custodyDemanded: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !/^(?:VERB|AUX|NOUN|PROPN)$/.test(w.pos)) continue;
    // "him", "her", or "that man", "the guy": the object may take two words.
    const o = isPersonObject(words[i + 1])
      ? 1
      : /^(?:that|this|the)$/.test(lower(words[i + 1])) &&
          /^(?:man|guy|dude|woman|lady|kid|animal|monster|thug|creep|clown|scumbag)$/.test(
            lower(words[i + 2]),
          )
        ? 2
        : 0;
    if (o === 0) continue;
    const b = i + o - 1;
    let end = -1;
    const v = lower(words[b + 2]);
    if (
      w.lemma === 'let' &&
      /^(?:sit|stew|sweat|wait|rot|stay|stews|sits)$/.test(v) &&
      (isStop(words[b + 3]) ||
        /^(?:until|till|til|in|behind|there|inside|and)$/.test(lower(words[b + 3])))
    )
      end = clauseEnd(sentence, b + 2, 4);
    // "under the jail", "under the prison": the idiom for a sentence without end.
    if (
      /^(?:throw|put|bury|lock|send)$/.test(w.lemma) &&
      v === 'under' &&
      /^(?:jail|prison)$/.test(lower(words[b + 4]))
    )
      end = b + 4;
    // "keep him in jail", "keep her in a cell until trial"
    if (
      /^(?:keep|hold|leave)$/.test(w.lemma) &&
      v === 'in' &&
      (/^(?:jail|prison|lockup|custody)$/.test(lower(words[b + 3])) ||
        (/^(?:a|the)$/.test(lower(words[b + 3])) &&
          /^(?:cell|cage|jail)$/.test(lower(words[b + 4])))) &&
      (i === clauseStart(sentence, i) ||
        words
          .slice(Math.max(0, i - 4), i)
          .some((x) => /^(?:should|must|need|needs|better|hope|please|just)$/.test(x.lower)))
    )
      end = clauseEnd(sentence, b + 3, 4);
    if (end === -1) continue;
    const span = clauseSpan(sentence, i, end, 2, 0);
    if (span) out.push(span);
    i = end;
  }
  return out;
};

/** A wrongdoing that can be a habit: "has been running cons since the '90s". */
const HABIT =
  /^(?:steal|scam|con|rob|deal|cheat|defraud|prey|terrorize|terrorise|abuse|harass|hustle|swindle|burglarize|victimize|sell|break|beat|bully)$/;
const HABIT_OBJECT = /^(?:cons|scams|schemes|drugs|dope|games|racket|rackets|scam|con)$/;

/** The verb of an -ing word the tagger does not know: "scamming" is left as its own lemma. */
function ingStem(word: Word): string {
  if (word.lemma !== word.lower || !/ing$/.test(word.lower)) return word.lemma;
  const stem = word.lower.slice(0, -3);
  return /([bcdfglmnprtv])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * The defendant's character over time in a verb: "Albrecht has been running cons since the '90s",
 * "he's been dealing for years", "she has been scamming old people her whole life". Needs the
 * time frame: "has been selling cars for years" is only a job when nothing wrong is done.
 */
export const habitOverTime: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  let named: Mention[] | undefined;
  for (let i = 0; i < words.length; i += 1) {
    if (lower(words[i]) !== 'been') continue;
    const verb = words[i + 1];
    if (!verb || !/ing$/.test(verb.lower)) continue;
    const obj = lower(words[i + 2]);
    const lemma = ingStem(verb);
    const wrong =
      (HABIT.test(lemma) &&
        (lemma !== 'sell' || HABIT_OBJECT.test(obj)) &&
        (lemma !== 'break' || obj === 'into') &&
        (lemma !== 'deal' ||
          HABIT_OBJECT.test(obj) ||
          isStop(words[i + 2]) ||
          /^(?:for|since)$/.test(obj))) ||
      (/^(?:run|pull|play)$/.test(lemma) && HABIT_OBJECT.test(obj));
    if (!wrong) continue;
    const tail = words.slice(i + 2, i + 9);
    const frame = tail.findIndex(
      (x, k) =>
        x.lower === 'since' ||
        (x.lower === 'for' && /^(?:years|decades|ages|a)$/.test(lower(tail[k + 1]))) ||
        (/^(?:whole|entire)$/.test(x.lower) && /^(?:life|career|adult)$/.test(lower(tail[k + 1]))),
    );
    if (frame === -1) continue;
    named ??= namedPeople(sentence).filter((p) => !p.titled);
    const from = clauseStart(sentence, i);
    const person =
      words.slice(from, i).some((x) => PERSON_SUBJECT.test(x.lower)) ||
      named.some((p) => p.to < i && p.to >= from - 1);
    if (!person) continue;
    const span = clauseSpan(sentence, Math.max(from, i - 3), i + 2 + frame, 0, 3);
    if (span) out.push(span);
    i += 2 + frame;
  }
  return out;
};

/** What a gloater waits to see: a trial, a sentence, a defendant squirming. */
const GLOATED =
  /^(?:trial|sentencing|sentenced|convicted|verdict|squirm|squirming|sweat|sweating|cuffs|bars|jail|prison|cell|locked)$/;

/**
 * Outcomes wished in other words: "can't wait to see him squirm at trial", "we'll make sure she
 * never hurts anyone again". Not "can't wait for National Night Out", not "make sure your kids
 * never ride without a helmet again" (no case, or no defendant).
 */
export const outcomeRelished: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    // "can't wait", "cannot wait", "cant wait"
    if (
      w.lower === 'wait' &&
      words.slice(Math.max(0, i - 2), i).some((x) => /^(?:ca|can|cant|cannot)$/.test(x.lower)) &&
      words
        .slice(Math.max(0, i - 2), i)
        .some((x) => isNegator(x) || /^(?:cant|cannot)$/.test(x.lower))
    ) {
      const seen = words.slice(i + 1, i + 9).findIndex((x) => GLOATED.test(x.lower));
      // The defendant must be the one watched: "can't wait for the trial" alone is eagerness.
      const watched = words.slice(i + 1, i + 1 + Math.max(0, seen)).some(isPersonObject);
      if (seen !== -1 && watched) {
        const span = clauseSpan(sentence, i, i + 1 + seen, 3, 2);
        if (span) out.push(span);
        i += 1 + seen;
      }
      continue;
    }
    // "make sure he never hurts anyone again", "ensure she never sees daylight"
    const sure =
      (w.lemma === 'make' && lower(words[i + 1]) === 'sure') || w.lemma === 'ensure' ? i : -1;
    if (sure === -1) continue;
    const p = w.lemma === 'make' ? i + 2 : i + 1;
    const q = lower(words[p]) === 'that' ? p + 1 : p;
    if (!/^(?:he|she)$/.test(lower(words[q]))) continue;
    const tail = words.slice(q + 1, q + 9);
    if (!tail.some((x) => isNegator(x) || x.lower === 'nt')) continue;
    const end = tail.findIndex((x) =>
      /^(?:again|free|out|daylight|streets|anyone|anybody)$/.test(x.lower),
    );
    if (end === -1 || !caseInText(text)) continue;
    const span = clauseSpan(sentence, i, q + 1 + end, 3, 2);
    if (span) out.push(span);
    i = q + 1 + end;
  }
  return out;
};
