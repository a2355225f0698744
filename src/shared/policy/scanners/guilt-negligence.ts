import type { PhraseRule } from './pattern-scanner';
import { THANKED } from './guilt-sayings';
import { NAME, TAIL } from './guilt-accusations';
import { SPANISH_CASE, attributed, toldBeside } from './guilt-insinuations';
import {
  DOER,
  SPANISH_HARM,
  askedOfAnyone,
  staffNotInspector,
  wrongNear,
} from './guilt-complicity';

/*
 * Guilt (III.B.1.c) laid on a duty skipped or a record made false, the shapes of round
 * thirty-two (the seventy-fifth and seventy-sixth development sets, whose brief asked for blame
 * told without a word of harm): an inspection signed without looking ("signed off on that
 * ship's railings three years running without ever stepping on board"), visits billed that
 * never happened, records falsified, a watch that was never kept ("the deckhand who was
 * supposed to walk the rail never walked it once"), a driver who never looked. Each keeps the
 * need of round thirty-one's rules (guilt-complicity.ts): a deed, a case, a harm or a wrong told
 * near.
 */

/** Up to four more words of the clause, never the "and" that opens the next. */
const CLAUSE_TAIL = String.raw`(?:\s+(?!(?:and|but|or)\b)[^\s.!?,;]+){0,4}`;

/** Those whose duty the rules read, beside round thirty-one's owners and bosses. */
const DUTY_HOLDER = String.raw`(?:${DOER}|[Ww]ho|(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?(?:inspector|builder|deckhand|doctor|nurse|clerk|engineer|operator|mechanic|administrator|guard|lifeguard|foreman|driver)|(?:[Ii]nspector|[Dd]r\.|[Dd]octor|Mr\.|Mrs\.|Ms\.)\s+${NAME})`;

/** What a person is blamed for having caused: a hospital stay, a funeral, a death, an injury. */
const HARMED = String.raw`ER|hospital|ICU|funeral|buried|died|dead|never\s+came\s+home|can['’]t\s+walk|wheelchair|asthma|hurt|injured|burned|drowned|overdosed|lost\s+(?:their|his|her)\s+(?:li(?:fe|ves)|homes?|savings|retirement)`;
/** A good turn, not a harm: "he's the reason the boys got to the hospital in time". */
const SAVED =
  /\b(?:in\s+time|alive|survived|made\s+it|got\s+help|safe|saved|rescued|recovering)\b/i;

/** Who the words are not about: anyone asked, staff (but an inspector), a quote, a helper thanked. */
const notBlamed = (text: string, start: number, end: number) =>
  askedOfAnyone(text, start) ||
  staffNotInspector(text, start) ||
  attributed(text, start) ||
  THANKED.test(text.slice(Math.max(0, start - 150), end + 150));

/** A case or a harm told in Spanish within 300 characters: "La agencia está acusada de fraude". */
const spanishWrongNear = (text: string, start: number, end: number) => {
  const near = text.slice(Math.max(0, start - 300), end + 300);
  return SPANISH_CASE.test(near) || SPANISH_HARM.test(near);
};

/** Round thirty-one's need (guilt-complicity.ts): a deed, a case, a harm or a wrong told near. */
const kept = (text: string, start: number, end: number) =>
  !notBlamed(text, start, end) &&
  (toldBeside(text, start, end) ||
    wrongNear(text, start, end) ||
    spanishWrongNear(text, start, end));

/**
 * A duty skipped in words no one uses of an honest day's work ("without ever stepping on
 * board", "from his truck", "falsified the logs"): kept without a case told, since a comment
 * under a case post seldom names it.
 */
const keptUnlessCleared = (plain: RegExp) => (text: string, start: number, end: number) =>
  plain.test(text.slice(start, end)) ? kept(text, start, end) : !notBlamed(text, start, end);

export function negligenceRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Pruitt signed off on the final without ever going under the deck", "signed the board
      // anyway", "signed that section off from his truck", "passed that deck with a drive-by"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:just\s+|also\s+|then\s+)?(?:signed|initialed|passed|approved|okayed|OK['’]d)\b[^.!?\n]{0,90}?(?:\bwithout\s+(?:ever\s+|even\s+)?(?:going|stepping|setting\s+foot|looking|checking|walking|getting\s+out|climbing|testing|reading|inspecting|opening|seeing)\b|\banyway\b|\bfrom\s+(?:his|her)\s+(?:truck|car|cab|desk|office|couch)\b|\bwith\s+a\s+drive-by\b|\bnever\s+(?:set\s+foot|walked|looked|checked|went)\b)${TAIL(4)}`,
        'gu',
      ),
      hints: ['signed', 'initialed', 'passed', 'approved', 'okayed', "ok'd", 'ok’d'],
      // "signed the card anyway" is anyone's
      keep: keptUnlessCleared(/\banyway\b/),
      message,
    },
    {
      // "billed for hundreds of visits that never happened", "padded her billing with visits
      // nobody ever made", "Ella cobró a Medicare por visitas que nunca se hicieron"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:\p{Ll}+\s+)?(?:billed|billing|charged|padded|invoiced|collected)\b[^.!?\n]{0,80}?\b(?:(?:that|which)\s+)?(?:never\s+(?:happened|took\s+place|came|showed|got\s+done|were\s+(?:made|done|given))|nobody\s+(?:ever\s+)?(?:made|did|got|saw)|(?:he|she|they)\s+never\s+(?:made|did|gave))\b|(?<![\p{L}])(?:[ÉéEe]l|[Ee]lla|${NAME})\s+cobr[óo](?![\p{L}])[^.!?\n]{0,60}?\bque\s+nunca\s+se\s+(?:hicieron|hizo|dieron|dio)(?![\p{L}])`,
        'gu',
      ),
      hints: ['billed', 'billing', 'charged', 'padded', 'invoiced', 'collected', 'cobró', 'cobro'],
      keep: kept,
      message,
    },
    {
      // "had Wade fudge the dust samples", "falsified the staffing logs", "She shredded records
      // the night before we came", "Nils would never fake a torque reading" (innocence)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:(?:also|just|then|quietly|even|would\s+never|never\s+would|would\s+not|wouldn['’]t|didn['’]t|did\s+not|never)\s+)?(?:fudged?|faked?|falsified|falsify|doctored|doctor|cooked|shredded|backdated|forged|whited\s+out|altered)\s+(?:the\s+|those\s+|his\s+|her\s+|their\s+|that\s+|a\s+|an\s+|every\s+)?(?:[\p{L}-]+\s+){0,2}?(?:logs?|records?|books|samples?|readings?|numbers|reports?|timesheets?|time\s+sheets?|signatures?|inspections?|paperwork|forms?|sheets?|charts?|files?|results?)\b${TAIL(3)}`,
        'gu',
      ),
      hints: [
        'fudge',
        'fake',
        'falsif',
        'doctor',
        'cooked',
        'shredded',
        'backdated',
        'forged',
        'whited',
        'altered',
      ],
      // fudging and faking are also a kitchen's and a costume's
      keep: keptUnlessCleared(/\b(?:fudged?|faked?|cooked|altered)\b/i),
      message,
    },
    {
      // "Mr. Skaggs skipped the roof check that shift", "Lindqvist ordered the crew to skip the
      // grip tests"; not "Don't skip the safety check"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:(?:just|also|then|always|routinely)\s+)?(?:skipped|skips|had\s+(?:them|the\s+crew|his\s+crew)\s+skip|ordered\s+(?:the\s+|his\s+|her\s+)?(?:crew|staff|aides|workers|men)\s+to\s+skip)\s+(?:the\s+|his\s+|her\s+|every\s+|that\s+|those\s+)?(?:[\p{L}-]+\s+){0,2}?(?:checks?|inspections?|tests?|walk-?throughs?|headcounts?|counts?|teardowns?|maintenance|drills?|rounds)\b${TAIL(3)}`,
        'gu',
      ),
      hints: ['skip'],
      keep: kept,
      message,
    },
    {
      // "the deckhand who was supposed to walk the rail every 15 minutes never walked it once",
      // "The deckhand who was supposed to chain the stern gate was in the galley eating chili"
      pattern: new RegExp(
        String.raw`\b(?:[Tt]he|[Tt]hat|[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?(?:deckhand|guard|lifeguard|driver|inspector|foreman|supervisor|mechanic|operator|attendant|aide|nurse|watchman|crew\s+member|manager|captain|builder)\s+who\s+was\s+supposed\s+to\s+[^.!?\n]{3,60}?\s(?:never\s+\p{Ll}+|was\s+(?:in\s+the\s+\p{Ll}+|asleep|drunk|on\s+(?:his|her)\s+phone|nowhere|off\s+(?:smoking|somewhere)))\b${TAIL(4)}`,
        'gu',
      ),
      hints: ['supposed to'],
      keep: kept,
      message,
    },
    {
      // "Mr. Voss never stopped at the stop sign on Egret Ln and never looked left", "The cart
      // driver never even looked left"; a warning to every driver names nobody
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+never\s+(?:even\s+|once\s+)?(?:looked\s+(?:left|right|both\s+ways|back|up|behind)|stopped\s+at\s+the\s+(?:stop\s+sign|light|crosswalk|red\s+light)|slowed\s+down|hit\s+the\s+brakes|braked|tapped\s+the\s+brakes|checked\s+(?:his|her)\s+mirrors?)\b${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['never'],
      keep: kept,
      message,
    },
    {
      // "He's the reason two families spent the night in the ER", "Vic Pazderski is the reason my
      // kids had asthma attacks", "Those kids got hurt because of her", "Dustin would still be
      // here if not for him"; not "he's the reason the boys got to the hospital in time"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}(?:['’]s|\s+is|\s+was)\s+the\s+(?:only\s+|whole\s+|main\s+)?reason\s+(?:that\s+|why\s+)?[^.!?\n]{0,60}?\b(?:${HARMED})\b|\b(?:got\s+hurt|(?:was|were|got)\s+(?:hurt|injured|burned|killed)|can['’]t\s+walk(?:\s+right)?|died|(?:is|are)\s+dead|(?:is|are)\s+in\s+the\s+(?:ER|hospital|ICU)|lost\s+(?:their|his|her)\s+(?:li(?:fe|ves)|retirement|savings|homes?|legs?|arms?))\s+because\s+of\s+(?:him|her|them|${NAME})(?![\p{L}])|\bwould\s+(?:still\s+)?be\s+(?:here|alive)(?:\s+today|\s+now)?\s+if\s+(?:not\s+for|it\s+(?:weren['’]t|wasn['’]t)\s+for)\s+(?:him|her|them|${NAME})(?![\p{L}])`,
        'gu',
      ),
      hints: ['reason', 'because of', 'if not for', 'for him', 'for her'],
      keep: (text, start, end) =>
        !SAVED.test(text.slice(start, end + 60)) &&
        !/\b(?:own|myself|himself|herself|never|n['’]t)\b|(?<!\bif\s)\bnot\b/i.test(
          text.slice(start, end),
        ) &&
        // the harm is in the words: a comment under a case post need tell no more
        !notBlamed(text, start, end),
      message,
    },
    {
      // "Gil was half in the bag before they even cleared the jetty", "that pilot was drunk",
      // "The dude in the camo hat who was steering was clearly wasted", "Branham iba borracho"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DUTY_HOLDER}|(?:[Tt]he|[Tt]hat)\s+(?:\p{Ll}+\s+)?(?:pilot|captain|skipper|driver|dude|guy)(?:\s+who\s+was\s+(?:driving|steering|flying|at\s+the\s+wheel))?)\s+(?:was|were|is|had\s+been|['’]d\s+been)\s+(?:clearly\s+|obviously\s+|totally\s+|completely\s+|already\s+|so\s+|still\s+)?(?:drunk|hammered|wasted|plastered|blitzed|buzzed|half\s+in\s+the\s+bag|three\s+sheets|drinking\s+(?:all|since|for)\b[^.!?\n]{0,20}|passed\s+out)\b${CLAUSE_TAIL}|(?<![\p{L}])(?:[ÉéEe]l|${NAME})\s+(?:iba|estaba|andaba)\s+(?:bien\s+|muy\s+)?(?:borracho|tomado|pedo)(?![\p{L}])${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: [
        'drunk',
        'hammered',
        'wasted',
        'plastered',
        'blitzed',
        'buzzed',
        'in the bag',
        'sheets',
        'drinking',
        'passed out',
        'borracho',
        'tomado',
        'pedo',
      ],
      // the one who crashed was drunk: a wreck, a death, a case told near
      keep: kept,
      message,
    },
    {
      // "watched those guys stack augers on a pontoon trailer every weekend and never said a
      // word"; not "If you saw something and said nothing, call us"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:watched|saw|heard|knew\s+about)\s+[^.!?\n]{3,90}?\s(?:and|but)\s+(?:still\s+|just\s+)?(?:never\s+said\s+a\s+(?:word|thing)|said\s+nothing|did\s+nothing|kept\s+(?:quiet|silent)|looked\s+the\s+other\s+way)\b`,
        'gu',
      ),
      hints: ['watched', 'saw', 'heard', 'knew about'],
      keep: kept,
      message,
    },
    {
      // "Gary Fuchs, who runs that shop, knew full well those augers were stolen"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DUTY_HOLDER})(?:,\s+who\s+[^,]{3,40},)?\s+knew\s+full\s+well\s+(?:that\s+)?[^.!?\n]{3,60}?\b(?:was|were)\s+(?:stolen|hot|fake|forged|unsafe|rotten|broken|underage|minors|condemned|chained|locked)\b`,
        'gu',
      ),
      hints: ['full well'],
      keep: kept,
      message,
    },
  ];
}
