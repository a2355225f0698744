import { isDepartmentLine } from '../department-lines';
import type { Finding, ScanContext, Scanner } from '../finding';
import { analyse } from '../language/analysis';
import { type SpelledValue, readSpelledValue } from '../language/spelled-values';
import { VEHICLE_CONTEXT, VEHICLE_MAKES } from '../language/vehicles';
import { webAddress } from '../web-address';
import { type PhraseRule, after, before, scanWithRules } from './pattern-scanner';
import { mergeFindings } from './sentence-rules';

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
/**
 * Streets named after their type (round thirty-seven): "4417 Calle Nogal", "2217 Avenida Cholla",
 * and a rural fire number on a county road or highway, "N5318 County Road KK", "N6671 Hwy 37".
 */
const TYPE_FIRST = 'Calle|Avenida|Camino|Calzada|Paseo|Rue';
/**
 * A street named after its type takes a house number of three digits or more, never led by a
 * zero, on the street's line: not "3 Route 9 exits", "sábado 14 Calle Juárez", a date's "Sept.
 * 14" above "Avenida Juárez", a shift's "1800–0600 Hwy 90" either way round, nor a mile marker's
 * or an exit's number ("MM 147 Highway 20", "exit 213 Route 1").
 */
const ROAD_FIRST =
  'County\\s+(?:Road|Rd|Highway|Hwy|Trunk)|(?:State\\s+)?(?:Highway|Hwy|Route|Rte)';
/** Words that make an address a public place or business, not someone's home. */
const PUBLIC_PLACE =
  /\b(?:center|centre|library|park|public\s+works(?:\s+yard)?|(?:city|county|maintenance)\s+yard|annex|facility|courthouse|firehouse|living|liquors?|lot|impound|tow\s+yard|warehouse|muffler|brakes?|donuts?|bakery|pizza|tires?|repair|cleaners|salon|barber|dental|insurance|realty|pub|brewery|brewing|tavern|cinema|bowling|laundromat|school|academy|college|university|hall|station|substation|church|temple|mosque|synagogue|market|store|shop|mall|hardware|pharmacy|bank|caf[eé]|restaurant|diner|grill|plaza|building|headquarters|hq|precinct|front\s+desk|lobby|arena|stadium|museum|hospital|clinic|gym|ymca|inc\.?|llc|co\.|company|office|depot|garage|motors|auto|hotel|motel|theater|theatre|inn|field|fairgrounds|pool|club|lodge|foods|grocery|supermarket|walmart|target|kroger|costco|mcdonald's|starbucks)\b[^.!?\n]{0,30}$/i;
/**
 * "1 Municipal Way", "100 Civic Center Dr": a street named for the public buildings on it. Not
 * "Justice" or "Government", which people live on too.
 */
const PUBLIC_STREET = /\b(?:Municipal|Civic|Courthouse|City\s+Hall)\b/u;
/** The same in a log's capitals, with the public buildings a log's address names. */
const PUBLIC_STREET_IN_CAPITALS =
  /\b(?:MUNICIPAL|CIVIC|COURTHOUSE|CITY\s+HALL|POLICE|HOSPITAL|FAIRGROUNDS|COLLEGE|AIRPORT)\b/;
/** "at Brewed Awakening, 512 Main St": an address right after a named venue is the venue's. */
const NAMED_VENUE =
  // "at Brewed Awakening, 512 Main St"; "the Quick Stop at 900 W. Oak St"; a name with a
  // possessive or an ampersand is a business ("Bud's Liquor, 1400 ...", "Glazed & Confused, 410 ...").
  /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:\p{Lu}[\p{L}]*['’]s\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}|(?:\p{Lu}[\p{L}'’.-]*\s+)+&\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}),\s*$|\b(?:at|of|near|outside|behind|inside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s*){1,4}[,(]\s*$|\bthe\s+(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:at|on)\s+$/u;
/**
 * "the 2024 Harbor Street homicide": an address that names a case, as the news does, is the
 * incident's name in public record, not where a private person lives.
 */
const INCIDENT_NAME =
  /^\s+(?:homicide|murder|shooting|stabbing|robbery|burglary|arson|fire|explosion|crash|collision|standoff|killings?|case|investigation|raid)s?\b/;
/** "call them at" after a business, "call the bakery at": the line of a business, not a person. */
const BUSINESS_LINE =
  /\b(?:call|text|contact|reach|phone)\s+(?:them|the\s+(?:shop|store|office|clinic|bakery|salon|garage|dealership|restaurant|company|front\s+desk|hotel|pharmacy|bank|school))\s+(?:at|on)\s*:?\s*(?:\(?\d{3}\)?[\s.-]?)?$/i;
/**
 * "direct questions to the Finance Department at", "the clerk's office can be reached at",
 * "contact Animal Services at": a number given as a public office's line.
 */
/** What leads from a line's owner to its number: "at", "can be reached at", "is", an area code. */
const LINE_TAIL = String.raw`\s+(?:at|on|by\s+calling|(?:can\s+be\s+|may\s+be\s+)?reached\s+at|is)?\s*:?\s*(?:\(?\d{3}\)?[\s.-]?)?$`;
const OFFICE_LINE = new RegExp(
  String.raw`\b(?:department|dept\.?|office|division|bureau|agency|services|commission|authority|registrar|hall|hotline|helpline|desk)${LINE_TAIL}`,
  'i',
);
/**
 * "the county health department's line at", "the county's 24-hour recovery line is": a public
 * body's or a service's line (round thirty-eight).
 */
const SERVICE_LINE = new RegExp(
  String.raw`(?:\b(?:department|dept\.?|office|agency|county|city|state)['’]s\s+(?:[\p{L}-]+\s+){0,2}line|\b(?:recovery|crisis|support|help|warm|tip|prevention|suicide|addiction|treatment)\s+line)${LINE_TAIL}`,
  'iu',
);
function isPrivateLine(text: string, start: number, end: number, context: ScanContext): boolean {
  const lead = before(text, start, 48);
  return (
    !isPublicLine(text.slice(start, end), context) &&
    !BUSINESS_LINE.test(lead) &&
    !OFFICE_LINE.test(lead) &&
    !SERVICE_LINE.test(lead)
  );
}
/** "his 2015 Harley Road King", "a 2009 Ford Ranger": a vehicle's model year and make, not a house number. */
const MODEL_YEAR = new RegExp(`^(?:19|20)\\d\\d\\s+(?:${VEHICLE_MAKES})\\b`, 'i');
function isModelYear(address: string): boolean {
  return MODEL_YEAR.test(address);
}
const EVENT_VENUE =
  /\b(?:located at|held at|meet(?:s)? (?:us )?at|takes place at|join us at|drop[- ]off at|come (?:by|to)|open house at|event at|visit us at|lobby at|headquarters at|hq at|(?:ribbon[- ]cutting|ceremony|groundbreaking|dedication|grand opening|forum|town hall|workshop|info(?:rmation(?:al)?)? session) at|(?:picked|pick) up at)\s*$/i;

/**
 * An address that is someone's home, not a block, a model year, a public street, an incident's
 * name, a public place, an event's venue or a named venue's.
 */
function isPrivateAddress(text: string, start: number, end: number, publicStreet: RegExp): boolean {
  return (
    !/\bblock of\s*$/i.test(before(text, start, 12)) &&
    !isModelYear(text.slice(start, end)) &&
    !publicStreet.test(text.slice(start, end)) &&
    !INCIDENT_NAME.test(after(text, end, 30)) &&
    !PUBLIC_PLACE.test(before(text, start, 60).replace(/[,\s]+$/, '')) &&
    !EVENT_VENUE.test(before(text, start, 30)) &&
    !NAMED_VENUE.test(text.slice(Math.max(0, start - 50), start)) &&
    // "415 MAIN ST (LINCOLN ELEMENTARY)": the place named after it
    !/^\s*\((?:THE\s+)?[A-Z][A-Z'’&.\s-]{2,40}\)/.test(text.slice(end, end + 50))
  );
}

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
    keep: (text, start, end, context) => isPrivateLine(text, start, end, context),
    message: MESSAGE.phone,
  },
  {
    // Ten digits run together after a cue to call or text: "text me at 5555550171".
    pattern: /(?<![\w$])\d{10}(?!\d)/g,
    keep: (text, start, end, context) =>
      /\b(?:call|text|txt|cell|phone|number|reach\s+me|me\s+at|at)\s*[:#]?\s*$/i.test(
        before(text, start, 20),
      ) && isPrivateLine(text, start, end, context),
    message: MESSAGE.phone,
  },
  {
    // A local number without its area code: "call Dee at 555-0162".
    pattern: /(?<![\w$.,/:-]|\d[\s.-])\d{3}[-.]\d{4}(?![\w-]|[.,/:]\d)/g,
    keep: (text, start, end, context) => isPrivateLine(text, start, end, context),
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
      /\b(?:d\.?o\.?b\.?|date of birth|fecha de nacimiento|born(?: on)?|birth ?date|birthday)\s*(?:is\s+|was\s+)?[:,-]?\s*((?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}))/gi,
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
      /\b(?:driver'?s?|driver’s|drivers)\s+licen[cs]e(?:\s+(?:number|no\.?|#))?\s*[:#(]?\s*(?:is\s+)?([A-Z]{0,2}\d[\dA-Z-]{5,15})/gi,
    group: 1,
    message: MESSAGE.licence,
  },
  {
    pattern: /\blicen[cs]e\s*(?:#|no\.?|number)\s*[:#]?\s*([A-Z]{0,2}\d[\dA-Z-]{5,15})/gi,
    group: 1,
    message: MESSAGE.licence,
  },
  {
    // "OLN K08-114-592": a records system's operator licence number (round thirty-eight)
    pattern: /\b(?:DL|D\.L\.|OLN)\s*(?:#|no\.?|number)?\s*[:#]?\s*([A-Z]{0,2}\d[\dA-Z-]{5,15})/g,
    group: 1,
    message: MESSAGE.licence,
  },
  {
    pattern:
      /\b(?:licen[cs]e plate|plate|tag|registration|placas|REG)(?:\s+(?:number|no\.?|#|reading|reads|of|is|was))?\s*[:#]?\s*(?:[A-Z][a-z]+\s+|[A-Z]{2}\s+(?=[A-Z0-9]*\d))?(?:plate\s+)?["“]?((?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5})\b/g,
    group: 1,
    message: MESSAGE.plate,
  },
  // "placa JTX-9032", "placa 7ABC123" (round thirty-nine): "placa" is a badge too ("placa A17",
  // "placa 4471", "placa SJPD 4471"), so only a plate's shape follows it, not an agency's letters
  {
    pattern:
      /\b(?:[Pp]laca|PLACA)\s+(?:n[úu]mero\s+)?[:#]?\s*(?![A-Z]{0,2}(?:PD|SO|SD|DPS|PS)\b)([A-Z]{2,4}[ -]?\d{3,4}|\d{3,4}[ -]?[A-Z]{2,4}|\d[A-Z]{3}\d{3})\b/g,
    group: 1,
    message: MESSAGE.plate,
  },
  // "a silver Camry, 7RQX219", "the van (4KLM920)": a plate set off beside the vehicle it is on.
  {
    pattern:
      /(?:[,(:—–]|\s-)\s*["“]?((?=[A-Z0-9]{5,8}(?![\w-]))(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{5,8}|[A-Z]{2,3}[ -]\d{3,4})(?![\w-])/g,
    group: 1,
    keep: (text, start, end) => {
      // "PPV2024", "GT2019": a model or a programme with a year, not a plate.
      if (/^[A-Z]+(?:19|20)\d\d$/.test(text.slice(start, end))) return false;
      const lead = before(text, start, 80);
      const sentence = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1);
      return VEHICLE_CONTEXT.test(sentence);
    },
    message: MESSAGE.plate,
  },
  {
    pattern: new RegExp(
      `(?<![\\w-])(?:(?:\\d{2}-\\d{3,4}|\\d{1,6})\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${STREET_TYPES})\\b\\.?|(?<!\\d[ \\t]?[–-][ \\t]?|\\b(?:MM|mm|[Mm]ile|[Mm]arker|[Ee]xit|[Mm]i\\.?)[ \\t])(?:[NSEW]\\d{3,5}|[1-9]\\d{2,5})[ \\t]+(?:${TYPE_FIRST}|${ROAD_FIRST})[ \\t]+(?:(?:de|del)\\s+(?:la\\s+|los\\s+|las\\s+)?)?(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,3}[A-Z]?)(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+)?)(?:\\s*(?:#|apt\\.?|apartment|unit)\\s*\\w+)?`,
      'gu',
    ),
    keep: (text, start, end) => isPrivateAddress(text, start, end, PUBLIC_STREET),
    message: (m) => MESSAGE.address(m.trim()),
  },
  // "RP AT 1146 SLATE CREEK RD", "VEH LOCATED 88 LARCH ST": a dispatch log's address in capitals
  // (round thirty-eight), where the log puts a place: after AT, OF, LOCATED, TO or a field's slash;
  // not a heading's "– 1401 ELM ST" nor "ROB 4100 GRAVIER AVE".
  {
    pattern:
      /(?<=(?:\b(?:AT|OF|LOCATED|TO)|\/)[ \t]+)\d{1,6}[ \t]+(?:[NSEW][ \t]+)?(?:[A-Z][A-Z'’.-]+[ \t]+){1,3}(?:RD|ROAD|ST|STREET|AVE|AVENUE|DR|DRIVE|LN|LANE|CT|COURT|BLVD|WAY|HWY|PL|CIR|TRL|PKWY)\b/g,
    // a hundred-block is how a log hides an address ("AT 100 BLOCK OF MAIN ST")
    keep: (text, start, end) =>
      !/^\d+[ \t]+(?:BLOCK|BLK)\b/.test(text.slice(start, end)) &&
      isPrivateAddress(text, start, end, PUBLIC_STREET_IN_CAPITALS),
    message: (m) => MESSAGE.address(m.trim()),
  },
  {
    pattern:
      /\b(?:case|report|incident|inc|rpt|cfs|file|complaint|cad|rms|citation|warrant|docket)\s*(?:number|no\.?|num\.?|#)?\s*(?:is\s+|was\s+)?[:#]?\s*#?\s*(?:[A-Z]{1,3}-?)?\d{2,4}[-–]?(?:[A-Z]{1,3}[-–]?)?\d{3,8}\b/gi,
    keep: (text, start, end) =>
      /\d{5,}|\d+[-–]\d+/.test(text.slice(start, end)) &&
      !/^\s*(?:block|years?)/i.test(after(text, end, 8)),
    message: MESSAGE.caseNumber,
  },
  // "26-01187 | 1600 Alder Ct | …": a row pasted from a records system opens with its record
  // number, year and sequence, without a label; the field separators on its line say what it is.
  {
    pattern: /(?<![\w.-])\d{2,4}-\d{5,6}(?![\w-])/g,
    keep: (text, start, end) => {
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const lineEnd = text.indexOf('\n', end);
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
      return /\S\s*\|\s*\S[^|]*\|/.test(line) || /^\s*\|/.test(text.slice(end, end + 4));
    },
    message: MESSAGE.caseNumber,
  },
];

type Identifier = 'plate' | 'licence' | 'caseNumber' | 'ssn' | 'phone' | 'callMe';

/**
 * Words that introduce an identifier: "her plate", "licence number", "case number", "his number".
 * Each group names what it introduces; the value after it is read in words, not by its format.
 */
const INTRODUCER =
  /\b(?:(?<licence>(?:driver['’]?s?\s+)?licen[cs]e\s+(?:number|no\.|num\.?|#)|(?:driver['’]?s?|drivers)\s+licen[cs]e|DL\s*(?:#|number|no\.|num\.?)?|licen[cs]e(?!\s+(?:plates?|tags?)\b))|(?<plate>(?:licen[cs]e\s+)?(?:plates?|tags?|placas)(?:\s+(?:number|no\.|#))?|registration(?:\s+(?:number|no\.|#))?)|(?<caseNumber>(?:case|report|incident|complaint|citation|file)\s+(?:number|no\.|num\.?|#))|(?<bareCase>case)|(?<ssn>social\s+security(?:\s+(?:number|no\.|#))?|SSN|social)|(?<phone>(?:phone|cell|mobile)(?:\s+(?:number|no\.|#))?|number)|(?<callMe>(?:call|text|reach)\s+(?:me|him|her)(?:\s+(?:at|on))?))(?![\p{L}\p{N}])/giu;

/**
 * Words allowed between the introducer and the value: "the plate started with", "Plate is",
 * "licence number ending", "the plate, it was", "his tag? pretty sure it's". The ones that say only part is given make a shorter value enough.
 */
const LINK =
  /[ \t]*(?:(?<partial>start(?:s|ed|ing)?|begin(?:s|ning)?|began|end(?:s|ed|ing)?|partial)|is|was|were|['’]s|are|as|reads?|reading|said|says|shows?|showed|with|in|of|like|looks?|looked|may|might|could|that|maybe|possibly|probably|something|down|it|its|it['’]s|they|i|think|thought|guess|believe|pretty|sure|on\s+(?:the|that|his|her|their|a)\s+(?:car|truck|pickup|van|suv|sedan|vehicle|bike|motorcycle|jeep))(?![\p{L}\p{N}])|[ \t]*[,:#—–?-]/iuy;

/** Words before an introducer that say only part of the value follows: "a partial plate". */
const PARTIAL_BEFORE =
  /\b(?:partial|part\s+of\s+(?:the|a|his|her|their)|(?:first|last)\s+(?:\w+\s+)?(?:(?:letters?|digits?|numbers?|characters?)\s+)?(?:of|on|from)\s+(?:the|a|his|her|their|my|your))\s*$/i;

/** After a value's start, its end said apart: ", ending in 48", "and ends with 2". */
const THE_REST =
  /[ \t]*,?[ \t]*(?:(?:and[ \t]+)?(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?)(?:[ \t]+(?:in|with))?|then)[ \t]*[:,-]?[ \t]*/iy;

function withTheRest(text: string, value: SpelledValue, limit: number): SpelledValue {
  THE_REST.lastIndex = value.end;
  const link = THE_REST.exec(text);
  if (!link || link.index + link[0].length > limit) return value;
  const rest = readSpelledValue(text, link.index + link[0].length, limit);
  if (!rest) return value;
  return {
    start: value.start,
    end: rest.end,
    letters: value.letters + rest.letters,
    digits: value.digits + rest.digits,
    spoken: value.spoken || rest.spoken,
    dashed: value.dashed || rest.dashed,
    digitString: value.digitString + rest.digitString,
  };
}

/** An opening quote before the value: plate reading “KLM 442”. */
const OPENING = /[ \t]*["“'‘]?[ \t]*/y;

/** The least a value must hold to identify anyone, by what introduced it. */
function identifies(
  kind: Identifier,
  value: { letters: number; digits: number; spoken: boolean; dashed: boolean },
  partial: boolean,
): boolean {
  const symbols = value.letters + value.digits;
  switch (kind) {
    case 'plate':
      return partial ? symbols >= 3 : value.letters >= 1 && value.digits >= 1 && symbols >= 4;
    case 'licence':
      return value.digits >= (partial ? 3 : 5);
    case 'caseNumber':
      return value.digits >= 4 && (value.spoken || value.dashed || value.digits >= 5);
    case 'ssn':
      // Written as numerals it is the phrase rules' (which check its format), except its last
      // four said as such: "my social ending in 3456".
      return partial
        ? value.letters === 0 && value.digits === 4
        : value.spoken && value.letters === 0 && value.digits === 9;
    case 'phone':
      // Numbers written as numerals are the phrase rules' (with their own tests of context).
      return value.spoken && value.letters === 0 && value.digits >= 7;
    case 'callMe':
      // "text me at 555 0177": after a call to call a person, digits in groups are a number too.
      return (
        value.letters === 0 &&
        (value.spoken ? value.digits >= 7 : [7, 10, 11].includes(value.digits))
      );
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/**
 * What may stand between a bare "case" and its number: nothing, or "is" after whose case it is
 * ("your case is 25 dash zero six six one nine", round thirty-seven); not "the case is one
 * hundred percent closed".
 */
function saysWhoseCase(text: string, cueStart: number, between: string): boolean {
  if (between.trim() === '') return true;
  return (
    /^\s*(?:is|was|number\s+is)\s*$/i.test(between) &&
    /\b(?:your|my|his|her|their|our)\s+$/i.test(text.slice(Math.max(0, cueStart - 8), cueStart))
  );
}

/**
 * A licence, plate, case or phone number introduced in words and said in words: "her plate is
 * K-L-M four four two", "plate starting 7KX", "T as in Tom", "case number twenty-six dash oh four
 * one". The value ends where its parsed sentence does, or at the first word that is not part of it.
 */
function identifiersInWords(text: string, context: ScanContext): Finding[] {
  if (context.phraseRulesOnly) return [];
  const found: Finding[] = [];
  const sentences = analyse(text).sentences;
  for (const [index, sentence] of sentences.entries()) {
    // "his plate? pretty sure it's X-R-T 219": a comment asks its own question and answers it.
    const next = sentences[index + 1];
    const asks = /\?\s*$/.test(text.slice(sentence.start, sentence.end));
    const limit = asks && next ? next.end : sentence.end;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(INTRODUCER)) {
      const groups = match.groups ?? {};
      const kind: Identifier | undefined = groups.licence
        ? 'licence'
        : groups.plate
          ? 'plate'
          : groups.caseNumber || groups.bareCase
            ? 'caseNumber'
            : groups.ssn
              ? 'ssn'
              : groups.phone
                ? 'phone'
                : groups.callMe
                  ? 'callMe'
                  : undefined;
      if (!kind) continue;
      const cueStart = sentence.start + match.index;
      let at = cueStart + match[0].length;
      let partial = false;
      // "the plate, I think it was …": a comment restates the value's subject before giving it.
      for (let links = 0; links < 6; links += 1) {
        LINK.lastIndex = at;
        const link = LINK.exec(text);
        if (!link || link.index + link[0].length > limit) break;
        partial ||= link.groups?.partial !== undefined;
        at = link.index + link[0].length;
      }
      OPENING.lastIndex = at;
      const opening = OPENING.exec(text);
      if (opening && opening.index + opening[0].length <= limit) at += opening[0].length;
      // "a partial plate", "the first three letters of the plate": only part of it is given.
      partial ||= PARTIAL_BEFORE.test(
        text.slice(Math.max(sentence.start, cueStart - 40), cueStart),
      );
      const first = readSpelledValue(text, at, limit);
      if (!first) continue;
      // "K-W-N, ending in 48": the rest of the value said after its start.
      const value = withTheRest(text, first, limit);
      partial ||= value !== first;
      if (!identifies(kind, value, partial)) continue;
      // "case twenty-six dash oh-three-three-one": "case" alone introduces a number said in words
      // right after it; not "in case one hundred twenty-five people show up", "a case of one
      // hundred twenty diapers", "in any case", nor "the case 2026-27 budget".
      if (
        groups.bareCase &&
        (!value.spoken ||
          !saysWhoseCase(text, cueStart, text.slice(cueStart + match[0].length, value.start)) ||
          /\b(?:in|any|worst|best|just)\s+$/i.test(
            text.slice(Math.max(0, cueStart - 12), cueStart),
          ))
      )
        continue;
      // The last four of a Social Security number only as someone's: "my social ending in 3456",
      // "the last four of his social: 5520"; not "Social Security is ending in 2035".
      if (
        kind === 'ssn' &&
        value.digits === 4 &&
        !/\b(?:my|his|her|their|your|our|(?:victim|suspect|subject)(?:['’]s)?)\s+(?:social|SSN)/i.test(
          text.slice(Math.max(sentence.start, cueStart - 12), cueStart + 6),
        )
      )
        continue;
      if ((kind === 'phone' || kind === 'callMe') && isPublicLine(value.digitString, context))
        continue;
      // A case, report or incident number is reported with its label ("case number 26-0412").
      const start = kind === 'caseNumber' ? cueStart : value.start;
      const matched = text.slice(start, value.end);
      found.push({
        kind: 'personal-data',
        section: 'III.B.3.c',
        start,
        end: value.end,
        text: matched,
        message: MESSAGE[kind === 'callMe' ? 'phone' : kind](matched),
      });
    }
  }
  return found;
}

export const personalDataScanner: Scanner = {
  kind: 'personal-data',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    return mergeFindings(
      scanWithRules(text, 'personal-data', 'III.B.3.c', RULES, context),
      identifiersInWords(text, context),
    );
  },
};
