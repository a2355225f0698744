import type { Sentence, Word } from '../language/analysis';
import {
  CRIME_TOLD,
  crimeLemma,
  crimePredicateEnd,
  isCrimeNominal,
  isCrimeNoun,
} from '../language/crime';
import { STAFF_TITLE_OPENING, namedPeople } from '../language/people';
import { clauseEnd, isClauseBreak, isDeniedOrHypothetical, isNegator } from '../language/words';
import { OFFENDER_NOUNS, POLICE, asks, didIt, isPersonNoun } from './guilt-structure';
import type { Found, SentenceRule } from './sentence-rules';

/*
 * III.B.1.c in the shapes that carry a claim of guilt without "X did it": the deed as a noun
 * ("Tyler's theft of the mower", "the shooter's arrest"), the passive with the doer as its agent
 * ("the gym was set on fire by the Echeverría brothers"), the rhetorical question that names the
 * doer by asking ("Who else would stab a bartender?"), and a person described by a deed in a
 * reduced relative clause ("the guy cutting converters off your car is off the street").
 */

function span(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[from];
  const last = sentence.words[to];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** The last word of the noun phrase that starts at `k`: "the mower", "his neighbour's car". */
function phraseEnd(sentence: Sentence, k: number): number {
  const words = sentence.words;
  let end = k;
  while (end + 1 < words.length && end < k + 5) {
    const next = words[end + 1];
    if (!next || !/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(next.pos)) break;
    end += 1;
  }
  return end;
}

const DEFINITE = /^(?:the|that|this|those|these|our|your)$/;

/**
 * Where a specific person that starts at `k` ends: a name, "him/her/them", or a definite person
 * ("the Dawson kid", "that 19-year-old driver", "the shooter"); undefined for anyone else.
 */
function personAt(sentence: Sentence, k: number): number | undefined {
  const words = sentence.words;
  const w = words[k];
  if (!w) return undefined;
  if (/^(?:him|her|them|he|she|they)$/.test(w.lower)) return k;
  const named = namedPeople(sentence).find((p) => p.from === k);
  // "started by Engineer Patel during the drill": staff at work
  const staff = STAFF_TITLE_OPENING.test(`${w.text} ${words[k + 1]?.text ?? ''}`);
  if (named && !POLICE.test(w.text) && !staff) return named.to;
  if (staff) return undefined;
  if (!DEFINITE.test(w.lower)) return undefined;
  for (let j = k + 1; j <= k + 4 && j < words.length; j += 1) {
    const x = words[j];
    if (!x) break;
    if (POLICE.test(x.text)) return undefined;
    if (isPersonNoun(x) || OFFENDER_NOUNS.test(x.text)) return j;
    if (!/^(?:ADJ|PROPN|NUM|NOUN)$/.test(x.pos) && x.text !== '-') break;
  }
  return undefined;
}

/** Days and months own events, not deeds: "Friday's shooting on Elm". */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight)$/;

/** Nouns of a case's steps that, said of "the shooter", call the arrestee the shooter. */
const CASE_STEP =
  /^(?:arrest|arrests|capture|booking|conviction|confession|apprehension|indictment|arraignment|surrender)$/;

/**
 * The deed as a noun with its doer: "Tyler's theft of the mower", "Reyes's attack on his
 * neighbour", "the shooter's arrest", "the arrest of the killer". The possessive names the doer
 * only with "of", "on" or "against" after the deed ("the victim's robbery" is done to them).
 */
export const deedAsNoun: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!/^['’]s?$/.test(word.text) || asks(sentence, i)) return;
    const owner = words[i - 1];
    if (!owner || POLICE.test(owner.text)) return;
    const named =
      namedPeople(sentence).some((p) => p.to === i - 1) ||
      (owner.pos === 'PROPN' && owner.titlecase && !CALENDAR.test(owner.lower));
    const person = named || isPersonNoun(owner) || OFFENDER_NOUNS.test(owner.text);
    if (!person) return;
    const mention = namedPeople(sentence).find((p) => p.to === i - 1);
    let from = mention?.from ?? i - 1;
    if (!named) {
      // "the shooter's", "that man's": a definite person
      const det = words[i - 2];
      if (!det || !DEFINITE.test(det.lower)) return;
      from = i - 2;
    }
    if (isDeniedOrHypothetical(sentence, from)) return;
    let k = i + 1;
    while (k < i + 3 && words[k]?.pos === 'ADJ') k += 1;
    const noun = words[k];
    if (!noun) return;
    // "Tyler's theft of the mower", "Reyes's attack on the clerk"
    if (isCrimeNominal(noun) && /^(?:of|on|against|at)$/.test(words[k + 1]?.lower ?? '')) {
      const s = span(sentence, from, phraseEnd(sentence, k + 2));
      if (s) found.push(s);
      return;
    }
    // "the shooter's arrest": the offender noun names the one arrested
    if (OFFENDER_NOUNS.test(owner.text) && CASE_STEP.test(noun.lower)) {
      const s = span(sentence, from, k);
      if (s) found.push(s);
    }
  });
  // "the arrest of the shooter", "after the capture of the Eastside burglar"
  words.forEach((word, i) => {
    if (!CASE_STEP.test(word.lower) || words[i + 1]?.lower !== 'of' || asks(sentence, i)) return;
    if (!DEFINITE.test(words[i + 2]?.lower ?? '')) return;
    for (let k = i + 3; k <= i + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (OFFENDER_NOUNS.test(w.text)) {
        const s = span(sentence, i, k);
        if (s && !isDeniedOrHypothetical(sentence, i)) found.push(s);
        break;
      }
      if (!/^(?:ADJ|PROPN)$/.test(w.pos)) break;
    }
  });
  return found;
};

/** Light verbs whose passive names a doer only when the deed is a crime: "was set by", "caused by". */
const LIGHT_PARTICIPLE = /^(?:set|started|caused|committed|done|carried|lit)$/;

/** A participle of a crime verb: "stolen", "torched", "robbed", "spray-painted". */
function crimeParticiple(sentence: Sentence, k: number): number | undefined {
  const w = sentence.words[k];
  if (!w) return undefined;
  if (/^(?:spray|pistol|sucker)$/.test(w.lower)) return crimePredicateEnd(sentence, k);
  return crimeLemma(w) !== undefined && w.lower !== w.lemma ? k : undefined;
}

/**
 * The passive with the doer as agent: "the car was stolen by Tyler Haas", "It was set by Rafael
 * and Tomás Echeverría", "the fire at the mill was started by the Dawson kid", "got jumped by
 * those two". Not an officer as agent ("was arrested by officers"), not an unknown ("by a man in a
 * hoodie"), and a light verb ("set", "started", "caused") only when the sentence is about a crime
 * or its subject is "it" or "this" (a fire or a deed named before).
 */
export const doneByPerson: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (word.lemma !== 'be' && word.lemma !== 'get') return;
    let k = i + 1;
    while (k < i + 3 && (words[k]?.pos === 'ADV' || words[k]?.pos === 'PART')) {
      if (isNegator(words[k] as Word)) return;
      k += 1;
    }
    const participle = words[k];
    if (!participle) return;
    let end = crimeParticiple(sentence, k);
    if (end === undefined && LIGHT_PARTICIPLE.test(participle.lower)) {
      const aboutCrime =
        words.some((w, j) => j !== k && isCrimeNoun(w)) ||
        /^(?:it|this|that)$/.test(words[i - 1]?.lower ?? '');
      if (aboutCrime) end = k;
    }
    if (end === undefined) return;
    // "set on fire by", "stolen from the lot by": a short phrase before "by"
    let by = end + 1;
    while (by <= end + 5 && by < words.length && words[by]?.lower !== 'by') {
      const w = words[by];
      if (!w || isClauseBreak(w) || w.pos === 'VERB' || w.text === ',') return;
      by += 1;
    }
    if (words[by]?.lower !== 'by') return;
    const agentEnd = personAt(sentence, by + 1);
    if (agentEnd === undefined) return;
    if (asks(sentence, i) || isDeniedOrHypothetical(sentence, i)) return;
    // "allegedly stolen by", "believed to have been set by": the hedge keeps it a suspicion
    if (
      words
        .slice(Math.max(0, i - 3), by)
        .some((w) =>
          /^(?:allegedly|reportedly|possibly|probably|may|might|could|believed|suspected)$/.test(
            w.lower,
          ),
        )
    )
      return;
    const s = span(sentence, i, agentEnd);
    if (s) found.push(s);
  });
  return found;
};

/**
 * The rhetorical question that answers itself: "Who else would stab a bartender over a tab?",
 * "Who else but Kyle would rob his own aunt?". "Who else" with a crime in its clause points at a
 * person already named; a plain "Who robbed the pharmacy?" asks and stays clean.
 */
export const whoElse: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (word.lower !== 'who' || words[i + 1]?.lower !== 'else') return;
    // "who else could it have been?" where the paragraph tells a crime (round twenty-five)
    const itBeen = whoElseCouldItBe(words, i + 2);
    if (itBeen !== undefined && CRIME_TOLD.test(text)) {
      const s = span(sentence, i, itBeen);
      if (s) found.push(s);
      return;
    }
    for (let k = i + 2; k <= i + 10 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || isClauseBreak(w) || isNegator(w)) return;
      // "who else would've done it?", "who else could have done this"
      const end = didIt(sentence, k) ? k + 1 : crimePredicateEnd(sentence, k);
      if (end !== undefined && w.pos !== 'NOUN') {
        const s = span(sentence, i, clauseEnd(sentence, end, 4));
        if (s) found.push(s);
        return;
      }
    }
  });
  return found;
};

/** After "who else": "could it have been", "would it be", "could it've been". The last word's index. */
function whoElseCouldItBe(words: readonly Word[], k: number): number | undefined {
  if (!/^(?:could|would|can|might)$/.test(words[k]?.lower ?? '') || words[k + 1]?.lower !== 'it')
    return undefined;
  if (words[k + 2]?.lower === 'be') return k + 2;
  const have = words[k + 2]?.lower ?? '';
  return /^(?:have|['’]ve)$/.test(have) && words[k + 3]?.lower === 'been' ? k + 3 : undefined;
}

/** Words of an appeal for an unknown person: "help us find the man cutting converters". */
const APPEAL =
  /^(?:find|finding|help|looking|look|seek|seeking|searching|identify|identifying|locate|know|recognize|recognise|anyone|whoever|information|tips?|if)$/;

/**
 * A specific person described by a deed in a reduced relative clause: "the guy cutting
 * converters off your Camrys is finally off the street", "that woman stealing packages on Elm
 * was arrested". Not an appeal for an unknown person ("help us find the man cutting…").
 */
export const deedAsDescription: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!isPersonNoun(word) || POLICE.test(word.text) || /^suspects?$/.test(word.lower)) return;
    const next = words[i + 1];
    if (!next || !next.lower.endsWith('ing') || next.pos === 'NOUN') return;
    let from = -1;
    for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
      const w = words[k];
      if (!w) break;
      if (DEFINITE.test(w.lower)) {
        from = k;
        break;
      }
      if (!/^(?:ADJ|NUM|PROPN)$/.test(w.pos)) break;
    }
    if (from === -1 || asks(sentence, i) || isDeniedOrHypothetical(sentence, from)) return;
    if (words.slice(Math.max(0, from - 8), from).some((w) => APPEAL.test(w.lower))) return;
    const end = crimePredicateEnd(sentence, i + 1);
    if (end === undefined) return;
    const s = span(sentence, from, clauseEnd(sentence, end, 4));
    if (s) found.push(s);
  });
  return found;
};

/** Verbs and adjectives of being sure: "everybody knows", "I swear", "we're all sure". */
const SURE =
  /^(?:know|knows|knew|swear|swears|bet|guarantee|sure|certain|positive|convinced|telling)$/;

/**
 * A claim told as what everyone already knows: "Everybody on the block knows it was Dario
 * Lindqvist", "we all know he took it", "I swear it was her". The cleft "it was <person>" or a
 * pronoun that "took it" or "did it", after a verb of being sure; not "nobody knows who it was",
 * not a question.
 */
export const commonKnowledge: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    // "we all know" (the tagger reads "know" as a noun now and then); not "a sure bet"
    if (!SURE.test(word.lower) || asks(sentence, i)) return;
    if (/^(?:a|an|the)$/.test(words[i - 1]?.lower ?? '')) return;
    if (words.slice(Math.max(0, i - 4), i).some(isNegator)) return;
    if (words.slice(Math.max(0, i - 3), i).some((w) => POLICE.test(w.text) && w.lower !== 'we'))
      return;
    let k = i + 1;
    if (words[k]?.lower === 'that') k += 1;
    // "telling you it was him"
    if (word.lower === 'telling' && /^(?:you|y['’]?all|ya|u)$/.test(words[k]?.lower ?? '')) k += 1;
    const first = words[k];
    if (!first) return;
    // "knows it was Dario Lindqvist", "sure it was the Dawson kid", "know it was him"
    if (first.lower === 'it' && /^(?:was|wuz|is|were)$/.test(words[k + 1]?.lower ?? '')) {
      const who = k + 2;
      const end = /^(?:him|her|them)$/.test(words[who]?.lower ?? '')
        ? who
        : personAt(sentence, who);
      if (end === undefined || /^(?:he|she|they)$/.test(words[who]?.lower ?? '')) return;
      const s = span(sentence, i, end);
      if (s) found.push(s);
      return;
    }
    // "we all know he took it", "I know she did it"
    if (/^(?:he|she|they)$/.test(first.lower)) {
      let v = k + 1;
      while (v < k + 3 && /^(?:ADV|AUX)$/.test(words[v]?.pos ?? '') && !isNegator(words[v] as Word))
        v += 1;
      const verb = words[v];
      if (!verb || isNegator(verb)) return;
      const took =
        /^(?:took|stole|swiped|grabbed|did)$/.test(verb.lower) &&
        /^(?:it|them|this|that)$/.test(words[v + 1]?.lower ?? '');
      if (took || didIt(sentence, v)) {
        const s = span(sentence, i, v + 1);
        if (s) found.push(s);
      }
    }
  });
  return found;
};

/** Words of a case against a known person: the label for them is then a verdict. */
const CASE_WORDS =
  /\b(?:arrested|charged|booked|detained|in\s+custody|bond|bail|arraign(?:ed|ment)|indicted|trial|jail|referred\s+to|held\s+(?:at|in|on|without))\b/i;

/** Verbs that report what someone saw or said happened. */
const REPORT =
  /^(?:say|said|says|tell|told|tells|report|reported|reports|state|stated|describe|described|recall|recalled|recount|recounted|explain|explained|testify|testified|add|added|remember|remembered|claim|claimed|write|wrote|saw|see|watched|heard|hear)$/;

/** Who a report is told to: "told officers", "told us", "told 911". */
const TOLD_TO =
  /^(?:police|officers?|deputies|deputy|detectives?|investigators|troopers?|dispatchers?|us|me|him|her|them|911|reporters|news)$/;

/**
 * "The suspect was arrested after the clerk said the robber showed a knife", "witnesses told
 * officers that the shooter ran north", "according to the teller, the robber wore a mask": the
 * role noun (from..at) is the subject of a clause someone reports, so it is the account of the
 * event, not a label on the arrestee. Not when the reported clause is itself a case step
 * ("police said the carjacker was booked").
 */
function toldAccount(text: string, sentence: Sentence, from: number, at: number): boolean {
  const words = sentence.words;
  // The role noun is the subject: a verb (after an adverb or auxiliary) follows it.
  let v = at + 1;
  while (words[v]?.pos === 'ADV') v += 1;
  const verb = words[v];
  if (!verb || !/^(?:VERB|AUX)$/.test(verb.pos)) return false;
  const last = words[clauseEnd(sentence, v, 10)] ?? verb;
  if (CASE_WORDS.test(text.slice(verb.start, last.end))) return false;
  let k = from - 1;
  if (words[k]?.lower === 'that') k -= 1;
  if (words[k]?.text === ',') {
    // "according to the teller, the robber …"
    for (let j = k - 1; j >= Math.max(0, k - 8); j -= 1) {
      const w = words[j];
      if (!w || isClauseBreak(w)) break;
      if (w.lower === 'according' && words[j + 1]?.lower === 'to') return true;
    }
    return false;
  }
  // "told officers (that)", "told 911 dispatchers"
  for (let n = 0; n < 2 && TOLD_TO.test(words[k]?.lower ?? ''); n += 1) k -= 1;
  const said = words[k];
  return said !== undefined && (REPORT.test(said.lower) || REPORT.test(said.lemma));
}

/** Words before an offender noun that keep it a suspicion: "the alleged ringleader". */
const HEDGED_LABEL = /^(?:alleged|accused|suspected|reported|presumed|possible|purported)$/;

/**
 * A known arrestee called by the crime: "Bond denied for the Halvorsen St carjacker", "The
 * ringleader, 16-year-old Dominik Horvat, admitted…", "the shoplifter caught on camera … was
 * arrested Wednesday". A definite offender noun (with place or name words before it) in a
 * paragraph about an arrest or a court step; not an appeal for an unknown person ("help us find
 * the carjacker"), not a compound ("the burglar alarm"), not plural.
 */
export const labelledOffender: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  // The label must point at the arrestee: a case step in the same sentence ("Bond denied for the
  // carjacker"), or a name or age beside it ("The ringleader, 16-year-old Dominik Horvat");
  // "the robber showed a knife, the clerk said" tells the event.
  const own = text.slice(sentence.start, sentence.end);
  const caseStep = CASE_WORDS.test(own) || /\b(?:bond|bail)\b/i.test(own);
  words.forEach((word, i) => {
    if (!OFFENDER_NOUNS.test(word.text) || /s$/.test(word.lower) || word.lower === 'gunman') return;
    const next = words[i + 1];
    if (next && (next.pos === 'NOUN' || next.text === '-') && !/^(?:who|that)$/.test(next.lower))
      return;
    // "The alleged ringleader, Oleg Sorokin": the hedge keeps the label a suspicion.
    if (words.slice(Math.max(0, i - 3), i).some((w) => HEDGED_LABEL.test(w.lower))) return;
    let from = -1;
    for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) {
      const w = words[k];
      if (!w) break;
      if (/^(?:the|that|this|our)$/.test(w.lower)) {
        from = k;
        break;
      }
      // "the Maple Court porch pirate", "the Halvorsen St. carjacker"
      if (!(w.titlecase || /^(?:ADJ|PROPN|NUM|NOUN)$/.test(w.pos) || w.text === '.')) break;
    }
    if (from === -1 || asks(sentence, i) || isDeniedOrHypothetical(sentence, from)) return;
    if (words.slice(Math.max(0, from - 8), from).some((w) => APPEAL.test(w.lower))) return;
    const beside =
      next?.text === ',' &&
      words
        .slice(i + 2, i + 9)
        .some(
          (w, k) =>
            /^\d+-years?-old$/.test(w.lower) ||
            w.lower === 'old' ||
            namedPeople(sentence).some((p) => p.from === i + 2 + k),
        );
    if (!caseStep && !beside) return;
    if (!beside && toldAccount(text, sentence, from, i)) return;
    const s = span(sentence, from, i);
    if (s) found.push(s);
  });
  return found;
};

/**
 * A definite noun phrase that the sentence goes on to show is a person: "the night manager, who
 * was arrested", "the upstairs tenant, Gordon Vance". Its last word's index, or undefined.
 */
function describedPerson(sentence: Sentence, k: number): number | undefined {
  const words = sentence.words;
  if (!DEFINITE.test(words[k]?.lower ?? '')) return undefined;
  for (let j = k + 1; j <= k + 4 && j < words.length; j += 1) {
    const w = words[j];
    if (!w || !/^(?:ADJ|NOUN|PROPN|NUM)$/.test(w.pos)) return undefined;
    const next = words[j + 1];
    const after = next?.text === ',' ? words[j + 2] : next;
    if (!after || POLICE.test(w.text)) continue;
    if (
      after.lower === 'who' ||
      (next?.text === ',' && namedPeople(sentence).some((p) => p.from === j + 2))
    )
      return j;
  }
  return undefined;
}

/**
 * A definite doer noun ("the bouncer", "the night clerk") where the blamed thing is a crime
 * ("responsibility for Saturday's stabbing"): the person the crime is laid on. Its index.
 */
function doerAt(sentence: Sentence, k: number, blame: number): number | undefined {
  const words = sentence.words;
  if (!DEFINITE.test(words[k]?.lower ?? '')) return undefined;
  if (!words.slice(blame, k).some((w) => isCrimeNoun(w))) return undefined;
  for (let j = k + 1; j <= k + 3 && j < words.length; j += 1) {
    const w = words[j];
    if (!w || !/^(?:ADJ|NOUN)$/.test(w.pos) || POLICE.test(w.text)) return undefined;
    if (w.pos === 'NOUN' && /(?:er|or|ist|ant|ent)$/.test(w.lower) && words[j + 1]?.pos !== 'NOUN')
      return j;
  }
  return undefined;
}

/**
 * Culpability as a noun: "responsibility for Sunday's fire lies with the upstairs tenant", "the
 * blame rests squarely on Kyle", "Marcus is to blame", "the driver was at fault". Not "we are not
 * saying he is to blame", not a question.
 */
export const blameLaidOn: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!/^(?:responsibility|blame|fault)$/.test(word.lower) || asks(sentence, i)) return;
    if (isDeniedOrHypothetical(sentence, i)) return;
    // "responsibility for Sunday's fire lies with …": the verb within a few words
    for (let k = i + 1; k <= i + 8 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || isClauseBreak(w) || w.text === ',') break;
      if (!/^(?:lie|rest|fall|sit|belong)$/.test(w.lemma)) continue;
      let on = k + 1;
      while (on < k + 3 && words[on]?.pos === 'ADV') on += 1;
      if (!/^(?:with|on|to)$/.test(words[on]?.lower ?? '')) return;
      if (words.slice(i, on).some(isNegator)) return;
      const end =
        personAt(sentence, on + 1) ??
        describedPerson(sentence, on + 1) ??
        doerAt(sentence, on + 1, i);
      if (end === undefined) return;
      const from = /^(?:the|full|sole)$/.test(words[i - 1]?.lower ?? '') ? i - 1 : i;
      const s = span(sentence, from, end);
      if (s) found.push(s);
      return;
    }
  });
  // "Marcus is to blame", "the driver was at fault", "she bears full responsibility"
  words.forEach((word, i) => {
    const toBlame =
      word.lemma === 'be' &&
      ((words[i + 1]?.lower === 'to' && words[i + 2]?.lower === 'blame') ||
        (words[i + 1]?.lower === 'at' && words[i + 2]?.lower === 'fault'));
    const bears =
      /^(?:bear|carry)$/.test(word.lemma) &&
      words.slice(i + 1, i + 3).some((w) => w.lower === 'responsibility');
    if (!toBlame && !bears) return;
    if (words[i + 2]?.lower === 'fault' && faultIsCrashFinding(words)) return;
    const subjectEnd = i - 1;
    let from: number | undefined;
    for (let k = subjectEnd; k >= Math.max(0, subjectEnd - 4); k -= 1) {
      if (personAt(sentence, k) === subjectEnd) {
        from = k;
        break;
      }
    }
    if (from === undefined || asks(sentence, i) || isDeniedOrHypothetical(sentence, from)) return;
    if (POLICE.test(words[from]?.text ?? '')) return;
    const s = span(sentence, from, bears ? i + 2 : i + 2);
    if (s) found.push(s);
  });
  return found;
};

/** A traffic crash and the people and things in it: events no one is charged with by naming them. */
const CRASH_EVENT =
  /^(?:crash|crashes|crashed|collision|collisions|collide|collided|wreck|wrecks|wrecked|accident|accidents|pileup|pile-up|fender-bender|hit|struck|strike|rear-ended|sideswiped|driver|drivers|motorist|motorists|cyclist|cyclists|bicyclist|pedestrian|pedestrians|vehicle|vehicles|car|cars|truck|trucks|motorcycle|intersection|lane|traffic)$/;

/** A charge or a step of a criminal case: said beside "at fault", the fault is the offence's. */
const CHARGE_OR_CASE_STEP =
  /^(?:charge|charged|charges|arrest|arrested|arrests|cite|cited|citation|book|booked|indict|indicted|indictment|convict|convicted|conviction|prosecute|prosecuted|prosecution|court|trial|jail|jailed|guilty|plea|pleaded|suspect|suspects|dui|dwi|ovi|drunk|impaired|intoxicated|manslaughter|homicide|hit-and-run|fled|flee|fleeing)$/;

/**
 * "The driver was at fault in the crash, according to the preliminary report", "Investigators
 * determined the motorist was at fault": fault in a traffic crash, with no offence, charge or case
 * step beside it, is the crash investigation's finding of who caused it, not a claim of guilt.
 * "Tyler was at fault for the stabbing", "the driver charged with DUI was at fault" stay claims.
 */
function faultIsCrashFinding(words: readonly Word[]): boolean {
  let crash = false;
  for (const w of words) {
    if (CRASH_EVENT.test(w.lower)) {
      crash = true;
      continue;
    }
    if (CHARGE_OR_CASE_STEP.test(w.lower) || OFFENDER_NOUNS.test(w.text)) return false;
    if (isCrimeNoun(w) || crimeLemma(w) !== undefined) return false;
  }
  return crash;
}

/** A failing of a person's that the sentence makes the cause: "inattention", "reckless driving". */
const CAUSE = /^(?:cause|lead|result|contribute)$/;

/** What a fault can cause that is the offence itself: "caused this crash", "led to her death". */
const HARM =
  /^(?:crash|crashes|collision|wreck|accident|death|deaths|injuries|injury|fire|fires|blaze|explosion|overdose|fatality|fatalities|tragedy|damage|loss)$/;

/**
 * Culpability told formally, as a person's failing that caused the harm: "the driver, whose
 * inattention caused this crash", "his negligence led to her death", "Ms. Ortiz's speeding
 * resulted in the collision". The possessor is a person (whose, his, her, their, a name's); a
 * thing's cause ("the storm's winds caused the crash") and a question stay clean.
 */
export const faultCausedHarm: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    const possessive =
      /^(?:whose|his|her|their)$/.test(word.lower) ||
      (word.lower === "'s" &&
        i > 0 &&
        (words[i - 1]?.pos === 'PROPN' || isPersonNoun(words[i - 1] as Word)));
    if (!possessive || asks(sentence, i)) return;
    for (let k = i + 1; k <= i + 6 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.pos === 'PUNCT') return;
      if (!CAUSE.test(w.lemma)) {
        // "whose texting at the wheel caused": the failing and what it was done with
        if (!/^(?:NOUN|ADJ|VERB|ADP|DET)$/.test(w.pos)) return;
        continue;
      }
      if (k === i + 1 || isDeniedOrHypothetical(sentence, k)) return;
      // "was caused by": a passive names its cause after "by"
      if (words[k - 1]?.lemma === 'be') return;
      for (let h = k + 1; h <= k + 5 && h < words.length; h += 1) {
        const x = words[h];
        if (!x || x.pos === 'PUNCT' || x.pos === 'VERB') return;
        if (HARM.test(x.lower) || isCrimeNoun(x)) {
          const from = word.lower === "'s" ? i - 1 : i;
          const s = span(sentence, from, h);
          if (s) found.push(s);
          return;
        }
      }
      return;
    }
  });
  return found;
};

/** Who is taken in: "arrested the wrong guy", "charged the wrong man", "got the wrong kid". */
const TAKE_IN =
  /^(?:arrest|charge|get|grab|pick|book|jail|convict|lock|nab|catch|detain|indict|cuff|take)$/;

/** What "the wrong" can name that is not a person: a wrong house is a raid, not a verdict. */
const NOT_PERSON =
  /^(?:house|address|car|vehicle|number|date|day|time|street|door|apartment|way|idea|case|plate|form|one\s?way|place|building|unit|information|info)$/;

/**
 * Innocence told as a mistake of identity: "y'all arrested the wrong guy", "they charged the
 * wrong man", "the cops got the wrong kid". The person after "the wrong" is the arrestee; a
 * wrong house or address is not a person.
 */
export const wrongPerson: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!TAKE_IN.test(word.lemma) || word.pos === 'NOUN') return;
    let k = i + 1;
    if (/^(?:up|in)$/.test(words[k]?.lower ?? '')) k += 1;
    if (words[k]?.lower !== 'the' || words[k + 1]?.lower !== 'wrong') return;
    const who = words[k + 2];
    if (!who || NOT_PERSON.test(who.lower) || who.pos === 'PUNCT') return;
    if (isDeniedOrHypothetical(sentence, i) || asks(sentence, i)) return;
    // "some of you think we arrested the wrong person": other people's belief, reported to answer it
    const lead = words.slice(Math.max(0, i - 6), i);
    if (
      lead.some((w) => /^(?:think|believe|claim|say|feel|insist)$/.test(w.lemma)) &&
      lead.some((w) => /^(?:you|some|people|others|many|folks|critics)$/.test(w.lower))
    )
      return;
    let end = k + 2;
    // "the wrong m*therf*cker": a word masked in pieces is one word
    while (words[end + 1]?.text === '*' && words[end + 2] && words[end + 2]?.pos !== 'PUNCT')
      end += 2;
    const s = span(sentence, i, end);
    if (s) found.push(s);
  });
  return found;
};

/**
 * The deed named as a free relative, as a fact about the person: "a $10k bond for what he did",
 * "he'll pay for what she did to that family", "locked up over what they did". Not a question or
 * what nobody knows ("we don't know what he did"), nor a trade ("what he did for a living").
 */
export const whatTheyDid: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (word.lower !== 'what' || !/^(?:for|over|after|about)$/.test(words[i - 1]?.lower ?? ''))
      return;
    const who = words[i + 1];
    const did = words[i + 2];
    if (!who || !did) return;
    const person = /^(?:he|she|they)$/.test(who.lower) || who.pos === 'PROPN';
    if (!person || !/^(?:did|done)$/.test(did.lower)) return;
    if (/^(?:for|next|then|there|best)$/.test(words[i + 3]?.lower ?? '')) return;
    if (isDeniedOrHypothetical(sentence, i)) return;
    const end = /^(?:to|with)$/.test(words[i + 3]?.lower ?? '')
      ? clauseEnd(sentence, i + 3, 4)
      : i + 2;
    const s = span(sentence, i - 1, end);
    if (s) found.push(s);
  });
  return found;
};

/** Verbs of owning up: "owned up", "fessed up", "copped to it", "came clean". */
const OWN_UP = /^(?:own|fess|cop|come)$/;

/**
 * An admission reported as fact: "he straight-up owned it when I asked", "she fessed up right
 * away", "they copped to it", "he came clean about the tagging". Not "he owned the car" (no
 * "up" or deed after it) nor a hope ("hope he comes clean").
 */
export const ownedUp: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!OWN_UP.test(word.lemma) && !/^(?:owned|fessed|copped)$/.test(word.lower)) return;
    const next = words[i + 1]?.lower ?? '';
    const after = words[i + 2];
    let end: number | undefined;
    if (/^(?:own|fess)/.test(word.lower) && next === 'up') end = i + 1;
    else if (word.lower.startsWith('own') && next === 'it')
      end =
        !after ||
        after.pos === 'PUNCT' ||
        /^(?:when|as|after|right|immediately|straight|on)$/.test(after.lower)
          ? i + 1
          : undefined;
    else if (word.lower.startsWith('cop') && next === 'to') end = i + 2;
    else if (word.lemma === 'come' && next === 'clean') end = i + 1;
    if (end === undefined || isDeniedOrHypothetical(sentence, i) || asks(sentence, i)) return;
    // "hoping he comes clean", "if she owns up": a wish or a condition, not an admission made
    if (
      words
        .slice(Math.max(0, i - 4), i)
        .some((w) => /^(?:hope|wish|if|unless|should|need|want|until|pray)$/.test(w.lemma))
    )
      return;
    // the owner is a person: a pronoun or a name before the verb
    const subject = words
      .slice(Math.max(0, i - 5), i)
      .some((w) => /^(?:he|she|they)$/.test(w.lower) || w.pos === 'PROPN' || isPersonNoun(w));
    if (!subject) return;
    const s = span(sentence, Math.max(0, i - 1), end);
    if (s) found.push(s);
  });
  return found;
};

/**
 * The case called solved by its obviousness, as a pun or a shrug: "this one isn't exactly a
 * whodunit", "not much of a mystery who did this", "no mystery who done it". Not a mystery
 * novel, nor an open case ("still a mystery").
 */
export const noMystery: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const found: Found[] = [];
  words.forEach((word, i) => {
    if (!/^(?:whodunit|whodunnit|mystery)$/.test(word.lower)) return;
    const lead = words.slice(Math.max(0, i - 5), i);
    const negated = lead.some((w) => isNegator(w) || w.lower === 'no');
    if (!negated || lead.some((w) => /^(?:still|remains?|yet)$/.test(w.lower))) return;
    if (word.lower === 'mystery' && !/^(?:who|here|there)$/.test(words[i + 1]?.lower ?? '')) return;
    const from =
      i - lead.length + lead.findIndex((w) => isNegator(w) || w.lower === 'no' || w.lemma === 'be');
    const s = span(sentence, Math.max(0, from), i);
    if (s) found.push(s);
  });
  return found;
};
