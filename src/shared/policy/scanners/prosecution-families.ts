import type { Sentence, Word } from '../language/analysis';
import { COURT_ACTORS, EVIDENCE, PERSON_SUBJECT, isStop } from '../language/court';
import { type Mention, namedPeople } from '../language/people';
import { clauseEnd, clauseStart, isDenied, isNegator } from '../language/words';
import type { Found, SentenceRule } from './sentence-rules';

/*
 * Pending prosecution (III.B.1.c), families of commentary written in other words than the
 * outlook rules expect: a court actor's act wished for ("I want the judge to make an example of
 * her"), a defence dared ironically ("best of luck selling that to twelve jurors"), evidence said
 * to leave nothing to decide, the department untroubled about the trial, a punishment said to be
 * earned, an outcome only a court decides forecast in other verbs ("she'll answer for it", "this
 * won't even reach a courtroom", "he shouldn't be walking around"), and the defendant's character
 * judged over time ("in and out of trouble since middle school").
 */

const lower = (word: Word | undefined) => word?.lower ?? '';

function found(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[from];
  const last = sentence.words[Math.min(to, sentence.words.length - 1)];
  return first && last && last.end > first.start
    ? { start: first.start, end: last.end }
    : undefined;
}

/** A case in the text: charges, an arrest, a court, a plea or a deal. */
const CASE_IN_TEXT =
  /\b(?:charged|charges?|arrested|booked|custody|court|trial|bond|bail|judge|jury|DA|prosecut\w*|plea|deal|sentence|sentenced)\b/i;

/** A defendant's case, without the judge or court that may be off it. */
const DEFENDANT_CASE =
  /\b(?:charged|charges?|arrested|booked|custody|trial|bond|bail|jury|DA|prosecut\w*|plea|deal|sentence|sentenced|convict\w*)\b/i;

/**
 * A judge or a court also retires, reopens and hosts: wished or forecast, they comment on a
 * case only with a case or a defendant (him, her) in view.
 */
export function judgeOffCase(text: string, words: readonly Word[], actor: Word): boolean {
  return (
    /^(?:judge|judges|court|courts)$/.test(actor.lower) &&
    !DEFENDANT_CASE.test(text) &&
    !words.some((w) => /^(?:him|her|them|em|he|she)$/.test(w.lower))
  );
}

/** Deciders and arguers of a case a writer can wish something of. "state" is too often a place. */
const WISHED_ACTORS = new Set([...COURT_ACTORS].filter((w) => w !== 'state' && w !== 'defense'));

/** Verbs of wishing. */
const WISH = /^(?:hope|hopes|hoping|hopefully|wish|wishing|want|wants|pray|praying|prays)$/;

/** A court's procedural steps: wishing one is not a comment on the outcome. */
const PROCEDURAL =
  /^(?:set|schedule|hear|review|reconvene|arraign|appoint|postpone|continue|open|close|announce|read|reads|sets|hears|reviews|know|understand|note|recognize|recognise)$/;

/**
 * A court actor's act wished for: "I hope the judge sees right through him", "here's hoping the
 * prosecutor refuses any deal", "we want the jury to send a message". Not "we hope everyone
 * enjoys the judge's story time" (a possessive is not the actor) or "we hope the court sets a
 * date soon" (a procedural step).
 */
export const courtActWished: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const wish = words[i];
    if (!wish || !WISH.test(wish.lower)) continue;
    // "want" of a thing ("we want your tips") needs the actor right after it, as all do.
    let a = i + 1;
    while (a < words.length && a <= i + 4 && !WISHED_ACTORS.has(lower(words[a]))) {
      if (isStop(words[a]) && words[a]?.text !== '’' && words[a]?.text !== "'") break;
      a += 1;
    }
    const actor = words[a];
    if (!actor || !WISHED_ACTORS.has(actor.lower)) continue;
    // Only the/this/that/a/our/any/every or nothing before the actor: "the basketball court" is a place.
    const before = words.slice(i + 1, a);
    if (
      before.some(
        (w) => !/^(?:the|this|that|a|an|our|any|every|whichever|whatever|,)$/.test(w.lower),
      )
    )
      continue;
    const next = words[a + 1];
    if (!next || /^['’]s$/.test(next.text) || next.pos === 'NOUN' || next.pos === 'PROPN') continue;
    // The verb the actor does, past "to", modals, negators and adverbs.
    let v = a + 1;
    while (
      v < words.length &&
      v <= a + 5 &&
      (/^(?:to|will|['’]ll|would|does|doesn|do|did|is|are|gonna|going|finally|actually|really|just|even)$/.test(
        lower(words[v]),
      ) ||
        isNegator(words[v] as Word))
    )
      v += 1;
    const verb = words[v];
    if (!verb || !/^(?:VERB|AUX)$/.test(verb.pos) || PROCEDURAL.test(verb.lower)) continue;
    // "jurors summoned for Monday": a participle after the actor describes it, it does not act.
    if (v === a + 1 && /ed$/.test(verb.lower)) continue;
    if (PROCEDURAL.test(verb.lemma)) continue;
    // A judge or a court also retires, reopens and hosts: only with a case or a defendant in view.
    if (judgeOffCase(text, words, actor)) continue;
    if (isDenied(sentence, i)) continue;
    // From the wisher: "I hope", "we want", "let's hope", "here's hoping".
    let start = i;
    while (
      start > i - 3 &&
      /^(?:i|we|let|lets|['’]s|here|really|truly|just|all)$/.test(lower(words[start - 1]))
    )
      start -= 1;
    const span = found(sentence, start, clauseEnd(sentence, v, 5));
    if (span) out.push(span);
    i = v;
  }
  return out;
};

/** Whoever a defence must persuade: an ironic "good luck" names one of them. */
const PERSUADED = /^(?:jury|jurors|juror|judge|judges|trial|prosecutor|prosecutors|da)$/;

/**
 * Irony at a defence: "Good luck selling that to a jury", "best of luck convincing a judge".
 * Not "Good luck to all the runners" (no defence to persuade, no -ing verb).
 */
export const defenceMocked: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!words.some((w) => PERSUADED.test(w.lower))) return out;
  for (let i = 0; i < words.length; i += 1) {
    if (lower(words[i]) !== 'luck' || !/^(?:good|of|lotsa)$/.test(lower(words[i - 1]))) continue;
    const verb = words
      .slice(i + 1, i + 4)
      .findIndex((w) => /ing$/.test(w.lower) && w.lower.length > 4 && w.pos !== 'NOUN');
    if (verb === -1) continue;
    const start = lower(words[i - 1]) === 'of' ? Math.max(0, i - 2) : i - 1;
    const span = found(sentence, start, clauseEnd(sentence, i + 1 + verb, 6));
    if (span) out.push(span);
    i += 1 + verb;
  }
  return out;
};

/** "little", "no", "nothing", "not much" of what a trial weighs. */
const LITTLE = /^(?:little|no|nothing|zero|none|nada)$/;
const WEIGHED =
  /^(?:room|doubt|doubts|question|questions|choice|debate|argue|argument|arguments|wiggle|option|options|way|chance|to|mystery|guesswork|deliberate|discuss|decide)$/;

/**
 * Evidence said to leave nothing to decide: "the footage will leave the jury little to debate",
 * "those prints give the defense no room to argue". And confidence that evidence will carry a
 * trial: "we are confident the video will convince any jury".
 */
export const evidenceConclusive: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  const trial = words.some((w) => /^(?:jury|jurors|trial|court|conviction|judge)$/.test(w.lower));
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word || !(word.lemma === 'leave' || word.lemma === 'give' || word.lemma === 'offer'))
      continue;
    const from = clauseStart(sentence, i);
    const subject = words.slice(from, i).some((w) => EVIDENCE.has(w.lower));
    if (!subject) continue;
    for (let k = i + 1; k < words.length && k <= i + 6; k += 1) {
      const w = words[k];
      if (!w || isStop(w)) break;
      const little =
        LITTLE.test(w.lower) ||
        (w.lower === 'much' && isNegator(words[k - 1] as Word)) ||
        (w.lower === 'little' && lower(words[k - 1]) === 'very');
      if (!little) continue;
      const what = words
        .slice(k + 1, k + 4)
        .findIndex((x) => WEIGHED.test(x.lower) || WEIGHED.test(x.lemma));
      if (what === -1) break;
      const span = found(sentence, Math.max(from, i - 4), clauseEnd(sentence, k + 1 + what, 3));
      if (span) out.push(span);
      i = k + 1 + what;
      break;
    }
  }
  // "confident the footage will …", "no doubt the DNA is going to …", about a trial.
  if (trial)
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i];
      if (!w || !/^(?:confident|certain|sure|doubt)$/.test(w.lower)) continue;
      const e = words.slice(i + 1, i + 5).findIndex((x) => EVIDENCE.has(x.lower));
      if (e === -1) continue;
      const at = i + 1 + e;
      if (!/^(?:will|['’]ll|is|are|gonna|going|should|would)$/.test(lower(words[at + 1]))) continue;
      if (w.lower === 'doubt' && !isNegator(words[i - 1] as Word)) continue;
      const span = found(sentence, Math.max(0, i - 3), clauseEnd(sentence, at + 2, 8));
      if (span) out.push(span);
      break;
    }
  return out;
};

/** The department's own people, the ones who could be untroubled about a trial. */
const OURS =
  /^(?:we|our|detectives|investigators|officers|prosecutors|prosecutor|da|deputies|police|cops)$/;
const CASE_WORDS =
  /\b(?:trial(?!\s+(?:run|period|basis|version|membership))|jury|jurors|court|courtroom|judge|conviction|convict\w*|charges?|case|evidence|hold\s+up|stand\s+up|stick)\b/i;

/** What a question about the case asks of: "Will the confession survive a hearing?" */
const EVIDENCE_WORDS =
  /\b(?:evidence|footage|video|dna|prints|fingerprints|confession|testimony|witness(?:es)?|hearing|survive|alibi)\b/i;

/**
 * The department untroubled about a trial: "Will the prints hold up at trial? Let's just say our
 * detectives are not losing sleep over it", "prosecutors aren't worried about this one in court".
 * Only where the sentence or the question just before it is about the case; a deferral ("That is
 * for the court to decide") is not untroubled.
 */
export const trialUntroubled: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w) continue;
    const sleep =
      (w.lower === 'losing' || w.lower === 'lose' || w.lower === 'lost') &&
      (lower(words[i + 1]) === 'sleep' ||
        (/^(?:any|much|a|one)$/.test(lower(words[i + 1])) && lower(words[i + 2]) === 'sleep'));
    const worry = /^(?:worried|concerned|worrying|sweating|nervous|bothered)$/.test(w.lower);
    if (!sleep && !worry) continue;
    const back = words.slice(Math.max(0, i - 6), i);
    if (!back.some((x) => isNegator(x) || x.lower === 'nt')) continue;
    if (!back.some((x) => OURS.test(x.lower))) continue;
    const inSentence = CASE_WORDS.test(text.slice(sentence.start, sentence.end));
    const before = text.slice(Math.max(0, sentence.start - 200), sentence.start);
    const q = before.lastIndexOf('?');
    const question = before.slice(0, q);
    const asked =
      q !== -1 &&
      before.slice(q + 1).trim().length === 0 &&
      (CASE_WORDS.test(question) || EVIDENCE_WORDS.test(question));
    if (!inSentence && !asked) continue;
    const span = found(
      sentence,
      Math.max(clauseStart(sentence, i), i - 6),
      clauseEnd(sentence, i + 1, 4),
    );
    if (span) out.push(span);
    break;
  }
  return out;
};

/** What a court hands down: earning or deserving one of these is a sentence called for. */
const PUNISHMENT =
  /^(?:consequences?|years?|months?|decades?|life|sentence|punishment|prison|jail|max|maximum|penalty|time)$/;
const NOT_A_DEFENDANT =
  /^(?:we|our|us|you|officer|officers|deputies|detectives|team|volunteers|residents|everyone|community|family|families|victim|victims|kids|children|staff|department)$/;

/**
 * A punishment said to be earned or deserved: "has earned adult consequences", "she's earned
 * every year she gets", "he deserves 25 to life". Not "Officer Reyes has earned the lifesaving
 * award", not "our volunteers deserve some time off".
 */
export const punishmentEarned: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  let named: Mention[] | undefined;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    if (!w || !/^(?:earn|deserve)$/.test(w.lemma)) continue;
    named ??= namedPeople(sentence).filter((p) => !p.titled);
    const from = clauseStart(sentence, i);
    const clause = words.slice(from, i);
    // "That man has earned…": a demonstrative points at the subject, it is not one.
    const firstNoun = clause.find(
      (x) => /^(?:PRON|NOUN|PROPN)$/.test(x.pos) && !/^(?:that|this|these|those)$/.test(x.lower),
    );
    if (!firstNoun || NOT_A_DEFENDANT.test(firstNoun.lower)) continue;
    const person =
      PERSON_SUBJECT.test(firstNoun.lower) ||
      /^(?:kid|teen|teenager|anyone|anybody|whoever|somebody|someone|man|woman|guy)$/.test(
        firstNoun.lower,
      ) ||
      named.some((p) => p.from >= from && p.to < i);
    if (!person) continue;
    let end = -1;
    for (let k = i + 1; k < words.length && k <= i + 7; k += 1) {
      const x = words[k];
      if (!x || isStop(x)) break;
      // "deserves whatever the judge gives him", "has earned whatever he gets"
      if (
        x.lower === 'whatever' &&
        words
          .slice(k + 1, k + 4)
          .some((y) => /^(?:judge|court|jury|gets|get|getting|give|gives|hands)$/.test(y.lower))
      ) {
        end = clauseEnd(sentence, k, 4);
        break;
      }
      // "time" only as a sentence: "hard time", "prison time", not "some time off".
      if (
        x.lower === 'time' &&
        !/^(?:hard|prison|jail|real|serious|every)$/.test(lower(words[k - 1]))
      )
        continue;
      if (
        PUNISHMENT.test(x.lower) ||
        (x.pos === 'NUM' && /^(?:to|years?)$/.test(lower(words[k + 1])))
      ) {
        end = x.pos === 'NUM' && lower(words[k + 1]) === 'to' ? k + 2 : k;
        break;
      }
    }
    if (end === -1 || isDenied(sentence, i)) continue;
    const span = found(sentence, Math.max(from, i - 3), end);
    if (span) out.push(span);
    i = end;
  }
  return out;
};

const OUTCOME_HEADS = /^(?:answer|go|make|get|see|reach|end|come|walking|out|free|loose|roaming)$/;
const FUTURE = /^(?:will|['’]ll|ll|gonna|going|must|should|needs?|has|have|got|gotta|better)$/;
const COURTROOM = /^(?:trial|courtroom|court|jury|judge|verdict)$/;

/**
 * An outcome only a court decides, in other verbs: "he will answer for it", "she'll answer for
 * every one of those break-ins"; "this won't even go to trial", "it will never see a courtroom";
 * "a man with four priors should not be walking around". Not "The case will go to trial April
 * 4", "Residents will have to answer a few questions", "You should not be walking on the ice".
 */
/**
 * "Lopez, who fled the scene, will answer for it": a clause with no subject of its own after a
 * comma takes the sentence's opening person (a name or a word for a wrongdoer) as its subject.
 */
function appositiveSubject(
  words: readonly Word[],
  from: number,
  named: readonly Mention[],
): boolean {
  if (!/^[,—–-]$/.test(words[from - 1]?.text ?? '')) return false;
  // The stretch the clause belongs to starts after the last colon or semicolon before it.
  let open = 0;
  for (let k = from - 1; k >= 0; k -= 1)
    if (/^[:;]$/.test(words[k]?.text ?? '')) {
      open = k + 1;
      break;
    }
  const comma = words.findIndex((w, k) => k >= open && w.text === ',');
  if (comma === -1 || comma >= from) return false;
  return (
    named.some((p) => p.from >= open && p.from <= open + 1 && p.to < comma) ||
    words
      .slice(open, Math.min(comma, open + 4))
      .some((w) =>
        /^(?:he|she|shooter|gunman|driver|man|woman|guy|suspect|defendant|killer|thief|attacker|robber)$/.test(
          w.lower,
        ),
      )
  );
}

export const courtOutcomeForetold: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  let named: Mention[] | undefined;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    // One test per word keeps the rule linear: only these words start an outcome.
    if (!w || !(OUTCOME_HEADS.test(w.lower) || OUTCOME_HEADS.test(w.lemma))) continue;
    named ??= namedPeople(sentence).filter((p) => !p.titled);
    const from = clauseStart(sentence, i);
    const back = words.slice(Math.max(from, i - 5), i);
    // "answer for it"
    if (
      w.lemma === 'answer' &&
      lower(words[i + 1]) === 'for' &&
      back.some((x) => FUTURE.test(x.lower))
    ) {
      const subject = words.slice(from, i).find((x) => /^(?:PRON|NOUN|PROPN)$/.test(x.pos));
      const person =
        (subject !== undefined &&
          /^(?:he|she|they|defendant|suspect|driver|man|woman|guy|whoever|anyone)$/.test(
            subject.lower,
          )) ||
        named.some((p) => p.from >= from && p.to < i) ||
        (subject === undefined && appositiveSubject(words, from, named));
      if (person && !isDenied(sentence, i)) {
        const span = found(sentence, Math.max(from, i - 4), clauseEnd(sentence, i + 1, 5));
        if (span) out.push(span);
        i += 1;
        continue;
      }
    }
    // "won't (even) go to trial", "will never see a courtroom", "isn't going to reach a jury"
    if (/^(?:go|make|get|see|reach|end|come)$/.test(w.lemma)) {
      const denied = back.some((x) => isNegator(x) || x.lower === 'nt' || x.lower === 'wont');
      const future = back.some((x) =>
        /^(?:will|wo|wont|['’]ll|ll|gonna|going|ever|even)$/.test(x.lower),
      );
      const place = words.slice(i + 1, i + 5).findIndex((x) => COURTROOM.test(x.lower));
      // "hasn't even seen a courtroom yet": the process so far, not a forecast.
      const perfect = back.some((x) => /^(?:has|have|had|hasn|haven|hadn)$/.test(x.lower));
      if (denied && future && !perfect && place !== -1) {
        const end = i + 1 + place;
        // "will not go to trial because he pleaded guilty": a reason makes it a fact.
        const after = words.slice(end + 1, end + 4).map((x) => x.lower);
        if (!after.some((x) => /^(?:because|after|since|as|due)$/.test(x))) {
          const span = found(sentence, Math.max(from, i - 5), end);
          if (span) out.push(span);
          i = end;
          continue;
        }
      }
    }
    // "should not be walking around", "shouldn't be out", "has no business being free"
    if (
      /^(?:walking|out|free|loose|roaming)$/.test(w.lower) &&
      /^(?:be|being)$/.test(lower(words[i - 1])) &&
      back.some((x) => /^(?:should|shouldn|ought|business)$/.test(x.lower))
    ) {
      const clause = words.slice(from, i);
      const pronoun = clause.some((x) => /^(?:he|she|him|her)$/.test(x.lower));
      const record = clause.some((x) =>
        /^(?:priors?|record|convictions|duis?|dwis?|arrests|charges|like)$/.test(x.lower),
      );
      const person = named.some((p) => p.from >= from && p.to < i);
      if (pronoun || record || person) {
        const span = found(sentence, from, clauseEnd(sentence, i, 3));
        if (span) out.push(span);
        i += 1;
      }
    }
  }
  return out;
};

/** What a person is said to have been over years: a character, not a charge. */
const CHARACTER =
  /^(?:menace|danger|thug|troublemaker|problem|criminal|crook|predator|terror|nuisance|lowlife|scumbag|animal|monster)$/;

/**
 * The defendant's character judged over time: "Oakes has been in and out of trouble since
 * middle school", "he's been a menace to this block for years", "she has always been nothing
 * but trouble". Only where the text is about a case; not "Mr. Delgado has been a volunteer".
 */
export const characterOverTime: SentenceRule = (text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  if (!words.some((w) => w.lower === 'been') || !CASE_IN_TEXT.test(text)) return out;
  const named = namedPeople(sentence).filter((p) => !p.titled);
  for (let i = 0; i < words.length; i += 1) {
    if (lower(words[i]) !== 'been') continue;
    // "Delgado, charged Friday with arson, has been …": past an apposition, the subject comes first.
    let from = clauseStart(sentence, i);
    if (!words.slice(from, i).some((x) => /^(?:PRON|NOUN|PROPN)$/.test(x.pos))) from = 0;
    const subject = words.slice(from, i).find((x) => /^(?:PRON|NOUN|PROPN)$/.test(x.pos));
    const person =
      (subject !== undefined && PERSON_SUBJECT.test(subject.lower) && subject.lower !== 'people') ||
      named.some((p) => p.from >= from && p.to < i);
    if (!person || subject === undefined || NOT_A_DEFENDANT.test(subject.lower)) continue;
    let k = i + 1;
    while (k <= i + 3 && /^(?:always|nothing|constantly|forever|but|just)$/.test(lower(words[k])))
      k += 1;
    const a = lower(words[k]);
    let end = -1;
    // "in and out of trouble / jail / court"
    if (
      a === 'in' &&
      lower(words[k + 1]) === 'and' &&
      lower(words[k + 2]) === 'out' &&
      /^(?:trouble|jail|prison|court|custody|juvie|lockup|handcuffs|cuffs)$/.test(
        lower(words[k + 4]),
      )
    )
      end = k + 4;
    else if (a === 'trouble' || (a === 'in' && lower(words[k + 1]) === 'trouble'))
      end = a === 'in' ? k + 1 : k;
    else if (/^(?:a|an|the)$/.test(a)) {
      const noun = words.slice(k + 1, k + 3).findIndex((x) => CHARACTER.test(x.lower));
      if (noun !== -1) end = k + 1 + noun;
    } else if (CHARACTER.test(a)) end = k;
    if (end === -1) continue;
    const span = found(sentence, Math.max(from, i - 5), clauseEnd(sentence, end, 5));
    if (span) out.push(span);
    i = end;
  }
  return out;
};
