import type { Word } from './analysis';

/**
 * Word classes of a criminal case, for the pending-prosecution rules (III.B.1.c): who decides a
 * case, what a case is made of, and the words that turn a sentence about it into a prediction,
 * a wish or a verdict of the writer's own.
 */

/** Those who argue for the defendant: "his lawyer will get him off" predicts an acquittal. */
export const DEFENDERS = new Set([
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'defense',
  'defence',
  'defender',
  'defenders',
]);

/** Those who decide or argue a case: what they are said to be about to do is an outcome. */
export const COURT_ACTORS = new Set([
  'jury',
  'juries',
  'jurors',
  'juror',
  'judge',
  'judges',
  'court',
  'courts',
  'da',
  'd.a.',
  'prosecutor',
  'prosecutors',
  'prosecution',
  ...DEFENDERS,
  'state',
]);

/** Those who bring the case: "we have him dead to rights", "prosecutors have this one locked up". */
export const CASE_HOLDERS = new Set([
  'we',
  'they',
  'police',
  'cops',
  'cop',
  'detectives',
  'investigators',
  'officers',
  'prosecutors',
  'prosecution',
  'da',
  'd.a.',
  'state',
  'feds',
]);

/** What a case is made of: recordings, tests, witnesses and the case itself. */
export const EVIDENCE = new Set([
  'evidence',
  'case',
  'proof',
  'video',
  'videos',
  'footage',
  'dashcam',
  'bodycam',
  'camera',
  'cameras',
  'recording',
  'recordings',
  'tape',
  'tapes',
  'photos',
  'pictures',
  'dna',
  'prints',
  'fingerprints',
  'witness',
  'witnesses',
  'testimony',
  'records',
  'texts',
  'receipts',
  'results',
]);

/**
 * Verbs and words that make a clause a forecast, a demand or a wish: "he'll", "gonna", "should",
 * "needs to", "hope", "bet", "no way", "doubt". Matched on the lower-case word.
 */
export const FORECAST = new Set([
  'will',
  '’ll',
  "'ll",
  'll',
  'wo',
  'wont',
  'gonna',
  'gunna',
  'going',
  'should',
  'shouldn',
  'must',
  'better',
  'need',
  'needs',
  'gotta',
  'deserve',
  'deserves',
  'hope',
  'hoping',
  'hopefully',
  'pray',
  'praying',
  'wish',
  'bet',
  'betcha',
  'doubt',
  'guarantee',
  'guaranteed',
  'expect',
  'expecting',
  'confident',
  'sure',
  'watch',
  'never',
  'lucky',
  'surprised',
  'shocked',
  'mark',
]);

/** Steps of procedure: even a hoped-for "decide" or "hear" says nothing about the outcome. */
export const PROCEDURE_STEPS: ReadonlySet<string> = new Set([
  'decide',
  'determine',
  'hear',
  'set',
  'consider',
  'review',
  'rule',
  'begin',
  'start',
  'resume',
  'continue',
  'reconvene',
  'return',
  'meet',
  'schedule',
  'announce',
  'file',
  'arraign',
  'release',
  'issue',
  'receive',
  'deliberate',
  'weigh',
  'appoint',
]);

/** Scheduling verbs: "the judge will set bond", "a jury will hear the case Monday" predict nothing. */
export const SCHEDULING = new Set([
  ...PROCEDURE_STEPS,
  'present',
  'ask',
  'seek',
  'argue',
  'call',
  'take',
  'make',
  'have',
  'be',
  'sentence',
]);

/** Words that judge a decision: "nowhere near enough", "a joke", "disappointed in". */
export const VERDICT_ON_DECISION = new Set([
  'joke',
  'disgrace',
  'disgraceful',
  'outrage',
  'outrageous',
  'ridiculous',
  'unbelievable',
  'insane',
  'absurd',
  'pathetic',
  'shameful',
  'laughable',
  'disappointed',
  'disappointing',
  'appalled',
  'appalling',
  'sickening',
  'unacceptable',
  'baffling',
  'lenient',
  'disgusted',
  'outraged',
  'furious',
  'frustrated',
  'crazy',
  'nuts',
  'wrist',
]);

/** What a court decides before trial: judging one comments on the case. */
export const DECISIONS = new Set([
  'bond',
  'bail',
  'decision',
  'ruling',
  'release',
  'released',
  'sentence',
  'deal',
  'judge',
  'judges',
  'court',
  'courts',
  'verdict',
  'recognizance',
]);

/** Him, her, them: the defendant as the object of a verb. */
export const isPersonObject = (word: Word | undefined) =>
  word !== undefined && /^(?:him|her|them|em|['’]em)$/.test(word.lower);

/** He, she, they, or a noun for a man or woman: the defendant as a subject. */
export const PERSON_SUBJECT =
  /^(?:he|she|they|hes|shes|he['’]s|she['’]s|guy|man|dude|woman|lady|defendant|suspect|kid|boys|girls|thief|driver|people)$/;

/** "is", "was", "'s", "’re": wink lemmatises the contracted forms only sometimes. */
export const isBeWord = (word: Word | undefined) =>
  word !== undefined && (word.lemma === 'be' || /^['’](?:s|re|m)$/.test(word.text));

/** A word that is punctuation or a symbol: clause-level rules stop at one. */
export const isStop = (word: Word | undefined) =>
  word === undefined || word.pos === 'PUNCT' || word.pos === 'SYM';

/**
 * A plea already entered, stated as fact: "because he pleaded guilty in May". What follows from
 * it ("will not go to trial") reports the case, it does not forecast it.
 */
export const pleaEntered = (words: readonly Word[]) =>
  words.some(
    (w, k) =>
      /^(?:pleaded|pled)$/.test(w.lower) &&
      /^(?:guilty|no)$/.test(words[k + 1]?.lower ?? '') &&
      !/^(?:will|['’]ll|to|would|should)$/.test(words[k - 1]?.lower ?? ''),
  );
