import type { Finding, ScanContext, Scanner } from '../finding';
import {
  OFFER_RULES,
  PRICE_RULES,
  ROUND_NINETEEN_OFFERS,
  SPAM_RULES,
  TERMS_RULES,
  tailCalls,
} from './commercial-calls';
import { ROUND5_RULES, inWarningList } from './commercial-round5';
import { SCAM_TEXT, commercialOffers } from './commercial-structure';
import { joinOverlapping } from './join-findings';
import { asFindings } from './sentence-rules';
import { type PhraseRule, scanWithRules, sentenceAround } from './pattern-scanner';
import { documentChecks, wholeText } from './whole-document';
import { withModelFindings } from './sentence-model';

const message = (m: string) =>
  `“${m}” promotes a private business (III.B.1.f): sales, discounts, codes or advertising do not belong in a department post. Remove it.`;

const RULES: readonly PhraseRule[] = [
  {
    pattern:
      /\b(?:use|with|enter|apply)\s+(?:the\s+)?(?:promo(?:tional)?\s+|discount\s+|coupon\s+|my\s+|our\s+)?code\s*:?\s*["“]?[A-Z0-9]{3,}\b/gi,
    message,
  },
  { pattern: /\b(?:promo|discount|coupon)\s+code\b/gi, message },
  { pattern: /\b\d{1,2}\s?%\s?off\b/gi, message },
  { pattern: /\b(?:buy|order|shop)\s+(?:now|today|online)\b/gi, message },
  {
    pattern:
      /\b(?:limited[- ]time\s+(?:offer|deal|sale)|free\s+shipping|best\s+prices?|lowest\s+prices?|great\s+deals?|hot\s+deals?|flash\s+sale|clearance\s+sale)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:dm|message|inbox|text|pm)\s+(?:me|us)\s+(?:for|to\s+(?:get|order|buy))\s+(?:deals?|prices?|discounts?|details|info|rates)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:crypto|bitcoin|forex|nft)\s+(?:channel|signals?|gains?|investment|trading|opportunity|giveaway)\b|\b\d{2,4}x\s+gains?\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:check\s+out|visit|follow|subscribe\s+to)\s+(?:my|our)\s+(?:channel|store|shop|page|website|site|business|boutique|youtube|onlyfans|etsy)\b/gi,
    message,
  },
  {
    pattern: /\b(?:sale|sales)\s+(?:ends|starts)\b|\bon\s+sale\s+(?:now|today|at)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:affiliate\s+link|sponsored\s+by|use\s+my\s+referral|referral\s+link|work\s+from\s+home\s+and\s+earn|earn\s+\$\d+)\b/gi,
    message,
  },
  {
    pattern: /\b(?:get|save)\s+\$\d+\s+off\b|\bbogo\b|\bbuy[\s-]+one,?[\s-]+get[\s-]+one\b/gi,
    message,
  },
  { pattern: /\btell\s+them\s+[\w\s]{1,20}?\s+sent\s+you\b|\bmention\s+this\s+post\b/gi, message },
  // Round thirteen: "buy three tacos, get the fourth free", "packages starting at $45/hr".
  {
    pattern:
      /\bbuy\s+(?:one|two|three|four|five|six|a\s+dozen|a|an|\d{1,2})\b[^.!?\n]{0,30}?\bget\s+(?:the\s+|one\s+|a\s+|another\s+|your\s+)?(?:[\p{L}\d-]+\s+)?(?:free|half[- ](?:off|price)|\d{1,2}\s?%\s+off)\b|\b(?:packages|rates|prices|plans|sessions|lessons|classes)\s+(?:start(?:ing)?\s+at|from|as\s+low\s+as)\s+\$\s?\d[\d.,]*/giu,
    hints: ['buy', 'start', 'from', 'low'],
    // A public body's fees: "permit fees start at $25", "CPR classes from $35 at the Red Cross".
    keep: (text, start, end) =>
      !/\b(?:city|county|state|rec(?:reation)?\s+cent(?:er|re)|parks\s+(?:and|&)\s+rec\w*|parks\s+department|residents|permits?|parking|utility|program(?:me)?|red\s+cross|library|department|academy)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    pattern:
      /\b(?:\d+|one|two|three|six)\s+months?\s+free\b|\bfree\s+(?:monitoring|trial|consultation|estimate|quote)s?\b|\bfirst\s+consult(?:ation)?s?\s+(?:is\s+|are\s+)?free\b|\bfree\s+first\s+consult(?:ation)?s?\b/gi,
    message,
  },
  { pattern: /\b2-for-1\b|\btwo-for-one\b/gi, message },
  // Round eleven: a sponsor's quote ("get your quote at pacificcrest.com"), and a spammer's
  // handler on a messaging app ("contact her on WhatsApp"). Not "save up to 10% on insurance" (a
  // safety tip says it too) nor "thank me later" alone (a tip to lock the car).
  {
    pattern:
      /\bget\s+(?:your|a)\s+(?:free\s+)?quote\s+at\b|\b(?:contact|message|text|dm)\s+(?:him|her|them|me)\s+(?:on|via)\s+(?:whatsapp|telegram)\b/gi,
    message,
  },
  // Spanish, as comments are written here: "Vendo cámaras", "se venden tamales".
  { pattern: /\b(?:[Vv]endo|[Ss]e\s+vende[n]?|[Vv]endemos)\s+\p{L}+/gu, hints: ['vend'], message },
  {
    pattern:
      /\b(?:dm|message|call)\s+(?:them|us|me)\s+for\s+(?:the|a)\s+(?:deal|discount|quote|price)\b/gi,
    message,
  },
  {
    pattern:
      /\$\d[\d,]*\s+(?:off|last\s+month|a\s+day|per\s+day|a\s+week)\b|\bonly\s+\$\d[\d,.]*\s+at\b/gi,
    message,
  },
  {
    pattern:
      /\bbook\s+now\b|\bselling\s+my\b|\bpassive\s+income\b|(?<!\b(?:no|nobody|never|doesn['’]t|don['’]t|can['’]t|cannot)\s+(?:(?:legitimate|legit|real|honest|genuine|investment|company|bank|broker|advis[eo]r|firm|platform|app|one)\s+){0,2})\bguarantee[sd]?\s+(?:\d{1,4}x\s+)?(?:returns?|profits?|gains?)\b|\b\d{1,4}x\s+(?:returns?|profits?)\b|\b\d+%\s+daily\b|\bpartner\s+deal\b|\bcheck\s+my\s+profile\b|\bworking\s+from\s+home\b|\blink\s+in\s+(?:my|his|her)\s+bio\b/gi,
    message,
  },
  {
    pattern:
      /\bon\s+sale\s+(?:now|today|at|this\s+week(?:end)?)\b|\b(?:sale|sales)\s+(?:ends|starts)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:just|only)\s+\$\d[\d,.]*\s*(?:\/|per\s+|a\s+)(?:month|mo|week|wk|year|yr)\b|\$\d[\d,.]*\s+each\b|\bturn(?:ed)?\s+\$\d[\d,]*\s+into\s+\$\d[\d,]*/gi,
    message,
  },
  {
    pattern:
      /\b(?:dm|message|inbox|text|pm|contact)\s+(?:me|us|him|her|them)\b[^.!?\n]{0,30}?\b(?:discount|deals?|prices?|pricing|rates?|quotes?|orders?)\b|\binbox\s+me\b|\b(?:message|dm|contact|text)\s+(?:him|her|them|me)\s+on\s+(?:instagram|whatsapp|telegram|ig)\s+@\w+/gi,
    message,
  },
  {
    pattern:
      /\b(?:made|earned|earn|make|making)\s+\$\d[\d,]*\b[^.!?\n]{0,30}?\b(?:trading|investing|from\s+home|with\s+(?:mr|mrs|ms|her|him|my)|per|a\s+(?:day|week|month)|(?:my|the)\s+first\s+(?:day|week|month))\b|\bt\.me\/\w+/gi,
    message,
  },
  {
    pattern:
      /\bselling\s+(?:\d+|a|my|some|two|three|four)\s+\w+|\bfree\s+\d+[- ]day\s+trial\b|\bat\s+checkout\b|\bshow\s+(?:this|the)\s+(?:post|ad|coupon)\b|\bfree\s+[\w-]+(?:\s+[\w-]+){0,3}\s+with\s+(?:any|every|each)\s+(?:large|purchase|order|\w+\s+purchase)\b/gi,
    // "Selling a boat online this fall? Watch out for…" asks the reader before advice, and "someone is
    // suddenly selling a lot of lobster" describes a suspect (round nineteen)
    keep: (text, start, end) =>
      !/^selling/i.test(text.slice(start, end)) ||
      (!/^[^.!?\n]*\?\s*(?:Watch|Be\b|Beware|Here|Tips?\b|Remember|Don['’]t|Do\s+not|Meet|Use|Make\s+sure|Never|Always|Protect|Read|Learn|Know)/.test(
        text.slice(end),
      ) &&
        !/\b(?:someone|somebody|anyone|anybody|thieves|suspects?|scammers?)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:\w+\s+)?$/i.test(
          text.slice(Math.max(0, start - 40), start),
        )),
    message,
  },
  // A code is capitals and digits: "promo SAFE30", "with code ETCHPD".
  { pattern: /\b(?:[Pp]romo|[Cc]ode)\s+[A-Z0-9]{4,}\b/g, message },
  {
    pattern:
      /\bcheck\s+out\s+(?:their|our|my|his|her)\b[^.!?\n]{0,25}?\b(?:specials?|deals?|sales?|menu|prices?|products?|merch)\b|\b(?:dm|pm|inbox|message)\s+(?:me\s+)?for\s+(?:prices?|pricing|rates?|details|deals?|info)\b|\bbe\s+(?:your|their|my)\s+own\s+boss\b|\bwork\s+from\s+home\b|\$\d[\d,]*\s*(?:obo|firm|or\s+best\s+offer)\b|\bobo\b|\b\d+%\s+win\s+rate\b|\bnormally\s+\$\d/gi,
    message,
  },
];

const ALL_RULES: readonly PhraseRule[] = [
  ...RULES,
  ...OFFER_RULES,
  ...PRICE_RULES,
  ...SPAM_RULES,
  ...TERMS_RULES,
  ...ROUND_NINETEEN_OFFERS,
  ...ROUND5_RULES,
];

/**
 * A warning about a crime or a scam is not an advert: "thieves sell them for $300 each", "don't
 * fall for 'work from home' ads promising $500 a day: it's a scam". A spammer's "not a scam"
 * still sells.
 */
const WARNING =
  /\b(?:scam|scams|scammers?|fraud\w*|phishing|thie(?:f|ves)|stol(?:e|en)|steal\w*|suspects?|don['’]?t\s+fall\s+for|never\s+(?:send|pay|buy)|fake|counterfeit)\b/i;
const NOT_A_WARNING = /\b(?:not|no|isn['’]?t)\s+(?:a\s+)?scam\b/i;
/**
 * A scammer's promise of returns, reported in a scam warning: "texts from 'QuantumYield,'
 * promising to 'turn $200 into $5,000 a week'" (round ten); not "Bella Salon is promising 20%
 * off", nor a spammer's "this is not a scam".
 */
const REPORTED_PITCH =
  /\b(?:promis(?:e|es|ed|ing)|claim(?:s|ed|ing)?|guarantee(?:s|d|ing)?)\s+(?:to\s+|(?:you|they)(?:['’]ll|\s+will|\s+can)\s+)["“]?(?:turn|double|triple|make|earn|grow|multiply)\b/i;
/** `whole` is the whole post, of which `text` may be one piece: its heading may name the scam. */
const reportedPitch = (text: string, from: number, end: number, whole: string) =>
  REPORTED_PITCH.test(text.slice(from, end)) && SCAM_TEXT.test(whole) && !NOT_A_WARNING.test(whole);

/**
 * A first-person testimonial for a "recovery" agent is the spam itself, whatever scammers it
 * names: "Agent R. at RecoverPro got back 3.2 BTC for me", "this hacker recovered all my funds".
 */
const TESTIMONIAL =
  /\b(?:got|recovered|retrieved|returned)\s+(?:back\s+)?(?:all\s+(?:of\s+)?)?(?:my|\d[\d.,]*\s*(?:btc|eth|usdt|bitcoins?|k\b)|\$\s?\d)[^!?\n]{0,40}?\b(?:for\s+me|back)\b|\bhelped\s+me\s+(?:get\s+back|recover|retrieve)\b/i;
/**
 * The clause the offer is in: "… gets 25% off helmets through Friday, so go grab one … than
 * write one more stolen-bike report" is a discount, and the theft it prevents is another clause.
 */
const CLAUSE_BREAK = /[.!?\n;]|,\s+(?:so|but|because|since|and\s+then)\s|\s(?:than|because)\s/giu;

/** Where the sentence holding `at` starts: after the last full stop, mark or line break. */
function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < 200 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
  return from;
}

/** Where the sentence holding `at` ends: at its full stop, mark or line break. */
function sentenceEnd(text: string, at: number): number {
  let to = at;
  while (to < text.length && to - at < 200 && !'.!?\n'.includes(text[to] ?? '.')) to += 1;
  return to;
}

/**
 * A job's pay in a post that recruits: "$24.80/hour to start", "Cadets earn $19/hour" (round
 * eleven). The department's own hiring, or anyone's wage, is not an offer to buy.
 */
const WAGE =
  /\b(?:earn|earns|earning|paid|pays|make|makes|start(?:s|ing)?\s+at)\s+\$\s?\d[\d,.]*k?\s*(?:\/\s*(?:hour|hr|h|year|yr)\b|(?:an|a|per)\s+(?:hour|year)\b)|\$\s?\d[\d,.]*k?\s*(?:\/\s*(?:hour|hr|h|year|yr)|(?:an|a|per)\s+(?:hour|year))\s+to\s+start\b|\b(?:salary|starting\s+pay|hourly\s+wage|pay\s+range)\b/i;
const WAGES = new RegExp(WAGE.source, 'gi');
/**
 * A post that recruits ("now hiring", "apply by Oct. 10", "careers") or the department's own
 * trainees ("cadets earn $17/hour"); the wage itself must read as pay (WAGE), so a driving
 * "Academy" pricing its lessons per hour is not one.
 */
const HIRING =
  /\b(?:(?:now|we['’]re|is|are)\s+hiring|apply|applications?|applicants?|careers?|recruit\w*|join\s+our\s+team|cadets?|trainees?|dispatchers?|deputies|academy)\b/i;
/** A "job" that is the spam itself: "Now hiring! Work from home and earn $45/hour, DM me". */
const JOB_SPAM =
  /\b(?:work(?:ing)?\s+from\s+home|dm\s+me|inbox\s+me|message\s+me|whatsapp|telegram|passive\s+income|crypto|bitcoin|no\s+experience\s+needed\s+to\s+earn)\b/i;
/** Whether the finding is the pay itself (or beside it), in a post about the department's jobs. */
const jobsPay = (text: string, start: number, end: number, whole: string) => {
  if (!HIRING.test(whole) || JOB_SPAM.test(whole)) return false;
  const from = sentenceStart(text, start);
  // "instructors earn $45/hr, and lessons are just $30 each": the price is not the wage.
  for (const wage of text.slice(from, sentenceEnd(text, end)).matchAll(WAGES)) {
    const at = from + wage.index;
    if (at < end + 12 && at + wage[0].length > start - 12) return true;
  }
  return false;
};

function inWarning(text: string, start: number, end: number, whole: string): boolean {
  if (inWarningList(text, start)) return true;
  const from = sentenceStart(text, start);
  const sentence = text.slice(from, sentenceEnd(text, end) + 1);
  if (NOT_A_WARNING.test(sentence) || TESTIMONIAL.test(sentence)) return false;
  if (reportedPitch(text, from, end, whole)) return true;
  if (!WARNING.test(sentence)) return false;
  // The warning word must be in the offer's own clause.
  let clauseFrom = 0;
  let clauseTo = sentence.length;
  const at = start - from;
  const till = end - from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) clauseFrom = m.index + m[0].length;
    else if (m.index >= till) {
      clauseTo = m.index;
      break;
    }
  }
  return WARNING.test(sentence.slice(clauseFrom, clauseTo));
}

/**
 * Two commercial findings in one sentence are one advert: "learning about passive income, and
 * I've been making over $4,000 a week", "Join his Telegram for daily signals: t.me/…". The finding
 * shows the whole of it; a sentence end or a line break between them keeps them apart.
 */
const SHORT_LINK = /^\s+\p{L}{1,4}\s+$/u;

/** Each finding joined to the one kept before it when `joins` says so: one finding, its words. */
function joinWhen(
  text: string,
  findings: readonly Finding[],
  joins: (last: Finding, finding: Finding, gap: string) => boolean,
): Finding[] {
  const joined: Finding[] = [];
  for (const finding of findings) {
    const last = joined.at(-1);
    if (!last || !joins(last, finding, text.slice(last.end, finding.start))) {
      joined.push(finding);
      continue;
    }
    const matched = text.slice(last.start, finding.end);
    joined[joined.length - 1] = {
      ...last,
      end: finding.end,
      text: matched,
      message: message(matched),
    };
  }
  return joined;
}

function joinSentences(text: string, findings: readonly Finding[]): Finding[] {
  // Two signals a single short word apart ("crypto channel for 100x gains") are each named by
  // their own words: the reader sees both, and a comment's hints list them one by one.
  return joinWhen(
    text,
    findings,
    (_last, _finding, gap) => gap.length <= 120 && !/[.!?\n]/.test(gap) && !SHORT_LINK.test(gap),
  );
}

/**
 * A call that follows an advert is the advert's last words: "$350 obo. Message me.", "pickup
 * east side. DM me", "… DM “WEALTH” to learn how\n\n#passiveincome". It joins the finding before
 * it, a sentence away in the same paragraph (a hashtag line may sit a paragraph below), so the
 * finding shows the whole advert rather than a bare "DM me".
 */
const TAIL_GAP = 100;
const TAG_GAP = 60;
const TRACKING_CALL = /^(?:tell|say|mention)\b/i;

function joinTails(text: string, findings: readonly Finding[], tails: ReadonlySet<number>) {
  return joinWhen(text, findings, (_last, finding, gap) => {
    const tag = finding.text.startsWith('#');
    // "… for anyone who mentions the page. Go say hi and tell her Mike sent you.": the tell.
    // "link in bio" stays its own finding: a comment's hints list each signal (joinSentences).
    const call =
      (tails.has(finding.start) && !/^link/i.test(finding.text)) ||
      TRACKING_CALL.test(finding.text);
    const tail = call && gap.length <= TAIL_GAP && !gap.includes('\n\n');
    return tail || (tag && gap.length <= TAG_GAP);
  });
}

/** The answers of the scanner's whole-text checks: a piece is scanned again when one changes. */
const documentAnswers = documentChecks(SCAM_TEXT, NOT_A_WARNING);

/** A benefit's or a fundraiser's money: its ticket is no sale. */
const BENEFIT = /\b(?:proceeds|fundrais\w*|benefit|charity|gala|banquet)\b/i;

export const commercialScanner: Scanner = {
  kind: 'commercial',
  documentKey(document: string, context: ScanContext): string {
    return context.phraseRulesOnly ? '' : documentAnswers(document);
  },
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    const whole = wholeText(text, context);
    const offers = asFindings(
      text,
      'commercial',
      'III.B.1.f',
      commercialOffers(text, context).filter(
        (f) =>
          !reportedPitch(text, sentenceStart(text, f.start), f.end, whole) &&
          !jobsPay(text, f.start, f.end, whole),
      ),
      message,
    );
    const phrases = scanWithRules(text, 'commercial', 'III.B.1.f', ALL_RULES).filter(
      (f) => !inWarning(text, f.start, f.end, whole) && !jobsPay(text, f.start, f.end, whole),
    );
    const tails = asFindings(
      text,
      'commercial',
      'III.B.1.f',
      tailCalls(text, [...phrases, ...offers]).filter(
        (f) => !inWarning(text, f.start, f.end, whole),
      ),
      message,
    );
    const joined = joinSentences(
      text,
      joinOverlapping(text, [...phrases, ...offers, ...tails], message),
    );
    return withModelFindings(
      text,
      {
        kind: 'commercial',
        section: 'III.B.1.f',
        message,
        ruleFindings: joinTails(text, joined, new Set(tails.map((t) => t.start))),
        // A scam warning anywhere in the post describes the scam's offer; it is not an advert.
        // Round forty-four: a benefit's ticket, "Tickets for the Police Athletic League banquet
        // are $25; proceeds fund youth programs" (a near miss of the family tests), which the
        // model trained on 104 sets weighed as a sale; the rules already read it so.
        excepted: (start, end) =>
          inWarning(text, start, end, whole) ||
          SCAM_TEXT.test(whole) ||
          jobsPay(text, start, end, whole) ||
          BENEFIT.test(text.slice(start, end)),
      },
      context,
    );
  },
};
