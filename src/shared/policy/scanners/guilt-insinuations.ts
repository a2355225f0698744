import { placeOutside, placesOf } from './word-places';
import { STAFF_TITLE_WORDS } from '../language/people';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED, tellsOfDeedBeside } from './guilt-sayings';
import { NAME, titled } from './guilt-accusations';
import { asked } from './guilt-roles';

/*
 * Guilt (III.B.1.c) insinuated rather than said, in the shapes of round thirty (the sixty-fifth
 * and sixty-sixth development sets): the deed called a person's handiwork, the one who alone had
 * the key asked about ("Who else had the code to that safe? Nobody."), the charge said to be
 * true ("did exactly what he's charged with"), someone drugged, the deed done not alone, a
 * confession told in Spanish after a name; and from the sixty-ninth and seventieth sets, a
 * falsehood known ("knew the welds were never x-rayed") and the doer known to all ("We all know
 * who ran it"). Each needs a deed told beside its words, or a case or
 * a harm told near them (a comment under a case post often names neither the crime nor a deed).
 * Round thirty's review narrowed that case to words no safety or thank-you post uses alone: not
 * "police", "court" or "jail" ("Inmates at the county jail built these benches. Their
 * handiwork…").
 */

/** What only an insider holds: "the keys to the bag room", "the combination to the cash room". */
const ACCESS = String.raw`(?:keys?|codes?|combination|combo|passwords?|passcodes?|logins?|access|authority)`;

/**
 * A case or a harm told: "His handiwork left a father of three with 22 stitches", "Detectives
 * spent 14 months untangling". Read outside the words matched and within `reach` of them, each
 * text once.
 */
const CASE_OR_HARM_WORDS =
  /\b(?:charged|charges|arrest(?:ed|s)?|detectives?|investigators?|jury|judge|hearing|lawyer|attorney|audit(?:ed|ors?)?|thie(?:f|ves)|stitches|injur(?:ed|ies)|hospitali[sz]ed|vanished|federal\s+time)\b/gi;
const caseOrHarmAt = placesOf([CASE_OR_HARM_WORDS, /\bDA\b/g]);
export const caseOrHarmNear = (text: string, start: number, end: number, reach = 300): boolean =>
  placeOutside(caseOrHarmAt(text), start, end, reach);
/** A deed told beside the words, or a case or a harm near them. */
export const toldBeside = (text: string, start: number, end: number) =>
  tellsOfDeedBeside(text, start, end) || caseOrHarmNear(text, start, end);

/** A case told in Spanish: the patrol car, the arrest, the jail, the judge, the prosecutor. */
export const SPANISH_CASE =
  /(?<![\p{L}])(?:patrullas?|detenid[oa]s?|arrestad[oa]s?|c[aá]rcel|juez|jueza|fiscal(?!\s+(?:año|anual))|fiscalía|interrogatorio|comisar[ií]a)(?![\p{L}])/iu;

/** The answer a rhetorical question about the key gives itself: "Nobody.", "Exactly.", "Funny how that works." */
const ANSWERED =
  /^\s*(?:Nobody|No\s+one|Nadie|Exactly|Funny|Think\s+about\s+it|think\s+about\s+it)\b/;
const ANSWERED_WITHIN = /\?\s*(?:Nobody|No\s+one|Nadie|Exactly)\b/;

/**
 * The claim laid at another's door in a neutral court update: "Prosecutors allege he knew…",
 * "According to the criminal complaint, she drugged the victim".
 */
const ATTRIBUTED =
  /\b(?:alleg(?:e|es|ed|ing|edly)|according\s+to|(?:criminal\s+)?complaint|indictment|charging\s+documents|affidavit|(?:police|prosecutors|detectives|investigators|officials)\s+(?:say|said|allege|believe))\b[^.!?\n]{0,60}$/i;
export const attributed = (text: string, start: number) =>
  ATTRIBUTED.test(text.slice(Math.max(0, start - 100), start));

/** A known falsehood reported, not kept: "…were fake and turned them in to police". */
const REPORTED =
  /\b(?:called|told|notified|alerted)\s+(?:the\s+)?(?:police|911|us|officers|deputies)\b|\bturned\s+(?:them|it)\s+in\b|\breported\b/i;

/** A staff title after the words: "Everybody knows who started the league: Chief Harmon". */
const STAFF_AFTER = new RegExp(String.raw`^[^.!?\n]{0,40}?\b(?:${STAFF_TITLE_WORDS})\b`, 'i');

/** Where a drug is given for care, not a crime: a vet's, a surgeon's, a sedative. */
const CARE =
  /\b(?:vet|veterinarian|surgery|surgeon|sedat\w*|anesthe\w*|anaesthe\w*|doctor|nurse|Benadryl|melatonin)\b/i;
/** Something made, where a handiwork is a craft: "Inmates at the county jail built these benches". */
const MADE =
  /\b(?:built|made|baked|painted|crafted|sewed|sewn|knit(?:ted)?|carved|planted|decorated|restored|designed|cooked|quilted|welded|assembled)\b/i;

/** A pet or a dish drugged in a joke or a tip, not a person or a show animal. */
const PET_OR_DISH = String.raw`(?!(?:his|her|their|my|our|the|a)\s+(?:own\s+)?(?:dog|dogs|cat|cats|pet|pets|puppy|kitten|pup|turkey|food|cake|soup|salad|stew|chili|punch|coffee)\b)`;

export function insinuationRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Oduya's handiwork", "Look at his handiwork now"; not an officer's, nor thanks ("our
      // volunteers' handiwork"), nor a thing made ("built these benches. Their handiwork…")
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|${NAME}['’]s)\s+handiwork\b`,
        'gu',
      ),
      hints: ['handiwork'],
      keep: (text, start, end) =>
        toldBeside(text, start, end) &&
        !titled(text, start) &&
        !MADE.test(text.slice(Math.max(0, start - 150), end + 80)) &&
        !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "Who else had the code to that safe? Nobody.", "who else would have had keys to all three
      // units he cleaned?": the question names the one who had them; its short answer goes with it
      pattern: new RegExp(
        String.raw`\b[Ww]ho\s+else\s+(?:would(?:['’]ve|\s+have)\s+had|could(?:['’]ve|\s+have)\s+had|had|has)\s+(?:(?:a|an|the|that)\s+)?(?:[\p{L}-]+\s+){0,2}?${ACCESS}\b[^?\n.!]{0,80}\?+(?:\s+(?:Nobody|No\s+one|Nadie|Exactly)\b[^.!?\n]{0,30}[.!]?)?`,
        'gu',
      ),
      hints: ['else'],
      keep: (text, start, end) =>
        toldBeside(text, start, end) ||
        ANSWERED_WITHIN.test(text.slice(start, end)) ||
        ANSWERED.test(text.slice(end, end + 30)),
      message,
    },
    {
      // "He did exactly what he's charged with", "She did exactly what they say she did"; not
      // "did exactly what he was trained to do"
      pattern:
        /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{Ll}'’-]+(?:\s+of\s+(?:them|these\s+\p{L}+|those\s+\p{L}+))?)\s+did\s+exactly\s+what\s+(?:(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+got|\s+(?:has|have)\s+been)\s+(?:charged\s+with|accused\s+of|arrested\s+for)(?!\s+\p{L}+ing\b)|(?:they|police|cops|people|everyone|the\s+\p{L}+)\s+says?\s+(?:he|she|they)\s+did)\b/gu,
      hints: ['exactly'],
      // the charge said true needs the case beside it: "She did exactly what she was charged with:
      // keeping the shelter open" is a duty done
      keep: (text, start, end) =>
        !titled(text, start) &&
        (!/\b(?:charged|accused|arrested)\b/.test(text.slice(start, end)) ||
          toldBeside(text, start, end)),
      message,
    },
    {
      // "the man who drugged a tourist at the Rusty Cleat", "Wade doped the steer"; not "was
      // drugged", nor a vet's sedative
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Ww]ho|[Hh]e|[Ss]he|[Tt]his\s+(?:man|woman|guy|lady)|${NAME})\s+(?:drugged|doped)\s+${PET_OR_DISH}(?:a|an|the|his|her|their|my|our|that|this|someone|somebody)\b(?:\s+[\p{L}'’-]+){1,3}`,
        'gu',
      ),
      hints: ['drugged', 'doped'],
      keep: (text, start, end) =>
        toldBeside(text, start, end) &&
        !titled(text, start) &&
        !CARE.test(text.slice(Math.max(0, start - 150), end + 150)) &&
        !attributed(text, start) &&
        !asked(text, end),
      message,
    },
    {
      // "No way she did all that alone", "he didn't pull this off by himself": the deed done,
      // and not alone
      pattern:
        /\b(?:[Nn]o\s+way|[Tt]here['’]s\s+no\s+way)\s+(?:he|she)\s+(?:did|pulled\s+off)\s+(?:all\s+)?(?:that|this|it)\s+(?:(?:all\s+)?alone|by\s+(?:himself|herself))\b|\b(?:[Hh]e|[Ss]he)\s+(?:didn['’]?t|did\s+not)\s+(?:do|pull\s+off)\s+(?:all\s+)?(?:that|this|it)\s+(?:(?:all\s+)?alone|by\s+(?:himself|herself))\b/gu,
      hints: ['alone', 'himself', 'herself'],
      keep: toldBeside,
      message,
    },
    {
      // "Dicen que Reuben confesó en la patrulla", "él confesó": a confession told after a name
      pattern:
        /(?<![\p{L}])(?:(?!(?:El|La|Los|Las|Ya|Que|Nadie|Dicen|Y|Después|Despues|Luego|Hoy|Ayer|Anoche|Pero|También|Tambien|Mi|Su|Entonces|Finalmente|Al)(?![\p{L}]))\p{Lu}\p{Ll}+|[ée]l|ella)\s+(?:ya\s+)?confes[oó](?![\p{L}])(?!\s+que\s+(?:le|les|me|nunca|siempre|quiere|quer[ií]a|ten[ií]a|tiene|extraña|ama|odia|no\s+sab[ií]a))(?:\s+[\p{L}]+){0,3}/gu,
      hints: ['confesó', 'confeso'],
      keep: (text, start, end) => tellsOfDeedBeside(text, start, end) || SPANISH_CASE.test(text),
      message,
    },
    {
      // "Wrong guy.", "Wrong person!!!" said alone after an alibi or a doubt: the one arrested
      // called innocent
      pattern: /(?<=^|[.!?]\s{1,3}|\n)[Ww]rong\s+(?:guy|man|person|woman|dude|kid)(?=\s*[.!])/gu,
      hints: ['wrong'],
      keep: toldBeside,
      message,
    },
    {
      // "He did the same thing to the church bowling league back in 2015": a past deed laid
      // beside the charge
      pattern:
        /(?<![\p{L}])(?:[Hh]e|[Ss]he|\p{Lu}[\p{Ll}'’-]+)\s+did\s+the\s+(?:exact\s+)?same\s+(?:exact\s+)?thing\s+(?:to|at|in|with|on)\s+[^.!?\n]{3,60}?\b(?:ago|before|last\s+(?:year|summer|spring|fall|winter)|back\s+in\s+\d{4}|in\s+\d{4})\b/gu,
      hints: ['same'],
      keep: (text, start, end) =>
        toldBeside(text, start, end) &&
        !titled(text, start) &&
        !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "What kind of scumbag stabs someone in front of kids?": the deed done to a person, asked
      // about; not "steals a base", "hits the snooze button" nor "shoots a video"
      pattern:
        /\b[Ww]hat\s+kind\s+of\s+(?:(?:sick|low|lowlife|evil|heartless)\s+)?(?:scumbag|monster|animal|coward|lowlife|creep|piece\s+of\s+\p{L}+|person|man|woman|human\s+being)\s+(?:stabs|shoots|robs|steals|beats|attacks|kills|drugs|rapes|assaults|punches|hits|abuses|scams)\s+(?:from\s+)?(?:someone|somebody|anyone|an?\s+(?:[\p{L}-]+\s+){0,2}?(?:woman|man|child|kid|senior|teen|girl|boy|baby|veteran|nurse|cashier|clerk|widow|neighbou?r|stranger|customer|patient|resident|grandma|grandpa)|(?:kids|children|seniors|widows|patients|residents|people|families|his|her|their)\b)[^.!?\n]{0,60}\?/gu,
      hints: ['kind'],
      message,
    },
    {
      // "The real brains was Jimmy Castellanos", "the brains is his brother"
      pattern: new RegExp(
        String.raw`\b[Tt]he\s+(?:real\s+)?brains\s+(?:was|is|were)\s+(?!(?:${STAFF_TITLE_WORDS})\b)(?:${NAME}|(?:his|her|their)\s+\p{Ll}+)`,
        'gu',
      ),
      hints: ['brains'],
      keep: toldBeside,
      message,
    },
    {
      // "Vukovich knew the welds were never x-rayed", "Hupp knew every one of those install dates
      // was fake": the falsehood known
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|${NAME})\s+(?:(?:always|already|clearly)\s+)?knew\s+(?:the|those|that|these|every|all)\b[^.!?\n]{0,40}?\b(?:was|were)\s+(?:fake|faked|forged|bogus|stolen|phony|falsified|never\s+(?:going\s+to\s+be\s+)?[\p{L}-]+(?:ed|en)\b)`,
        'gu',
      ),
      hints: ['knew'],
      keep: (text, start, end) =>
        toldBeside(text, start, end) &&
        !titled(text, start) &&
        !attributed(text, start) &&
        !REPORTED.test(text.slice(end, end + 80).split(/[.!?\n]/)[0] ?? '') &&
        !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "We all know who ran it", "Now we know who took them", "everybody knows who started that
      // fight"
      pattern:
        /\b(?:we|everyone|everybody|y['’]all)\s+(?:all\s+)?knows?\s+who\s+(?:did|ran|started|set|took|stole|was\s+behind)\b(?:\s+(?:it|this|that|them|the\s+\p{L}+|that\s+\p{L}+))?/giu,
      hints: ['know', 'knows'],
      keep: (text, start, end) =>
        toldBeside(text, start, end) &&
        !asked(text, end) &&
        !THANKED.test(sentenceAround(text, start, end)) &&
        !STAFF_AFTER.test(text.slice(end)),
      message,
    },
  ];
}
