import type { PhraseRule } from './pattern-scanner';

/**
 * Commercial families of issue 13 round five (III.B.1.f). Every pattern holds a literal word that
 * each of its matches must contain, so it runs only on text that has it (required-words.ts).
 *
 * - An introductory price: "First session just $30", "your first lesson is $20", "intro month
 *   for $29".
 * - Selling reach on social media: "GET 5K FOLLOWERS IN 24HRS", "buy real likes", "cheapest
 *   panel in the game".
 * - Loan spam: "Bad credit OK", "no credit check", "approved in 10 min", "instant approval".
 * - A shop's address spelled out to pass a link filter: "quickcash-now dot net".
 * - Get-rich and advert hashtags: "#passiveincome", "#sidehustle", "#ad".
 * - The tell at the till: "flash your EPD ID at the register", "show your badge when you order",
 *   "for anyone who shows their Neighborhood Watch card".
 * - A commenter selling their own: "get one from me", "buy a set off me".
 * - Where to buy: "Link to the order form in the comments!", "order link below", "book at
 *   @glowbykeisha".
 * - A commission or cash back as the offer: "a 1% listing commission for anyone in the EPD
 *   family", "2% cash back for all officers", "a reduced commission for first responders".
 */
const message = (m: string) =>
  `“${m}” promotes a private business (III.B.1.f): sales, discounts, codes or advertising do not belong in a department post. Remove it.`;

/** The sentence around a match: up to a sentence end or a line break, at most 200 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
  let to = end;
  while (to < text.length && to - end < 200 && !'!?\n'.includes(text[to] ?? '.')) {
    if (text[to] === '.' && !/\d/.test(text[to + 1] ?? '')) break;
    to += 1;
  }
  return text.slice(from, to);
}

/** Money that is not a price: a fine, a loss, a reward, a wage, a donation, a public fee. */
const NOT_A_PRICE =
  /\b(?:rewards?|fines?|fined|bail|bond|stolen|stole|worth|lost|losing|loss|raised|donat\w*|salary|pay|paid|wages?|bonus|grant|damages?|restitution|owed?|scam\w*|thie(?:f|ves)|proceeds|fundrais\w*|charit\w*|permits?|licen[cs]es?|citations?|tickets?)\b/i;

/** "help us get to 10K followers", "we just hit 5,000 likes": the department's own page. */
const OWN_PAGE = /\b(?:us|we|we['’]ve|our|help|helped|thanks?|thank\s+you)\b/i;

/** A selling word or a price just before: "free drip coffee for anyone who shows their card". */
const OFFERED_BEFORE = /\$\s?\d|\d\s?%|\b(?:free|off|discount\w*|deals?|half|bogo|comp\w*)\b/i;

/** "a restraining order form", "the protective order link": the court's, not a shop's. */
const COURT_ORDER = /\b(?:restraining|protective|protection|court|no[-\s]contact|emergency)\s*$/i;

export const ROUND5_RULES: readonly PhraseRule[] = [
  {
    pattern:
      /\b(?:first|1st|intro(?:ductory)?|trial)\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:is|are|was)\s+)?(?:(?:just|only|for|at)\s+)?\$\s?\d[\d,]*(?:\.\d{2})?/giu,
    keep: (text, start, end) => !NOT_A_PRICE.test(sentenceAround(text, start, end)),
    message,
  },
  {
    pattern:
      /\b(?:get|buy|gain|grow|boost)\s+(?:\d[\d,.]*\s?[kKmM]?\+?\s+|real\s+|more\s+|your\s+|instant\s+|active\s+)*(?:followers|likes|views|subscribers)\b(?:\s+(?:in|within|under)\s+\d+\s?[\p{L}]+)?/giu,
    keep: (text, start) => !OWN_PAGE.test(text.slice(Math.max(0, start - 25), start)),
    message,
  },
  {
    pattern:
      /\b(?:cheapest|lowest[-\s]priced?|most\s+affordable)\s+(?:[\p{L}-]+\s+){0,2}?(?:in\s+(?:town|the\s+(?:game|city|county|area|state|biz))|around|anywhere|online|guaranteed)\b/giu,
    message,
  },
  {
    pattern:
      /\b(?:bad|poor|no|low)\s+credit\s+(?:ok|okay|welcome|accepted|fine|no\s+problem)\b|\bno\s+credit\s+checks?\b|\b(?:instant|guaranteed|same[-\s]day)\s+(?:approvals?|loans?|payday\s+loans?|cash\s+advances?)\b|\bapproved\s+(?:in|within)\s+(?:\d+|minutes|seconds|an\s+hour)\b/giu,
    message,
  },
  {
    pattern: /\b[\w-]{3,}\s+dot\s+(?:com|net|biz|info|io|co|shop|store|xyz|me|online)\b/giu,
    message,
  },
  {
    pattern:
      /#(?:passiveincome|sidehustle|financialfreedom|makemoneyonline|makemoneyfromhome|workfromhome|cryptotrading|forextrading|daytrading|wealthbuilding|moneymindset|getrichquick|cashflow|ad|sponsored|promo|dealoftheday|flashsale|shopnow|linkinbio)\b/giu,
    message,
  },
  {
    pattern:
      /\b(?:flash|show|present)\s+(?:your|their|his|her|a|this|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:id|badge|card|credentials?|coupon|receipt|post|ad|screenshot)\s+(?:(?:at|to)\s+(?:the\s+)?(?:register|checkout|cashier|till|counter)\b|when\s+(?:you\s+)?(?:order|pay|check\s+out|buy|book)\b)/giu,
    message,
  },
  {
    pattern:
      /\bfor\s+(?:anyone|anybody|everyone|all|those|any\s+[\p{L}-]+)\s+who\s+(?:shows?|mentions?|brings?|presents?|flashes?)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:card|badge|id|post|page|ad|coupon|receipt|screenshot)\b/giu,
    keep: (text, start) => {
      const sentence = sentenceAround(text, start, start);
      return OFFERED_BEFORE.test(sentence) && !NOT_A_PRICE.test(sentence);
    },
    message,
  },
  {
    pattern:
      /\b(?:get|buy|grab|order|cop|snag)\s+(?:one|some|them|it|yours|a\s+[\p{L}-]+|an\s+[\p{L}-]+|a\s+couple)\s+(?:from|off|thru|through)\s+me\b/giu,
    message,
  },
  {
    pattern:
      /\blinks?\s+(?:to|for)\s+(?:the\s+|my\s+|our\s+|her\s+|his\s+|their\s+)?(?:order(?:ing)?|shop|store|menu|booking|checkout|pre-?order|purchase|buy)\b(?:\s+(?:form|page|site))?(?:[^.!?\n]{0,30}?\b(?:comments?|below|bio)\b)?|\border\s+(?:form|link|page)\b(?:[^.!?\n]{0,30}?\b(?:comments?|below|bio)\b)?/giu,
    keep: (text, start) => !COURT_ORDER.test(text.slice(Math.max(0, start - 30), start)),
    message,
  },
  {
    pattern: /\b(?:book|order|shop)\s+(?:at|with|via|on|through|thru)\s+@[\w.]+/giu,
    message,
  },
  {
    pattern:
      /\b\d{1,2}(?:\.\d+)?\s?%\s+(?:[\p{L}-]+\s+)?(?:commission|cash\s?back|rebate)\b(?:[^.!?\n]{0,10}?\bfor\s+(?:anyone|anybody|everyone|all|any|every|our)\b[^.!?\n,]{0,30})?|\b(?:reduced|discounted|lower|half)\s+(?:listing\s+)?commission\b/giu,
    keep: (text, start, end) => !NOT_A_PRICE.test(sentenceAround(text, start, end)),
    message,
  },
];

/** A heading that makes the list under it a warning: "Red flags:", "Warning signs". */
const WARNING_HEAD =
  /\b(?:red\s+flags?|warning\s+signs?|tell-?tale\s+signs?|signs\s+of\s+(?:a\s+)?(?:scam|fraud)|watch\s+(?:out\s+)?for|look\s+out\s+for|beware(?:\s+of)?|how\s+to\s+spot)\b/i;
const LIST_ITEM = /^\s*(?:[•·▪◦*–—-]|\d{1,2}[.)]|✅|❌|🚩)/u;

/**
 * A line of a list under a warning heading in its paragraph is what to watch for, not an
 * advert: "Red flags:\n• Guaranteed returns\n• No credit check".
 */
export function inWarningList(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!LIST_ITEM.test(text.slice(lineStart, start))) return false;
  const lead = text.slice(Math.max(0, lineStart - 400), lineStart);
  const cut = lead.lastIndexOf('\n\n');
  return WARNING_HEAD.test(cut < 0 ? lead : lead.slice(cut + 2));
}
