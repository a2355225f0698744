import type { Sentence, Word } from '../language/analysis';
import {
  CASE_HOLDERS,
  COURT_ACTORS,
  DECISIONS,
  DEFENDERS,
  EVIDENCE,
  FORECAST,
  PERSON_SUBJECT,
  PROCEDURE_STEPS,
  SCHEDULING,
  VERDICT_ON_DECISION,
  isBeWord,
  isPersonObject,
  isStop,
  pleaEntered,
} from '../language/court';
import { namedPeople } from '../language/people';
import { clauseEnd, clauseStart, isDenied, isNegator, isQuestion } from '../language/words';
import { judgeOffCase } from './prosecution-families';
import type { Found, SentenceRule } from './sentence-rules';

/*
 * Pending prosecution (III.B.1.c), the shapes the first rules missed: the writer forecasting what
 * a defendant, a jury, a judge or a lawyer will do; the prosecution's hold on the defendant
 * ("we have him dead to rights"); evidence said to settle the case; a court's decision judged;
 * and the defendant's record or future as commentary.
 */

function found(sentence: Sentence, from: number, to: number): Found | undefined {
  const first = sentence.words[from];
  const last = sentence.words[Math.min(to, sentence.words.length - 1)];
  return first && last && last.end > first.start
    ? { start: first.start, end: last.end }
    : undefined;
}

const lower = (word: Word | undefined) => word?.lower ?? '';

/** "Is he going to get off?", "Will she do time?": a question that asks, opening on its verb. */
export function isYesNoQuestion(sentence: Sentence): boolean {
  if (!isQuestion(sentence)) return false;
  // "Q: Is he…", "Honest question — will she…": the question opens after the last colon or dash.
  const words = sentence.words;
  let opener = 0;
  words.forEach((w, k) => {
    if (/^(?::|—|–)$/.test(w.text)) opener = k + 1;
  });
  return /^(?:is|are|was|will|would|does|do|did|can|could|should|has|have)$/.test(
    lower(words[opener]),
  );
}

/** A sentence that states the penalty a charge carries or supposes a conviction predicts nothing. */
const PENALTY_OR_SUPPOSITION =
  /^(?:if|unless|faces|facing|carries|carry|could|can|may|might|max|maximum|scheduled|due)$/;

/** Trailing words that make a flat statement a forecast: "he walks, watch", "mark my words". */
export function endsAsForecast(words: readonly Word[]): boolean {
  const tail = words.slice(-5).map((w) => w.lower);
  if (tail.some((w) => /^(?:watch|bet|betcha|guaranteed|calling|mark|trust)$/.test(w))) return true;
  // "Mark my words, …", "calling it now: …"
  if (
    words.some(
      (w, k) =>
        (w.lower === 'mark' && /^(?:my|our)$/.test(lower(words[k + 1]))) ||
        (w.lower === 'calling' && lower(words[k + 1]) === 'it'),
    )
  )
    return true;
  // "I give it a month before she takes a plea"
  return words.some(
    (w, k) =>
      w.lemma === 'give' &&
      lower(words[k + 1]) === 'it' &&
      (words[k + 2]?.pos === 'NUM' || /^(?:a|till|until|before|like)$/.test(lower(words[k + 2]))),
  );
}

/** What a defence or a case rests on: judging whether it holds is commentary. */
const CLAIMS = new Set([
  'alibi',
  'story',
  'defense',
  'defence',
  'theory',
  'argument',
  'excuse',
  'case',
  'charges',
  'charge',
  'evidence',
  'testimony',
  'claim',
]);

/** The words of the clause before `i` that frame it as a forecast, a demand or a wish. */
function framedAsForecast(sentence: Sentence, from: number, i: number): boolean {
  const clause = sentence.words.slice(Math.max(from, i - 8), i);
  if (clause.some((w) => PENALTY_OR_SUPPOSITION.test(w.lower))) return false;
  return (
    clause.some((w) => FORECAST.has(w.lower) || w.lower === 'no') || endsAsForecast(sentence.words)
  );
}

/** A term of years or months at `k` ("ten years"), after the word that makes it a sentence's. */
const termAt = (words: readonly Word[], k: number, sentenceWord: boolean) =>
  sentenceWord &&
  words[k]?.pos === 'NUM' &&
  /^(?:years?|months?)$/.test(lower(words[k + 1])) &&
  // not a pension's "years of", a warranty's "years on parts", a school's "months to settle in",
  // nor the years an officer served ("the same three years Deputy Hall got")
  !/^(?:of|toward|towards|on|to|with|for|off|under|as|until|from|before|after|deputy|officer|sgt|sergeant|chief|detective|det|trooper|coach)$/.test(
    lower(words[k + 2]),
  );

/** The words an outcome in outlookAt can start with (as written or as a lemma). */
const OUTLOOK_HEADS = new Set(
  (
    'back out home going headed heading goes go keep put held stand leg weasel wiggle worm squirm ' +
    'get stick sticks stuck hold fall falls fell falling crumble crumbles survive survives fly flies ' +
    'see long done toast cooked finished screwed sunk busted last locked face pay plead pleads ' +
    'pleading cop cut take took taking takes accept flip walk rot do serve spend close give'
  ).split(' '),
);

/**
 * The last word of an outcome only a court (or time after it) decides, starting at `i`: "back in
 * cuffs", "out in six months", "talk his way out", "get him off", "stick", "face consequences",
 * "plead", "walk", "rot", "do time", "get life", "won't be close (at trial)".
 */
function outlookAt(words: readonly Word[], i: number, trial: boolean): number | undefined {
  const word = words[i];
  if (!word) return undefined;
  const next = lower(words[i + 1]);
  // Most words start no outcome: one set lookup keeps the rule linear and cheap.
  if (
    !OUTLOOK_HEADS.has(word.lower) &&
    !OUTLOOK_HEADS.has(word.lemma) &&
    !/^(?:his|her|their|your)$/.test(next)
  )
    return undefined;
  const then = lower(words[i + 2]);
  // "back in cuffs", "back on the streets", "back out", "back at it"; not "back in court".
  if (word.lower === 'back') {
    if (next === 'out' || (next === 'at' && then === 'it')) return next === 'out' ? i + 1 : i + 2;
    if (/^(?:in|on|behind)$/.test(next)) {
      const place = then === 'the' ? lower(words[i + 3]) : then;
      if (/^(?:cuffs|handcuffs|jail|prison|street|streets|bars|custody|business)$/.test(place))
        return then === 'the' ? i + 3 : i + 2;
    }
    return undefined;
  }
  // "out in 6 months", "out by Christmas", "out before the ink dries"
  if (word.lower === 'out' && /^(?:be|['’]s|is)$/.test(lower(words[i - 1]))) {
    // "out on bail by the weekend": the release itself may be named first.
    const k = next === 'on' && /^(?:bail|bond|parole|probation)$/.test(then) ? i + 2 : i;
    const when = lower(words[k + 1]);
    const what = lower(words[k + 2]);
    if (
      /^(?:in|by|before|within)$/.test(when) &&
      (words[k + 2]?.pos === 'NUM' || /^(?:a|no|like|less|under|time|the)$/.test(what))
    )
      return Math.min(words.length - 1, k + 3);
  }
  // "he'll be home by Friday", "home in time for Christmas"
  if (
    word.lower === 'home' &&
    lower(words[i - 1]) === 'be' &&
    /^(?:in|by|before|within|for)$/.test(next)
  )
    return Math.min(words.length - 1, i + 2);
  // "going to prison", "headed straight to jail", "not going anywhere but prison"
  if (
    /^(?:going|headed|heading|goes|go)$/.test(word.lower) &&
    words
      .slice(i + 1, i + 5)
      .some((w) => /^(?:prison|jail|pen|penitentiary|cell)$/.test(w.lower)) &&
    words.slice(i + 1, i + 4).some((w) => /^(?:to|but|for|straight)$/.test(w.lower))
  )
    return (
      i +
      1 +
      words
        .slice(i + 1, i + 5)
        .findIndex((w) => /^(?:prison|jail|pen|penitentiary|cell)$/.test(w.lower))
    );
  // "keep him off the streets", "put her away", "keep them behind bars"
  if (
    (word.lemma === 'keep' || word.lemma === 'put') &&
    isPersonObject(words[i + 1]) &&
    (/^(?:off|behind|locked|inside)$/.test(then) ||
      (then === 'away' && lower(words[i + 3]) !== 'from'))
  )
    return Math.min(words.length - 1, i + 3);
  // "held fully accountable", "held accountable": a demand, only where a court or a wish frames it.
  if (
    word.lower === 'held' &&
    words.slice(i + 1, i + 3).some((w) => w.lower === 'accountable') &&
    words.some((w) =>
      /^(?:trial|jury|court|judge|expect|hope|should|must|needs?|deserves?)$/.test(w.lower),
    )
  )
    return i + 1 + words.slice(i + 1, i + 3).findIndex((w) => w.lower === 'accountable');
  // "doesn't stand a chance", "hasn't got a leg to stand on"
  if (word.lemma === 'stand' && next === 'a' && /^(?:chance|prayer)$/.test(then)) return i + 2;
  if (word.lower === 'leg' && next === 'to' && then === 'stand') return i + 3;
  // "talking his way out", "lie her way outta this", "weasel out of this"
  if (
    /^(?:his|her|their|your)$/.test(next) &&
    then === 'way' &&
    /^(?:out|outta)$/.test(lower(words[i + 3]))
  )
    return i + 3;
  if (/^(?:weasel|wiggle|worm|squirm)$/.test(word.lemma) && /^(?:out|outta)$/.test(next))
    return i + 1;
  // "get him off", "get her out", "get away with it"
  if (word.lemma === 'get' && isPersonObject(words[i + 1]) && /^(?:off|out)$/.test(then))
    return i + 2;
  if (
    word.lemma === 'get' &&
    next === 'away' &&
    then === 'with' &&
    /^(?:it|this|that|murder)$/.test(lower(words[i + 3]))
  )
    return i + 3;
  // "never getting out", "he'll get out in two years"; not "get out of the car".
  if (
    word.lemma === 'get' &&
    /^(?:out|outta)$/.test(next) &&
    (then !== 'of' || /^(?:this|it|that|jail|prison)$/.test(lower(words[i + 3])))
  )
    return i + 1;
  if (word.lemma === 'get' && next === 'off' && /^(?:easy|light|scot)/.test(then)) return i + 2;
  // "this sticks", "nothing will stick", "the charges won't hold up", "the case falls apart"
  // The verb, not the noun ("glow sticks"): a subject or a modal stands right before it.
  if (
    (/^(?:stick|sticks|stuck)$/.test(word.lower) || (word.lemma === 'hold' && next === 'up')) &&
    /^(?:this|it|that|charges?|case|nothing|none|anything|something|will|['’]ll|gonna|not|n['’]t|nt|never|wont|to)$/.test(
      lower(words[i - 1]),
    )
  )
    return word.lemma === 'hold' ? i + 1 : i;
  if (/^(?:fall|falls|fell|falling|crumble|crumbles)$/.test(word.lower))
    return next === 'apart' ? i + 1 : /^crumble/.test(word.lower) ? i : undefined;
  // "the defense's theory won't survive cross", "that excuse won't fly"
  if (/^(?:survive|survives|fly|flies)$/.test(word.lower) && word.pos !== 'NOUN') return i;
  // "she'll never see the outside again", "won't see daylight"
  if (
    word.lemma === 'see' &&
    (/^(?:daylight|freedom|sunlight)$/.test(next) ||
      (next === 'the' && /^(?:outside|light|streets)$/.test(then)))
  )
    return next === 'the' ? i + 2 : i + 1;
  // "gonna be a long 20 years for you", "a long stretch inside"
  if (
    word.lower === 'long' &&
    (/^(?:years|stretch|sentence|decade|decades)$/.test(next) ||
      (words[i + 1]?.pos === 'NUM' && /^(?:years|months)$/.test(then)))
  )
    return words[i + 1]?.pos === 'NUM' ? i + 2 : i + 1;
  // "he's done", "she's toast", "he's finished": the case called over, at the clause's end.
  if (
    /^(?:done|toast|cooked|finished|screwed|sunk|busted)$/.test(word.lower) &&
    isBeWord(words[i - 1]) &&
    PERSON_SUBJECT.test(lower(words[i - 2])) &&
    isStop(words[i + 1])
  )
    return i;
  // "he won't last a week in general population"
  if (
    word.lemma === 'last' &&
    words
      .slice(i + 1, i + 6)
      .some((w) => /^(?:prison|jail|population|pop|lockup|inside)$/.test(w.lower))
  )
    return i + 1;
  // "deserves to be locked up", "should be put away for good"
  if (
    ((word.lower === 'locked' && next === 'up') || (word.lower === 'put' && next === 'away')) &&
    /^(?:be|been|get|gets|getting)$/.test(lower(words[i - 1]))
  )
    return i + 1;
  // "need to face real consequences", "should pay for this", "answer for what he did"
  if (word.lemma === 'face' && words.slice(i + 1, i + 4).some((w) => w.lemma === 'consequence'))
    return i + words.slice(i + 1, i + 4).findIndex((w) => w.lemma === 'consequence') + 1;
  if (
    word.lemma === 'pay' &&
    ((next === 'for' && /^(?:it|this|that|what|his|her|their)$/.test(then)) ||
      (next === 'the' && then === 'price'))
  )
    return i + 2;
  // "he'll plead out", "cop a plea", "cut a deal", "take the plea"
  // Not "will plead not guilty": a plea announced is a fact of the case.
  if ((word.lemma === 'plead' || /^(?:pleads|pleading)$/.test(word.lower)) && next !== 'not')
    return /^(?:out|guilty|down)$/.test(next) ? i + 1 : i;
  if (
    /^(?:cop|cut|take|took|taking|takes|accept)$/.test(word.lower) &&
    /^(?:a|the|any)$/.test(next) &&
    /^(?:plea|deal)$/.test(then)
  )
    return i + 2;
  if (word.lemma === 'flip' && /^(?:on|\.|,)$/.test(next)) return i;
  // "she's gonna walk.", "he'll walk again"
  // "walk on a technicality", not "walk on the ice".
  if (
    word.lemma === 'walk' &&
    (isStop(words[i + 1]) ||
      /^(?:free|again|lol|smh)$/.test(next) ||
      (next === 'on' &&
        /^(?:a|this|that|these|it|bail|bond|technicality|technicalities)$/.test(then)))
  )
    return i;
  if (word.lemma === 'rot') return i;
  // "do time", "serve every day of it", "spend years inside"
  if (
    (word.lemma === 'do' || word.lemma === 'serve' || word.lemma === 'spend') &&
    (/^(?:time|years|life|decades|hard|every|real)$/.test(next) ||
      // "do the time", "serve some real time"; not "never came back to do the work".
      (/^(?:the|some)$/.test(next) &&
        /^(?:time|max|maximum|sentence|years|full|whole|rest|real|hard|life)$/.test(then)))
  )
    return i + 1;
  // "get life", "get the max", "get 20 years", "get a slap on the wrist"; "get the same 20 years
  // Holloway got", "get the full ten years" (round forty-four)
  if (
    word.lemma === 'get' &&
    (/^(?:life|probation|max|maximum|years|time|what)$/.test(next) ||
      (words[i + 1]?.pos === 'NUM' && /^(?:years?|months?)$/.test(then)) ||
      (next === 'a' && /^(?:slap|pass)$/.test(then)) ||
      (next === 'the' && termAt(words, i + 3, /^(?:same|full)$/.test(then))))
  )
    return i + 1;
  // "Give him the full two years", "give her the max": a demand of the court
  if (
    word.lemma === 'give' &&
    isPersonObject(words[i + 1]) &&
    then === 'the' &&
    (/^(?:max|maximum)$/.test(lower(words[i + 3])) ||
      termAt(words, i + 4, /^(?:full|same|whole)$/.test(lower(words[i + 3]))))
  )
    return /^(?:max|maximum)$/.test(lower(words[i + 3])) ? i + 3 : i + 5;
  // "this one won't even be close at trial": only where a trial or a jury is in the sentence.
  if (trial && word.lower === 'close' && isBeWord(words[i - 1])) return i;
  return undefined;
}

/** The department's own people and programmes, never the defendant. */
const OUR_PEOPLE = new Set([
  'we',
  'our',
  'us',
  'officers',
  'officer',
  'deputies',
  'detectives',
  'troopers',
  'crews',
  'crew',
  'team',
  'unit',
  'patrol',
  'volunteers',
  'k9',
  'k-9',
  'staff',
]);

const TRIAL_WORDS = /^(?:trial|jury|jurors|verdict|court|judge|case|conviction)$/;

/**
 * What the writer says a defendant's case will come to, or should: "He'll be back in cuffs
 * within a month", "his lawyer's gonna get him off", "no way this sticks", "he's not talking his
 * way out of this one", "need to face real consequences".
 */
export const defendantOutlook: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  // "Is he going to get off?" asks; the answer, if any, is the comment.
  if (isYesNoQuestion(sentence)) return out;
  const trial = words.some((w) => TRIAL_WORDS.test(w.lower));
  // A sentence already handed down, stated as fact: "was sentenced Tuesday and will serve 12".
  const decided =
    pleaEntered(words) ||
    words.some(
      (w, k) =>
        /^(?:sentenced|convicted)$/.test(w.lower) &&
        /^(?:was|were|been)$/.test(lower(words[k - 1])),
    );
  for (let i = 0; i < words.length; i += 1) {
    const end = outlookAt(words, i, trial);
    if (end === undefined) continue;
    const from = clauseStart(sentence, i);
    const clause = words.slice(from, i);
    if (decided) continue;
    const wanted = clause.some((w) => w.lower === 'need' || w.lower === 'needs');
    // "he's not talking his way out of this one": a denial in the present tense still forecasts.
    const previous = words[i - 1];
    const progressive =
      previous !== undefined && isNegator(previous) && /ing$/.test(words[i]?.lower ?? '');
    // "doesn't stand a chance" judges on its own; "Keep him off the streets, judge" demands.
    const word = words[i];
    // "His alibi falls apart", "that story won't fly": the claim itself is being judged.
    const claimJudged =
      /^(?:fall|falls|fell|falling|crumble|crumbles|survive|survives|fly|flies|stick|sticks|hold)$/.test(
        word?.lower ?? '',
      ) && clause.some((w) => CLAIMS.has(w.lower));
    const selfFramed =
      claimJudged ||
      word?.lemma === 'stand' ||
      word?.lower === 'leg' ||
      /^(?:going|headed|heading|done|toast|cooked|finished|screwed|sunk|busted)$/.test(
        word?.lower ?? '',
      ) ||
      (i === from && (word?.lemma === 'keep' || word?.lemma === 'put' || word?.lemma === 'give'));
    if (!framedAsForecast(sentence, from, i) && !wanted && !progressive && !selfFramed) continue;
    // The department's own people coming back: "Officers will be back on the streets Saturday".
    const subject = clause.findLast((w) => /^(?:PRON|NOUN|PROPN)$/.test(w.pos));
    if (subject && OUR_PEOPLE.has(subject.lower)) continue;
    if (isDenied(sentence, i)) continue;
    const span = found(sentence, Math.max(from, i - 6), clauseEnd(sentence, end, 4));
    if (span) out.push(span);
    i = end;
  }
  return out;
};

/** Verbs that are outcomes when a prosecutor or lawyer is said to be about to do them. */
const WINNING = /^(?:win|lose|convict|nail|bury|beat|spin|twist|get|push|drop|fold|cave)$/;

/**
 * A jury, judge, prosecutor or lawyer forecast to act: "we doubt the jury will need long", "no
 * judge is going to buy that argument", "let's hope the judge throws everything at him", "we're
 * confident the DA will push for the maximum". Not scheduling: "a judge will set bond Monday",
 * "prosecutors will decide whether to file charges".
 */
export const courtActorOutlook: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const actor = words[i];
    // "Jury'll see it in ten minutes": the tagger keeps the contraction on the actor.
    const contracted = /['’]ll$/.test(actor?.lower ?? '');
    const actorWord = actor?.lower.replace(/['’]ll$/, '') ?? '';
    if (!actor || !COURT_ACTORS.has(actorWord)) continue;
    // "court date", "court records": a noun before another noun is not the actor.
    // ("the judge hands him…" is tagged a noun too, but a verb takes the person after it.)
    if (
      words[i + 1]?.pos === 'NOUN' &&
      !/['’]s$/.test(words[i + 1]?.text ?? '') &&
      !isPersonObject(words[i + 2])
    )
      continue;
    const from = clauseStart(sentence, i);
    const before = words.slice(Math.max(from, i - 5), i);
    const framed =
      endsAsForecast(words) ||
      before.some((w) =>
        /^(?:hope|hoping|bet|doubt|confident|sure|expect|guarantee|trust|pray|praying|no)$/.test(
          w.lower,
        ),
      );
    // "Judge Lowry will…": the name after the title belongs to the actor.
    // Only a title takes a name; "Court Street" and "Jury Lane" are places.
    let k = i;
    if (/^(?:judge|da|prosecutor|attorney)$/.test(actorWord))
      while (words[k + 1]?.pos === 'PROPN' && words[k + 1]?.titlecase) k += 1;
    else if (words[i + 1]?.titlecase) continue;
    // "No jury in this parish is going to…", "twelve jurors from timber country won't…": the
    // place a jury is drawn from, up to four words before its verb (round forty-four).
    if (/^(?:jury|juries|jurors)$/.test(actorWord) && /^(?:in|from)$/.test(lower(words[k + 1]))) {
      const aux = words
        .slice(k + 2, k + 7)
        .findIndex((w) => /^(?:is|are|will|wo|would|['’]s|['’]re|['’]ll)$/.test(w.lower));
      if (aux > 0) k += 1 + aux;
    }
    // The verb the actor is said to do next, past modals, negators and adverbs.
    let modal = contracted;
    let verb = -1;
    for (let j = k + 1; j < words.length && j <= k + 7; j += 1) {
      const w = words[j];
      if (!w || isStop(w)) break;
      // "That lawyer of his is going to…": the owner belongs to the actor.
      if (w.lower === 'of' && /^(?:his|hers|theirs|yours)$/.test(lower(words[j + 1]))) {
        j += 1;
        continue;
      }
      if (
        /^(?:['’]s|is|are|will|['’]ll|wo|wont|gonna|going|to|should|must|better|can|ca|cannot|never|ever|would)$/.test(
          w.lower,
        )
      ) {
        if (w.lower !== 'to' && w.lower !== 'is' && w.lower !== 'are' && !/^['’]s$/.test(w.lower))
          modal = true;
        continue;
      }
      if (
        isNegator(w) ||
        /^(?:even|really|just|probably|definitely|actually|ever|also|finally)$/.test(w.lower)
      )
        continue;
      verb = j;
      break;
    }
    if (verb === -1) continue;
    const v = words[verb];
    if (!v) continue;
    // "hope the judge throws the book", "hands him": an -s word before "him" is a verb too.
    const present =
      framed &&
      !modal &&
      /s$/.test(v.lower) &&
      (v.pos === 'VERB' || (v.pos === 'NOUN' && isPersonObject(words[verb + 1])));
    if (!modal && !present) continue;
    // After a modal the next content word is the verb, whatever the tagger calls it ("cave").
    if (/^(?:DET|ADP|PRON|NUM|PUNCT|SYM|CCONJ|PART|PROPN)$/.test(v.pos)) continue;
    // "Jurors should use the Market Street entrance": a notice to those who serve (round fifteen)
    if (
      /^(?:jury|juries|jurors?)$/.test(actorWord) &&
      (/^(?:use|park|enter|report|arrive|bring|check|follow|wear|plan|allow|break|receive|eat)$/.test(
        v.lemma,
      ) ||
        // "Jury'll need to use the Market Street entrance", "jurors will get free shuttle rides",
        // "no jury … is going to be called during the holiday week"
        (v.lemma === 'need' &&
          lower(words[verb + 1]) === 'to' &&
          /^(?:use|park|enter|report|arrive|bring|check|follow|wear|plan|allow)$/.test(
            words[verb + 2]?.lemma ?? '',
          )) ||
        (v.lemma === 'get' &&
          /^(?:free|a|their|parking|paid|lunch|mileage)$/.test(lower(words[verb + 1]))) ||
        (v.lemma === 'be' &&
          /^(?:called|summoned|paid|seated|excused|notified|picked|given|served|reimbursed)$/.test(
            lower(words[verb + 1]),
          )))
    )
      continue;
    if (SCHEDULING.has(v.lemma) && !(v.lemma === 'take' && lower(words[verb + 1]) === 'long')) {
      // Hoped for or bet on, asking for a sentence is a demand ("hope the state seeks death");
      // a procedural step stays one ("we expect the judge to rule Monday").
      if (!(framed && !PROCEDURE_STEPS.has(v.lemma))) continue;
    }
    if (framed && judgeOffCase(_text, words, actor)) continue;
    const decider = /^(?:jury|juries|jurors|juror|judge|judges|court|courts)$/.test(actorWord);
    const defender = DEFENDERS.has(actorWord);
    if (!decider && !framed) {
      // "his lawyer's gonna get him off"; "the DA will lose this one"
      const outcome =
        WINNING.test(v.lemma) &&
        (v.lemma !== 'get' || isPersonObject(words[verb + 1]) || lower(words[verb + 1]) === 'a');
      if (!outcome || (defender && v.lemma === 'drop')) continue;
    }
    if (isDenied(sentence, i)) continue;
    const span = found(sentence, Math.max(from, i - 8), clauseEnd(sentence, verb, 5));
    if (span) out.push(span);
    i = verb;
  }
  return out;
};

/** What makes a case "held": "dead to rights", "cold", "locked up", "on video". */
function holdAt(words: readonly Word[], k: number): number | undefined {
  const a = lower(words[k]);
  const b = lower(words[k + 1]);
  const c = lower(words[k + 2]);
  if (a === 'dead' && b === 'to' && /^(?:rights?)$/.test(c)) return k + 2;
  if (a === 'bang' && b === 'to') return k + 2;
  if (/^(?:cold|nailed|red-handed|pinned|locked|sewn|wrapped|dead)$/.test(a))
    return /^(?:up|down)$/.test(b) ? k + 1 : k;
  if (
    a === 'on' &&
    /^(?:video|camera|cam|tape|film|bodycam|dashcam|surveillance|everything)$/.test(b)
  )
    return k + 1;
  if (a === 'in' && b === 'the' && c === 'bag') return k + 2;
  return undefined;
}

/**
 * The prosecution's hold on a defendant: "they have him dead to rights", "prosecutors have this
 * one locked up", "given what we have on him", "the cops got nothing but a blurry video".
 */
export const caseHeld: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const have = words[i];
    if (
      !have ||
      !(have.lemma === 'have' || have.lemma === 'get' || /^(?:got|gotten|['’]ve)$/.test(have.lower))
    )
      continue;
    const from = clauseStart(sentence, i);
    const holderAt = words
      .slice(Math.max(from, i - 4), i)
      .findIndex((w) => CASE_HOLDERS.has(w.lower));
    if (holderAt === -1) continue;
    const holder = Math.max(from, i - 4) + holderAt;
    let end: number | undefined;
    const next = words[i + 1];
    // "have him dead to rights", "got this one locked up", "have the guy on video"
    const objectLength = isPersonObject(next)
      ? 1
      : /^(?:this|that|the)$/.test(lower(next)) &&
          /^(?:one|guy|case|dude|man|woman)$/.test(lower(words[i + 2]))
        ? 2
        : 0;
    if (objectLength > 0) end = holdAt(words, i + 1 + objectLength);
    // "got the whole thing on the store's cameras", "have it all on tape"
    if (end === undefined) {
      const what =
        lower(next) === 'everything'
          ? 1
          : lower(next) === 'it' && lower(words[i + 2]) === 'all'
            ? 2
            : lower(next) === 'the' && lower(words[i + 2]) === 'whole'
              ? 3
              : 0;
      const on = what > 0 && lower(words[i + 1 + what]) === 'on' ? i + 1 + what : -1;
      const media =
        on === -1
          ? -1
          : words
              .slice(on + 1, on + 5)
              .findIndex((w) =>
                /^(?:video|camera|cameras|cam|tape|film|bodycam|dashcam|surveillance|footage)$/.test(
                  w.lower,
                ),
              );
      if (media !== -1) end = on + 1 + media;
    }
    // "what we have on him"
    if (
      end === undefined &&
      lower(words[holder - 1]) === 'what' &&
      lower(next) === 'on' &&
      isPersonObject(words[i + 2])
    )
      end = i + 2;
    // "got nothing but a blurry video", "have nothing on her", "have no case"
    if (
      end === undefined &&
      /^(?:nothing|nothin|nuthin|squat|jack|zero|no)$/.test(lower(next)) &&
      /^(?:but|on|against|case|evidence|proof)$/.test(lower(words[i + 2]))
    )
      end = clauseEnd(sentence, i + 2, 5);
    // "have plenty on him", "got enough on her"
    if (
      end === undefined &&
      /^(?:plenty|enough|tons|lots)$/.test(lower(next)) &&
      lower(words[i + 2]) === 'on' &&
      isPersonObject(words[i + 3])
    )
      end = i + 3;
    if (end === undefined || isDenied(sentence, i)) continue;
    const span = found(sentence, Math.max(from, holder - 1), end);
    if (span) out.push(span);
    i = end;
  }
  return out;
};

/** Evidence said to settle the case: "the dashcam shows everything", "the video says it all". */
export const evidenceSettles: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const noun = words[i];
    if (!noun || !EVIDENCE.has(noun.lower)) continue;
    const verbAt = i + 1;
    const verb = words[verbAt];
    if (!verb || !/^(?:show|say|tell|prove|speak|settle|seal|leave)$/.test(verb.lemma)) continue;
    const a = lower(words[verbAt + 1]);
    const b = lower(words[verbAt + 2]);
    const settles =
      a === 'everything' ||
      (a === 'it' && (b === 'all' || verb.lemma === 'prove' || verb.lemma === 'seal')) ||
      (a === 'the' && b === 'whole') ||
      a === 'volumes' ||
      (a === 'for' && /^(?:itself|themselves)$/.test(b)) ||
      (verb.lemma === 'prove' && /^(?:he|she|they|that|it)$/.test(a)) ||
      // "the lab results leave no doubt"
      (verb.lemma === 'leave' && /^(?:no|zero|little)$/.test(a) && /^(?:doubt|question)$/.test(b));
    if (!settles) continue;
    const from = clauseStart(sentence, i);
    const start = Math.max(from, i - 2);
    const span = found(sentence, start, clauseEnd(sentence, verbAt, 3));
    if (span) out.push(span);
    i = verbAt;
  }
  return out;
};

/**
 * A court's decision judged: "$50,000 is nowhere near enough for a man with eleven priors", "we
 * are deeply disappointed in Judge Halvorsen's decision", "that bond is a joke", "a soft-on-crime
 * judge". Not the decision as fact: "Bond was set at $50,000."
 */
export const decisionJudged: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    const notEnough =
      word.lower === 'enough' &&
      words
        .slice(Math.max(0, i - 3), i)
        .some((w) => isNegator(w) || /^(?:nowhere|hardly|barely)$/.test(w.lower));
    const tooSoft =
      word.lower === 'too' &&
      /^(?:low|light|lenient|soft|little|short|easy|cheap)$/.test(lower(words[i + 1]));
    // "soft on crime", "soft-on-crime" (the hyphens are words of their own)
    const after =
      word.lower === 'soft'
        ? words
            .slice(i + 1, i + 5)
            .filter((w) => w.text !== '-')
            .map((w) => w.lower)
        : [];
    const soft = after[0] === 'on' && /^(?:crime|criminals)$/.test(after[1] ?? '');
    const verdict =
      VERDICT_ON_DECISION.has(word.lower) &&
      (word.lower !== 'wrist' || lower(words[i - 3]) === 'slap');
    if (!notEnough && !tooSoft && !soft && !verdict) continue;
    const from = clauseStart(sentence, i);
    const to = clauseEnd(sentence, i, 8);
    const inClause = words.slice(from, to + 1);
    const decision = inClause.findIndex(
      (w, k) => DECISIONS.has(w.lower) || (w.text === '$' && words[from + k + 1]?.pos === 'NUM'),
    );
    // "soft on crime" of a decision or a judge; of a DA in general it is politics, not the case.
    if (decision === -1) continue;
    // "judge" and "court" only as a decision-maker judged, not as a place: "at the court".
    const first = Math.min(from + Math.max(0, decision), i);
    const last = Math.max(from + Math.max(0, decision), tooSoft ? i + 1 : soft ? i + 4 : i);
    if (isDenied(sentence, i)) continue;
    const span = found(sentence, first, clauseEnd(sentence, last, 6));
    if (span) out.push(span);
    i = last;
  }
  return out;
};

const CAREER_OF =
  /^(?:criminal|criminals|thief|thieves|burglar|burglars|offender|offenders|felon|felons|crook|crooks|con|conman|dealer|dealers|drunk|liar|scammer|fraudster|robber|shoplifter|arsonist|firebug|abuser|thug|thugs|hustler|gangster|gangbanger|predator|pickpocket|vandal|grifter|swindler|addict)$/;

/** A wrongdoer named by what he is: the subject of "ain't ever gonna change". */
const WRONGDOER = new RegExp(CAREER_OF.source.replace('(?:', '(?:him|her|them|'));

/**
 * The defendant's record or future as commentary: "Career criminal, always has been", "a guy
 * like that doesn't change", "headed down a bad road", "should never have been out".
 */
export const defendantRecord: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  const named = namedPeople(sentence).filter((p) => !p.titled);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    const next = lower(words[i + 1]);
    let span: Found | undefined;
    if (word.lower === 'career' && CAREER_OF.test(next) && lower(words[i - 1]) !== 'in') {
      span = found(sentence, i, clauseEnd(sentence, i + 1, 4));
    } else if (
      // "change", "changed"; "changes" is a noun as often as not.
      (word.lower === 'change' || (word.lower === 'changed' && isStop(words[i + 1]))) &&
      (isStop(words[i + 1]) || /^(?:his|her|their|ever|lol|smh)$/.test(next)) &&
      // "nothing about him has changed": the negator may sit four words back.
      words.slice(Math.max(0, i - 4), i).some((w) => isNegator(w) || w.lower === 'nt')
    ) {
      const from = clauseStart(sentence, i);
      const clause = words.slice(from, i);
      const person =
        clause.some(
          (w) =>
            PERSON_SUBJECT.test(w.lower) ||
            WRONGDOER.test(w.lower) ||
            /^(?:like|type|kind)$/.test(w.lower),
        ) || named.some((p) => p.to < i && p.to >= from);
      if (person) span = found(sentence, from, i);
    } else if (
      /^(?:headed|heading|going)$/.test(word.lower) &&
      /^(?:down|for|toward|towards)$/.test(next) &&
      words.slice(i + 2, i + 5).some((w) => /^(?:bad|wrong|dark|prison|jail)$/.test(w.lower))
    ) {
      span = found(sentence, clauseStart(sentence, i), clauseEnd(sentence, i, 5));
    } else if (
      word.lemma === 'have' &&
      lower(words[i + 1]) === 'been' &&
      /^(?:out|released|free|loose|let|on|bonded|granted|given|locked|put|kept|in)$/.test(
        lower(words[i + 2]),
      ) &&
      words
        .slice(Math.max(0, i - 4), i)
        .some(
          (w) => /^(?:should|shouldn|never|why)$/.test(w.lower) || /^should['’]?ve$/.test(w.lower),
        )
    ) {
      span = found(
        sentence,
        Math.max(clauseStart(sentence, i), i - 4),
        clauseEnd(sentence, i + 2, 4),
      );
    }
    if (span) {
      out.push(span);
      i += 1;
    }
  }
  return out;
};

/**
 * A defence dared to explain itself: "let's see his lawyer explain the DNA", "good luck
 * explaining that to a jury". Only with the defendant, a lawyer or a court in the sentence, so
 * "good luck finding parking" stays clean.
 */
export const defenceDared: SentenceRule = (_text, sentence) => {
  const words = sentence.words;
  const out: Found[] = [];
  const party = words.some(
    (w) => isPersonObject(w) || COURT_ACTORS.has(w.lower) || /^(?:he|she|they)$/.test(w.lower),
  );
  if (!party) return out;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    const dare =
      (/^(?:let|lets)$/.test(word.lower) &&
        /^(?:['’]s|us|see)$/.test(lower(words[i + 1])) &&
        words.slice(i + 1, i + 3).some((w) => w.lower === 'see')) ||
      (word.lower === 'good' && lower(words[i + 1]) === 'luck');
    if (!dare) continue;
    const verb = words
      .slice(i + 2, i + 8)
      .findIndex((w) =>
        /^(?:explain|explaining|convince|convincing|talk|talking|wiggle|wiggling|spin|spinning|beat|beating|prove|proving|lie|lying|get|getting)$/.test(
          w.lower,
        ),
      );
    if (verb === -1) continue;
    const span = found(sentence, i, clauseEnd(sentence, i + 2 + verb, 5));
    if (span) out.push(span);
    i += 2 + verb;
  }
  return out;
};
