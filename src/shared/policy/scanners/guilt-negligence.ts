import { STAFF_TITLE_IN } from '../language/people';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED } from './guilt-sayings';
import { NAME, NAMED } from './guilt-accusations';
import { attributed, toldBeside } from './guilt-insinuations';
import {
  DOER,
  askedOfAnyone,
  spanishWrongNear,
  staffNotInspector,
  wrongNear,
} from './guilt-complicity';

/*
 * Guilt (III.B.1.c) laid on a duty skipped, a record made false, a harm caused or a drink taken,
 * the shapes of round thirty-two (the seventy-fifth and seventy-sixth development sets, whose
 * brief asked for blame told without a word of harm): an inspection signed without looking
 * ("signed off on that ship's railings three years running without ever stepping on board"),
 * visits billed that never happened, records falsified, a check skipped, a watch never kept ("the
 * deckhand who was supposed to walk the rail never walked it once"), a driver who never looked,
 * "the reason" for someone's harm, drunk at the helm, a wrong watched in silence. Most keep the
 * need of round thirty-one's rules (guilt-complicity.ts): a deed, a case, a harm or a wrong told
 * near. Words no honest day's work uses ("without ever stepping on board", "falsified the logs")
 * and a harm named in the words themselves need none, since a comment under a case post seldom
 * names the case. Round thirty-two's review kept clean idioms ("never looked back"), eulogies,
 * a scam's victims, drivers in general, thanks and congratulations.
 */

/** The words that open the next clause: "and", "then", "y". */
const CLAUSE_OPENER = String.raw`(?:and|but|or|then|y|pero|e|o)(?![\p{L}])`;
/** Up to four more words of the clause, never the next clause's opener nor a last "the". */
const CLAUSE_TAIL = String.raw`(?:\s+(?!${CLAUSE_OPENER})[^\s.!?,;—–]+){0,3}(?:\s+(?!${CLAUSE_OPENER}|(?:the|a|an|to|of|his|her|their|that|el|la|los|las|un|una)(?![\p{L}]))[^\s.!?,;—–]+)?`;

/** What an inspector or a foreman signs: a log, a permit, a final, a deck, a section. */
const SIGNED_FOR = String.raw`inspections?|logs?|board|sheets?|reports?|forms?|permits?|final|certificates?|paperwork|books?|sections?|checklists?|decks?|railings?|buildings?|boats?|ships?|lifts?|chairs?|porch(?:es)?|units?|sites?|jobs?|rides?`;

/** Those whose duty the rules read, beside round thirty-one's owners and bosses: "the owner who…". */
const DUTY_HOLDER = String.raw`(?:(?:${DOER}|(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?(?:inspector|builder|deckhand|doctor|nurse|clerk|engineer|operator|mechanic|administrator|guard|lifeguard|foreman|driver)|(?:[Ii]nspector|[Dd]r\.|[Dd]octor|Mr\.|Mrs\.|Ms\.)\s+${NAME})(?:\s+who)?|[Ww]ho)`;

/** The one harmed, a person: "my son", "Walt", "two workers"; not "my tomato plants". */
const HARMED_ONE = String.raw`\p{Lu}\p{Ll}+|he|she|they|son|daughter|boy|girl|kids?|child(?:ren)?|husband|wife|dad|father|mom|mother|brother|sister|friends?|man|woman|men|women|workers?|people|family|residents?|tenants?|patients?|passengers?`;

/**
 * What a person is blamed for having caused, told as a harm: a stay in the ER, a funeral planned,
 * a death, an injury. A bare "ER" or "funeral" is a workplace or a gathering ("the reason I
 * became an ER nurse", "the reason the church was packed at his funeral").
 */
const HARMED = String.raw`(?:in|to)\s+the\s+(?:ER|ICU|hospital|emergency\s+room)|planning\s+a\s+funeral|(?:${HARMED_ONE})(?:['’]s|\s+(?:is|are|was|were))\s+(?:dead|buried)|(?:${HARMED_ONE})\s+died|never\s+came\s+home|can['’]t\s+walk|in\s+a\s+wheelchair|asthma\s+attacks?|(?:got|was|were|is|are|been)\s+(?:hurt|injured|burned)|nearly\s+(?:drowned|died)|drowned|overdosed|lost\s+(?:their|his|her)\s+(?:li(?:fe|ves)|homes?|savings|retirement)`;
/** A good turn, not a harm: "he's the reason the boys got to the hospital in time". */
const SAVED =
  /\b(?:in\s+time|alive|survived|made\s+it|got\s+help|safe|saved|rescued|recovering)\b/i;
/** A denial: "He's not the reason anyone got hurt", "nobody was hurt because of her". */
const DENIED =
  /\b(?:own|myself|himself|herself|never|nobody|no\s+one|none)\b|n['’]t\b|(?<!\bif\s)\bnot\b/i;
/** A eulogy or an obituary: a death told without blame ("died peacefully", "survived by"). */
const EULOGY =
  /\b(?:passed\s+away|peacefully|survived\s+by|rest\s+in\s+peace|RIP|obituary|celebration\s+of\s+life|funeral\s+services?|visitation|we\s+miss\s+(?:you|him|her)|served\s+in|died\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|at\s+(?:home|\d+)))\b/i;

/** An election told: who is put in a seat is a candidate, not one sent to harm. */
const ELECTED = /\b(?:vot(?:e|es|ing)|elect\w*|ballots?|campaign\w*|candidat\w*)\b/i;

/** A statistic or a habit of drivers in general: "in many of them the operator was drunk". */
const IN_GENERAL =
  /\b(?:in\s+(?:many|most|half|some|one\s+of\s+every)|of\s+all|percent|statistics?|usually|often|typically|every\s+year|each\s+year)\b|%/i;
const toldInGeneral = (text: string, start: number) =>
  IN_GENERAL.test(text.slice(Math.max(0, start - 80), start));

/**
 * Who the words are not about: anyone asked, staff (but an inspector), a quote, a helper thanked,
 * the one a eulogy remembers.
 */
export const notBlamed = (text: string, start: number, end: number) => {
  const near = text.slice(Math.max(0, start - 150), end + 150);
  return (
    askedOfAnyone(text, start) ||
    staffNotInspector(text, start) ||
    attributed(text, start) ||
    THANKED.test(near) ||
    EULOGY.test(near)
  );
};

/** Round thirty-one's need (guilt-complicity.ts): a deed, a case, a harm or a wrong told near. */
export const kept = (text: string, start: number, end: number) =>
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

/** What a vehicle does in a crash: "hit", "blew through", "rolled", "se salió". */
const CRASHED = String.raw`(?:hit|struck|blew|ran|rolled|crashed|drifted|swerved|rear-?ended|plowed|slammed|veered|went\s+(?:off|through|into|over)|choc[oó]|se\s+sali[oó])`;
/**
 * The phone told with the crash or the whole trip: "when it happened", "when he blew through",
 * "the whole route", "instead of the road"; not "when the parade started".
 */
const DURING = new RegExp(
  String.raw`(?:texting|scrolling|phone|live|celular|tel[eé]fono|mensajes)[^.!?\n]{0,24}?\b(?:(?:when|while|cuando)\s+(?:it\s+happened|(?:(?:he|she|they)\s+)?${CRASHED}|driving)|the\s+(?:whole|entire)\s+(?:route|trip|crossing|drive|ride)|instead\s+of\s+(?:the\s+road|watching|driving|looking)|the\s+(?:whole|entire)\s+time\s+(?:and|y)\s+(?:\p{L}+\s+)?${CRASHED})(?![\p{L}])`,
  'iu',
);
/** The phone given as the cause: "rolled it on 90 because he was on his phone". */
const BECAUSE_WORD = /\b(?:because|cuz|cause|['’]cause|porque)\s+$/i;
/**
 * The cause given ("rolled it because he was on his phone"); not the writer's own errand ("We ate
 * on paper plates because…", "Dispatch couldn't reach her because…"), nor a sentence that opens
 * with "Because".
 */
const becauseBlames = (text: string, start: number) => {
  if (!BECAUSE_WORD.test(text.slice(Math.max(0, start - 10), start))) return false;
  const sentence =
    text
      .slice(0, start)
      .split(/[.!?\n]/)
      .pop() ?? '';
  return !/^\s*(?:because|we|i|our|my|us|dispatch\w*)\b/i.test(sentence);
};
/** The danger kept running told as a choice: "anyway", "for the money", "all afternoon", "after the lap bar…". */
const KEPT_ON_ANYWAY =
  /\b(?:anyway|anyhow|for\s+(?:the|his|her)\s+(?:[\p{L}-]+\s+)?(?:money|cash|profit|rentals?)|because|all\s+(?:afternoon|day|night|season|summer|weekend)|for\s+(?:two|three|four|\d+)\s+(?:more\s+)?(?:hours|days|weeks)|after\s+(?:the|it|they|he|she)|with\s+the\s+[\p{L}\s]{0,30}?(?:not|broken|shot|dead|failing|stuck))\b/iu;
/** One hurt by his own: "busted his wrist", "fell off his own dock". */
const OWN_HURT =
  /\b(?:busted|broke|hurt|sprained|cut)\s+(?:his|her)\s+own\b|\b(?:busted|broke|sprained)\s+(?:his|her)\s+(?:wrist|arm|leg|ankle|nose)\b|\bhis\s+own\s+(?:dock|boat|truck|car)\b/i;

export function negligenceRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Pruitt signed off on the final without ever going under the deck", "signed the board
      // anyway", "signed that section off from his truck", "passed that deck with a drive-by",
      // "signed that ride off in April without even sitting in a seat" (round forty-two);
      // not "signed up … and never looked back", nor a contract signed unread by a scam's victim
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:just\s+|also\s+|then\s+|had\s+|has\s+|kept\s+)?(?:(?:signed|signs|signing)\s+(?:off\b|(?:the|that|those|this|his|her|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:${SIGNED_FOR})\b)|(?:initialed|okayed|OK['’]d|approved)\s+(?:it\b|(?:(?:the|that|those|this|his|her|every)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${SIGNED_FOR})\b)|(?:passed|rubber-stamped|rubber-stamping)\s+(?:(?:the|that|those|this|his|her|every)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${SIGNED_FOR})\b)[^.!?\n]{0,90}?(?:\bwithout\s+(?:ever\s+|even\s+)?(?:going|stepping|setting\s+foot|looking|checking|walking|getting\s+out|climbing|testing|inspecting|sitting|riding)\b|\banyway\b|\bfrom\s+(?:his|her)\s+(?:truck|car|cab|desk|office|couch)\b|\bwith\s+a\s+drive-by\b|\bnever\s+(?:set\s+foot|walked\s+(?:it|the|that|through)|looked\s+(?:at|under|inside)|checked\s+(?:it|the|that)|went\s+(?:under|inside|aboard|on\s+board))\b)${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: [
        'signed',
        'signs',
        'signing',
        'initialed',
        'passed',
        'approved',
        'okayed',
        "ok'd",
        'ok’d',
        'rubber-stamp',
      ],
      // "signed the log anyway" beside a case; a card is anyone's
      keep: keptUnlessCleared(/\banyway\b/),
      message,
    },
    {
      // "billed for hundreds of visits that never happened", "padded her billing with visits
      // nobody ever made", "Ella cobró a Medicare por visitas que nunca se hicieron"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:(?:also|just|then|routinely|even|had|has|kept)\s+)?(?:billed|billing|charged(?!\s+with)|padded|invoiced|collected)\b[^.!?\n]{0,80}?\b(?:(?:that|which)\s+)?(?:(?:were|was)\s+never\s+(?:done|made|performed|given|delivered)|never\s+(?:once\s+)?(?:happened|occurred|took\s+place|came|showed|got\s+done|were\s+(?:made|done|given))|nobody\s+(?:ever\s+)?(?:made|did|got|saw)|(?:he|she|they)\s+never\s+(?:made|did|gave|worked)|(?:I|we|they|my\s+\p{Ll}+)\s+never\s+(?:got|received|had|saw))\b|(?<![\p{L}])(?:[ÉéEe]l|[Ee]lla|${NAME})\s+cobr[óo](?![\p{L}])[^.!?\n]{0,60}?\bque\s+nunca\s+se\s+(?:hicieron|hizo|dieron|dio)(?![\p{L}])`,
        'gu',
      ),
      hints: ['billed', 'billing', 'charged', 'padded', 'invoiced', 'collected', 'cobró', 'cobro'],
      keep: kept,
      message,
    },
    {
      // "Gary Lindahl sent his crew into a 140-foot fir with nobody watching the top", "Vogel sent
      // that boy into Bin 6 with the sweep auger still running", "the boss sends a guy in with no
      // tie-off" (round thirty-eight), "sent those boys into a running bin without a harness",
      // "sent a green deckhand out … without so much as a throw cushion" (round forty-two):
      // someone sent into danger without what keeps them safe;
      // not a chief's or a captain's order
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DUTY_HOLDER}|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:boss|owner|manager|supervisor|super|contractor))\s+(?:just\s+|still\s+)?(?:sent|sends|sending|put|puts)\s+(?:his|her|their|that|the|a|an|this|those|these|two|three)\s+(?:[\p{L}-]+\s+){0,2}?(?:crew|boy|kid|guy|worker|man|men|hand|girl|teen(?:ager)?|high\s*schooler|employee|helper|laborer|labourer|apprentice|deckhand|nephew|son|miner)s?\s+(?:(?:in|into|up|down|under|onto|on|out)\b[^.!?\n]{0,60}?)?\b(?:with\s+(?:nobody|no\s+one|no\s+(?:harness|spotter|tie-off|lockout|rope|line|lifeline|training|gear|helmet|belt|air|mask)|(?:the|a|that)\s+(?:[\p{L}-]+\s+)?(?:auger|engine|motor|saw|chainsaw|blade|machine|conveyor|sweep|power|line|lines|current|pump|fan|mower|belt|rotor|press|snag|limb)\s+still\s+(?:running|on|hanging|live|spinning|energi[sz]ed))|without\s+(?:so\s+much\s+as\s+)?(?:a|an|any)\s+(?:harness|spotter|tie-off|lockout|rope|lifeline|training|gear|helmet|belt|mask|permit|vest|life\s*jacket|throw\s+cushion))\b${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['sent', 'sends', 'sending', 'put', 'puts'],
      // the danger told is the wrong: no case need be told beside it
      // (notBlamed turns away staff: "Captain Ruiz sent his crew in with no air"); not asked:
      // "The owner sends a worker in with no helmet? Call OSHA"
      keep: (text, start, end) =>
        !notBlamed(text, start, end) && !/^[^.!\n]*\?/.test(text.slice(end, end + 200)),
      message,
    },
    {
      // "had Wade fudge the dust samples", "falsified the staffing logs", "She shredded records
      // the night before we came", "Nils would never fake a torque reading" (innocence),
      // "Matsuda pencil-whipped that log", "he's been pencil-whipping lift checks" (round
      // thirty-nine), "He pencil-whipped the 3 Left exam" (round forty-one)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}(?:['’]s\s+been\s+|\s+(?:(?:has|had)\s+been\s+)?(?:(?:also|just|then|quietly|even|would\s+never|never\s+would|would\s+not|wouldn['’]t|didn['’]t|did\s+not|never)\s+)?)(?:fudged?|faked?|falsified|falsify|doctored|doctor|cooked|shredded|backdated|forged|whited\s+out|altered|pencil[- ]?whip(?:ped|ping|s)?)\s+(?:the\s+|those\s+|his\s+|her\s+|their\s+|that\s+|a\s+|an\s+|every\s+)?(?:(?:[\p{L}'’-]+|\d+(?=\s+\p{Lu}))\s+){0,2}?(?:logs?|records?|books|samples?|readings?|numbers|reports?|timesheets?|time\s+sheets?|signatures?|inspections?|checks?|paperwork|forms?|sheets?|charts?|files?|results?|exams?|pre-?shifts?)\b${CLAUSE_TAIL}`,
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
        'pencil',
      ],
      // fudging and faking are also a kitchen's and a costume's; "never falsified a single
      // record" is a retirement's praise unless a case is told
      keep: keptUnlessCleared(/\b(?:fudged?|faked?|cooked|altered|never|not|n['’]t|exams?)\b/i),
      message,
    },
    {
      // "Mr. Skaggs skipped the roof check that shift", "Lindqvist ordered the crew to skip the
      // grip tests", "told his drivers to skip the brake checks" (round thirty-nine); not "Don't
      // skip the safety check"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:(?:just|also|then|always|routinely|had|has|kept)\s+)?(?:skipped|skips|skipping|had\s+(?:them|the\s+crew|his\s+crew)\s+skip|(?:ordered|told)\s+(?:the\s+|his\s+|her\s+)?(?:crew|staff|aides|workers|men|drivers|guys|hands)\s+to\s+skip)\s+(?:the\s+|his\s+|her\s+|every\s+|that\s+|those\s+)?(?:[\p{L}-]+\s+){0,2}?(?:checks?|inspections?|tests?|walk-?throughs?|headcounts?|counts?|teardowns?|maintenance|drills?|rounds)\b${CLAUSE_TAIL}`,
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
        String.raw`\b(?:[Tt]he|[Tt]hat|[Hh]is|[Hh]er)\s+(?:\p{Ll}+\s+)?(?:deckhand|guard|lifeguard|driver|inspector|foreman|supervisor|mechanic|operator|attendant|aide|nurse|watchman|crew\s+member|manager|captain|builder)\s+who\s+was\s+supposed\s+to\s+(?:be\s+)?(?:watch|check|lock|chain|walk|guard|count|inspect|close|secure|tie|monitor|stay\s+with|keep\s+an\s+eye)\w*\b[^.!?\n]{0,60}?\s(?:never\s+(?!got\b|made\b|had\b)\p{Ll}+|didn['’]t\b|fell\s+asleep|left\b|was\s+(?:in\s+the\s+\p{Ll}+|asleep|drunk|on\s+(?:his|her)\s+phone|nowhere|off\s+(?:smoking|somewhere)))${CLAUSE_TAIL}`,
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
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+never\s+(?:even\s+|once\s+)?(?:looked\s+(?:left|right|both\s+ways|behind\s+(?:him|her|the\s+\p{L}+))|stopped\s+at\s+the\s+(?:stop\s+sign|light|crosswalk|red\s+light)|hit\s+the\s+brakes|braked|tapped\s+the\s+brakes|checked\s+(?:his|her)\s+mirrors?)\b${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['never'],
      keep: (text, start, end) => !toldInGeneral(text, start) && kept(text, start, end),
      message,
    },
    {
      // "He's the reason two families spent the night in the ER", "Vic Pazderski is the reason my
      // kids had asthma attacks", "Those kids got hurt because of her", "Dustin would still be
      // here if not for him"; not "he's the reason the boys got to the hospital in time"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}(?:['’]s|\s+is|\s+was)\s+the\s+(?:only\s+|whole\s+|main\s+)?reason\s+(?:that\s+|why\s+)?[^.!?\n]{0,60}?\b(?:${HARMED})\b|\b(?:got\s+hurt|(?:was|were|got)\s+(?:hurt|injured|burned|killed)|can['’]t\s+walk(?:\s+right)?|died|(?:is|are)\s+dead|(?:is|are)\s+in\s+the\s+(?:ER|hospital|ICU)|lost\s+(?:their|his|her)\s+(?:li(?:fe|ves)|retirement|savings|homes?|legs?|arms?))\s+because\s+of\s+(?:him|her|them)(?![\p{L}])(?!\s+(?:quick|fast|brave|bravery|actions?|thinking|help|warning|courage|efforts?|own)\b)|\bwould\s+(?:still\s+)?be\s+(?:here|alive)(?:\s+today|\s+now)?\s+if\s+(?:not\s+for|it\s+(?:weren['’]t|wasn['’]t)\s+for)\s+(?:him|her|them|${NAME})(?![\p{L}])`,
        'gu',
      ),
      hints: ['reason', 'because of', 'if not for', 'weren', 'wasn'],
      keep: (text, start, end) =>
        !SAVED.test(text.slice(start, end + 60)) &&
        !DENIED.test(
          text
            .slice(Math.max(0, start - 12), end)
            .replace(/never\s+came\s+home|if\s+it\s+(?:weren|wasn)['’]t\s+for/gi, ''),
        ) &&
        // the harm is in the words: a comment under a case post need tell no more
        !notBlamed(text, start, end),
      message,
    },
    {
      // "Gil was half in the bag before they even cleared the jetty", "that pilot was drunk",
      // "The dude in the camo hat who was steering was clearly wasted", "Branham iba borracho"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DUTY_HOLDER}|(?:[Tt]he|[Tt]hat)\s+(?:\p{Ll}+\s+)?(?:pilot|captain|skipper|driver|dude|guy)(?:\s+who\s+was\s+(?:driving|steering|flying|at\s+the\s+wheel))?)(?:\s+(?:was|were|is|had\s+been)|['’]d\s+been)\s+(?:clearly\s+|obviously\s+|totally\s+|completely\s+|already\s+|so\s+|still\s+)?(?:drunk|hammered|wasted|plastered|blitzed|buzzed|half\s+in\s+the\s+bag|three\s+sheets|drinking\s+(?:all\s+(?:day|night|afternoon|morning|evening)|since\s+[\p{L}\d:]+|for\s+hours)|passed\s+out)\b(?!\s+(?:for|by|in\s+the)\b)${CLAUSE_TAIL}|(?<![\p{L}])(?:[ÉéEe]l|${NAME}|(?:[Ee]l|[Ll]a)\s+(?:conductor[a]?|chofer|piloto|lanchero|capit[áa]n))\s+(?:iba|estaba|andaba)\s+(?:bien\s+|muy\s+)?(?:borracho|tomado|pedo)(?![\p{L}])${CLAUSE_TAIL}`,
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
      // the one who crashed was drunk: a wreck, a death, a case told near; not a statistic ("in
      // many of them the operator was drunk")
      keep: (text, start, end) => !toldInGeneral(text, start) && kept(text, start, end),
      message,
    },
    {
      // "watched those guys stack augers on a pontoon trailer every weekend and never said a
      // word", "got the complaint in November and sat on it", "saw the broken fan for weeks and
      // kept quiet" (round thirty-nine); not "If you saw something and said nothing, call us",
      // nor "saw the whole thing and did nothing wrong"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:watched|saw|noticed|heard|knew\s+about|got|read|was\s+told)\s+[^.!?\n]{3,90}?\s(?:and|but)\s+(?:still\s+|just\s+)?(?:never\s+said\s+(?:a\s+(?:word|thing)|anything)|said\s+nothing|did\s+nothing(?!\s+wrong)|didn['’]t\s+(?:say|do)\s+(?:a\s+(?:word|thing)|anything)|kept\s+(?:quiet|silent|(?:his|her|their)\s+mouths?\s+shut)|sat\s+on\s+(?:it|them)|looked\s+the\s+other\s+way)\b(?!\s+about\s+(?:it|that|them|those))`,
        'gu',
      ),
      hints: ['watched', 'saw', 'noticed', 'heard', 'knew about', 'got', 'read', 'told'],
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
    {
      // "kept booking consultations while knowing full well that no crew was ever coming", "drove
      // the paintings to buyers, knowing full well what they were" (round thirty-eight)
      pattern: /\bknowing\s+full\s+well\b/giu,
      hints: ['knowing'],
      // not staff's courage ("Sgt. Lopez ran back in knowing full well the roof could go"), nor
      // a team's or a reader's ("we jumped in knowing full well", "you drive knowing full well")
      keep: (text, start, end) => {
        const sentence = sentenceAround(text, start, end);
        return (
          // (a title's own full stop ends sentenceAround's sentence: "Sgt. Lopez …")
          !STAFF_TITLE_IN.test(text.slice(Math.max(0, start - 120), start)) &&
          !/\b(?:you|we|our|team|everyone|people)\b/i.test(sentence) &&
          kept(text, start, end)
        );
      },
      message,
    },
    {
      // "He would never put a man in danger", "I don't believe for a second he'd put a worker in
      // danger" (round thirty-eight), "he'd never put a man in danger" (round forty-one): a named
      // or charged boss vouched for
      pattern: new RegExp(
        String.raw`(?<![\p{L}'’])(?:(?:[Hh]e|[Ss]he|${NAMED})(?:\s+(?:would\s+never|would\s+not\s+ever|wouldn['’]t\s+ever)|['’]d\s+never)|I\s+(?:don['’]t|do\s+not|can['’]t)\s+believe(?:\s+for\s+(?:a|one)\s+(?:second|minute))?\s+(?:he|she)(?:['’]d|\s+would))(?:\s+knowingly)?\s+put\s+(?:a|any|anyone|anybody|his|her|their|one\s+of\s+(?:his|her|their))(?:\s+[\p{L}-]+){0,2}?\s+in\s+(?:danger|harm['’]s\s+way)\b`,
        'gu',
      ),
      hints: ['danger', 'harm'],
      // beside a case: "would never put a kid in danger" is also a crossing guard's praise (and
      // kept turns staff away: "Chief Haller would never put a man in danger")
      keep: kept,
      message,
    },
    {
      // "Who do you think was supposed to count them before leaving the dock, Dell?", "So who
      // exactly was supposed to check those alarms every year, Stanley?" (round thirty-nine): a
      // duty left undone, asked of the one it was; "How do you 'not notice' 51 degrees in a
      // building you walk through every morning, Gerry?", "Darla, how do you forget to count heads
      // after nap time??" (round forty): a how-could-you put to the one named
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Ww]ho\s+(?:exactly\s+|do\s+you\s+think\s+|else\s+)?was\s+supposed\s+to\s+[^?.!\n]{3,80}?|[Hh]ow\s+(?:do|does|did|could|can|would)\s+(?:you|he|she)\s+[^?.!\n]{3,100}?),\s+(?:(?:Mr|Mrs|Ms)\.\s+)?${NAMED}\?|(?<![\p{L}])${NAMED},\s+how\s+(?:do|did|could|can)\s+you\s+[^?.!\n]{3,100}?\?`,
        'gu',
      ),
      hints: ['supposed to', 'how'],
      // a harm or a case told near makes it an accusation; not "Who do you think was supposed to
      // bring the cooler, Janet?" (kept turns staff away too)
      keep: kept,
      message,
    },
    {
      // "he was texting a friend about football when the van drifted", "Mulcahy was texting when
      // he blew through the crosswalk", "He was on Facebook live when it happened", "Ese chofer
      // iba mirando el celular" (round forty-one): a driver's or an operator's phone blamed
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|${NAMED}|(?:[Tt]he|[Tt]hat|[Hh]is|[Hh]er|[Ee]se|[Ee]l)\s+(?:\p{Ll}+\s+)?(?:driver|operator|captain|pilot|engineer|man|woman|guy|lady|chofer|conductor|operador)|(?<=\p{L},?\s+)who)(?:,\s+\d{1,3},)?(?:\s+(?:was|had\s+been|iba|estaba)|['’]d\s+been)\s+(?:busy\s+|just\s+)?(?:texting|scrolling|on\s+(?:his|her|the)\s+phone|on\s+Facebook(?:\s+live)?|looking\s+at\s+(?:his|her)\s+phone|mirando\s+el\s+(?:celular|tel[eé]fono)|mandando\s+mensajes)(?![\p{L}])${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['texting', 'scrolling', 'phone', 'facebook', 'celular', 'mensajes', 'teléfono'],
      // told with the moment or the whole trip ("when it happened", "the whole route"), given as
      // the cause ("because he was on his phone"), or beside a harm or a case; not a caller ("he
      // was on the phone with 911"), nor one hurt by his own ("busted his wrist")
      keep: (text, start, end) =>
        !/^[^.!?\n]*?\bon\s+(?:the|his|her)\s+(?:cell\s+)?phone\s+(?:with|to|w\/)\s*(?:911|dispatch\w*|police|deputies|officers|the\s+(?:tower|coast\s+guard|caller|bank)|(?:a\s+)?tow|(?:his|her)\s+(?:bank|insurance|mom|dad|daughter|son|wife|husband|sister|brother|grandson|doctor))\b/i.test(
          text.slice(start, end + 30),
        ) &&
        !/^\S+\s+\S+\s+on\s+the\s+phone\s+(?:with|w\/?)\b/i.test(text.slice(start, end + 12)) &&
        !OWN_HURT.test(text.slice(Math.max(0, start - 80), end + 80)) &&
        (DURING.test(text.slice(start, end + 40)) || becauseBlames(text, start)
          ? !notBlamed(text, start, end)
          : kept(text, start, end)),
      message,
    },
    {
      // "because a grown woman couldn't be bothered to count heads", "the landlord couldn't be
      // bothered to spend $12 on a detector" (round forty-one): a duty not worth the trouble to
      // the one who had it, where a harm or a case is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|${NAMED}|(?:[Tt]he|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Aa])\s+(?:grown\s+)?(?:man|woman|landlord|owner|driver|operator|foreman|boss|contractor|manager|captain))\s+couldn['’]t\s+be\s+bothered\s+to\s+[\p{L}'’-]+${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['bothered'],
      // "because he couldn't be bothered" lays the harm on him even where none is named
      keep: (text, start, end) =>
        becauseBlames(text, start) ? !notBlamed(text, start, end) : kept(text, start, end),
      message,
    },
    {
      // "kept the chair spinning anyway", "kept it open for the rental money", "Rusty kept that
      // ride going all afternoon with the lap bar … not even clicking", "Pellegrino kept sending
      // riders up for two hours after the lap bar stopped latching" (round forty-two): a danger
      // kept running; not CPR "kept going until EMS arrived", nor volunteers who kept the gates
      // moving
      pattern: new RegExp(
        String.raw`\bkept\s+(?:(?:it|(?:the|that|this)\s+(?:[\p{L}-]+\s+)?(?:ride|line|lift|chair|boat|bin|auger|machine|crane|belt|plant|mine|pump|heater|bus|van|truck|conveyor|pool|place|bar|club|restaurant|shop|kitchen|store|park|attraction))\s+(?:going|running|open|spinning|operating)|sending\s+(?:riders|guys|men|kids|boys|people|workers|crews?|them)\s+(?:up|in|down|out|under))\b${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['kept'],
      keep: (text, start, end) => {
        const sentence = sentenceAround(text, start, end);
        return (
          (KEPT_ON_ANYWAY.test(text.slice(start, end + 60)) ||
            /\b(?:knew|warned|told|begged\s+\w+\s+to\s+stop)\b/i.test(sentence)) &&
          kept(text, start, end)
        );
      },
      message,
    },
    {
      // "Haverford just waved it through every spring" (round forty-two): an inspection passed
      // unlooked at, by the one who had to look, where a harm or a case is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${DUTY_HOLDER}\s+(?:just\s+|also\s+|then\s+|had\s+|has\s+)?(?:waved|waves|waving)\s+(?:it|them|(?:the|that|those|this|every)\s+(?:[\p{L}-]+\s+)?(?:${SIGNED_FOR}))\s+through\b${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['waved', 'waves', 'waving'],
      keep: kept,
      message,
    },
    {
      // Round forty-four: "Curtis Vandermeer sent my husband up that ridge", "Reinholt's greed put
      // Daniel in that water", "the man who sent them into that unsupported drift", "It's the owner
      // that put her on that road": the one sent, into the place of the harm. Not a candidate put
      // in that seat, nor "help us put Marisol in that office".
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DUTY_HOLDER}|${NAME}['’]s\s+(?:greed|carelessness|negligence)|(?<=\b[Ii]t(?:['’]s|\s+(?:is|was))\s+(?:\S+\s+){1,4})that)\s+(?:sent|put)\s+(?:my\s+\p{Ll}+|him|her|them|those\s+\p{Ll}+|${NAME})\s+(?:up|in|on|into|down|out\s+on)\s+that\s+(?!(?:seat|office|chair|race|job|role|position|list|ballot|board|team|program|class|path|career|journey|course|stage|podium|lineup|roster|game|wheelchair|bed|stretcher|plane|horse|pony|bike)\b)(?:[\p{Ll}-]+\s+(?!(?:when|with|without|after|and|to|in|on|at|for)\b))?\p{Ll}+`,
        'gu',
      ),
      hints: ['sent', 'put'],
      // A harm or a case told, greed named, the cleft "It's the owner that…", or a risk taken
      // for them ("when every other outfit had shut down", "with no harness"); not a parent who
      // sent a child up that hill on a first bike.
      keep: (text, start, end) =>
        !ELECTED.test(text) &&
        (kept(text, start, end) ||
          (!notBlamed(text, start, end) &&
            (/^(?:[Tt]hat\s|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?['’]s\s)/u.test(
              text.slice(start, end),
            ) ||
              /^\s*(?:when\s+(?:every|everyone|everybody|all|the\s+(?:wind|river|storm|flood))|with\s+no\s+(?:harness|helmet|brakes|shoring|training|gear|rope|guard|life\s+jacket|lights?|supervision|spotter|safety|backup)|without\s+(?:a|any)\s+(?:harness|helmet|brakes|shoring|training|gear|rope|guard|life\s+jacket|lights?|supervision|spotter|safety|backup)|after\s+(?:the|every|three|two)\s+(?:\p{Ll}+\s+)?(?:warnings?|complaints?|alarms?|alerts?|citations?|notices?|letters?|closures?))\b/u.test(
                text.slice(end, end + 40),
              )))),
      message,
    },
    {
      // Round forty-four: "Skowronski ignored every warning the state sent him", "Ignored three
      // brake complaints in one month and kept renting": warnings ignored by the one warned; not
      // "remember in November who ignored the pond complaints" (an election's), nor a driver
      // who ignored the low-fuel light
      pattern: new RegExp(
        String.raw`(?:(?<![\p{L}])${DUTY_HOLDER}\s+|(?<=^|[.!?]\s{1,3}|\n))(?:just\s+|also\s+|had\s+|has\s+)?[Ii]gnored\s+(?:every|all|three|two|four|five|\d+|multiple|repeated|several|the)\s+(?:separate\s+|written\s+|\p{Ll}+\s+){0,2}?(?:warnings?|complaints?|notices?|letters?|citations?)\b${CLAUSE_TAIL}`,
        'gu',
      ),
      hints: ['ignored'],
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        !/\bwho\s+ignored\b/i.test(text.slice(start, end)) &&
        // asked of the reader ("Ignored two parking citations? Call us"), a dashboard's light, a
        // scammer's letters, a plunge taken anyway
        !/^[^.!\n]{0,60}\?/.test(text.slice(end)) &&
        !/\bwarning\s+(?:lights?|emails?|texts?|calls?|messages?)\b/i.test(
          text.slice(start, end),
        ) &&
        !/\b(?:fake|scam\w*|sweepstakes|phishing)\b/i.test(sentenceAround(text, start, end)) &&
        !/^[^.!?\n]{0,40}?\band\s+(?:did|went|jumped|swam|came|played|ran)\b[^.!?\n]{0,20}\banyway\b/i.test(
          text.slice(end),
        ),
      message,
    },
  ];
}
