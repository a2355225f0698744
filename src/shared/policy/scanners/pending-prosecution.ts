import type { Finding, ScanContext, Scanner } from '../finding';
import { documentChecks, wholeText } from './whole-document';
import { type PhraseRule, scanWithRules, sentenceAround } from './pattern-scanner';
import {
  caseStrength,
  defendantCharacter,
  predictedOutcome,
  sentencingWish,
} from './prosecution-structure';
import {
  caseHeld,
  courtActorOutlook,
  decisionJudged,
  defenceDared,
  defendantOutlook,
  defendantRecord,
  evidenceSettles,
} from './prosecution-outlook';
import {
  characterOverTime,
  courtActWished,
  courtOutcomeForetold,
  defenceMocked,
  evidenceConclusive,
  punishmentEarned,
  trialUntroubled,
} from './prosecution-families';
import {
  caseAttacked,
  caseEndCalled,
  characterClaimed,
  custodyDemanded,
  defenceEmpty,
  evidencePlaced,
  habitOverTime,
  juryQuick,
  outcomeRelished,
  recordHeldUp,
} from './prosecution-shapes';
import {
  caseJudged,
  characterVouched,
  courtActDemanded,
  dismissalForecast,
  endForecast,
  evidenceOwned,
} from './prosecution-forecasts';
import {
  defenceForeclosed,
  evidenceAsReason,
  evidenceDefeats,
  lightSentenceMocked,
  neverLearns,
  ourSay,
  outcomeComing,
  proofUnneeded,
} from './prosecution-asides';
import { prosecutionSayings } from './prosecution-sayings';
import { CRIME_TOLD } from '../language/crime';
import { LAW_MAX_TOLD } from './prosecution-sayings';
import { mergeFindings, scanSentences, withoutDenials } from './sentence-rules';
import { withModelFindings } from './sentence-model';

/** A warning to whoever reads: "if you drive impaired", "caught with a stolen gun?", "you can expect". */
const WARNED_YOU =
  /\b(?:if\s+you|you\s+(?:can|will|could|may)|you['’]ll|caught\s+with|drive\s+(?:drunk|impaired|high)|anyone\s+who|whoever)\b/i;

/**
 * The sentence around `start`, and what runs back to it from the last full stop: "Caught with a
 * stolen gun? Expect…" is one warning.
 */
function warningAround(text: string, start: number): string {
  const back = text.slice(Math.max(0, start - 100), start);
  const stop = Math.max(back.lastIndexOf('.'), back.lastIndexOf('!'), back.lastIndexOf('\n'));
  return `${back.slice(stop + 1)} ${sentenceAround(text, start, start)}`;
}

const message = (m: string) =>
  `“${m}” comments on a pending prosecution (III.B.1.c). State only the public facts (arrest, charges, booking); leave the case, the trial and the sentence to the courts.`;

const RULES: readonly PhraseRule[] = [
  {
    pattern:
      /\b(?:expect(?:s|ing)?|anticipate[sd]?|hop(?:e|es|ing)\s+for|look(?:ing)?\s+forward\s+to|confident\s+(?:of|in)|count(?:ing)?\s+on|seek(?:ing)?)\s+(?:a\s+|an\s+|the\s+)?(?:swift\s+|quick\s+|full\s+|long\s+|maximum\s+|harsh\s+|stiff\s+|tough\s+)?(?:felony\s+|murder\s+|manslaughter\s+|federal\s+|jury\s+|first-degree\s+|second-degree\s+|DUI\s+|fraud\s+|assault\s+|arson\s+)?(?:conviction|convictions|guilty\s+verdict|guilty\s+plea|sentence|prison\s+term|max(?:imum)?)\b/gi,
    // "If you drive impaired, expect a DUI conviction": the department's warning to anyone, not
    // a case's outcome
    keep: (text, start) => !WARNED_YOU.test(warningAround(text, start)),
    message,
  },
  { pattern: /\bplea\s+(?:deal|bargain|agreement|offer)s?\b/gi, message },
  // "he should get the full 20 years", "we'd like to see him serve the maximum": a sentence wished for.
  // Both need a case in the text: "officers who serve the full 20 years", "a padlock is not much
  // of a defense against bolt cutters" are no commentary on one.
  {
    pattern:
      /\b(?:get|gets|serve|serves|do|does|deserves?)\s+(?:the\s+)?(?:full|maximum|max|whole)\s+(?:\d+|\w+)\s+years\b/gi,
    keep: (text) => CASE_IN_TEXT.test(text),
    message,
  },
  // "there isn't much of a defence here": the defence judged before the court hears it.
  {
    pattern: /\b(?:isn['’]t|is\s+not|not)\s+much\s+of\s+a\s+defen[cs]e\b(?!\s+against)/gi,
    keep: (text) => CASE_IN_TEXT.test(text),
    message,
  },
  { pattern: /\bthrow(?:s|n)?\s+the\s+(?:\w+\s+)?book\s+at\b/gi, message },
  {
    pattern:
      /\b(?:case|evidence)\s+against\s+(?:him|her|them|the\s+(?:suspect|defendant|accused|arrestee)s?)\s+(?:is|was|are|looks|seems)\s+(?:very\s+|extremely\s+|really\s+)?(?:strong|airtight|air-tight|solid|weak|ironclad|overwhelming|rock[- ]solid|thin)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:will|should|must|is\s+going\s+to|are\s+going\s+to|deserves?\s+to)\s+(?:be\s+convicted|go\s+to\s+(?:prison|jail)|spend\s+(?:years|decades|the\s+rest\s+of\s+\w+\s+life)\s+(?:behind\s+bars|in\s+prison)|rot\s+in\s+(?:jail|prison)|never\s+see\s+daylight|get\s+(?:life|the\s+max(?:imum)?))\b/gi,
    message,
  },
  {
    pattern: /\b(?:the\s+)?trial\s+(?:next\s+\w+|this\s+\w+|will|should|is\s+going\s+to)\b/gi,
    // "The trial will begin June 9" is a court date.
    keep: (text, _start, end) =>
      !/^\s+(?:begin|start|resume|continue|open|last|take\s+place|be\s+held|get\s+under\s*way|move)\b/i.test(
        text.slice(end, end + 24),
      ),
    message,
  },
  {
    pattern:
      /\b(?:the\s+)?(?:DA|D\.A\.|district\s+attorney|prosecutors?|prosecution|state\s+attorney)(?:['’]s\s+office)?\s+(?:will|should|is\s+going\s+to|are\s+going\s+to|has\s+a\s+strong|is\s+confident)\b/gi,
    // "The DA's office will decide whether to file charges" says what happens next, not how.
    keep: (text, _start, end) =>
      !/^\s+(?:decide|review|determine|file|announce|consider|meet|release|make|have|present)\b/i.test(
        text.slice(end, end + 20),
      ),
    message,
  },
  // "His sentencing hearing is set for May 2" is a court date; "sentencing will be harsh" is not.
  {
    pattern:
      /\bsentencing\s+(?:next|will|should)\b(?!\s+(?:be\s+)?(?:held|set|take\s+place|begin|start|resume))/gi,
    message,
  },
  {
    pattern:
      /\b(?:the\s+)?(?:evidence|case)(?:\s+so\s+far)?\s+(?:is|looks|seems)\s+(?:very\s+|extremely\s+|really\s+)?(?:overwhelming|airtight|air-tight|strong|solid|ironclad|rock[- ]solid|weak|thin|flimsy)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:has|have)\s+an?\s+(?:rock[- ]solid|strong|airtight|air-tight|solid|ironclad|weak|slam[- ]dunk)\s+case\b(?!\s+for\s+\p{L}+ing\b)/giu,
    message,
  },
  {
    pattern:
      /\bdeserves?\s+(?:the\s+)?(?:maximum|max|death\s+penalty|book|life|every\s+(?:day|year))\b(?:\s+sentence)?/gi,
    message,
  },
  {
    pattern:
      /\bgive\s+(?:him|her|them)\s+(?:the\s+)?(?:death\s+penalty|life|max(?:imum)?|the\s+chair)\b/gi,
    message,
  },
  {
    pattern:
      /\bnever\s+see\s+the\s+light\s+of\s+day\b|\bthrow\s+away\s+the\s+key\b|\b(?:going|go|sent)\s+away\s+for\s+(?:life|a\s+long\s+time|good|decades|years)\b/gi,
    message,
  },
  {
    // "He's going away.", "she's going away for a while" (round thirty-six) where a case is told;
    // a person's, not a holiday's "Going away for spring break?", nor a K9's retirement
    pattern:
      /\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|['’]ll\s+be|\s+will\s+be)\s+going\s+away(?=\s*(?:[.!]|$)|\s+for\s+(?:a\s+while|a\s+(?:long\s+|good\s+)?(?:stretch|spell)|a\s+bit|sure)\b)/gim,
    keep: (text, _start, _end, context) => CASE_IN_TEXT.test(wholeText(text, context)),
    message,
  },
  {
    pattern: /\bcharges?\s+(?:will|won['’]t|will\s+not|are\s+going\s+to)\s+(?:stick|hold)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:conviction|guilty\s+(?:plea|verdict))\s+is\s+(?:all\s+but\s+|practically\s+|nearly\s+)?(?:certain|guaranteed|likely|inevitable|assured)\b|\b(?:conviction|guilty\s+verdict)\s+(?:guaranteed|assured)(?=\s*(?:[.!]|$))/gim,
    message,
  },
  {
    pattern: /\b(?:make\s+sure|ensure)\s+(?:he|she|they)\s+(?:gets?|is|are)\s+convicted\b/gi,
    message,
  },
  { pattern: /\bjury\s+(?:convicts|acquits|will\s+(?:convict|acquit))\b/gi, message },
  { pattern: /\bcase\s+(?:is\s+going\s+to|will)\s+fall\s+apart\b/gi, message },
  {
    pattern:
      /\b(?:the\s+)?(?:DA|D\.A\.|prosecutors?)\s+(?:better|had\s+better|must|needs?\s+to)\s+(?:not\s+)?(?:drop|charge|pursue|go\s+after|convict)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:jury|judge)\s+(?:will|should|must)\s+(?:convict|find|see|agree|sentence|give)\b/gi,
    message,
  },
  {
    pattern: /\b(?:beat|fight|win|lose)\s+(?:the|this|these)\s+(?:charges?|case|rap)\b/gi,
    message,
  },
  // Hopes and wishes for the sentence: "we hope he gets life", "hope she never sees daylight".
  {
    pattern:
      /\b(?:hope|hoping|pray|praying|wish)\b[^.!?\n]{0,45}?\b(?:gets?|receives?|serves?|spends?|does|never\s+(?:sees?|gets?\s+out|walks?\s+free))\b[^.!?\n]{0,40}?\b(?:life|years|sentence|max(?:imum)?|prison|jail|parole|behind\s+bars|daylight|death\s+penalty|(?<!\b(?:next|last|this|every|some|any|first|one|the)\s)time)\b/gi,
    message,
  },
  {
    pattern:
      /\blife\s+without\s+(?:the\s+possibility\s+of\s+)?parole\b|\bno\s+parole\b|\bmax(?:imum)?\s+sentence\b(?!\s+(?:of|is|for|he|she|they|would|could))|\bget\s+what['’]?s\s+coming\b|\b(?:should|must|will|better)\s+never\s+(?:get\s+out|be\s+released|walk\s+free|see\s+(?:daylight|the\s+outside))\b|\bjury\b[^.!?\n]{0,30}?\b(?:will|would|won['’]t|wouldn['’]t)\s+(?:convict|acquit)\b|\b(?:will|['’]ll|is\s+going\s+to|is\s+gonna)\s+(?:be\s+)?(?:in|behind)\s+(?:prison|jail|bars)\b|\b(?:fry|hang)\s+(?:him|her|them)\b|\block\s+(?:him|her|them)\s+up\s+and\s+throw\b/gi,
    message,
  },
  // Predictions of the outcome: "he'll be convicted", "she'll plead out", "he'll walk".
  {
    pattern:
      /\b(?:he|she|they)(?:['’]ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to|\s+is\s+gonna|\s+won['’]t)\s+(?:be\s+convicted|be\s+acquitted|be\s+found\s+guilty|plead(?!\s+not\b)(?:\s+out|\s+guilty)?|walk(?:\s+free)?(?!\s+(?:in|into|to|through|down|up|across|around|home|over|along|the|a|her|his|their|our|from|with|for|on|at|by|past)\b)|get\s+off|beat\s+(?:it|this|the)|be\s+(?:home|out|back\s+on\s+the\s+streets?)\s+(?:by|in|before|soon))\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:case|this\s+one|it)(?:['’]s|\s+is|\s+was)\s+a\s+slam[- ]dunk\b|\b(?:DA|D\.A\.|prosecutors?|prosecution|defense|the\s+state)\s+(?:loses|wins|will\s+(?:lose|win)|can['’]t\s+lose|won['’]t\s+lose|could\s+lose)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:the\s+)?(?:evidence|case)\b(?:\s+[\p{L}’']+){1,6}?\s+(?:is|looks|seems|was)\s+(?:very\s+|extremely\s+|really\s+)?(?:overwhelming|airtight|air-tight|ironclad|rock[- ]solid|flimsy)\b/giu,
    hints: ['evidence', 'case'],
    message,
  },
  {
    pattern:
      /\b(?:lawyer|attorney|defen[cs]e)\b[^.!?\n]{0,30}?\b(?:is\s+going\s+to|will|gonna)\b[^.!?\n]{0,40}?\b(?:in\s+court|at\s+trial|the\s+jury)\b/gi,
    message,
  },
  {
    pattern:
      /\bdeserves?\s+(?:every\s+(?:one\s+of\s+the\s+)?\d+\s+years|\d+\s+years|every\s+(?:day|year|minute)\s+(?:he|she|they)\s+gets?)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:detectives|we|investigators|officers|police)\s+(?:are|is)\s+(?:confident|certain|sure)\b[^.!?\n]{0,30}?\b(?:convicted|conviction|guilty|found\s+guilty)\b/gi,
    message,
  },
];

/** A defendant's hearing, not one lost or damaged ("lost her hearing") nor a hearing aid. */
const A_HEARING = String.raw`(?<!\b(?:los(?:e|t|ing|es)|damag\w*(?:\s+to)?|protect\w*)\s)(?:his|her|their|preliminary|detention)\s+hearing(?!\s+(?:aids?|loss))`;

/** A court's sentence spoken of: what a term or "not enough" is said of. */
const SENTENCED = new RegExp(
  String.raw`\b(?:${A_HEARING}|sentenc\w*|judge|jury|prison|jail|locked\s+up|behind\s+bars|plea|convict\w*|parole|court|charged|charges|trial|DA|prosecutors?)\b`,
  'i',
);

/**
 * A case in the text: a retort such as "nice try" dismisses a defence only where there is one to
 * dismiss, so these need a charge, a court or a lawyer somewhere in the same text.
 */
const CASE_IN_TEXT = new RegExp(
  String.raw`\b(?:${A_HEARING}|charged|charges?|indicted|indictment|arraign\w*|pleaded|pled|plead\s+(?:not\s+)?guilty|court|judge|jury|trial|lawyer|attorney|defen[cs]e|defenders?|prosecut\w*|DA|plea|bond|bail|arrested|custody|claim\w*|alibi|excuse)\b`,
  'i',
);

/** A crime, or the most a crime carries: what a comment names instead of the case. */
const CRIME_OR_LAW_MAX = new RegExp(
  String.raw`${CRIME_TOLD.source}|\bmanslaughter\b|${LAW_MAX_TOLD.source}`,
  'i',
);

/**
 * Back at work after healing, not after a case (round forty-six's review): "K-9 Rex pulled a
 * muscle chasing a burglary suspect … He'll be back working by next month", "tore his ACL on the
 * court", "had hip surgery … he'll be back coaching by August".
 */
const MENDING =
  /\b(?:surger(?:y|ies)|sprain\w*|tore\s+(?:his|her|a)|torn|ACL|MCL|pulled\s+a\s+(?:muscle|hamstring|groin)|broke\s+(?:his|her)\s+(?:arm|leg|wrist|ankle|hip|foot|hand|collarbone)|fractur\w*|injur\w*|(?:twisted|hurt|injured|sprained|broke|tore|pulled|strained|dislocated|jammed|wrenched)\s+(?:his|her)\s+(?:knee|ankle|back|shoulder|wrist|hip|hamstring|elbow|neck|foot|leg|arm|achilles|calf|groin)|recover\w*|physical\s+therapy|on\s+the\s+mend|maternity|paternity|vacation|deploy\w*)\b/i;

/** The evidence of a case, which a comment names instead of the case: "with that bodycam footage". */
const EVIDENCE_IN_TEXT =
  /\b(?:footage|bodycam|body\s+cam|dashcam|video|evidence|fingerprints|prints|DNA|witnesses)\b/i;

/**
 * How a case ends, told as a sure thing (rounds seven and nine). Each needs a case in the text:
 * "every day of it" alone may be a holiday.
 */
const CASE_END_CALLED: readonly RegExp[] = [
  // The sentence served in full: "he'll get every day of it".
  /\b(?:he|she|they)['’]?(?:ll|\s+will)\s+(?:get|serve|do)\s+every\s+(?:day|minute|second|year)\s+of\s+it\b/gi,
  // The end already known: "you know how this ends", "this case is going nowhere", "so will the
  // jury", "juries notice that".
  /\byou\s+know\s+how\s+this\s+(?:ends|one\s+ends|is\s+going\s+to\s+end)\b|\b(?:this|that|the|his|her)\s+case\s+(?:is|['’]s)\s+going\s+nowhere\b|\bso\s+will\s+the\s+jury\b|\bjur(?:y|ies)\s+(?:notice|will\s+notice|will\s+see\s+(?:that|through))\b/gi,
  // A bet on the verdict: "we'd bet on a conviction", "bet he walks".
  /\b(?:bet(?:ting)?|wager)\s+on\s+(?:a\s+)?(?:conviction|guilty\s+verdict|acquittal)\b|\bbet\s+(?:you\s+)?(?:he|she|they)\s+(?:walks?|gets?\s+off|beats?\s+it|pleads?|takes?\s+a\s+(?:plea|deal))\b/gi,
  // The prosecution sure of its case, or sure to give it up: "the DA never loses these", "as
  // airtight a case as", "they'll drop the charges".
  /\b(?:the\s+)?(?:DA|D\.A\.|prosecutors?)\s+(?:doesn['’]t|does\s+not|don['’]t|never|won['’]t)\s+lose\s+(?:these|this|cases|a\s+case)\b|\bas\s+(?:solid|strong|airtight)\s+a\s+case\s+as\b|\b(?:they|prosecutors|the\s+(?:DA|state))['’]?(?:ll|\s+will)\s+drop\s+the\s+charges\b/gi,
  // The evidence settling it before a trial: "the video will prove it", "nothing to argue about
  // in court".
  /\b(?:the\s+)?(?:video|footage|dna|tape|evidence)\s+will\s+prove\s+(?:it|that|he|she|they)\b|\bnothing\s+(?:there\s+)?to\s+argue\s+about\s+in\s+court\b|\bwhat\s+there\s+is\s+to\s+argue\s+about\s+in\s+court\b/gi,
  // The defence dismissed or the custody relished: "grasping at straws", "exactly where he belongs".
  /\bgrasping\s+at\s+straws\b|\bexactly\s+where\s+(?:he|she|they)\s+belongs?\b/gi,
  // Round nine: time to be served, a conviction in hand, a defendant going down in court: "we
  // expect he'll do jail time" (not "if convicted, he will serve jail time", the law stated),
  // "prosecutors have more than enough to convict", "he's going down in court".
  // Round ten: "the bank records are airtight" (records of a kind that prove a case).
  /\b(?:bank|phone|cell(?:\s+phone)?|financial|text|credit\s+card|GPS|billing)\s+records\s+(?:are|were|look|seem)\s+(?:airtight|air-tight|ironclad|damning|conclusive|overwhelming|rock[- ]solid|bulletproof)\b/gi,
  /(?<!\bif\s+(?:convicted|found\s+guilty),?\s+)\b(?:he|she|they)['’]?(?:ll|\s+will)\s+(?:do|serve)\s+(?:some\s+)?(?:real|hard|serious|jail|prison)\s+time\b|\b(?:have|has|had|got)\s+(?:more\s+than\s+)?enough\s+(?:evidence\s+)?to\s+(?:convict|put\s+(?:him|her|them)\s+away)\b|\bgoing\s+down\s+(?:in\s+court|for\s+(?:this|it|good))\b/gi,
];

const RETORTS: readonly PhraseRule[] = [
  {
    // Words that carry their own case: "the body cam will prove it", "needs to stay locked up".
    pattern:
      /\b(?:the\s+)?(?:body\s?cam|bodycam|dash\s?cam)\s+(?:footage\s+|video\s+)?will\s+prove\s+(?:it|that|he|she|they)\b|\b(?:needs?|deserves?)\s+to\s+stay\s+locked\s+up\b/gi,
    message,
  },
  {
    // Round ten: the sentence foretold or judged: "he'll do 18 months", "He's doing at least 3
    // years" (round thirty-six: years, not a juror's "serving 5 days"), "we expect they'll get
    // community service", "They'll each get maybe five years", "Ten years isn't enough". Where a
    // court or a sentence is spoken of within a sentence or so, and not a term of something else
    // ("she'll do six months of physical therapy", "serve 12 months on probation" as a recruit,
    // "community service hours"); not the law stated ("if he's convicted, he'll serve…").
    pattern:
      /(?<!\bif\s+(?:(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+)?(?:convicted|found\s+guilty),?\s+)\b(?:he|she|they)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:(?:going\s+to|gonna)\s+)?(?:doing|serving|getting|do|serve|get)\s+(?:(?:maybe|like|only|just|about|at\s+least)\s+)?(?:\d{1,2}|two|three|four|five|six|eight|ten|twelve|fifteen|twenty)\s+years\b(?!\s+off\b)|(?<!\bif\s+(?:(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+)?(?:convicted|found\s+guilty),?\s+)\b(?:he|she|they)['’]?(?:ll|\s+will)\s+(?:each\s+)?(?:do|serve|get)\s+(?:(?:maybe|like|only|just|about|at\s+least)\s+)?(?:\d{1,2}|a\s+few|two|three|four|five|six|eight|ten|twelve|eighteen|twenty)\s+(?:months|years|days)\b|\b(?:he|she|they)['’]?(?:ll|\s+will)\s+(?:each\s+)?(?:(?:only|just)\s+)?(?:get|do)\s+(?:community\s+service|probation|house\s+arrest|a\s+slap\s+on\s+the\s+wrist)\b|\b(?:\d{1,2}|two|three|five|ten|fifteen|twenty|thirty)\s+(?:years|months)\s+(?:isn['’]t|is\s+not|ain['’]t|won['’]t\s+be)\s+(?:nearly\s+|even\s+close\s+to\s+)?enough\b/gi,
    keep: (text, start, end) =>
      !/^\s+(?:of|on|with|at|in|toward|towards|hours|as)\b/i.test(text.slice(end, end + 12)) &&
      SENTENCED.test(text.slice(Math.max(0, start - 160), end + 160)),
    message,
  },
  // Rounds seven and nine: how the case ends told as a sure thing, each family needing a case in the text.
  ...CASE_END_CALLED.map((pattern): PhraseRule => ({
    pattern,
    keep: (text, _start, _end, context) => CASE_IN_TEXT.test(wholeText(text, context)),
    message,
  })),
  {
    // Round eleven: the outcome ruled out: "zero chance he walks", "no way she gets off". Where a
    // case or its evidence is spoken of: a comment says "with that bodycam footage" for a case.
    pattern:
      /\b(?:no|zero|not\s+a)\s+(?:chance|way|shot|prayer)\s+(?:in\s+hell\s+)?(?:that\s+)?(?:he|she|they)\s+(?:walks?(?!\s+(?:again|without|with|unaided|in|into|to|through|down|up|across|around|home|over|along|the|a|her|his|their|our|from|for|on|at|by|past|far|yet)\b)|gets?\s+off|beats?\s+(?:it|this|the\s+(?:case|charges?|rap))|(?:is|gets?|are)\s+acquitted|goes\s+free)\b/gi,
    keep: (text, _start, _end, context) =>
      CASE_IN_TEXT.test(wholeText(text, context)) ||
      EVIDENCE_IN_TEXT.test(wholeText(text, context)),
    message,
  },
  {
    // "Will he walk? Not a chance.", "Jail time for her? Doubt it.": the outcome asked and answered.
    pattern:
      /\b(?:will|is|are|does|do|can|could|would|think|gonna|any)\b[^.!?\n]{0,50}?\?\s*(?:not\s+a\s+(?:chance|prayer)|no\s+way|nope|fat\s+chance|doubt\s+it|absolutely|you\s+bet|of\s+course|definitely|hell\s+(?:no|yes)|not\s+likely|not\s+(?:this|a)\s+time|count\s+on\s+it|never)\b/gi,
    keep: (text, start, end, context) =>
      /\b(?:walk|walks|free|off|beat|convict\w*|acquit\w*|guilty|prison|jail|time|sentence\w*|years|plead\w*|deal|out)\b/i.test(
        text.slice(start, end),
      ) &&
      /\b(?:he|she|they|him|her|them)\b/i.test(text.slice(start, end)) &&
      CASE_IN_TEXT.test(wholeText(text, context)),
    message,
  },
  {
    pattern:
      /\b(?:nice|good)\s+try\b|\bgood\s+luck\s+with\s+that\b|\byeah,?\s+right\b|\b(?:no\s*(?:one|body)(?:['’]s|\s+is)|nobody(?:['’]s|\s+is)|not)\s+buying\s+(?:it|that)\b|\b(?:that|this|his|her)\s+(?:excuse|story|defen[cs]e|argument|alibi)\s+(?:won['’]?t|will\s+not|isn['’]?t\s+gonna|ain['’]?t\s+gonna|is\s+not\s+going\s+to)\s+(?:fly|work|hold\s+up|stand\s+up)\b/gi,
    keep: (text, _start, _end, context) => CASE_IN_TEXT.test(wholeText(text, context)),
    message,
  },
  {
    // "Released AGAIN?!", "out again, unbelievable": a release judged, not reported.
    pattern:
      /\b(?:released|let\s+(?:(?:him|her|them)\s+)?(?:go|out|walk)|bonded\s+out|back\s+out|out)\s+again\b(?=\s*(?:[!?]|\.\.|[.,]?\s*(?:unbelievable|unreal|seriously|smh|wow|really|ridiculous|insane|of\s+course|shocker|figures|great|a\s+joke)))/gi,
    message,
  },
  // Round thirteen, each where a case is spoken of: the case called won ("this case is a lock",
  // "Easy conviction", "about as clear-cut as these cases get"); the sentence called or demanded
  // ("Twenty-five to life, easy", "Should get the death penalty", "I expect him to spend the next
  // twenty years…"); a juvenile's court demanded ("they deserve to be tried as adults"); the
  // defendant's remorse judged ("he showed no remorse during questioning").
  ...[
    /\b(?:this\s+case|the\s+case|(?:his|her|their)\s+case|this\s+one)(?:['’]s|\s+is)\s+(?:a\s+lock|(?:about\s+as\s+|pretty\s+|very\s+)?clear[- ]cut)\b|\beasy\s+(?:conviction|guilty\s+verdict)\b|\bas\s+clear[- ]cut\s+as\s+(?:these|those|they|cases|it)\s+(?:cases\s+)?(?:get|come)\b/gi,
    /\b(?:expect|bet|guarantee|predict)\s+(?:him|her|them)\s+to\s+(?:spend|serve|do|get)\s+(?:(?:[\w-]+\s+){0,4}?(?:years|months|decades)\s+(?:in\s+(?:prison|jail)|behind\s+bars|locked\s+up|inside)|life\b|time\s+behind\s+bars|(?:[\w-]+\s+){0,2}?(?:prison|jail)\s+time)/gi,
    /\b(?:deserves?\s+to\s+be|should\s+be|needs?\s+to\s+be|must\s+be|better\s+be)\s+tried\s+as\s+(?:an\s+)?adults?\b|(?:\b(?:should|need\s+to|needs\s+to|must|better)\s+|(?<=^\s*|[.!?]\s+))[Tt]ry\s+(?:him|her|them)\s+as\s+(?:an\s+)?adults?\b/gim,
    /\b(?:showed|shows|has\s+shown|had\s+shown|showing|has|had|felt|feels)\s+(?:absolutely\s+|zero\s+|no\s+)?(?:no|zero)\s+remorse\b/gi,
    // Round fourteen: the defendant's character named ("he's a violent thug"), a plea ruled out
    // ("he's not getting a plea from anyone"), release foretold ("tried as a juvenile and out by
    // 21"), the sentence demanded ("the sentence he gets had better be life").
    /\b(?:he|she)(?:['’]s|\s+is)\s+(?:a\s+)?(?:violent|dangerous|known|habitual|vicious|violent\s+little)\s+(?:repeat\s+)?(?:thug|criminal|predator|offender|felon|menace|abuser)\b|\b(?:not|never)\s+(?:getting|get|gets)\s+a\s+(?:plea|deal)\b|\b(?:and|be)\s+out\s+by\s+(?:1[89]|2[0-5]|summer|christmas|spring|next\s+(?:year|month))\b|\bsentence\s+(?:he|she|they)\s+gets?\s+(?:had\s+)?better\s+be\b/gi,
    // Round fifteen, from the twenty-fifth and twenty-sixth sets: a bet on the term ("we'd bet on
    // 20 years"), the charges made to stick, no chance at trial, a witness recanting, the
    // defendant locked away for good, evidence called damning, "he walks in 6 months", the case
    // built on nothing, the alibi judged, evidence that proves it or is right there, charges
    // called too light, "the prosecutor has him on video", "nothing but trouble", evidence said
    // to be doctored.
    /\bbet(?:ting)?\s+on\s+(?:the\s+max(?:imum)?|life|(?:\d{1,2}|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s+years)\b|\b(?:enough|plenty)\s+(?:evidence\s+|there\s+)?to\s+make\s+(?:it|this|that|them|the\s+charges?)\s+stick\b|\b(?:have|has|had|stand|stands|stood)\s+a\s+(?:prayer|chance)\s+(?:at|in|with|before)\s+(?:trial|court|a\s+jury|the\s+jury)\b/gi,
    /\b(?:witness(?:es)?|victim|accuser|informant)\s+(?:[\p{L}’']+\s+){0,2}?(?:recanted|recants|has\s+recanted|took\s+(?:it|(?:her|his|their)\s+story)\s+back)\b|\b(?:locked|put|thrown)\s+(?:away|up)\s+for\s+(?:good|ever)\b|\bthe\s+day\s+(?:he|she|they)\s+(?:is|are|gets?)\s+(?:locked|put)\s+away\b/giu,
    /\b(?:it['’]s|that['’]s|is|was|are|looks|pretty|very|absolutely|truly|so)\s+damning\b|\bdamning\s+(?:evidence|video|footage|proof|testimony|texts?|records?)\b|\b(?:he|she|they)\s+walks?\s+in\s+(?:\d{1,2}|two|three|six|nine)\s+(?:months|years)\b/gi,
    /\bcase\s+(?:is|was|['’]s)\s+(?:built|based|resting)\s+on\s+(?:nothing|lies|hearsay|sand|air|rumou?rs|one\s+(?:witness|snitch))\b|\b(?:bullsh[i!1*]t|fake|flimsy|weak|solid|airtight|air-tight|bogus|shaky|phony|made-up|lame|ironclad)\s+alibi\b|\balibi\s+(?:is|was)\s+(?:bullsh[i!1*]t|fake|flimsy|weak|solid|airtight|air-tight|bogus|shaky|phony|made[- ]up|lame|ironclad)\b/gi,
    /\b(?:time\s*card|timecard|(?:phone|bank|gps|cell)\s+records|dna|prints|bodycam|dashcam|footage|video|alibi)\s+(?:clearly\s+|totally\s+)?proves?\s+(?:it|that|he|she|they|his|her|their|everything)\b|\bevidence\s+is\s+(?:right\s+there|all\s+(?:right\s+)?there|undeniable|crystal\s+clear|plain\s+as\s+day|clear\s+as\s+day)\b/gi,
    /\bshould\s+(?:be\s+going|have\s+gone|go)\s+for\s+(?:(?:way|a\s+lot|much)\s+more|more\s+(?:charges|time)|the\s+max(?:imum)?\s+(?:sentence|charges?)|murder|life|attempted\s+murder)\b|\b(?:prosecutors?|the\s+(?:DA|D\.A\.|state|prosecution))\s+(?:has|have|got)\s+(?:him|her|them)\s+(?:dead\s+to\s+rights\s+)?on\s+(?:video|camera|tape|film)\b|\b(?:he|she|they|kid|boy|girl)(?:['’]s|\s+has|\s+had|['’]ve|\s+is|\s+was)\s+(?:been\s+)?nothing\s+but\s+(?:trouble|a\s+menace|a\s+problem)\b/gi,
    /\b(?:his|her|their|the\s+state['’]s|the\s+DA['’]s|the\s+prosecution['’]s)\s+(?:[\p{L}’']+\s+){0,2}?(?:video|clip|footage|evidence|tape|recording|photos?|statement|confession|lineup)\s+(?:[\p{L}’']+\s+){0,6}?(?:was|is|were|are|got)\s+(?:clearly\s+|obviously\s+)?(?:edited|doctored|faked?|planted|tampered\s+with|coerced|cherry-picked)\b|\b(?:video|clip|footage|evidence|tape|recording)\s+(?:[\p{L}’']+\s+){0,3}?(?:at|in)\s+(?:his|her|their)\s+(?:hearing|trial)\s+(?:was|is)\s+(?:clearly\s+|obviously\s+)?(?:edited|doctored|faked?|tampered\s+with)\b/giu,
    // Round sixteen, from the twenty-seventh and twenty-eighth sets: "see him get every day of
    // the 20 years", "she's expected to plead guilty", "we fully anticipate guilty verdicts",
    // "Guaranteed conviction", "he should get at least ten years", "the charge is a joke",
    // "looking at a decade minimum", "violent his whole life", "get it knocked down to a
    // misdemeanor".
    /\bgets?\s+every\s+(?:single\s+)?(?:day|minute|second|year)\s+of\b|\b(?:is|are|['’]s|['’]re)\s+expected\s+to\s+(?:plead\s+guilty|take\s+(?:a|the)\s+(?:plea|deal)|be\s+convicted)\b|\b(?:anticipate|expect|predict)\s+(?:a\s+)?(?:guilty\s+verdicts?|convictions?)\b|\bguaranteed\s+(?:conviction|guilty\s+verdict)\b|\b(?:conviction|guilty\s+verdict)\s+(?:is\s+)?guaranteed\b/gi,
    /\b(?:should|needs?\s+to|ought\s+to|better|deserves?\s+to)\s+(?:get|do|serve)\s+at\s+least\s+(?:\d{1,2}|five|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s+years\b|\bcharges?\s+(?:is|are)\s+(?:a\s+(?:joke|farce)|ridiculous|laughable|bogus|trumped[- ]up|overkill)\b|\b(?:is|['’]s|are|['’]re)\s+looking\s+at\s+(?:a\s+decade|(?:\d{1,2}|five|ten|fifteen|twenty)\s+years|life|serious\s+time|hard\s+time)\s+(?:minimum|easy|at\s+least|tops)\b/gi,
    // Round seventeen: "a mountain of evidence", "shocked by anything short of a conviction",
    // "That's a conviction, no question", "their whole case rests on that one statement", "Hope
    // they charge him as an adult", "Okafor is a violent repeat offender".
    /\b(?:a\s+mountain|mountains|tons|a\s+ton|piles?)\s+of\s+evidence\b|\banything\s+short\s+of\s+a\s+(?:conviction|guilty\s+verdict)\b|\b(?:that['’]s|this\s+is)\s+a\s+conviction,?\s+no\s+(?:question|doubt)\b|\bcase\s+(?:rests|hinges|depends)\s+on\b|\b(?:hope|should|better|need\s+to|needs\s+to)\s+(?:they\s+)?(?:charge|try)\s+(?:him|her|them)\s+as\s+(?:an\s+)?adults?\b|\b[\p{L}'’-]+\s+is\s+a\s+(?:violent|dangerous|habitual|career)\s+(?:repeat\s+)?(?:offender|criminal|felon|predator)\b/giu,
    /\b(?:been|was|is)\s+(?:violent|dangerous|trouble|a\s+(?:thief|criminal|menace|thug|liar|problem))\s+(?:his|her|their)\s+(?:whole|entire)\s+(?:life|adult\s+life)\b|\bknock(?:ed|s)?\s+(?:it|this|that|the\s+charges?|(?:his|her|their)\s+charges?)\s+down\s+to\s+(?:a\s+)?(?:misdemeanor|lesser\s+charge)\b|\bget\s+(?:it|this|that|the\s+charges?)\s+knocked\s+down\s+to\s+(?:a\s+)?(?:misdemeanor|lesser\s+charge)\b/gi,
    // Round thirty-six, from the eighty-seventh and eighty-eighth sets: the prosecutor said to
    // overcharge, one piece of evidence "alone is enough", "That's a conviction all day long", a
    // sentence already too light ("Whatever she gets won't be enough") or measured against
    // another's ("twice the sentence Lindell got").
    /\b(?:prosecutors?|DA|D\.A\.|district\s+attorney)(?:['’]s|\s+(?:is|are|was|were))?\s+(?:(?:going\s+to|gonna|just|clearly|obviously)\s+)?overcharg\w*\b(?!\s+(?:for|on)\b)|\b(?:video|footage|recordings?|records?|logs?|texts?|statements?|evidence|receipts?|paper\s+trail|dna|prints|confession|tape)\s+alone\s+(?:is|should\s+be|will\s+be|would\s+be|ought\s+to\s+be)\s+(?:more\s+than\s+)?enough\b|\b(?:that['’]s|it['’]s|this\s+is)\s+a\s+conviction\s+all\s+day\b|\bwhatever\s+(?:the\s+sentence\s+ends\s+up\s+being|(?:he|she|they)\s+gets?|they\s+give\s+(?:him|her|them))\s*,?\s+(?:it\s+)?(?:won['’]t|will\s+not|isn['’]t\s+going\s+to)\s+be\s+enough\b|\b(?:should|needs?\s+to|ought\s+to|deserves?\s+to)\s+get\s+(?:twice|double|triple|half)\s+(?:the\s+sentence|the\s+time|what)\b/giu,
    // "Whatever Lindell gets won't be enough": a name's capital read as a capital (no i flag), so
    // that "whatever you get" is no name
    /\b[Ww]hatever\s+\p{Lu}[\p{Ll}'’-]+\s+gets?\s*,?\s+(?:it\s+)?(?:won['’]t|will\s+not|isn['’]t\s+going\s+to)\s+be\s+enough\b/gu,
    // Round thirty-eight, from the ninety-first and ninety-second sets, where a case is told: a
    // plea foretold ("a plea is only a matter of time"), reasonable doubt pointed to ("That's
    // reasonable doubt right there"; not a debate coach's), the prosecutors' easy case ("won't have
    // any trouble", "will have no trouble proving"; not "no trouble finding parking").
    /(?:\b(?:that['’]s|this\s+is|there['’]s)\s+)reasonable\s+doubt\s+right\s+there\b|\b(?:plea|guilty\s+plea|conviction|guilty\s+verdict)\s+(?:is|['’]s)\s+(?:only|just)\s+a\s+matter\s+of\s+time\b|\b(?:prosecutors?|the\s+(?:DA|D\.A\.|state|prosecution|county\s+attorney))\s+(?:(?:won['’]t|will\s+not|aren['’]t\s+going\s+to|isn['’]t\s+going\s+to)\s+have\s+(?:any|much)|(?:will|['’]ll)\s+have\s+no)\s+trouble\b(?=\s+(?:proving|convicting|winning|making\s+(?:it|this|the\s+case)|getting\s+a\s+conviction|with\s+(?:this|that|him|her|the\s+case))|\s*[.!,;]|\s*$)/giu,
    // A term expected at a named prison, the place's capitals read as capitals (no i flag):
    // "Expect 3 to 4 years at Coyote Ridge"; not "expect 4 years at college".
    /\b[Ee]xpect\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)(?:\s*(?:to|or|-|–)\s*(?:\d{1,2}|three|four|five|six|seven|eight|ten|fifteen|twenty))?\s+years\s+(?:at|in)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|prison|state\s+prison|the\s+pen)/gu,
    // Round thirty-nine, from the ninety-third and ninety-fourth sets, where a case is told: the
    // defendant back at it "the day he gets out", "already looking at years", "He should never
    // drive again", "no sentence will be long enough", and evidence called decisive ("the video
    // settles it", "that logbook is the whole case", "the logs will show it").
    /\bthe\s+day\s+(?:he|she|they)\s+gets?\s+out\b(?!\s+of\b)|(?:['’]s|\bis|\bare|['’]re)\s+already\s+looking\s+at\s+(?:years|a\s+decade|serious\s+time|hard\s+time|prison\s+time)\b(?!\s+of\b)|\bno\s+sentence\s+(?:will|would|could)\s+(?:ever\s+)?be\s+(?:long\s+)?enough\b|\b(?:video|footage|logs?|logbook|records?|texts?)\s+(?:settles\s+it|backs?\s+(?:them|him|her|it)\s+up|(?:is|are)\s+the\s+whole\s+case|will\s+show\s+it)\b/giu,
    // Round forty, from the ninety-fifth and ninety-sixth sets, where a case is told: a jury's
    // verdict foretold ("no jury in this county is going to buy that story"; a judge's, "no judge
    // in this county is going to cut him a break", round forty-two), the sentence
    // foretold ("she'll get at least ten years", "expect long sentences", Spanish and Portuguese
    // "la pena máxima" asked or foretold; not the law's "la pena máxima es de diez años").
    /\bno\s+jury\s+(?:in\s+this\s+county\s+|anywhere\s+|on\s+earth\s+)?(?:is\s+going\s+to|is\s+gonna|will|would|['’]s\s+going\s+to)\s+(?:buy|believe|convict|acquit)\b|\bno\s+judge\s+(?:in\s+this\s+county\s+|anywhere\s+|on\s+earth\s+)?(?:is\s+going\s+to|is\s+gonna|will|would|['’]s\s+going\s+to)\s+(?:buy|believe|go\s+easy|cut\s+(?:him|her|them)\s+a\s+break|let\s+(?:him|her|them)\s+(?:walk|off))\b|(?:['’]ll|\bwill|\bis\s+going\s+to|['’]s\s+going\s+to|\bis\s+gonna)\s+get\s+at\s+least\s+(?:\d{1,2}|two|three|five|ten|fifteen|twenty)\s+years\b|\bexpect\s+(?:a\s+)?(?:stiff|long|harsh|heavy|tough)\s+sentences?\b|\b(?:d[ée]|den|dar(?:le)?|pegar|pegue|merece|reciba|recibir|van\s+a\s+dar(?:le)?|vai\s+pegar)\s+(?:la|a)\s+pena\s+m[áa]xima\b/giu,
    // "He should never drive again", said of him or a name, not of every reader ("you should
    // never drive, not tonight, not again"): no i flag, so the name's capital is a capital
    /(?<=\b(?:[Hh]e|[Ss]he|\p{Lu}[\p{Ll}'’-]+)\s+)should\s+(?:never|not)\s+(?:be\s+allowed\s+to\s+)?(?:hold|run|fly|drive|operate|own|practi[cs]e|work)\b[^.!?\n]{0,40}?\bagain\b/gu,
    // Round forty-two, where a case is told (round twenty-nine's rule: words that name
    // probation themselves are no case, and round twenty-nine's own rule reads "will walk with
    // probation"): a light sentence foretold in the present tense ("Watch, he gets probation and a
    // fine"); round forty-three: the future too ("He'll get a fine and probation, watch") and the
    // cell below the jail ("Jules belongs UNDER the jail")
    /\b(?:he|she|they)(?:\s+gets?|['’]ll\s+get|\s+will\s+get)\s+(?:a\s+fine\s+and\s+(?:some\s+)?)?(?:probation|community\s+service|time\s+served)(?:\s+and\s+a\s+fine)?\b|\b(?:belongs?|deserves?\s+to\s+be)\s+under\s+the\s+(?:jail|prison)\b/giu,
  ].map((pattern): PhraseRule => ({
    pattern,
    keep: (text, _start, _end, context) => CASE_IN_TEXT.test(wholeText(text, context)),
    message,
  })),
  // Round forty-six: the light sentence in other words ("He'll get a stay of imposition",
  // "he'll get a deferred sentence and a fine", "He'll get maybe 18 months", "He'll serve maybe
  // 18 months if that"), the plea bargained ("the criminal case gets pled down", "Rodney will
  // take diversion"), the defendant back at it ("he'll be back teaching by August"), more time
  // wished ("Ten years wouldn't be enough", "max him out", "we'd be surprised if he gets
  // anything less than ten years")
  ...(
    [
      [
        /\b(?:he|she)(?:['’]ll|\s+will|\s+is\s+gonna)\s+get\s+(?:maybe\s+|like\s+|only\s+|just\s+)?(?:a\s+(?:stay\s+of\s+imposition|deferred\s+sentence|suspended\s+sentence|sweetheart\s+deal|slap\s+on\s+the\s+wrist)|\d+(?:\s+\d\/\d|\.\d)?\s+(?:months?|years?|yrs?)\b(?!\s+(?:of\s+(?:service|training|experience|eligibility|free|bragging|credit|vacation|paid|leave|school|college|seniority|coverage|warranty|monitoring|retirement|pension|benefits|tuition)|as|on\s+the\s+(?:board|council|force|job))\b)|\d+(?:\s+\d\/\d)?\s+in\s+the\s+(?:house\s+of\s+correction|county\s+jail|pen|state\s+pen))[^.!?\n]{0,60}/giu,
        ['get'],
      ],
      [
        /\b(?:he|she)(?:['’]ll|\s+will|\s+is\s+gonna)\s+serve\s+(?:maybe|like|about|only|just|at\s+most)\s+(?:\d+|a|one|two|three|six)\s+(?:months?|years?|yrs?)\b(?!\s+(?:as|on|with)\b)(?:[,\s]+(?:if\s+that|tops))?/giu,
        ['serve'],
      ],
      [
        /\b(?:case|charges?)\s+(?:gets|will\s+get|['’]ll\s+get|is\s+gonna\s+get)\s+(?:pled|pleaded|knocked|bargained)\s+down\b[^.!?\n,]{0,40}|\b(?:he|she|(?!(?:traffic|drivers|motorists|buses|trucks|vehicles|lanes|cars|detours?)\b)\p{L}+)\s+(?:will|['’]ll|is\s+gonna)\s+take\s+(?:the\s+)?diversion\b(?!\s+(?:via|through|onto|along|around|route|on)\b)/giu,
        ['down', 'diversion'],
      ],
      [
        /\b(?:he|she)['’]ll\s+be\s+back\s+(?:[^.!?\n]{0,40}?\s)?\p{L}+ing\s+(?:[^.!?\n]{0,30}?\s)?(?:by|within)\s+(?:next\s+)?(?:\p{L}+|a\s+(?:year|month|week)|\d+\s+(?:weeks|months|years))\b/giu,
        ['back'],
        MENDING,
      ],
      [
        /\b(?:\d+|five|ten|fifteen|twenty|thirty|fifty)\s+years?\s+(?:wouldn['’]t|won['’]t|isn['’]t|ain['’]t)\s+(?:be\s+)?enough\b(?!\s+to\s+(?:thank|tell|say|show|describe|repay|list|cover|honou?r|celebrate))|\bmax\s+(?:him|her)\s+out\b(?!\s+on\s+(?:the\s+)?(?:bench|squat|reps|weights|deadlift|leg\s+press|pull-?ups|credit|card)\b)|\bsurprised\s+if\s+(?:he|she)\s+gets\s+(?:anything\s+)?(?:less|more)\s+than\b(?!\s+(?:an?\s+[A-F][+-]?(?![\p{L}])|\d+\s*(?:points|%|percent)))[^.!?\n]{0,30}/giu,
        ['enough', 'max', 'surprised'],
      ],
    ] as const
  ).map(([pattern, hints, unless]: readonly [RegExp, readonly string[], RegExp?]): PhraseRule => ({
    pattern,
    hints: [...hints],
    // a case, a crime or the most the law allows told in the text ("Second-degree
    // manslaughter carries up to 10 years"); round forty-six's review: not a healing told
    // (`unless`)
    keep: (text, _start, _end, context) =>
      !(unless?.test(wholeText(text, context)) ?? false) &&
      (CASE_IN_TEXT.test(wholeText(text, context)) ||
        CRIME_OR_LAW_MAX.test(wholeText(text, context))),
    message,
  })),
  {
    // "With a jury from this town? He walks.", "Guy's a hack and a con man and always will be":
    // where a case is told, and not a hero's, a fan's or a friend's "and always will be"
    pattern:
      /(?<=^|[.!?]\s{1,3})(?:he|she)\s+walks(?=\s*[.!])|\b(?:is|was|['’]s)\s+(?:a\s+|an\s+)?(?:[^\s.!?,]+\s+){1,5}?and\s+always\s+will\s+be(?=\s*[.!,]|\s*$)/giu,
    hints: ['walks', 'always'],
    keep: (text, start, end, context) =>
      (CASE_IN_TEXT.test(wholeText(text, context)) ||
        CRIME_OR_LAW_MAX.test(wholeText(text, context))) &&
      !/\b(?:hero\w*|fans?|proud|legends?|friends?|family|best|thank\w*|miss\w*|lov\w*|rest|beloved|brother|sister)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    // Round thirty-six: custody relished, "Enjoy the next decade in Deer Lodge", where a case is
    // told; not a retirement's "Enjoy the next 30 years in Arizona!", even after the arrests its
    // officer made.
    pattern:
      /\benjoy\s+the\s+next\s+(?:[\w-]+\s+(?:to\s+[\w-]+\s+)?)?(?:years|decades?)(?=\s*(?:[.!]|$)|\s+(?:in|behind)\s)/gi,
    keep: (text, _start, _end, context) =>
      CASE_IN_TEXT.test(wholeText(text, context)) &&
      !/\bretir\w*|\bfarewell\b|\blast\s+shift\b/i.test(wholeText(text, context)),
    message,
  },
  // Round forty-one: words that tell a case of their own: the judge told what to weigh at
  // sentencing ("We hope the judge remembers that at sentencing", "He'll get what's coming to him
  // at sentencing", "See you at sentencing"; not a victim's right "to be heard at sentencing", nor
  // an advocate's "will see you at sentencing").
  {
    pattern:
      /\b(?:hope|hopes|hoping)\s+(?:that\s+)?(?:the\s+)?judge\b(?!['’]s)(?![^.!?\n]{0,60}?\byour?\b)[^.!?\n]{0,60}?\bat\s+sentencing\b|\bjudge\s+(?:better|should|had\s+better|needs\s+to)\b(?![^.!?\n]{0,60}?\byour?\b)[^.!?\n]{0,60}?\bat\s+sentencing\b|\bwhat['’]s\s+coming\s+to\s+(?:him|her|them)\s+at\s+sentencing\b|(?:(?<=^|[.!?]\s+|\p{Extended_Pictographic}\s*)|\b(?:I['’]ll|we['’]ll)\s+)see\s+(?:you|him|her)\s+at\s+sentencing\b(?![^\n]{0,200}\badvocate)/giu,
    hints: ['sentencing'],
    message,
  },
  // Round thirty-eight: words that tell a trial of their own: a trial ruled out ("we'd be
  // surprised if this one ever reaches a jury", not "if it ever gets to court": a dispute's), the
  // defendant not "walking out of that courtroom a free man", a judge asked to "send a message"
  // (not a jury's service thanked).
  {
    pattern:
      /\bsurprised\s+if\s+(?:this\s+one|he|she|the\s+case|this\s+case)\s+(?:ever\s+)?(?:gets|goes|makes\s+it|reaches|sees)\s+(?:to\s+)?(?:trial|a\s+jury)\b|\bnot\s+(?:walking|going\s+to\s+walk|gonna\s+walk)\s+out\s+of\s+(?:that|the|this)\s+courtroom\s+a\s+free\s+(?:man|woman)\b|\b(?:hope|hoping|needs?\s+to|has\s+to|have\s+to|should|better|must)\s+(?:(?:this|that)\s+time\s+)?(?:a\s+|the\s+)?(?:judge|court|jury)\s+(?:sends?|to\s+send|will\s+send)\s+a\s+message\b/gi,
    message,
  },
  // Round fourteen: a record held up ("a rap sheet a mile long"), custody relished ("Enjoy
  // prison"), the outcome called light ("probation at most").
  {
    pattern:
      /\b(?:rap\s+sheet|record)\s+(?:that['’]s\s+|that\s+is\s+)?(?:a\s+mile|longer\s+than\s+(?:my|your)\s+arm|as\s+long\s+as\s+(?:my|your)\s+arm)\b|\benjoy\s+(?:prison|jail|your\s+(?:cell|time\s+inside|new\s+home))\b|\b(?:probation|community\s+service|a\s+slap\s+on\s+the\s+wrist)\s+at\s+(?:most|best)\b/gi,
    message,
  },
  // A court's sentence called or demanded needs no other case word: "Twenty-five to life, easy",
  // "Should get the death penalty honestly", "no way he's getting anything less than the max";
  // not the law stated ("faces 25 to life if convicted").
  {
    pattern:
      /(?<!\b(?:faces?|facing|(?:could|would|might|may|can)\s+get|up\s+to|carr(?:y|ies)|punishable\s+by|from|of|seeking|seek|given|received?|sentenced(?:\s+\w+){0,3}\s+to)\s+)\b(?:\d{1,2}|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s+(?:years?\s+)?to\s+life\b(?![^.!?\n]{0,40}\bif\s+(?:convicted|found\s+guilty))|\b(?:should|needs?\s+to|ought\s+to|better)\s+get\s+(?:the\s+death\s+penalty|the\s+max(?:imum)?|the\s+chair|life\s+(?:in\s+prison|without|behind\s+bars)|life(?=\s*(?:[.!,]|$)))|\banything\s+less\s+than\s+(?:(?:the\s+)?(?:max(?:imum)?(?:\s+sentence)?|life)|(?:\d{1,2}|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s+years)\b/gim,
    // A term handed down, sought or carried is the court's, not the writer's: "was sentenced
    // Tuesday to 25 to life", "prosecutors are seeking 25 to life", "carry a sentence of…".
    keep: (text, start, end) =>
      !/\b(?:sentenced|received|was\s+given|will\s+serve|is\s+serving|seeking|sought|carr(?:y|ies)|sentence\s+of|penalty\s+of|faces?|facing)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    // "Got a $5,000 bond? Unreal.": a court's decision met with disbelief.
    pattern:
      /\b(?:bond|bail|released|probation|sentence|plea\s+deal|deal|recognizance)\b[^.!?\n]{0,30}[?!]+\s*(?:too\s+(?:low|light|lenient|soft|little)|(?:not|nowhere\s+near)\s+enough|unreal|unbelievable|ridiculous|insane|seriously|wow|smh|a\s+joke|what\s+a\s+joke|are\s+you\s+kidding|come\s+on|disgusting|pathetic)\b/gi,
    message,
  },
];

/*
 * Comments in Spanish, the same families: a sentence wished for ("Ojalá le den la pena máxima",
 * "espero que el juez le dé muchos años"), a forecast that the defendant never gets out ("no sale
 * ni en 20 años"), a punishment deserved, the evidence judged. Letters with accents are not word
 * characters to \b, so a lookahead for a letter ends a word instead.
 */
const ES_END = '(?![\\p{L}])';
const SPANISH: readonly PhraseRule[] = [
  {
    pattern: new RegExp(
      `\\b(?:ojal[áa]|espero\\s+que|esperemos\\s+que|ruego\\s+(?:a\\s+dios\\s+)?que|deseo\\s+que|que\\s+(?:le|les)\\s+(?:den|caiga|caigan|pongan|echen))${ES_END}[^.!?\\n]{0,60}?(?:pena|c[áa]rcel|prisi[óo]n|a[ñn]os|condena|perpetua|m[áa]xim[ao]|pudra|encierren|condenen|culpable)${ES_END}[^.!?\\n]{0,60}`,
      'giu',
    ),
    message,
  },
  {
    pattern: new RegExp(
      `\\bque\\s+se\\s+pudra(?:n)?${ES_END}|\\bse\\s+va\\s+a\\s+pudrir${ES_END}`,
      'giu',
    ),
    message,
  },
  {
    pattern: new RegExp(
      `\\bno\\s+(?:sale|saldr[áa]|va\\s+a\\s+salir)${ES_END}[^.!?\\n]{0,25}?(?:a[ñn]os|nunca|jam[áa]s|c[áa]rcel|prisi[óo]n)${ES_END}`,
      'giu',
    ),
    message,
  },
  {
    pattern: new RegExp(
      `\\bmerece(?:n)?\\s+(?:la\\s+(?:pena|c[áa]rcel|prisi[óo]n|m[áa]xima)|(?:\\d+|muchos)\\s+a[ñn]os|cadena\\s+perpetua|pudrirse)${ES_END}|\\b(?:las\\s+)?pruebas\\s+(?:son\\s+)?(?:contundentes|irrefutables|abrumadoras|clar[ií]simas)${ES_END}`,
      'giu',
    ),
    message,
  },
  // A plea, verdict or release forecast: "Se espera que se declare culpable", "seguro que lo
  // condenan", "va a salir libre". A plea of not guilty ("no culpable") is a fact of the case.
  {
    pattern: new RegExp(
      `\\b(?:se\\s+espera|esperamos|espero|seguro|segurito|estoy\\s+segur[oa]|va\\s+a|van\\s+a|vas\\s+a\\s+ver)${ES_END}[^.!?\\n]{0,30}?\\b(?:(?:se\\s+)?declar\\p{L}*|(?:lo|la|los|las)\\s+(?:condena\\p{L}*|absuelv\\p{L}*)|sea\\s+(?:declarad|condenad|absuelt)[oa]s?|salga|saldr[áa]n?|salir|sale|quede|quedar[áa])${ES_END}(?:[^.!?\\n]{0,20}?(?<!no\\s)(?:culpable|libre|condenad[oa]|absuelt[oa])${ES_END})?`,
      'giu',
    ),
    keep: (text, start, end) =>
      /(?:culpable|libre|condena|absuel|absuelt)/i.test(text.slice(start, end)) &&
      !/\bno\s+culpable/i.test(text.slice(start, end)),
    message,
  },
  // The sentence forecast: "seguramente solo recibirán una advertencia", "probablemente le den
  // libertad condicional", "lo más seguro es que le den cinco años". A likely penalty, guessed.
  {
    pattern: new RegExp(
      `\\b(?:seguramente|probablemente|seguro\\s+que|lo\\s+m[áa]s\\s+seguro\\s+es\\s+que|apuesto\\s+(?:a\\s+)?que|de\\s+seguro|capaz\\s+que)${ES_END}[^.!?\\n]{0,30}?\\b(?:recib\\p{L}*|dar[áa]n?|den|d[ée]|toca|saldr[áa]n?\\s+con|llevar[áa]n?|caer[áa]n?|salir\\s+con)${ES_END}[^.!?\\n]{0,25}?(?:multa|advertencia|amonestaci[óo]n|libertad\\s+condicional|probatoria|a[ñn]os|meses|condena|perpetua|rega[ñn]o|nada)${ES_END}`,
      'giu',
    ),
    message,
  },
  // "Lo van a condenar", "la van a encerrar", "no hay duda de que lo condenan": the verdict
  // or the prison forecast with the defendant as object, in either order.
  {
    pattern: new RegExp(
      `\\b(?:(?:lo|la|los|las)\\s+(?:van|va)\\s+a\\s+(?:condenar|encerrar|meter|refundir|absolver|soltar|declarar\\s+culpable)|(?:no\\s+hay\\s+duda|seguro|segurito)\\s+(?:de\\s+)?que\\s+(?:lo|la|los|las)\\s+(?:condena\\p{L}*|encierra\\p{L}*|absuelv\\p{L}*))${ES_END}`,
      'giu',
    ),
    message,
  },
  // "No hay manera que salga libre", "ni modo que se escape de esta": no way out, in Spanish.
  {
    pattern: new RegExp(
      `\\b(?:no\\s+hay\\s+(?:manera|forma|modo|chance|chanza)|ni\\s+modo)\\s+(?:de\\s+)?que${ES_END}[^.!?\\n]{0,30}?(?:salga|sale|quede|gane|escape|se\\s+libre|libre)${ES_END}`,
      'giu',
    ),
    message,
  },
];

/**
 * A charged case, for the sayings of a thread: "court" alone may be the court house and "claim"
 * the lost-and-found, so these need a charge, a trial, a plea, a sentence or a warrant (round
 * eighteen's review).
 */
const CHARGED_CASE =
  /\b(?:charged|charges|indicted|indictment|arraign\w*|trial|jury|defendants?|prosecut\w*|plea|pleaded|pled|sentenc\w*|convict\w*|public\s+defenders?|(?:lesser|criminal|felony|misdemeanor|single)\s+charge|warrants?|arrested|DA)\b/i;

const SAYINGS = prosecutionSayings(message, CHARGED_CASE);

/** Whether a case is spoken of anywhere in the text: a retort needs one. */
const wholeTextChecks = documentChecks(CASE_IN_TEXT);

export const pendingProsecutionScanner: Scanner = {
  kind: 'pending-prosecution',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    const phrases = scanWithRules(
      text,
      'pending-prosecution',
      'III.B.1.c',
      [...RULES, ...RETORTS, ...SPANISH, ...SAYINGS],
      context,
    );
    const ruleFindings = mergeFindings(
      context.phraseRulesOnly ? phrases : withoutDenials(text, phrases),
      scanSentences(
        text,
        'pending-prosecution',
        'III.B.1.c',
        [
          caseStrength,
          predictedOutcome,
          defendantCharacter,
          sentencingWish,
          defendantOutlook,
          courtActorOutlook,
          caseHeld,
          evidenceSettles,
          decisionJudged,
          defendantRecord,
          defenceDared,
          courtActWished,
          defenceMocked,
          evidenceConclusive,
          trialUntroubled,
          punishmentEarned,
          courtOutcomeForetold,
          characterOverTime,
          recordHeldUp,
          characterClaimed,
          evidencePlaced,
          defenceEmpty,
          caseAttacked,
          juryQuick,
          caseEndCalled,
          custodyDemanded,
          habitOverTime,
          outcomeRelished,
          characterVouched,
          endForecast,
          dismissalForecast,
          caseJudged,
          courtActDemanded,
          evidenceOwned,
          outcomeComing,
          evidenceDefeats,
          defenceForeclosed,
          ourSay,
          neverLearns,
          evidenceAsReason,
          proofUnneeded,
          lightSentenceMocked,
        ],
        message,
        context,
      ),
    );
    let caseInText: boolean | undefined;
    return withModelFindings(
      text,
      {
        kind: 'pending-prosecution',
        section: 'III.B.1.c',
        message,
        // Commentary on a case needs a case: praise of a neighbour with none in view is not it.
        // Read once, and only when the model weighs a sentence.
        excepted: () => !(caseInText ??= CASE_IN_TEXT.test(wholeText(text, context))),
        ruleFindings: ruleFindings,
      },
      context,
    );
  },
  documentKey: (document) => wholeTextChecks(document),
};
