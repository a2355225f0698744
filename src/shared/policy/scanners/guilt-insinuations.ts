import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED, tellsOfDeedBeside } from './guilt-sayings';
import { NAME, titled } from './guilt-accusations';
import { asked } from './guilt-roles';

/*
 * Guilt (III.B.1.c) insinuated rather than said, in the shapes of round thirty (the sixty-fifth
 * and sixty-sixth development sets): the deed called a person's handiwork, the one who alone had
 * the key asked about ("Who else had the code to that safe? Nobody."), the charge said to be
 * true ("did exactly what he's charged with"), someone drugged, the deed done not alone, and a
 * confession told in Spanish after a name. Each needs a deed told beside its words or names it.
 */

/** What only an insider holds: "the keys to the bag room", "the combination to the cash room". */
const ACCESS = String.raw`(?:keys?|codes?|combination|combo|passwords?|passcodes?|logins?|access|authority)`;

/**
 * A case or a harm told, where a comment under a case post names neither the crime nor a deed:
 * "His handiwork left a father of three with 22 stitches", "Detectives spent 14 months untangling".
 */
const CASE_OR_HARM_WORDS =
  /\b(?:detectives?|investigators?|police|cops|jury|judge|lawyer|attorney|hearing|court|charged|charges|arrest\w*|audit\w*|thie(?:f|ves)|stitches|injur\w*|hospitali[sz]ed|missing|vanished|prison|jail|federal\s+time)\b/i;
const caseOrHarm = (text: string) => CASE_OR_HARM_WORDS.test(text) || /\bDA\b/.test(text);

/** A case told in Spanish: the patrol car, the police, the report, the jail, the judge. */
const SPANISH_CASE =
  /(?<![\p{L}])(?:patrullas?|polic[ií]as?|reporte|detenid[oa]s?|arrestad[oa]s?|c[aá]rcel|juez|fiscal|corte)(?![\p{L}])/iu;

/** The answer a rhetorical question about the key gives itself: "Nobody.", "Exactly.", "Funny how that works." */
const ANSWERED =
  /^\s*(?:Nobody|No\s+one|Nadie|Exactly|Funny|Think\s+about\s+it|think\s+about\s+it)\b/;

/** Where a drug is given for care, not a crime: a vet's, a surgeon's, a sedative. */
const CARE =
  /\b(?:vet|veterinarian|surgery|surgeon|sedat\w*|anesthe\w*|anaesthe\w*|doctor|nurse)\b/i;

export function insinuationRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Oduya's handiwork", "Look at his handiwork now"; not an officer's, nor thanks ("our
      // volunteers' handiwork"), nor a question
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|${NAME}['’]s)\s+handiwork\b`,
        'gu',
      ),
      hints: ['handiwork'],
      keep: (text, start, end) =>
        (tellsOfDeedBeside(text, start, end) || caseOrHarm(text)) &&
        !titled(text, start) &&
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
        tellsOfDeedBeside(text, start, end) ||
        caseOrHarm(text) ||
        ANSWERED.test(text.slice(end, end + 30)),
      message,
    },
    {
      // "He did exactly what he's charged with", "She did exactly what they say she did"; not
      // "did exactly what he was trained to do"
      pattern:
        /(?<![\p{L}])(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{Ll}'’-]+(?:\s+of\s+(?:them|these\s+\p{L}+|those\s+\p{L}+))?)\s+did\s+exactly\s+what\s+(?:(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+got|\s+(?:has|have)\s+been)\s+(?:charged\s+with|accused\s+of|arrested\s+for)|(?:they|police|cops|people|everyone|the\s+\p{L}+)\s+says?\s+(?:he|she|they)\s+did)\b/gu,
      hints: ['exactly'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // "the man who drugged a tourist at the Rusty Cleat", "Wade doped the steer"; not "was
      // drugged", nor a vet's sedative
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Ww]ho|[Hh]e|[Ss]he|[Tt]his\s+(?:man|woman|guy|lady)|${NAME})\s+(?:drugged|doped)\s+(?:a|an|the|his|her|their|my|our|that|this|someone|somebody)\b(?:\s+[\p{L}'’-]+){1,3}`,
        'gu',
      ),
      hints: ['drugged', 'doped'],
      keep: (text, start, end) =>
        !titled(text, start) && !CARE.test(sentenceAround(text, start, end)) && !asked(text, end),
      message,
    },
    {
      // "No way she did all that alone", "he didn't pull this off by himself": the deed done,
      // and not alone
      pattern:
        /\b(?:[Nn]o\s+way|[Tt]here['’]s\s+no\s+way)\s+(?:he|she)\s+(?:did|pulled\s+off)\s+(?:all\s+)?(?:that|this|it)\s+(?:(?:all\s+)?alone|by\s+(?:himself|herself))\b|\b(?:[Hh]e|[Ss]he)\s+(?:didn['’]?t|did\s+not)\s+(?:do|pull\s+off)\s+(?:all\s+)?(?:that|this|it)\s+(?:(?:all\s+)?alone|by\s+(?:himself|herself))\b/gu,
      hints: ['alone', 'himself', 'herself'],
      keep: (text, start, end) => tellsOfDeedBeside(text, start, end) || caseOrHarm(text),
      message,
    },
    {
      // "Dicen que Reuben confesó en la patrulla", "él confesó": a confession told after a name
      pattern:
        /(?<![\p{L}])(?:(?!(?:El|La|Los|Las|Ya|Que|Nadie|Dicen|Y)(?![\p{L}]))\p{Lu}\p{Ll}+|[ée]l|ella)\s+(?:ya\s+)?confes[oó](?![\p{L}])(?:\s+[\p{L}]+){0,3}/gu,
      hints: ['confesó', 'confeso'],
      keep: (text, start, end) => tellsOfDeedBeside(text, start, end) || SPANISH_CASE.test(text),
      message,
    },
    {
      // "Wrong guy.", "Wrong person!!!" said alone after an alibi or a doubt: the one arrested
      // called innocent
      pattern: /(?<=^|[.!?]\s{1,3}|\n)[Ww]rong\s+(?:guy|man|person|woman|dude|kid)(?=\s*[.!])/gu,
      hints: ['wrong'],
      keep: (text, start, end) => tellsOfDeedBeside(text, start, end) || caseOrHarm(text),
      message,
    },
    {
      // "He did the same thing to the church bowling league back in 2015": a past deed laid
      // beside the charge
      pattern:
        /(?<![\p{L}])(?:[Hh]e|[Ss]he|\p{Lu}[\p{Ll}'’-]+)\s+did\s+the\s+(?:exact\s+)?same\s+(?:exact\s+)?thing\s+(?:to|at|in|with|on)\s+[^.!?\n]{3,60}?\b(?:ago|before|last\s+(?:year|summer|spring|fall|winter)|back\s+in\s+\d{4}|in\s+\d{4})\b/gu,
      hints: ['same'],
      keep: (text, start, end) =>
        (tellsOfDeedBeside(text, start, end) || caseOrHarm(text)) && !titled(text, start),
      message,
    },
    {
      // "What kind of scumbag stabs someone in front of kids?": the deed asked about is told
      pattern:
        /\b[Ww]hat\s+kind\s+of\s+(?:(?:sick|low|lowlife|evil|heartless)\s+)?(?:scumbag|monster|animal|coward|lowlife|creep|piece\s+of\s+\p{L}+|person|man|woman|human\s+being)\s+(?:stabs|shoots|robs|steals|beats|attacks|kills|drugs|rapes|assaults|punches|hits|abuses|scams|torches)\b[^.!?\n]{0,60}\?/gu,
      hints: ['kind'],
      message,
    },
    {
      // "The real brains was Jimmy Castellanos", "the brains is his brother"
      pattern: new RegExp(
        String.raw`\b[Tt]he\s+(?:real\s+)?brains\s+(?:was|is|were)\s+(?:${NAME}|(?:his|her|their)\s+\p{Ll}+)`,
        'gu',
      ),
      hints: ['brains'],
      keep: (text, start, end) => tellsOfDeedBeside(text, start, end) || caseOrHarm(text),
      message,
    },
    {
      // "Vukovich knew the welds were never x-rayed", "Hupp knew every one of those install dates
      // was fake": the falsehood known
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|${NAME})\s+(?:(?:always|already|clearly)\s+)?knew\s+(?:the|those|that|these|every|all)\b[^.!?\n]{0,40}?\b(?:was|were)\s+(?:fake|faked|never|forged|bogus|stolen|phony|falsified)\b`,
        'gu',
      ),
      hints: ['knew'],
      keep: (text, start, end) =>
        (tellsOfDeedBeside(text, start, end) || caseOrHarm(text)) && !titled(text, start),
      message,
    },
    {
      // "We all know who ran it", "Now we know who took them", "everybody knows who started that
      // fight"
      pattern:
        /\b(?:we|everyone|everybody|y['’]all)\s+(?:all\s+)?knows?\s+who\s+(?:did|ran|started|set|took|stole|was\s+behind)\b(?:\s+(?:it|this|that|them|the\s+\p{L}+|that\s+\p{L}+))?/giu,
      hints: ['know', 'knows'],
      keep: (text, start, end) =>
        (tellsOfDeedBeside(text, start, end) || caseOrHarm(text)) && !asked(text, end),
      message,
    },
  ];
}
