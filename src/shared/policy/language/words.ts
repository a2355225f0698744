import type { Sentence, Word } from './analysis';

/** Words that end a clause: a rule linking a name to what is said of it stops at one. */
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '|', '•', '?', '!']);

export function isClauseBreak(word: Word): boolean {
  return CLAUSE_BREAK.has(word.text) || (word.pos === 'CCONJ' && word.lower === 'but');
}

/** The words of `sentence` from `from` to `to` (inclusive) as they are written in `text`. */
export function spanOf(text: string, sentence: Sentence, from: number, to: number) {
  const first = sentence.words[from];
  const final = sentence.words[to];
  if (!first || !final) return undefined;
  return { start: first.start, end: final.end, text: text.slice(first.start, final.end) };
}

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nobody', 'nothing', 'neither']);

export function isNegator(word: Word): boolean {
  return NEGATORS.has(word.lower) || word.lemma === 'not';
}

/** Verbs of saying and thinking: "not saying he did it" denies the claim, it does not make it. */
const REPORTING = new Set([
  'say',
  'suggest',
  'claim',
  'imply',
  'know',
  'think',
  'believe',
  'accuse',
  'allege',
  'assume',
  'judge',
  'speculate',
  'conclude',
  'predict',
  'decide',
  'accuse',
  'blame',
  // "That doesn't mean he did it", "it doesn't prove she stole anything" (round fifteen)
  'mean',
  'prove',
]);

/** Who is said to be saying it, when the writer answers them: "everybody saying…". */
const CROWD = /^(?:everybody|everyone|people|those|folks|y['’]all|anyone|anybody|all)$/;
/** How the writer answers them: "…needs to stop", "…is wrong", "…should be ashamed". */
const REBUKED =
  /\b(?:needs?|has|have|got)\s+to\s+(?:stop|quit|chill)\b|\bshould\s+(?:be\s+ashamed|stop|quit)\b|\b(?:is|are)\s+(?:wrong|ridiculous|embarrassing|out\s+of\s+line)\b|\bshut\s+up\b|\bknock\s+it\s+off\b/;
/** …or agrees with them: "…is right", "…are correct". */
const AGREED = /\b(?:is|are)\s+(?:right|correct|spot\s+on|not\s+wrong)\b/;

/**
 * Whether the words before `index` in its clause deny or question what follows: a negated
 * reporting verb ("we are NOT saying he did it", "nobody is claiming"), or "whether"/"if".
 */
export function isDeniedOrHypothetical(sentence: Sentence, index: number): boolean {
  let negated = false;
  for (let i = index - 1; i >= 0 && i >= index - 8; i -= 1) {
    const word = sentence.words[i];
    // "if we have anything to say about it, he should never…": the comma ends the supposition.
    if (!word || isClauseBreak(word) || word.text === ',') break;
    if (word.lower === 'whether' || word.lower === 'if' || word.lower === 'unless') return true;
    if (isNegator(word)) negated = true;
    // "…the stabbing, not that he did it": the clause after "not that" is denied; "not that
    // surprised" is only an adverb.
    const previous = sentence.words[i - 1];
    const opens = sentence.words[i + 1]?.pos ?? '';
    if (
      word.lower === 'that' &&
      previous &&
      isNegator(previous) &&
      /^(?:PRON|PROPN|DET|NOUN)$/.test(opens)
    )
      return true;
    // "doesn't mean", "does not prove": only a negator on the verb itself denies with these two;
    // "No question this video proves he robbed the store" asserts it (round fifteen's review)
    const reporting =
      REPORTING.has(word.lemma) &&
      word.pos === 'VERB' &&
      (!/^(?:mean|prove)$/.test(word.lemma) ||
        sentence.words.slice(Math.max(0, i - 2), i).some(isNegator));
    if (negated && reporting) return true;
    // "Everybody saying Derek did this needs to STOP": the crowd's claim, which the writer rejects.
    if (reporting && /ing$/.test(word.lower) && CROWD.test(sentence.words[i - 1]?.lower ?? '')) {
      const rest = sentence.words
        .slice(index)
        .map((w) => w.lower)
        .join(' ');
      const rebuked = REBUKED.exec(rest);
      const agreed = AGREED.exec(rest);
      if (rebuked && (!agreed || rebuked.index < agreed.index)) return true;
    }
    if (reporting) {
      // "Nobody in this thread is saying", "before half this thread decides", "let's not assume"
      for (let j = i - 1; j >= 0 && j >= i - 6; j -= 1) {
        const w = sentence.words[j];
        if (!w || isClauseBreak(w)) break;
        if (isNegator(w) || /^(?:before|until|whether|if|nobody|no\s?one)$/.test(w.lower))
          return true;
      }
    }
  }
  return false;
}

/** Only a denial: a negated verb of saying before `index` ("nobody is predicting he'll walk"). */
export function isDenied(sentence: Sentence, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 8; i -= 1) {
    const word = sentence.words[i];
    if (!word || isClauseBreak(word) || word.text === ',') break;
    if (!REPORTING.has(word.lemma) || word.pos !== 'VERB') continue;
    for (let j = i - 1; j >= 0 && j >= i - 6; j -= 1) {
      const w = sentence.words[j];
      if (!w || isClauseBreak(w)) break;
      if (isNegator(w) || /^(?:nobody|no\s?one)$/.test(w.lower)) return true;
    }
  }
  return false;
}

/** A question asks, it does not assert: "Is he the one who did it?" */
export function isQuestion(sentence: Sentence): boolean {
  return sentence.words.at(-1)?.text === '?';
}

/**
 * The last word of the clause that goes on from `from`, at most `max` words on: a hyphen joining
 * two words ("break-ins", "slam-dunk") does not end it; punctuation, an emoji or a clause break does.
 */
export function clauseEnd(sentence: Sentence, from: number, max = 6): number {
  let to = from;
  let ended = false;
  for (let i = from + 1; i < sentence.words.length && i <= from + max; i += 1) {
    const word = sentence.words[i];
    if (!word) break;
    const previous = sentence.words[i - 1];
    const next = sentence.words[i + 1];
    const joining =
      /^[-‐]$/.test(word.text) &&
      previous?.end === word.start &&
      next !== undefined &&
      next.start === word.end;
    if (joining) {
      to = i + 1;
      i += 1;
      continue;
    }
    if (isClauseBreak(word) || word.pos === 'PUNCT' || word.pos === 'SYM') {
      ended = true;
      break;
    }
    to = i;
  }
  // "has stolen at least six bikes this month" cut at `max` ends on "this": a clause cut short
  // ends on its last full word, not on a determiner, a preposition or a conjunction; one that
  // ends of itself keeps its particle ("should never have been let out")
  const cut = !ended && to + 1 < sentence.words.length;
  const dangling = (k: number) => {
    const pos = sentence.words[k]?.pos ?? '';
    // a particle straight after its verb is the verb's: "keep him locked up this time"
    return (
      /^(?:DET|CCONJ|SCONJ)$/.test(pos) || (pos === 'ADP' && sentence.words[k - 1]?.pos !== 'VERB')
    );
  };
  while (cut && to > from && dangling(to)) to -= 1;
  return to;
}

/** The first word of the clause `at` is in, looking back at most 40 words. */
export function clauseStart(sentence: Sentence, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 40; i -= 1) {
    const word = sentence.words[i];
    if (!word || isClauseBreak(word) || word.text === ',' || word.text === '.') return i + 1;
  }
  return Math.max(0, at - 40);
}
