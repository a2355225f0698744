import { isDepartmentLine } from '../department-lines';
import type { Finding, ScanContext, Scanner } from '../finding';
import { webAddress } from '../web-address';
import { type PhraseRule, after, before, scanWithRules } from './pattern-scanner';

/** 911, 311 and the like, and the department's own lines, are meant to be published. */
function isPublicLine(number: string, context: ScanContext): boolean {
  return (
    number.replace(/\D/g, '').length <= 3 ||
    (context.department !== undefined && isDepartmentLine(number, context.department))
  );
}

function isPublicEmail(address: string, context: ScanContext): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.indexOf('@') + 1);
  const ownEmails = context.department?.emails.map((e) => e.toLowerCase()) ?? [];
  const ownDomains = (context.department?.websites ?? []).flatMap(
    (site) => webAddress(site)?.host ?? [],
  );
  return (
    ownEmails.includes(lower) ||
    ownDomains.some(
      (host) => domain === host || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`),
    ) ||
    /\.(gov|mil)$/.test(domain)
  );
}

const STREET_TYPES =
  'St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Ter|Terrace|Cir|Circle|Pkwy|Parkway|Hwy|Highway|Trl|Trail|Loop|Row|Sq|Square';
/** Words that make an address a public place or business, not someone's home. */
const PUBLIC_PLACE =
  /\b(?:center|centre|library|park|living|liquors?|muffler|brakes?|donuts?|bakery|pizza|tires?|repair|cleaners|salon|barber|dental|insurance|realty|pub|brewery|brewing|tavern|cinema|bowling|laundromat|school|academy|college|university|hall|station|church|temple|mosque|synagogue|market|store|shop|mall|hardware|pharmacy|bank|caf[eé]|restaurant|diner|grill|plaza|building|headquarters|hq|precinct|arena|stadium|museum|hospital|clinic|gym|ymca|inc\.?|llc|co\.|company|office|depot|garage|motors|auto|hotel|motel|theater|theatre|field|fairgrounds|pool|club|lodge|foods|grocery|supermarket|walmart|target|kroger|costco|mcdonald's|starbucks)\b[^.!?\n]{0,30}$/i;
/** "at Brewed Awakening, 512 Main St": an address right after a named venue is the venue's. */
const NAMED_VENUE =
  // "at Brewed Awakening, 512 Main St"; "the Quick Stop at 900 W. Oak St"; a name with a
  // possessive or an ampersand is a business ("Bud's Liquor, 1400 ...", "Glazed & Confused, 410 ...").
  /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:\p{Lu}[\p{L}]*['’]s\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}|(?:\p{Lu}[\p{L}'’.-]*\s+)+&\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}),\s*$|\b(?:at|of|near|outside|behind|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s*){1,4},\s*$|\bthe\s+(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:at|on)\s+$/u;
const EVENT_VENUE =
  /\b(?:located at|held at|meet(?:s)? (?:us )?at|takes place at|join us at|drop[- ]off at|come (?:by|to)|open house at|event at|visit us at|lobby at|headquarters at|hq at)\s*$/i;

const MESSAGE = {
  phone: (m: string) =>
    `“${m}” looks like a private person’s phone number. Publishing it exposes them (III.B.3.c): remove it, or use the department’s own contact line.`,
  email: (m: string) =>
    `“${m}” is an e-mail address that is not the department’s. Remove it, or point readers to the department’s own address (III.B.3.c).`,
  dob: (m: string) =>
    `“${m}” is a date of birth: personal data the post must not carry (III.B.3.c). Remove it.`,
  ssn: (m: string) =>
    `“${m}” looks like a Social Security number. Never publish it (III.B.3.c): remove it.`,
  licence: (m: string) =>
    `“${m}” looks like a driver’s licence number: personal data (III.B.3.c). Remove it.`,
  plate: (m: string) =>
    `“${m}” looks like a licence-plate number, which identifies a private person (III.B.3.c). Remove it unless publishing it is approved (for example an active-threat vehicle) and recorded as a justification.`,
  address: (m: string) =>
    `“${m}” looks like a private person’s street address (III.B.3.c). Use the block instead (“the 1400 block of Oak Ave”), or remove it.`,
  caseNumber: (m: string) =>
    `“${m}” is a case or report number: internal record data (III.B.3.c). Remove it; readers can reach the department through its contact line.`,
};

const RULES: readonly PhraseRule[] = [
  {
    pattern: /(?<![\w$])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])/g,
    keep: (text, start, end, context) => !isPublicLine(text.slice(start, end), context),
    message: MESSAGE.phone,
  },
  {
    // Ten digits run together after a cue to call or text: "text me at 5555550171".
    pattern: /(?<![\w$])\d{10}(?!\d)/g,
    keep: (text, start, end, context) =>
      /\b(?:call|text|txt|cell|phone|number|reach\s+me|me\s+at|at)\s*[:#]?\s*$/i.test(
        before(text, start, 20),
      ) && !isPublicLine(text.slice(start, end), context),
    message: MESSAGE.phone,
  },
  {
    // A local number without its area code: "call Dee at 555-0162".
    pattern: /(?<![\w$.,/:-]|\d[\s.-])\d{3}[-.]\d{4}(?![\w-]|[.,/:]\d)/g,
    keep: (text, start, end, context) => !isPublicLine(text.slice(start, end), context),
    message: MESSAGE.phone,
  },
  {
    pattern: /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])/g,
    hints: ['@'],
    keep: (text, start, end, context) => !isPublicEmail(text.slice(start, end), context),
    message: MESSAGE.email,
  },
  {
    pattern:
      /\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birth ?date)\s*(?:is\s+|was\s+)?[:,-]?\s*((?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}))/gi,
    group: 1,
    message: MESSAGE.dob,
  },
  {
    pattern: /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g,
    message: MESSAGE.ssn,
  },
  {
    pattern:
      /\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*(\d{3}[\s-]?\d{2}[\s-]?\d{4})\b/gi,
    group: 1,
    message: MESSAGE.ssn,
  },
  {
    pattern:
      /\b(?:driver'?s?|driver’s|drivers)\s+licen[cs]e(?:\s+(?:number|no\.?|#))?\s*[:#]?\s*(?:is\s+)?([A-Z]{0,2}\d[\dA-Z-]{5,15})/gi,
    group: 1,
    message: MESSAGE.licence,
  },
  {
    pattern: /\blicen[cs]e\s*(?:#|no\.?|number)\s*[:#]?\s*([A-Z]{0,2}\d[\dA-Z-]{5,15})/gi,
    group: 1,
    message: MESSAGE.licence,
  },
  {
    pattern: /\b(?:DL|D\.L\.)\s*(?:#|no\.?|number)?\s*[:#]?\s*([A-Z]{0,2}\d[\dA-Z-]{5,15})/g,
    group: 1,
    message: MESSAGE.licence,
  },
  {
    pattern:
      /\b(?:licen[cs]e plate|plate|tag|registration)(?:\s+(?:number|no\.?|#|reading|reads|of|is|was))?\s*[:#]?\s*(?:[A-Z][a-z]+\s+|[A-Z]{2}\s+(?=[A-Z0-9]*\d))?(?:plate\s+)?["“]?((?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5})\b/g,
    group: 1,
    message: MESSAGE.plate,
  },
  {
    pattern: new RegExp(
      `(?<![\\w-])\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${STREET_TYPES})\\b\\.?(?:\\s*(?:#|apt\\.?|apartment|unit)\\s*\\w+)?`,
      'gu',
    ),
    keep: (text, start) =>
      !/\bblock of\s*$/i.test(before(text, start, 12)) &&
      !PUBLIC_PLACE.test(before(text, start, 60).replace(/[,\s]+$/, '')) &&
      !EVENT_VENUE.test(before(text, start, 30)) &&
      !NAMED_VENUE.test(text.slice(Math.max(0, start - 50), start)),
    message: (m) => MESSAGE.address(m.trim()),
  },
  {
    pattern:
      /\b(?:case|report|incident|file|complaint|cad|citation|warrant)\s*(?:number|no\.?|num\.?|#)?\s*(?:is\s+|was\s+)?[:#]?\s*#?\s*(?:[A-Z]{1,3}-?)?\d{2,4}[-–]?(?:[A-Z]{1,3}[-–])?\d{3,8}\b/gi,
    keep: (text, start, end) =>
      /\d{5,}|\d+[-–]\d+/.test(text.slice(start, end)) &&
      !/^\s*(?:block|years?)/i.test(after(text, end, 8)),
    message: MESSAGE.caseNumber,
  },
];

export const personalDataScanner: Scanner = {
  kind: 'personal-data',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    return scanWithRules(text, 'personal-data', 'III.B.3.c', RULES, context);
  },
};
