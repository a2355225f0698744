import type { Sentence, Word } from '../language/analysis';
import { COURT_ACTORS, FORECAST, PROCEDURE_STEPS, isBeWord, isStop } from '../language/court';
import { namedPeople } from '../language/people';
import { clauseEnd, clauseStart, isDenied, isNegator } from '../language/words';
import { endsAsForecast } from './prosecution-outlook';
import { clauseSpan } from './prosecution-shapes';
import type { Found, SentenceRule } from './sentence-rules';
import { lastTextTest } from './whole-document';

/*
 * Pending prosecution (III.B.1.c), round four: families the blind ninth set wrote that no rule
 * saw. The defendant's character vouched for or condemned (a relative's "he's a loving father",
 * "a lifelong swindler", "has terrorized the block for years"); how the case ends for the
 * defendant forecast in plain words ("it won't go well for him", "looking at a long stretch",
 * "he'll walk away with probation", "any outcome other than a conviction"); the case or its
 * evidence forecast to be thrown out or suppressed; the prosecution's case judged easy, hard or
 * botched; a court actor told what it ought to do; and a term called in a comment ("10 yrs
 * minimum").
 */

const lower = (word: Word | undefined) => word?.lower ?? '';

/** A case somewhere in the text: charges, an arrest, a court, a plea or a sentence. */
const CASE_IN_TEXT =
  /\b(?:charged|charges?|arrest(?:ed)?|booked|custody|court|trial|bond|bail|judge|jury|jurors|DA|prison|jail|courtroom|courthouse|prosecut\w*|plea|sentence|sentenced|probation|indict\w*|arraign\w*|convict\w*|defendant|suspect|accused|lawyer|attorney|warrant|mugshot|alibi|innocent|break-ins?|burglar\w*|robber\w*|theft|stole|stolen|assault\w*|shooting|fraud|scam\w*|crime)\b/i;
const caseInText = lastTextTest(CASE_IN_TEXT);

/** The department's own people: praise or blame of them is not about a defendant. */
const OUR_PEOPLE =
  /^(?:officer|officers|deputy|deputies|sergeant|sgt|lieutenant|lt|chief|sheriff|detective|detectives|trooper|troopers|dispatcher|volunteer|volunteers|k9|k-9)$/;

/** A sentence about a victim or the dead: "Ravi was a loving father" is a tribute. */
const TRIBUTE =
  /^(?:victim|victims|killed|died|dies|late|memory|mourn|mourning|survived|funeral|rest|loss|condolences|passed|deceased)$/;

/** Good qualities, as lemmas (wink gives "kindest" → "kind"). */
const PRAISE = new Set(
  (
    'good great decent kind sweet nice gentle honest hardworking hard-working loving caring devoted ' +
    'generous respectful polite humble peaceful wonderful responsible dedicated loyal selfless ' +
    'soft-spoken kindhearted good-hearted best sweetest kindest gentlest nicest hard'
  ).split(' '),
);
/** Bad qualities said of a person as a whole: "a dangerous man", "a violent individual". */
const CONDEMN =
  /^(?:dangerous|violent|vicious|cruel|evil|sick|twisted|ruthless|predatory|depraved|heartless|cold-blooded|callous|sadistic|wicked|rotten|bad)$/;
/** Who a good quality is said of. */
const PRAISED = new Set(
  (
    'man guy kid person people woman boy girl father dad mother mom son daughter soul husband wife ' +
    'young human worker provider neighbor neighbour friend student parent grandson granddaughter ' +
    'brother sister christian citizen employee teenager teen one individual soul'
  ).split(' '),
);
/** Lasting bad habits: "a lifelong swindler", "a habitual liar", "a serial predator". */
const HABITUAL =
  /^(?:lifelong|habitual|serial|chronic|hardened|notorious|incorrigible|compulsive)$/;
const WRONGDOER =
  /^(?:liar|liars|thief|thieves|predator|predators|criminal|criminals|con|conman|swindler|crook|abuser|scammer|fraudster|offender|burglar|drunk|dealer|thug|bully|cheat|cheater|shoplifter|arsonist|batterer|stalker|molester|rapist|robber|grifter|hustler|felon)$/;
/** What a person is said to have done to others for years: a character, not a charge. */
const PREYING =
  /^(?:prey|terrorize|terrorise|victimize|victimise|menace|torment|plague|bully|swindle|con|scam|exploit|intimidate|harass)$/;

/** The subject of a "be" before `be`: he, she, they, a name, "the man", "that guy". */
function personBefore(sentence: Sentence, be: number, from: number): number | undefined {
  const words = sentence.words;
  let k = be - 1;
  while (k >= from && words[k]?.pos === 'ADV') k -= 1;
  const w = words[k];
  if (!w || k < from) return undefined;
  // "this is a dangerous man": "this" or "that" points at the defendant when a person noun follows.
  if (/^(?:this|that)$/.test(w.lower) && k === be - 1) return k;
  if (/^(?:he|she|they|hes|shes|man|guy|woman|dude|defendant|suspect|kid|boy)$/.test(w.lower))
    return /^(?:man|guy|woman|dude|defendant|suspect|kid|boy)$/.test(w.lower) &&
      /^(?:the|that|this|a)$/.test(lower(words[k - 1]))
      ? k - 1
      : k;
  if (w.pos === 'PROPN' && !w.text.endsWith('s')) {
    const name = namedPeople(sentence).find((p) => p.to === k && !p.titled);
    if (name) return name.from;
  }
  if (w.pos === 'PROPN' && namedPeople(sentence).some((p) => p.to === k && !p.titled)) return k;
  return undefined;
}

/**
 * Where the subject of the predicate at `i` starts, when it is the defendant: "He is", "she's",
 * "hes", "Tyrell is", "the man is", "he has always been". Only "is", "'s", "are", "been": "Ravi
 * was a loving father" is most often the dead remembered.
 */
function defendantIs(sentence: Sentence, i: number): number | undefined {
  const words = sentence.words;
  const from = clauseStart(sentence, i);
  for (let b = i - 1; b >= Math.max(from, i - 7); b -= 1) {
    const w = words[b];
    if (!w) break;
    if (/^(?:hes|shes)$/.test(w.lower)) return b;
    if (isBeWord(w)) {
      if (/^(?:was|were)$/.test(w.lower)) return undefined;
      // "has always been": the subject sits before "has".
      let s = b;
      while (
        s > from &&
        /^(?:has|have|always|ever|never|just|truly|really)$/.test(lower(words[s - 1]))
      )
        s -= 1;
      return personBefore(sentence, s, from);
    }
    if (isStop(w) || w.pos === 'VERB') break;
  }
  return undefined;
}

/**
 * The defendant's character, vouched for or condemned: "he's honestly a good kid", "she is the
 * gentlest young woman you'll meet", "he's a loving father and a hard worker", "he is a lifelong
 * swindler", "has terrorized the neighborhood for a decade". Only in a text about a case, not of
 * the department's own people, not of a victim remembered.
 */
export const characterVouched: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  // A lifelong swindler is commentary anywhere; praise needs a case or a crime in view.
  const praiseable = caseInText(text);
  if (words.some((w) => OUR_PEOPLE.test(w.lower))) return out;
  // A victim in the sentence makes praise a tribute; a condemnation is never one.
  const tribute = words.some((w) => TRIBUTE.test(w.lower));
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || w.titlecase) continue;
    // "has preyed on", "has been terrorizing": years of it, said of a person.
    // "who preys on grandmothers": a habit in the present, whatever the tagger calls "preys".
    const habitual = lower(words[i - 1]) === 'who' && /s$/.test(w.lower);
    const preys = PREYING.test(w.lemma) || (habitual && PREYING.test(w.lower.slice(0, -1)));
    if (preys && (w.pos === 'VERB' || habitual) && !tribute) {
      const aux = words.slice(Math.max(0, i - 3), i);
      const perfect = aux.some((x) => /^(?:has|have|['’]s|['’]ve)$/.test(x.lower));
      if (!(perfect || habitual) || isDenied(sentence, i)) continue;
      const from = clauseStart(sentence, i);
      const head = Math.max(from, i - 4);
      const who = words.slice(head, i).some(
        (x) =>
          /^(?:he|she|who|guy|man|woman)$/.test(x.lower) ||
          // One named person "has"; "Scammers have preyed" is a warning about many.
          (!aux.some((a) => /^(?:have|['’]ve)$/.test(a.lower)) &&
            namedPeople(sentence).some((p) => !p.titled && p.to >= head && p.to < i)),
      );
      if (!who) continue;
      const span = clauseSpan(sentence, i, i + 1, 4, 6);
      if (span) out.push(span);
      i += 1;
      continue;
    }
    // "a lifelong swindler", "a serial predator", "a chronic thief"
    const habit = HABITUAL.test(w.lower);
    // "a good kid", "the gentlest young man", "a hard-working dad", "one of the most caring people";
    // condemned the same way: "a dangerous man", "a violent person", "a cruel woman".
    const condemn = CONDEMN.test(w.lower) || CONDEMN.test(w.lemma);
    const praise = (PRAISE.has(w.lemma) || PRAISE.has(w.lower)) && !tribute;
    if (!habit && !((praise || condemn) && praiseable)) continue;
    let n = i + 1;
    while (
      n <= i + 3 &&
      (words[n]?.pos === 'ADJ' ||
        words[n]?.text === '-' ||
        /^(?:working|hearted|spoken|young)$/.test(lower(words[n]))) &&
      !(habit ? WRONGDOER.test(lower(words[n])) : PRAISED.has(lower(words[n])))
    )
      n += 1;
    const noun = words[n];
    if (!noun) continue;
    const fits = habit
      ? WRONGDOER.test(noun.lower)
      : PRAISED.has(noun.lemma) || PRAISED.has(noun.lower);
    if (!fits) continue;
    // "a hard worker", "hard-working": "hard" praises only work.
    if (
      w.lower === 'hard' &&
      !words.slice(i + 1, i + 3).some((x) => /^(?:worker|working)$/.test(x.lower)) &&
      noun.lower !== 'worker'
    )
      continue;
    const subject = defendantIs(sentence, i);
    if (subject === undefined || isNegator(words[subject + 1] ?? w)) continue;
    const span = clauseSpan(sentence, subject, n, 0, 3);
    if (span) out.push(span);
    i = n;
  }
  return out;
};

/** Words that make "well", "badly" a forecast's: "won't end well for him". */
const FORECASTING = (w: Word) =>
  FORECAST.has(w.lower) || /^(?:probably|likely|gonna|going|not|n['’]t|nt|no)$/.test(w.lower);

/** Light outcomes a defendant may "walk away with": "probation", "a fine", "a slap". */
const LIGHT =
  /^(?:probation|fine|warning|slap|misdemeanor|community|nothing|suspended|deferred|diversion|citation|ticket|time|ankle)$/;

/** Verbs of imagining an outcome: "hard to imagine anything but a conviction". */
const IMAGINING =
  /^(?:imagine|picture|see|envision|expect|predict|foresee|think|hard|impossible|ending|end)$/;

/** The only words endForecast starts at (besides numbers): one test per word keeps it linear. */
const END_HEADS =
  /^(?:go|end|turn|look|work|looking|walk|get|conviction|convictions|acquittal|verdict)$/;

/** What a sentence a court passes is counted in. */
const TERM = /^(?:yrs?|years?|months?|mos|decades?)$/;

/**
 * How the case ends for the defendant, forecast in plain words: "it won't go well for him",
 * "she's looking at a long stretch", "he'll walk away with probation at most", "hard to imagine
 * any outcome other than a conviction", "10 yrs minimum".
 */
export const endForecast: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || (!END_HEADS.test(w.lemma) && !END_HEADS.test(w.lower) && w.pos !== 'NUM')) continue;
    const from = clauseStart(sentence, i);
    const clause = words.slice(Math.max(from, i - 6), i);
    // "go / end / turn out well for him", "look good for her""
    if (/^(?:go|end|turn|look|work)$/.test(w.lemma)) {
      let k = i + 1;
      if (lower(words[k]) === 'out') k += 1;
      if (/^(?:very|too|so|real|all|that)$/.test(lower(words[k]))) k += 1;
      const how = lower(words[k]);
      if (
        /^(?:well|badly|bad|good|great|poorly|south)$/.test(how) &&
        lower(words[k + 1]) === 'for' &&
        /^(?:him|her|them|em|['’]em)$/.test(lower(words[k + 2])) &&
        (w.lemma === 'look' || clause.some(FORECASTING))
      ) {
        const span = clauseSpan(sentence, i, k + 2, 6, 0);
        if (span) out.push(span);
        i = k + 2;
        continue;
      }
    }
    // "is looking at a long stretch", "looking at serious prison time"
    if (w.lower === 'looking' && lower(words[i + 1]) === 'at' && isBeWord(words[i - 1])) {
      const ahead = words.slice(i + 2, i + 7);
      const term = ahead.findIndex((x) =>
        /^(?:stretch|time|sentence|years|decades|bid|prison|life)$/.test(x.lower),
      );
      let last = term;
      while (last !== -1 && /^(?:time|sentence|years|term|stretch)$/.test(lower(ahead[last + 1])))
        last += 1;
      if (term !== -1 && !ahead.slice(0, term).some((x) => isStop(x))) {
        const span = clauseSpan(sentence, i, i + 2 + last, 6, 0);
        if (span) out.push(span);
        i = i + 2 + last;
        continue;
      }
    }
    // "walk away with probation", "get off with a warning"
    if (
      ((w.lemma === 'walk' && lower(words[i + 1]) === 'away') ||
        (w.lemma === 'get' && /^(?:off|away)$/.test(lower(words[i + 1])))) &&
      lower(words[i + 2]) === 'with'
    ) {
      const ahead = words.slice(i + 3, i + 6);
      const light = ahead.findIndex((x) => LIGHT.test(x.lower));
      // "he'll walk away with probation", "he's walking away with a fine, watch"
      const framed = clause.some(FORECASTING) || endsAsForecast(words);
      if (light !== -1 && framed && !isDenied(sentence, i)) {
        const span = clauseSpan(sentence, i, i + 3 + light, 6, 2);
        if (span) out.push(span);
        i = i + 3 + light;
        continue;
      }
    }
    // "anything other than a conviction", "any way but a guilty verdict"
    if (/^(?:conviction|convictions|acquittal|verdict)$/.test(w.lower)) {
      const back = words.slice(Math.max(0, i - 4), i).map((x) => x.lower);
      const but = back.some((x) => x === 'but' || x === 'than' || x === 'except');
      if (
        but &&
        words.slice(0, i).some((x) => IMAGINING.test(x.lemma) || IMAGINING.test(x.lower))
      ) {
        const span = clauseSpan(sentence, i, i, 8, 4);
        if (span) out.push(span);
        continue;
      }
    }
    // "10 yrs minimum", "five years easy", "20 years at least", "2 yrs tops"
    if (w.pos === 'NUM' && TERM.test(lower(words[i + 1]))) {
      const after = lower(words[i + 2]);
      const called =
        /^(?:minimum|min|easy|tops|max|maximum|guaranteed)$/.test(after) ||
        (after === 'at' && /^(?:least|most)$/.test(lower(words[i + 3])));
      // "carries 10 years minimum", "punishable by", "served 10 years at least": facts.
      const fact = words
        .slice(from, i)
        .some((x) =>
          /^(?:carry|carries|carried|punishable|faces|facing|face|served|serve|serving|up|of|by|for|worked|sentenced)$/.test(
            x.lower,
          ),
        );
      // A sentence that is only the term, or a person who "gets" it.
      if (called && !fact && !/^(?:sentence|term)$/.test(lower(words[i + 3]))) {
        const span = clauseSpan(sentence, i, i + (after === 'at' ? 3 : 2), 2, 0);
        if (span) out.push(span);
        i += 2;
        continue;
      }
    }
  }
  return out;
};

/** What the defence may get thrown out, or a court may toss: the case and its evidence. */
const CASE_THINGS =
  /^(?:case|cases|charge|charges|count|counts|evidence|confession|search|statement|statements|gun|dui|dwi|indictment|warrant|video|footage|lineup|stop|arrest|everything|it|this|that|ticket)$/;
/** Ways a case or its evidence is thrown out. */
const THROWN = /^(?:toss|throw|dismiss|suppress|drop|exclude|quash|bounce|kick)$/;

/**
 * The case, a charge or the evidence forecast to be thrown out or suppressed: "this charge is
 * going to get thrown out", "any halfway decent lawyer will get the gun suppressed", "the judge
 * will toss the whole search". Not a dismissal that happened ("were dismissed Tuesday"), not a
 * motion ("a motion to suppress will be heard"), not a supposition ("if the case is dismissed").
 */
export const dismissalForecast: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !THROWN.test(w.lemma) || !/^(?:VERB|AUX)$/.test(w.pos)) continue;
    // "throw" and "kick" need "out": "throw the book" is elsewhere.
    if (
      /^(?:throw|kick)$/.test(w.lemma) &&
      !words.slice(i + 1, i + 4).some((x) => x.lower === 'out')
    )
      continue;
    if (
      lower(words[i - 1]) === 'to' &&
      /^(?:motion|motions|move|moved|request)$/.test(lower(words[i - 2]))
    )
      continue;
    const from = clauseStart(sentence, i);
    const clause = words.slice(from, i);
    if (clause.some((x) => /^(?:if|unless|whether|was|were|been|had)$/.test(x.lower))) continue;
    // "filed a motion to get the statement suppressed": a request made, not a forecast.
    if (
      clause.some((x) =>
        /^(?:motion|motions|filed|asked|asks|requested|request|requests|moved)$/.test(x.lower),
      )
    )
      continue;
    // "dropped", "tossed": a past verb with no forecast before it is a report.
    const forecast =
      clause.some((x) => FORECASTING(x) || /^(?:get|gets|getting)$/.test(x.lower)) ||
      words.slice(i + 1).some((x) => /^(?:watch|see|bet|guarantee|guaranteed)$/.test(x.lower));
    if (!forecast) continue;
    // What is thrown out: the case, a charge, the evidence, before or just after the verb.
    const object = [...clause, ...words.slice(i + 1, i + 5)].some(
      (x) =>
        CASE_THINGS.test(x.lower) || /^(?:judge|lawyer|attorney|defense|defence)$/.test(x.lower),
    );
    if (!object || !clause.concat(words.slice(i + 1, i + 5)).some((x) => CASE_THINGS.test(x.lower)))
      continue;
    if (isDenied(sentence, i) && !clause.some((x) => FORECAST.has(x.lower))) continue;
    const span = clauseSpan(
      sentence,
      Math.max(from, i - 6),
      Math.min(words.length - 1, i + 1),
      0,
      3,
    );
    if (span) out.push(span);
    i += 1;
  }
  return out;
};

/** How a case is judged: easy or hard for the prosecution, or botched. */
const EASY_HARD = /^(?:easy|tough|hard|uphill|simple|cakewalk|winnable|unwinnable)$/;
const TASK = /^(?:one|case|job|battle|climb|road|fight|win|sell|time)$/;
const BOTCHED =
  /^(?:mess|sloppy|botched|shambles|disaster|joke|flawed|tainted|compromised|garbage|trash|bungled)$/;
const PROCESS =
  /^(?:custody|handling|investigation|search|lineup|interrogation|interview|warrant|evidence|paperwork|case|work|arrest|testing|lab)$/;
const HOLDERS = /^(?:da|d\.a\.|prosecutor|prosecutors|prosecution|state|they|cops|police)$/;

/**
 * The prosecution's case judged: "the DA's got an easy one", "prosecutors have an uphill
 * battle", "the state has its work cut out", "the chain of custody on that phone is a mess".
 */
export const caseJudged: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !(EASY_HARD.test(w.lower) || BOTCHED.test(w.lower) || w.lower === 'cut')) continue;
    const from = clauseStart(sentence, i);
    const holder = words
      .slice(Math.max(from, i - 5), i)
      .findIndex((x) => HOLDERS.test(x.lower) || x.text === 'DA');
    // "has an easy one", "got a tough case", "has an uphill battle"
    if (EASY_HARD.test(w.lower) && TASK.test(lower(words[i + 1])) && holder !== -1) {
      const verb = words
        .slice(Math.max(from, i - 4), i)
        .some((x) => /^(?:have|get)$/.test(x.lemma) || x.lower === 'got');
      if (verb && !isDenied(sentence, i)) {
        const span = clauseSpan(sentence, Math.max(from, i - 5) + holder, i + 1, 1, 3);
        if (span) out.push(span);
        i += 1;
        continue;
      }
    }
    // "has its work cut out"
    if (
      w.lower === 'cut' &&
      lower(words[i + 1]) === 'out' &&
      lower(words[i - 1]) === 'work' &&
      holder !== -1
    ) {
      const span = clauseSpan(sentence, Math.max(from, i - 5) + holder, i + 1, 1, 3);
      if (span) out.push(span);
      i += 1;
      continue;
    }
    // "the chain of custody is a mess", "the evidence handling was sloppy"
    if (BOTCHED.test(w.lower) && caseInText(text)) {
      const be = words.slice(Math.max(from, i - 4), i).findIndex((x) => isBeWord(x));
      if (be === -1) continue;
      const subject = words.slice(Math.max(from, i - 12), Math.max(from, i - 4) + be);
      if (!subject.some((x) => PROCESS.test(x.lower))) continue;
      if (isDenied(sentence, i)) continue;
      const start = Math.max(from, i - 12) + subject.findIndex((x) => PROCESS.test(x.lower));
      const span = clauseSpan(sentence, start, i, 3, 0);
      if (span) out.push(span);
    }
  }
  return out;
};

/** Those a writer may tell what to do with a defendant. */
const DECIDERS = new Set([...COURT_ACTORS].filter((w) => w !== 'state' && w !== 'defense'));
DECIDERS.add('magistrate');

/**
 * A court actor told what it ought to do with the defendant: "the judge ought to keep him locked
 * up", "prosecutors had better not drop this", "the court needs to deny her bail". Not a step of
 * procedure ("ought to receive the paperwork"), not being somewhere ("ought to be here by nine").
 */
export const courtActDemanded: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let a = 0; a < words.length; a += 1) {
    const actor = words[a];
    if (!actor || !DECIDERS.has(actor.lower)) continue;
    let v = a + 1;
    let demand = false;
    while (v < words.length && v <= a + 5) {
      const x = lower(words[v]);
      if (/^(?:ought|better|needs|need|gotta|has)$/.test(x)) demand = true;
      else if (!/^(?:to|had|['’]d|not|n['’]t|nt|really|just|finally|this|time)$/.test(x)) break;
      v += 1;
    }
    const verb = words[v];
    if (!demand || !verb || verb.lemma === 'be' || PROCEDURE_STEPS.has(verb.lemma)) continue;
    if (
      /^(?:receive|get|have|make|take|hear)$/.test(verb.lemma) &&
      !words.slice(v + 1, v + 4).some((x) => /^(?:him|her|them)$/.test(x.lower))
    )
      continue;
    // The act must fall on the defendant or the case: "keep him", "deny her bail", "every charge".
    const object = words
      .slice(v + 1, v + 5)
      .some((x) =>
        /^(?:him|her|them|em|man|woman|guy|kid|defendant|suspect|bail|bond|charge|charges|case|book|deal|plea|max|maximum|out)$/.test(
          x.lower,
        ),
      );
    if (!object || !caseInText(text + ' judge')) continue;
    const span = found(
      sentence,
      a - (lower(words[a - 1]) === 'the' || lower(words[a - 1]) === 'that' ? 1 : 0),
      clauseEnd(sentence, v, 4),
    );
    if (span) out.push(span);
    a = v;
  }
  return out;
};

function found(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[Math.max(0, from)];
  const last = sentence.words[Math.min(to, sentence.words.length - 1)];
  return first && last && last.end > first.start
    ? { start: first.start, end: last.end }
    : undefined;
}

/** Verbs that turn up evidence: "found", "recovered", "traced", "caught on". */
const TURNED_UP =
  /^(?:find|recover|trace|catch|match|seize|pull|discover|record|capture|film|come|turn|show|locate)$/;

/**
 * Evidence pinned on the defendant's own things, the writer's emphasis: "investigators found the
 * receipts in his own car", "the threats came from her own phone", "caught on his own doorbell
 * camera". Not a person found ("found him asleep in his own car"), not an arrest at home.
 */
export const evidenceOwned: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 1; i < words.length; i += 1) {
    if (lower(words[i]) !== 'own' || !/^(?:his|her|their)$/.test(lower(words[i - 1]))) continue;
    const from = clauseStart(sentence, i);
    const before = words.slice(from, i - 1);
    const verb = before.findIndex((w) => TURNED_UP.test(w.lemma));
    if (verb === -1) continue;
    // The thing turned up, not a person: "found him", "caught her".
    if (/^(?:him|her|them|he|she)$/.test(lower(before[verb + 1]))) continue;
    if (isDenied(sentence, i)) continue;
    const span = clauseSpan(sentence, from + verb, Math.min(words.length - 1, i + 1), 3, 2);
    if (span) out.push(span);
    i += 1;
  }
  return out;
};
