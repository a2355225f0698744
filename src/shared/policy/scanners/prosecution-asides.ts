import type { Sentence, Word } from '../language/analysis';
import { DEFENDERS, EVIDENCE, isStop } from '../language/court';
import { clauseEnd, clauseStart, isDenied, isDeniedOrHypothetical } from '../language/words';
import { clauseSpan } from './prosecution-shapes';
import type { Found, SentenceRule } from './sentence-rules';
import { lastTextTest } from './whole-document';

/*
 * Pending prosecution (III.B.1.c), round five: families the blind tenth set wrote that no rule
 * saw. A conviction or acquittal named as the subject of a forecast ("a conviction will follow",
 * "prison time is coming"); a piece of evidence forecast to defeat the defence ("the toxicology
 * report alone will sink his defense"); the defence foreclosed before it speaks ("whatever his
 * lawyer comes up with, it won't be enough"); the writer's own say in the outcome ("if we have
 * anything to say about it"); the defendant called incorrigible ("some people never learn", "he
 * isn't about to stop"); the evidence held up as the reason for an outcome ("with the evidence
 * we've got, he'd be crazy not to"); a confession called unneeded ("not that it matters: he was
 * seen on three cameras"); and a light sentence forecast ("slap on the wrist incoming").
 */

const lower = (word: Word | undefined) => word?.lower ?? '';

/** A case somewhere in the text: the rules below judge a case, so they need one in view. */
const CASE_IN_TEXT =
  /\b(?:charged|charges?|arrest(?:ed)?|booked|custody|court|courthouse|trial|bond|bail|judge|jury|DA|prosecut\w*|plea|sentence|sentenced|probation|indict\w*|arraign\w*|convict\w*|defendant|suspect|accused|lawyer|attorney|jail|prison|confess\w*|detectives)\b/i;
const caseInText = lastTextTest(CASE_IN_TEXT);

function span(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[from];
  const last = sentence.words[to];
  return first && last && last.end > first.start
    ? { start: first.start, end: last.end }
    : undefined;
}

/** Future or modal words: "will", "'ll", "gonna", "is going to", "'d", "would". */
const FUTURE = /^(?:will|['’]ll|ll|gonna|gunna|going|would|['’]d|wo|won['’]t|wont|shall)$/;

/* ---------- A court outcome named as the subject of a forecast ---------- */

/** Outcomes only a court gives: naming one as what is coming forecasts it. */
const OUTCOME_NOUNS =
  /^(?:conviction|convictions|acquittal|acquittals|verdict|exoneration|prison|jail|time|sentence|probation)$/;
/** What is said of an outcome that forecasts it. */
const COMING =
  /^(?:follow|come|coming|incoming|happen|expected|certain|inevitable|guaranteed|assured|likely|unlikely|imminent|near|sure|foregone|locked)$/;

/**
 * "It's expected by everyone that a conviction will follow", "prison time is coming for her",
 * "an acquittal seems unlikely", "a guilty verdict is a foregone conclusion". Not the penalty a
 * count carries ("a conviction carries up to five years"), nor a denied or supposed one.
 */
export const outcomeComing: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !OUTCOME_NOUNS.test(w.lower) || w.pos !== 'NOUN') continue;
    // "time" and "sentence" only as prison time or a sentence: "prison time", "a long sentence".
    if (w.lower === 'time' && !/^(?:prison|jail|hard|real|serious)$/.test(lower(words[i - 1])))
      continue;
    if (/^(?:prison|jail)$/.test(w.lower) && lower(words[i + 1]) !== 'time') continue;
    const head = /^(?:prison|jail)$/.test(w.lower) ? i + 1 : i;
    // The predicate within the next five words: "will follow", "is coming", "seems unlikely".
    for (let k = head + 1; k <= head + 5 && k < words.length; k += 1) {
      const p = words[k];
      if (!p || isStop(p) || /^(?:if|unless|whether|carries|carry|means)$/.test(p.lower)) break;
      if (!COMING.test(p.lower) && !COMING.test(p.lemma)) continue;
      // "sure" and "likely" need a be before them: "make sure a sentence" is something else.
      const linked = words
        .slice(head + 1, k)
        .some(
          (x) =>
            FUTURE.test(x.lower) || x.lemma === 'be' || /^(?:seems?|looks?|['’]s)$/.test(x.lower),
        );
      if (!linked && !/^(?:incoming|coming)$/.test(p.lower)) break;
      if (
        isDenied(sentence, k) ||
        /\bwhether\b|\bif\b/i.test(
          words
            .slice(0, i)
            .map((x) => x.lower)
            .join(' '),
        )
      )
        break;
      const from = Math.max(clauseStart(sentence, i), i - 4);
      // "It's expected by everyone ... that a conviction will follow": the frame is part of it.
      const frame = words
        .slice(0, i)
        .findIndex((x) => x.lower === 'expected' || x.lower === 'expect');
      const got = span(
        sentence,
        frame !== -1 ? Math.max(0, frame - 2) : from,
        clauseEnd(sentence, k, 4),
      );
      if (got) out.push(got);
      i = k;
      break;
    }
  }
  return out;
};

/* ---------- A piece of evidence forecast to defeat the defence ---------- */

/** Evidence, wider than the court set: reports, results and findings. */
const PROOF = new Set([
  ...EVIDENCE,
  'report',
  'reports',
  'findings',
  'toxicology',
  'autopsy',
  'ballistics',
  'lab',
  'match',
  'messages',
  'confession',
  'statements',
  'statement',
  'data',
  'logs',
  'fingerprint',
  'print',
  // round twenty-six: "the fingerprints on the drawer seal it", "the ledger alone will sink her
  // defense"
  'fingerprints',
  'prints',
  'ledger',
  'ledgers',
]);
/** A case or a crime told in the text. */
const CASE_TOLD =
  /\b(?:case|charge[sd]?|trial|jury|court|defen[cs]e|prosecut\w*|arrest\w*|burglary|robbery|theft)\b/i;
/** What evidence is said to do to a defence or a defendant. */
const DEFEATS =
  /^(?:sink|bury|destroy|doom|hang|nail|finish|seal|wreck|crush|tank|kill|torpedo|demolish|shred|end|convict|cook|fry)$/;
/**
 * Round forty-one's subjects, said only to sink or bury a person, and only where a case is told:
 * "the texts he sent will sink him", "the paperwork is going to bury him" (the DA, the state
 * and prosecutors are court actors, read by `courtActorOutlook`). Beside "finish" or "kill" they
 * would read "the photos will finish the album".
 */
const SINKS_A_PERSON = new Set([
  'record',
  'result',
  'test',
  'tests',
  'thread',
  'photo',
  'picture',
  'file',
  'files',
  'paperwork',
  'write-ups',
  'log',
  'logbook',
  'lie',
]);
/** What evidence says of another thing: "the footage shows", "the report says". */
const REPORTS = /^(?:shows?|showed|says?|said|means|suggests?|warns?)$/;

/**
 * An officer's own forms or a recruit's own lie, in the sentence: "The paperwork on this arrest is
 * going to bury him, says Sgt. Molina", "One lie on the form will sink them" (a recruiting post).
 */
const OWN_FORMS =
  /\b(?:Sgt|Sergeant|Officer|Deputy|Det|Detective|Lt|Trooper|recruit\w*|applicants?|forms?)\b/;
const ownFormsTold = (text: string, words: readonly Word[]) =>
  OWN_FORMS.test(text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0));

/**
 * A burial or a pile of something, not a verdict: "the state will bury him with full honors",
 * "bury him Saturday", "will bury them in paperwork", "in fees", "in kind words"; "bury him in
 * court" is one.
 */
const FUNERAL_AFTER =
  /^\s+(?:in\s+(?!(?:court|trial|front|the\s+court\w*|a\s+courtroom|prison|jail)\b)|with\s+(?:full\s+)?honors|next\s+to|beside|off|as\s+a|on\s+\p{L}+day|\p{L}+day|next\s+week)\b/iu;

/**
 * "The toxicology report alone will sink his defense", "the autopsy findings will destroy her
 * case", "the ballistics report seals it". Evidence as the subject, a verb of defeat, forecast
 * or said as settled. "The report will be released" is a date, not a defeat.
 */
export const evidenceDefeats: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  // Asked once a sentence, and only where a person is sunk: both read the whole sentence or text.
  let caseTold: boolean | undefined;
  let ownForms: boolean | undefined;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !DEFEATS.test(w.lemma)) continue;
    // "seals it" is tagged a noun at times: a noun counts only before "it".
    if (w.pos === 'NOUN' && lower(words[i + 1]) !== 'it') continue;
    // "the photos will end up online" is where they go, not what they do to a defence
    if (w.lemma === 'end' && lower(words[i + 1]) === 'up') continue;
    // The subject within six words before (eight for a person sunk), with a future word or a
    // present "seals it".
    const from = clauseStart(sentence, i);
    // sinking or burying a person ("the texts will sink him"), not a defence
    const person = words[i + 1];
    const sinks = /^(?:sink|bury)$/.test(w.lemma) && /^(?:him|her|them)$/.test(lower(person));
    // eight words for a person sunk: "the photos of the rusted joist hangers are gonna sink him"
    const first = Math.max(from, i - (sinks ? 8 : 6));
    const before = words.slice(first, i);
    const proof =
      before.some((x) => PROOF.has(x.lower)) ||
      (sinks &&
        before.some(
          (x, k) =>
            SINKS_A_PERSON.has(x.lower) &&
            // a noun of its own, not "record snowfall could bury them" ("that lie" is tagged a verb)
            (x.pos === 'NOUN' ||
              /^(?:that|the|this|his|her|their)$/.test(before[k - 1]?.lower ?? '')) &&
            before[k + 1]?.pos !== 'NOUN' &&
            (caseTold ??= caseInText(text)) &&
            !(
              /^(?:paperwork|files?|write-ups|lie)$/.test(x.lower) &&
              (ownForms ??= ownFormsTold(text, words))
            ),
        ));
    if (!proof) continue;
    // "the autopsy report came back and the family will bury him": a clause of its own after
    // the evidence, with its own doer
    const lastProof = before.findLastIndex(
      (x) => PROOF.has(x.lower) || SINKS_A_PERSON.has(x.lower),
    );
    if (sinks && before.slice(lastProof + 1).some((x) => /^(?:and|but|so|then)$/.test(x.lower)))
      continue;
    // "our logbook shows heavy rain will sink them": the evidence reports, another sinks
    if (sinks && before.slice(lastProof + 1).some((x) => REPORTS.test(x.lower))) continue;
    if (sinks && person && FUNERAL_AFTER.test(text.slice(person.end))) continue;
    // a plural's present "seal it" too, where a case is told: "the fingerprints on the drawer
    // seal it, the burglary case is done", not the prints on Dad's coffee mug; and evidence that
    // sinks a person now, not in the past ("the records alone sink him", "the bank records bury
    // her and her lawyer knows it")
    const future =
      before.some((x) => FUTURE.test(x.lower)) ||
      /s$/.test(w.lower) ||
      (w.lemma === 'seal' && lower(words[i + 1]) === 'it' && CASE_TOLD.test(text)) ||
      (sinks &&
        /^(?:sink|bury)$/.test(w.lower) &&
        !/^(?:can|could|may|might|must)$/.test(lower(words[i - 1])));
    if (!future || isDenied(sentence, i)) continue;
    // "if the texts sink him, so be it" supposes
    if (sinks && isDeniedOrHypothetical(sentence, i)) continue;
    // "seal" only of "it", the case or the deal: "seals the envelope" is not a verdict.
    if (w.lemma === 'seal' && !/^(?:it|the|his|her|their|this)$/.test(lower(words[i + 1])))
      continue;
    const got = clauseSpan(sentence, first, i, 0, 4);
    if (got) out.push(got);
    i += 1;
  }
  return out;
};

/* ---------- The defence foreclosed ---------- */

/** Who might speak for the defendant, or what they might offer. */
const OFFERED =
  /^(?:excuse|excuses|story|alibi|argument|arguments|explanation|spin|claims?|he|she|they)$/;
/** How the close says it will fail. */
const FAILS =
  /^(?:enough|matter|matters|work|help|save|change|fly|stick|difference|chance|nothing|get)$/;

/**
 * "Whatever his lawyer comes up with, it won't be enough", "no matter what her attorney argues,
 * nothing will save her", "whatever excuse he tries, it won't matter". Not "whatever your
 * question, call us": a defender or a defendant's offer must be in the frame.
 */
export const defenceForeclosed: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    const opener =
      w.lower === 'whatever' ||
      (w.lower === 'no' &&
        lower(words[i + 1]) === 'matter' &&
        /^(?:what|how)$/.test(lower(words[i + 2])));
    if (!opener) continue;
    const frameEnd = clauseEnd(sentence, i, 10);
    const frame = words.slice(i + 1, frameEnd + 1);
    if (!frame.some((x) => DEFENDERS.has(x.lower) || OFFERED.test(x.lower))) continue;
    // The close after the frame: a negated or hopeless forecast.
    const closeFrom = frameEnd + 2;
    const closeTo = clauseEnd(sentence, Math.min(closeFrom, words.length - 1), 8);
    const close = words.slice(closeFrom, closeTo + 1);
    const negated = close.some(
      (x) => /^(?:n['’]t|not|nothing|never|no)$/.test(x.lower) || /n['’]t$/.test(x.lower),
    );
    const fails = close.some((x) => FAILS.test(x.lower) || FUTURE.test(x.lower));
    if (!negated || !fails) continue;
    const got = span(sentence, i, closeTo);
    if (got) out.push(got);
    i = closeTo;
  }
  return out;
};

/* ---------- The writer's own say in the outcome ---------- */

/** What a court does to a defendant: the outcome the writer claims a say in. */
const COURT_FATE =
  /^(?:tried|try|adult|convicted|convict|sentenced|sentence|prison|jail|bars|locked|lock|max|maximum|life|years|daylight|light|out|free|walk|walks|charged|court|trial|custody|parole|bail|bond|released|license|licence)$/;

/**
 * "he'll be tried as an adult if we have anything to say about it", "if it were up to me she'd
 * never get out", "if I had my way". The writer claims a hand in the court's decision, and the
 * sentence names that decision: "if we have our way, every child will have a helmet" names none.
 */
export const ourSay: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (lower(words[i]) !== 'if') continue;
    const a = lower(words[i + 1]);
    const b = lower(words[i + 2]);
    const c = lower(words[i + 3]);
    const d = lower(words[i + 4]);
    const mine = /^(?:we|i)$/.test(a);
    const say =
      (mine &&
        /^(?:have|had|get|got)$/.test(b) &&
        (/^(?:our|my)$/.test(c) ? d === 'way' : /^(?:anything|any|a)$/.test(c))) ||
      (a === 'it' &&
        /^(?:were|was|is|['’]s)$/.test(b) &&
        c === 'up' &&
        d === 'to' &&
        /^(?:me|us)$/.test(lower(words[i + 5])));
    if (!say) continue;
    // The outcome sits before the "if" in its clause, or in the clause after it.
    const from = clauseStart(sentence, i);
    let to = clauseEnd(sentence, i, 10);
    if (words[to + 1]?.text === ',') to = clauseEnd(sentence, to + 2, 10);
    const said = words.slice(from, to + 1);
    const person = said.some((x) =>
      /^(?:he|she|they|him|her|them|he['’]d|she['’]d)$/.test(x.lower),
    );
    if (!person || !said.some((x) => COURT_FATE.test(x.lower))) continue;
    const got = span(sentence, from, to);
    if (got) out.push(got);
    break;
  }
  return out;
};

/* ---------- The defendant called incorrigible ---------- */

const LEARNS = /^(?:learn|change|stop|quit|grow|reform|improve)$/;
/** Who never stops until locked up: an offender by name of their kind, not "they" or a name. */
const OFFENDER_LEARNER =
  /^(?:kind|sort|type|predator|predators|criminal|criminals|crook|crooks|thief|thieves|abuser|offender|menace|scumbag|scumbags)$/;
/** Who is said never to learn: the defendant, "people like him", "the kind of predator who…". */
const LEARNER =
  /^(?:he|she|they|people|folks|guys|some|guy|man|woman|dude|types|type|kind|sort|criminals|thieves|kids|scumbags|predator|predators|criminal|crook|thief|abuser|offender|menace)$/;

/**
 * "Some people never learn", "guys like him never change", "he isn't about to stop now", "she'll
 * never quit". Said in a text about an arrest, it judges the defendant's character. Not "some
 * people never learn to lock their cars": a verb with an object is a lesson, not a character.
 */
export const neverLearns: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !LEARNS.test(w.lemma)) continue;
    const next = lower(words[i + 1]);
    // Intransitive, or "their lesson", "his ways", "now": "never learn to lock" has an object.
    const bare =
      isStop(words[i + 1]) ||
      /^(?:now|anytime|ever|soon|either|lol|smh|his|her|their|and|,|unless|until)$/.test(next) ||
      // "never quit stealing", "won't stop dealing": the habit named.
      /ing$/.test(next);
    if (!bare) continue;
    if (
      /^(?:his|her|their)$/.test(next) &&
      !/^(?:lesson|ways?|behavior|behaviour)$/.test(lower(words[i + 2]))
    )
      continue;
    const from = clauseStart(sentence, i);
    const before = words.slice(Math.max(from, i - 6), i);
    const never =
      before.some((x) => x.lower === 'never') ||
      // "isn't about to stop", "won't stop", "is not going to change"
      (before.some(
        (x) => /^(?:n['’]t|not|wo|won['’]t|ain['’]t)$/.test(x.lower) || /n['’]t$/.test(x.lower),
      ) &&
        before.some((x) => /^(?:about|going|gonna|wo|won['’]t|will)$/.test(x.lower)));
    if (!never) continue;
    if (!before.some((x) => LEARNER.test(x.lower) || x.pos === 'PROPN')) continue;
    // "never stop until…" is the department's own promise ("they won't stop until the person
    // responsible is in custody") unless an offender is what never stops.
    if (/^(?:unless|until)$/.test(next) && !before.some((x) => OFFENDER_LEARNER.test(x.lower)))
      continue;
    // "…never stop unless he's locked away": the condition is the same clause, read in full.
    const got = clauseSpan(
      sentence,
      Math.max(from, i - 6),
      i,
      0,
      /^(?:unless|until)$/.test(next) ? 6 : 3,
    );
    if (got) out.push(got);
    i += 1;
  }
  return out;
};

/* ---------- The evidence held up as the reason for an outcome ---------- */

/**
 * "With the evidence we've got, he'd be crazy not to", "given that footage, she'd be foolish to
 * go to trial", "with this much proof, he'd better plead". A frame of evidence, then a defendant
 * and a modal. "With the footage from residents, detectives arrested him" reports a step.
 */
export const evidenceAsReason: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!/^(?:with|given|between)$/.test(lower(words[i]))) continue;
    const frameEnd = clauseEnd(sentence, i, 8);
    const frame = words.slice(i + 1, frameEnd + 1);
    if (!frame.some((x) => PROOF.has(x.lower))) continue;
    const closeFrom = frameEnd + 2;
    if (closeFrom >= words.length) continue;
    const closeTo = clauseEnd(sentence, closeFrom, 10);
    const close = words.slice(closeFrom, closeTo + 1);
    const subject = close[0];
    if (!subject || !/^(?:he|she|they|he['’]d|she['’]d|he['’]s|she['’]s)$/.test(subject.lower))
      continue;
    const modal = close
      .slice(1, 4)
      .some((x) =>
        /^(?:['’]d|would|better|should|must|['’]ll|will|gonna|doesn['’]t|does|has|have|can['’]t|ca)$/.test(
          x.lower,
        ),
      );
    const judged = close.some((x) =>
      /^(?:crazy|nuts|foolish|fool|idiot|stupid|smart|wise|insane|dumb|plead|deal|chance|walk|prayer)$/.test(
        x.lower,
      ),
    );
    if (!modal || !judged) continue;
    const got = span(sentence, i, closeTo);
    if (got) out.push(got);
    i = closeTo;
  }
  return out;
};

/* ---------- A confession or step called unneeded, the evidence then held up ---------- */

/**
 * "Not that it matters much: he was seen on three separate doorbell cameras", "we didn't even
 * need his confession: three witnesses saw him". The writer weighs the evidence and finds the
 * case made. The frame and what follows it are the comment.
 */
export const proofUnneeded: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  for (let i = 0; i < words.length; i += 1) {
    const a = lower(words[i]);
    const b = lower(words[i + 1]);
    const c = lower(words[i + 2]);
    const d = lower(words[i + 3]);
    const matters =
      (a === 'not' &&
        b === 'that' &&
        /^(?:it|we|they|anyone)$/.test(c) &&
        /^(?:matters|mattered|needed|need)$/.test(d)) ||
      ((a === 'doesn' || a === 'doesn’t' || a === "doesn't" || a === 'does') &&
        /^(?:n['’]t|not|even)$/.test(b) &&
        /^(?:even|matter)$/.test(c)) ||
      (/^(?:didn['’]t|did)$/.test(a) &&
        /^(?:n['’]t|not|even)$/.test(b) &&
        /^(?:even|need)$/.test(c));
    if (!matters) continue;
    // What follows the frame within the sentence: the evidence held up.
    const to = Math.min(words.length - 1, clauseEnd(sentence, clauseEnd(sentence, i, 8) + 1, 12));
    const rest = words.slice(i, to + 1);
    if (
      !rest.some(
        (x) =>
          PROOF.has(x.lower) || /^(?:seen|caught|saw|witnesses|cameras?|confession)$/.test(x.lower),
      )
    )
      continue;
    const got = span(sentence, i, to);
    if (got) out.push(got);
    break;
  }
  return out;
};

/* ---------- A light sentence forecast in a comment's words ---------- */

/** Words before a forecast in a comment: "watch", "bet", "calling it". */
const LEAD_IN = /^(?:watch|bet|calling|call|it|prob|probably|guaranteed|yeah|lol|lmao|smh)$/;
const MOCKING = /^(?:again|incoming|watch|lol|lmao|smh|probably|prob|bet|guaranteed|calling)$/;
const LIGHT_PENALTY =
  /^(?:probation|community|slap|fine|warning|wrist|time-served|diversion|house)$/;

/**
 * "Slap on the wrist incoming", "probation and a 'don't do it again'", "community service,
 * watch". A light sentence forecast or mocked in a comment: a fragment with no verb, or "slap
 * on the wrist" anywhere a case is in view. Not "he was sentenced to probation in 2019".
 */
export const lightSentenceMocked: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!caseInText(text)) return out;
  const wrist = words.findIndex(
    (w, k) => w.lower === 'slap' && lower(words[k + 1]) === 'on' && lower(words[k + 3]) === 'wrist',
  );
  if (wrist !== -1 && !words.some((w) => /^(?:ordinance|law|fines|not)$/.test(w.lower))) {
    const got = clauseSpan(sentence, wrist, wrist + 3, 4, 3);
    if (got) out.push(got);
    return out;
  }
  // The penalty opens the fragment, or follows a lead-in: "Watch, probation again lol".
  let at = 0;
  while (at < 3 && (LEAD_IN.test(lower(words[at])) || words[at]?.text === ',')) at += 1;
  if (!LIGHT_PENALTY.test(lower(words[at]))) return out;
  // A fragment: no verb of its own outside a quotation ("and a 'don't do it again'").
  let quoted = false;
  for (const w of words) {
    if (/^["“”]$/.test(w.text)) quoted = !quoted;
    else if (!quoted && (w.pos === 'VERB' || w.pos === 'AUX') && !LEAD_IN.test(w.lower)) return out;
  }
  // And a mocking mark: a quotation, "again", "watch", "lol", "incoming".
  const mocking = words.some((w) => /^["“”]$/.test(w.text) || MOCKING.test(w.lower));
  if (!mocking) return out;
  const got = span(sentence, 0, clauseEnd(sentence, at, 12));
  if (got) out.push(got);
  return out;
};
