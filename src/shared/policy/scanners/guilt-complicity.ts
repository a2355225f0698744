import { STAFF_TITLE_IN } from '../language/people';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED, tellsOfDeedBeside } from './guilt-sayings';
import { NAME, TAIL, titled } from './guilt-accusations';
import { GAME_TOLD, asked } from './guilt-roles';
import { placeOutside, placesOf } from './word-places';
import { attributed, caseOrHarmNear, SPANISH_CASE, toldBeside } from './guilt-insinuations';

/*
 * Guilt (III.B.1.c) laid without a crime's word, in the shapes of round thirty-one (the
 * seventy-first and seventy-second development sets, and the sixty-seventh and sixty-eighth read
 * after round thirty): a person who knew and kept quiet ("Park knew all along and said
 * nothing"), who looked the other way or was paid to, whose carelessness is said to have killed
 * ("let that young man die to save $800 on a rollbar", "Caleb's death is on him", "chose profit
 * over Luis's life"), and innocence vouched for in plain words ("He never touched those
 * cattle", "He's not the one to blame"). Each needs a deed told beside its words, or a case or a
 * harm near them (see guilt-insinuations.ts), or a wrong told within 300 characters (money, a
 * death, the prosecutors: `wrongNear`); innocence vouched for needs the case or the deed itself,
 * since a eulogy tells a death too. Round thirty-one's review kept clean a eulogy, a hero's quick
 * thinking, a victim's own risk, a channel ("That's on Zoom"), a game and Spanish first persons.
 */

/** Capitalised words before "sabía" that are no doer: "Yo sabía…", "Ya sabía…", "La Policía sabía…". */
const NOT_SPANISH_DOER =
  /^(?:Yo|Ya|Polic[ií]a|Dios|Mam[áa]|Pap[áa]|Usted|Nadie|Todos|Todo|Nosotros|Oficial|Agente|Sargento|Doña|Don)(?![\p{L}])/u;
/**
 * A plain "the man", "the lady", "the captain" before "sabía": the rule keeps them only where the
 * knowing was left undone ("y no hizo nada").
 */
const PLAIN_SPANISH_DOER = String.raw`señor|señora|hombre|mujer|capit[áa]n|president[ea]|dueño\s+de\s+la\s+casa`;
const PLAIN_SPANISH_DOER_KNEW = new RegExp(
  String.raw`^(?:[Ee]se|[Ee]sa|[Ee]l|[Ll]a)\s+(?:${PLAIN_SPANISH_DOER})\s+sab`,
  'u',
);

/** An officer or a neighbour before the name: "El oficial Ruiz sabía…", "Doña Rosa sabía…". */
const SPANISH_STAFF_OR_HELPER = /\b(?:oficial|agente|sargento|teniente|jefe|doña|don)\s+$/i;
/**
 * Knew and did nothing, the deed in its own words (round forty-three): "… y no hizo nada"; not
 * "no hizo nada malo" (did nothing wrong) nor "no hizo nada para cruzarlo".
 */
const DID_NOTHING_AFTER =
  /^[^.!?\n]{0,80}?\by\s+no\s+hizo\s+nada(?!\s+(?:malo|mal|ilegal|distinto|diferente|para|m[áa]s|raro|extra[ñn]o|de\s+malo))\b/iu;

/** A death, a fire or a theft told in Spanish: "Tres inquilinos murieron en el incendio". */
const SPANISH_HARM =
  /(?<![\p{L}])(?:murieron|muri[óo]|muerte|muertos?|mat[óo]|mataron|atropell[óo]|incendio|robaron|rob[óo]|estafa|fraude|heridos?)(?![\p{L}])/iu;

/** A case or a harm told in Spanish within 300 characters: "La agencia está acusada de fraude". */
export const spanishWrongNear = (text: string, start: number, end: number) => {
  const near = text.slice(Math.max(0, start - 300), end + 300);
  return SPANISH_CASE.test(near) || SPANISH_HARM.test(near);
};

/** A person who can be blamed: a name, a pronoun, or a role ("the landlord", "Maddox's supervisor"). */
export const ROLE = String.raw`(?:owner|landlord|boss|supervisor|manager|bookkeeper|treasurer|director|president|chairman|foreman|captain|skipper|contractor|driver|pilot|uncle|brother|husband|wife|partner|house\s+mom|dueño|jefe|piloto|patr[oó]n)`;
export const DOER = String.raw`(?:[Hh]e|[Ss]he|${NAME}|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat|${NAME}['’]s)\s+(?:\p{Ll}+\s+)?${ROLE})`;

/** Anyone asked, not someone blamed: "Anyone who knew and said nothing, call us". */
const CROWD = [
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'those',
  'people',
  'witnesses',
  'customers',
  'neighbou?rs',
  'staff',
  'employees',
  'bystanders',
  'residents',
  'parents',
];
const ANYONE_BEFORE = new RegExp(String.raw`\b(?:${[...CROWD, 'you', 'if'].join('|')})\s+$`, 'i');
/** The same ones named as the subject: "Customers who looked the other way can still call us". */
const ANYONE_AT = new RegExp(
  String.raw`^(?:${CROWD.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`).join('|')})\b`,
);
export const askedOfAnyone = (text: string, start: number) =>
  ANYONE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ||
  ANYONE_AT.test(text.slice(start, start + 12));

/** Not done: "Marisol never looked the other way", read just before the verb. */
const NOT_DONE = String.raw`(?<!\b(?:never|not|didn['’]t|wouldn['’]t|won['’]t)\s+)`;

/** A negation anywhere in the words: "Marisol has never, ever looked the other way". */
const NEGATED = /\b(?:never|not|n['’]t)\b/i;

/** Kept quiet after knowing: "and said nothing", "and sat on it", "and kept the lights on anyway". */
const KEPT_QUIET = String.raw`(?:and|but|yet)\s+(?:still\s+|just\s+)?(?:said\s+nothing|did\s+nothing|sat\s+on\s+it|kept\s+(?:quiet|silent|(?:his|her|their)\s+mouths?\s+shut)|never\s+said\s+a\s+(?:word|thing)|stayed\s+(?:quiet|silent)|looked\s+the\s+other\s+way|walked\s+on\s+by|kept\s+walking|[^.!?\n]{0,50}?\banyway)`;
/**
 * What one knows of oneself, where "and … anyway" is a victim's or a patient's own choice: "He knew
 * he was sick and came to every practice anyway", "knew the current was strong and went in anyway".
 */
const OWN_RISK =
  /\bknew\s+(?:that\s+)?(?:(?:he|she)\s+(?:was|had)\s+(?:sick|ill|dying|hurt|injured|cancer)|(?:his|her)\s+(?:ankle|knee|leg|arm|back|heart|illness|cancer|time)|the\s+(?:current|water|waves|ice|weather|risks?)\b)|\b(?:went|came|played|kept\s+going|swam)\b[^.!?\n]{0,30}\banyway\b/i;

/** A death or a hurt: the harm every carelessness rule here needs told. */
const DEATH_OR_HURT = String.raw`kill(?:ed|s)?|died|dies|dead|death|drown(?:ed|ing)?|burn(?:ed|t)?|hurt|injur(?:ed|ies|y)`;
/** A harm told with the carelessness: a death, a burn, a drowning, somebody hurt or paying for it. */
const CARELESSNESS_HARM = String.raw`${DEATH_OR_HURT}|paid\s+for\s+it|nearly\s+died`;
const HARM = new RegExp(String.raw`\b(?:${CARELESSNESS_HARM})\b`, 'i');

/**
 * A wrong or a harm told within 300 characters outside the words: a comment under a case post
 * names the fire, the money or the prosecutors, seldom the crime ("Every one of those signatures
 * had a price… Maddox's supervisor knew about the envelopes for years and said nothing").
 */
const WRONG_OR_HARM = new RegExp(
  String.raw`\$\s?\d|\b(?:${DEATH_OR_HURT}|missing|crash(?:ed|es)?|overdos\w*|money|cash|stole|stolen|fraud|scam\w*|brib\w*|envelopes?|kickbacks?|embezzl\w*|prosecutors?|indict\w*|trial|sentenc\w*|court|jail|prison|lawsuit|sued|victims?)\b`,
  'gi',
);
const wrongAt = placesOf([WRONG_OR_HARM]);
export const wrongNear = (text: string, start: number, end: number) =>
  placeOutside(wrongAt(text), start, end, 300);

/** Where a thing is on, not whom: a street, a channel, an app ("Can't make it? That's on Zoom."). */
const NOT_A_DOER_ON =
  /\bon\s+(?:Main|Elm|Oak|Pine|Maple|Broadway|Facebook|Zoom|YouTube|Instagram|TikTok|Twitter|Nextdoor|Live|Channel|Cable|Radio|TV)\b/;

/**
 * A staff title before the words, except a building inspector's or a doctor's: the inspector who
 * looked the other way, the doctor who billed for visits never made, is the one a case blames,
 * where an officer's or a firefighter's work is no deed. "Inspector" capitalised before a name is
 * also a police rank, and stays staff.
 */
export const staffNotInspector = (text: string, start: number) =>
  titled(text, start) &&
  !/(?<![\p{L}])inspector\b|\b(?:Dr\.?|[Dd]octor)\s/u.test(
    text.slice(Math.max(0, start - 24), start + 24),
  );

/**
 * What makes looking away a duty failed rather than a glance (round forty-six): knowing or seeing
 * first, a span of time, every time, a reason ("because the rent showed up on time", "to keep his
 * year-end bonus"), "on that venue's permits". Where a sentence has one of these, no case need be
 * told near: a comment under a case post seldom names it. A glance ("looked the other way just as
 * the deer crossed") has none.
 */
const LOOKED_AWAY_HABIT =
  /\b(?:knew|saw|watched|signed|for\s+(?:years|months|weeks|decades?|a\s+(?:decade|year)|(?:two|three|four|five|six|ten|\d+)\s+(?:years|months|school\s+years))|every\s+(?:single\s+)?(?:time|budget|week|day|month|year)|because|while|always|like\s+(?:he|she)\s+always|to\s+keep|plain\s+and\s+simple|on\s+(?:that|those|the|his|her)\b|back\s+in|cashed)\b/i;

/** Kept quiet in so many words, where no case need be told: "saw those leaners and said nothing". */
const QUIET_PLAIN =
  /\b(?:and|but|yet)\s+(?:still\s+|just\s+)?(?:said\s+nothing(?!\s+(?:was|is|could|compares|beats|else|about\s+(?:it|that)\s+(?:being|was)))|did\s+nothing|looked\s+the\s+other\s+way|walked\s+on\s+by|kept\s+walking)\b|\b(?:complaints?|reports?|warnings?)\b[^.!?\n]{0,60}\b(?:and|but|yet)\s+sat\s+on\s+(?:it|them)\b/i;

/** Seen, heard or complained to rather than known: "saw those leaners", "had complaints". */
const SEEN_NOT_KNOWN = /^(?:[^.!?\n]*?\s)?(?:saw|watched|heard|had\s+complaints)\b/i;
/** What the one who saw or heard did next: a wrong kept quiet, or a complaint let be. */
const QUIET_SEEN =
  /\b(?:and|but|yet)\s+(?:still\s+|just\s+)?(?:said\s+nothing(?!\s+(?:was|is|could|compares|beats|else))|looked\s+the\s+other\s+way|sat\s+on\s+it|kept\s+(?:quiet|silent)|walked\s+on\s+by|kept\s+walking)\b|\bhad\s+complaints\b[^.!?\n]*\bdid\s+nothing\b/i;

/** A warning or a defect beside a lone "He knew.": told twice, complained, signed off anyway. */
const WARNING_IGNORED =
  // round forty-six's review: "warned" only of the knower ("Grandma warned us … She knew" is her
  // own foresight), not "stopped dead", not a forecast's "would be bad"
  /\b(?:told\s+(?:him|her)|warned\s+(?:him|her)|(?:was|were|been)\s+warned|complain\w*|anyway|signed\s+off|refused|ignored|didn['’]t\s+know|broke|broken|(?<!stopped\s)dead|chirping|rot|open\s+water|(?<!(?:would|will|gonna|to)\s+be\s+)bad|looked\s+the\s+other\s+way|kept\s+cashing)\b/i;

/**
 * A kindly look away, or a plain glance, though a habit word is in the sentence (round forty-six's
 * review): the writer's own small sins let slide ("when we snuck an extra cookie", "when we were
 * five minutes late"), a glance's cause ("the sun was right in her eyes", "while backing out", the
 * nurse's needle), the family's dancing, or a favour done ("so the fish fry crowd had room").
 */
const LOOKED_AWAY_KINDLY =
  /\b(?:(?:we|I)\s+(?:snuck|sneaked|sneak|were\s+(?:\w+\s+){0,2}late|was\s+(?:\w+\s+){0,2}late|came\s+in\s+late|left\s+early|stayed\s+out|skipped)|(?:my|our)\s+curfew|sun\s+(?:was\s+)?(?:right\s+)?in\s+(?:his|her|their|my|our)\s+eyes|glare|backing\s+(?:out|up)|blind\s+spot|needle|danc\w*|Macarena|karaoke|so\s+(?:that\s+)?(?:the|we|our|everyone|people|kids)\b[^.!?\n]{0,30}?\b(?:could|had|would|got))\b/i;
/** Kin named as the one who looked away, a family's way of speaking fondly. */
const KIN_OPENING = /^(?:Dad|Mom|Mum|Mama|Papa|Pop|Pops|Grandpa|Grandma|Granny|Gramps|Nana)\b/;
/** A greeting's day: "Happy Father's Day!", "Happy retirement", "Happy anniversary". */
const HAPPY_DAY = /\bHappy\s+(?:[\p{L}'’]+\s+){0,2}?(?:Day|Birthday|Anniversary|Retirement)\b/iu;
/** A fond word for the one who looked away: "Best teacher Central ever had", "Good people still exist". */
const FOND =
  /\b(?:best\s+(?:[\p{L}-]+\s+){0,3}?(?:ever|on\s+the\s+block|in\s+town|around)|good\s+(?:people|man|woman|soul|guy)|miss\s+(?:you|him|her|those|them|that)|love\s+(?:you|him|her))\b/iu;

/**
 * What one sees or hears and rightly says nothing of, or walks on from (round forty-six's review):
 * a surprise, a gift or a card, one's own name on the honour roll, a final score, a sunset; a
 * bear, a loose dog, the ice cracking, a doorbell. Not a plain "dog", which may be the one hurt.
 */
const SEEN_HARMLESS =
  /^[^.!?\n]*?\b(?:saw|watched|heard)\s+(?:[^.!?\n]{0,40}?\b)?(?:surprise|banner|gifts?|presents?|card|cake|sunset|sunrise|fireworks|honou?r\s+roll|(?:his|her|their)\s+(?:own\s+)?name|final\s+score|scoreboard|bear|moose|coyote|cougar|deer|snake|loose\s+dog|ice\s+crack\w*|doorbell|thunder|promotion)\b/i;
/**
 * Quiet kept with tact, or walking on as taught: "said nothing so he wouldn't ruin it", "said
 * nothing the whole ride home", "kept walking slowly toward shore", "just like the rangers teach".
 */
const QUIET_TACTFUL =
  /\bsaid\s+nothing\s+(?:so\s+(?:that\s+)?(?:he|she|they|it)\s+(?:wouldn['’]t|would\s+not|didn['’]t)|until|the\s+whole\s+(?:ride|way|drive|time)|,\s+just\s+smiled)|\bkept\s+walking\s+(?:slowly|calmly|calm|steady|toward|to\s+(?:school|shore|class|the\s+(?:car|bus|truck))|like|just\s+like|,\s+(?:calm|first\s+time))|\bsaid\s+nothing\s+to\s+(?:scare|worry|alarm|upset|frighten|panic|spoil|ruin)\b|\bjust\s+like\s+(?:the\s+)?(?:rangers|we|you|they)\s+(?:teach|taught|practiced)|\bexactly\s+what\s+you\s+should/i;
/** One's way known before walking on: "knew the trail and kept walking". */
const KNEW_THE_WAY =
  /\bknew\s+(?:the|this|that|every)\s+(?:way|route|trail|path|roads?|area|neighbou?rhood|town)\b[^.!?\n]*\b(?:kept\s+walking|walked\s+on)\b/i;

/**
 * A knower who acted on it (round forty-six's review): the next sentence opens on the same "He" or
 * "She" doing the right thing ("He turned around and called it a day", "She stayed home"), with
 * no "anyway", "still" or "never" to make it the wrong.
 */
const knewAndActed = (text: string, end: number) => {
  const next = /^\s*[.!]\s*(?:He|She)\s+(?!knew\b)([^.!?\n]*)/u.exec(text.slice(end));
  return next !== null && !/\b(?:anyway|still|never|not)\b|n['’]t\b/i.test(next[1] ?? '');
};
/** A safety tip's imperative after it: "Do the same this weekend!", "Test your alarms". */
const TIP_AFTER = /\b(?:Do\s+the\s+same|(?:Check|Test|Change|Replace)\s+(?:your|the)\b)/;

/**
 * Corners cut on a duty, or for a motive (round forty-six's review): "to keep the trail open", "on
 * the pool fence", "on every deck", "on batteries", "for years".
 */
const CORNERS_DUTY =
  /\bcut\s+corners\s+(?:to\s+(?:keep|save|make\s+(?:money|a\s+buck|more)|open|get\s+(?:it|the)|meet|finish|beat|stay|squeeze|pocket|boost)|on\s+(?:[^.!?\n]{0,40}?\b)?(?:safety|batter(?:y|ies)|inspections?|fences?|railings?|wiring|electrical|brakes?|tires?|maintenance|training|permits?|staffing|repairs?|footings?|decks?|scaffold\w*|trench\w*|alarms?|detectors?|exits?|sprinklers?|rides?|boats?|buses|vans?|trucks?|pools?|insulation|roofs?|foundations?|concrete|welds?|harness\w*|ropes?|guardrails?|lifeguards?|codes?|building|jobs?|work|sites?|construction|tenants?|patients?|residents?|kids|care|gas|lines?|pipes?|valves?|boilers?|furnaces?|wells?|bridges?|roads?|trails?|lifts?|elevators?)\b)|\bcut\s+corners\s+(?:for\s+(?:years|months|decades)|every\s+(?:job|time|chance|day|project))\b|\bcut\s+corners\s+(?:then|now|again|before|until|the\s+(?:exact\s+)?same\s+way|and\s+(?:let|a\s+kid|somebody|someone|people))\b|\bcut\s+corners\s+on\s+(?:a\s+|the\s+)?(?:chairlifts?|floor)\b/i;

/** Corners cut on a household job, a race course, or taken wide in a bus: no duty failed. */
const CORNERS_HARMLESS =
  /\b(?:gingerbread|quilt\w*|wrapping|presents|gifts|posters?|science\s+fair|lawn|striping|(?<!of\s)course|5K|10K|race|laps?|marathon|festival|hayrides?|decorations)\b|\bcut\s+corners\s+(?:wide|tight|sharp|too\s+(?:wide|tight|sharp))\b|\band\s+(?:it\s+)?still\s+(?:won|took\s+home|looked|pulled\s+off|came\s+out|got\s+(?:a|an|first|second|the\s+(?:ribbon|prize)))\b/i;

/** Not staff at work, not words attributed, not thanks. */
const notCleared = (text: string, start: number, end: number) =>
  !staffNotInspector(text, start) &&
  !attributed(text, start) &&
  !THANKED.test(text.slice(Math.max(0, start - 150), end + 150));

const keptByCase = (text: string, start: number, end: number) =>
  (toldBeside(text, start, end) || wrongNear(text, start, end)) && notCleared(text, start, end);

/**
 * A defect known before "anyway" (round forty-four): "knew them tires were slick as glass and sent
 * it up that mountain anyway", "knew those footings were junk and poured them anyway". With a deed
 * done to others (DEFECT_DEED), or with others sent or let into it (OTHERS_SENT), the words tell
 * the wrong themselves, so no case need be told near.
 */
const DEFECT_KNOWN =
  /\bknew\b[^.!?\n]{0,60}?\b(?:was|were|had\s+been)\s+(?:(?:all|completely|totally|so|already)\s+)?(?:broken|junk|slick|bald|frayed|rotten|rust(?:ed|y)|fake|faulty|shot|worn(?:\s+out)?|unsafe|leaking|leaning|cracked|busted|expired|failing)\b|\bknew\b[^.!?\n]{0,60}?\b(?:wasn['’]t|weren['’]t)\s+safe\b/i;
/** The deed done to others with the defect known: sent, rented, poured, signed off; not driven or drunk oneself. */
const DEFECT_DEED =
  /\band\s+(?:(?:he|she|they)\s+)?(?:still\s+)?(?:sent|let|rent(?:ed)?|leased|sold|poured|built|installed|loaded|opened|passed|certified|okayed|put|(?:signed|stamped|approved)(?!\s+up\b)|kept\s+(?:loading|sending|renting|selling|running)|kept\s+(?:[^\s.!?]+\s+){1,3}(?:running|spinning|open|rolling))\b/i;
/** Others sent or let into it, the defect or not named: "sent that bus up the mountain anyway", "let him back in the league anyway". */
const OTHERS_SENT =
  /\band\s+(?:(?:he|she|they)\s+)?(?:still\s+)?(?:sent|let)\s+(?:him|her|them|us|kids|people|crews?|(?:that|the|my|those|his|her)\s+[\p{L}-]+)\s+(?:[\p{L}-]+\s+)?(?:out|up|down|into|in|back|onto|over)\b/iu;
/** Done so that others were helped: "kept it running anyway so the nursing home had heat". */
const FOR_OTHERS =
  /^[^.!?\n]{0,40}?\bso\s+(?:that\s+)?(?:we|our|the|everyone|every|people|kids|residents|families)\b[^.!?\n]{0,30}?\b(?:could|had|would|got|stayed)\b/i;

export function complicityRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Sorensen clearly looked the other way every time a kid…", "He was paying Whitcomb to look
      // the other way", "got paid to look away", "he turned a blind eye every time a mechanic
      // raised it" (round forty-three); not "Don't look the other way" nor "never looked"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DOER}|(?:[Tt]he|[Tt]hat)\s+(?:\p{Ll}+\s+)?(?:inspector|harbou?r\s+master)|[Ww]ho|[Yy]ou(?=\s+(?:just\s+|all\s+)?looked\b))\s+(?:[^.!?\n]{0,80}?\s)?${NOT_DONE}(?:looked|looks|kept\s+looking)\s+the\s+other\s+way\b(?!\s+for\s+(?:a|one|just\s+a)\s+(?:second|moment|split))|(?<![\p{L}])(?!Society\b|Congress\b)(?:${DOER}|(?:[Tt]he|[Tt]hat)\s+(?:\p{Ll}+\s+)?(?:inspector|harbou?r\s+master)|[Ww]ho)\s+(?:(?:\p{Ll}+ly|just|also|always|simply)\s+){0,2}${NOT_DONE}turned\s+a\s+blind\s+eye\b(?!\s+(?:to|toward)\s+(?:his|her|their|my|our)\s+own\b)|\b(?:paid|paying|pays|got\s+paid|was\s+paid|were\s+paid)\s+(?:off\s+)?(?:(?:him|her|them|${NAME})\s+)?to\s+look\s+(?:the\s+other\s+way|away)\b`,
        'gu',
      ),
      hints: ['other way', 'look away', 'blind eye'],
      keep: (text, start, end) =>
        !askedOfAnyone(text, start) &&
        !NEGATED.test(text.slice(start, end)) &&
        !/\b(?:not|never|n['’]t)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) &&
        !/\b(?:I['’]m|I\s+am|I\s+was|as)\b[^.!?\n]{0,25}$/i.test(
          text.slice(Math.max(0, start - 40), start),
        ) &&
        !/\b(?:dog|cat|puppy|K-?9)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) &&
        !/\b(?:loved\s+(?:him|her)|rest\s+(?:easy|in\s+peace)|passed\s+away|funeral|died\s+(?:\p{Lu}\p{Ll}+day|peacefully|at\s+\d+))/iu.test(
          text,
        ) &&
        // round forty-six's review: not a kindness or a glance ("You looked the other way while
        // backing out and that is how most mailbox crashes happen"), nor a fond memory
        !LOOKED_AWAY_KINDLY.test(sentenceAround(text, start, end)) &&
        (keptByCase(text, start, end) ||
          (LOOKED_AWAY_HABIT.test(sentenceAround(text, start, end)) &&
            // kin who looked away, or a greeting's day ("Dad always looked the other way when Mom
            // sneaked the dog table scraps. Happy Father's Day!")
            !KIN_OPENING.test(text.slice(start, end)) &&
            !HAPPY_DAY.test(text.slice(Math.max(0, start - 150), end + 150)) &&
            !FOND.test(text.slice(Math.max(0, start - 150), end + 150)) &&
            notCleared(text, start, end))),
      message,
    },
    {
      // "Maddox's supervisor knew about the envelopes for years and said nothing", "an owner who
      // knew the building was a death trap and kept the lights on anyway"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DOER}|[Ww]ho|(?<=^|[.!?]\s{1,3}|\n)(?=Knew\b))\s*(?:(?:always|already|clearly|obviously|full\s+well)\s+)?(?:[Kk]new|had\s+known|has\s+known|saw|watched|heard|had\s+complaints)\b[^.!?\n]{0,100}?\s${KEPT_QUIET}`,
        'gu',
      ),
      hints: ['knew', 'known', 'saw', 'watched', 'heard', 'complaints'],
      keep: (text, start, end) =>
        !askedOfAnyone(text, start) &&
        !OWN_RISK.test(text.slice(start, end)) &&
        // seen or heard, then quiet in so many words: not a veteran who "saw combat and never
        // said a word", nor a bystander who "saw the whole thing and did nothing"
        (!SEEN_NOT_KNOWN.test(text.slice(start, end)) ||
          (QUIET_SEEN.test(text.slice(start, end + 20)) &&
            // round forty-six's review: not a surprise kept, a sunset, a bear walked past
            !SEEN_HARMLESS.test(text.slice(start, end)) &&
            !QUIET_TACTFUL.test(text.slice(start, end + 40)))) &&
        !KNEW_THE_WAY.test(text.slice(start, end)) &&
        (keptByCase(text, start, end) ||
          (QUIET_PLAIN.test(text.slice(start, end + 20)) && notCleared(text, start, end)) ||
          (((DEFECT_KNOWN.test(text.slice(start, end)) &&
            DEFECT_DEED.test(text.slice(start, end))) ||
            OTHERS_SENT.test(text.slice(start, end))) &&
            !FOR_OTHERS.test(text.slice(end)) &&
            notCleared(text, start, end))),
      message,
    },
    {
      // "Fenske knew those doors were chained, Reddick knew, Hayes knew.", "He. Knew.", "he was
      // drunk and he knew it"; not a lone "He knew." (a hero's hunch, a mother's, a eulogy's)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${NAME}\s+knew,\s+${NAME}\s+knew\b|\b(?:He|She)\.\s+Knew\.|\b(?:and|but)\s+(?:he|she)\s+knew\s+(?:it|better)(?=\s*[.!,;])`,
        'gu',
      ),
      hints: ['knew'],
      keep: keptByCase,
      message,
    },
    {
      // A lone "He knew." beside a warning or a defect ignored (round forty-six): "Ashby signed
      // off on it anyway. He knew.", "He knew. Guys at the landing told him twice"; a hero's
      // hunch or a mother's has no warning ignored beside it
      // (and not where the next sentence says it again: "He knew. He knew and he sent them anyway.")
      pattern:
        /(?<=^|[.!?]\s{1,3}|\n)(?:He|She)\s+knew(?:\s+it)?(?=\s*[.!](?!\s*(?:He|She)\s+(?:always\s+)?knew\b))/gu,
      hints: ['knew'],
      keep: (text, start, end) =>
        WARNING_IGNORED.test(text.slice(Math.max(0, start - 200), end + 200)) &&
        // round forty-six's review: not a knower who acted on it ("He knew. He turned around"),
        // nor a safety tip's ("She knew. New battery, test button. Do the same this weekend!")
        !knewAndActed(text, end) &&
        !TIP_AFTER.test(text.slice(end, end + 200)) &&
        notCleared(text, start, end),
      message,
    },
    {
      // "This pilot knew exactly what he was doing", "Reddick knew the back exits were chained",
      // "He knew kids were standing there": the doer knew the harm; not "Ava knew exactly what to
      // do" nor "he knew his kids were inside"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DOER}|[Tt]his\s+(?:guy|man|woman|pilot|driver|captain))\s+(?:(?:always|already|clearly|obviously)\s+)?knew\s+(?:exactly\s+(?:what\s+(?:he|she|they)\s+(?:was|were)\s+(?:doing|selling|signing)|who\s+(?:he|she)\s+was\s+(?:aiming|targeting|robbing))\b${TAIL(6)}|(?:that\s+)?(?:the|those|these|every|his|her|kids|children|people)\b[^.!?\n]{0,50}?\b(?:was|were)\s+(?:chained|locked|padlocked|blocked|condemned|a\s+death\s+trap|underage|minors|standing\s+there|stolen|unsafe)\b)`,
        'gu',
      ),
      hints: ['knew'],
      keep: keptByCase,
      message,
    },
    {
      // "How could Lyle Oberst not have known what was going on in that office?", "You think she
      // didn't know?"
      pattern: new RegExp(
        String.raw`\b[Hh]ow\s+could\s+(?:${NAME}|he|she)\s+not\s+(?:have\s+)?known?\b[^?\n]{0,80}\?|\b(?:[Yy]ou|[Dd]o\s+you|[Yy]ou\s+really)\s+(?:really\s+)?think\s+(?:${NAME}|he|she)\s+(?:didn['’]t|did\s+not)\s+know\b[^?\n]{0,60}\?`,
        'gu',
      ),
      hints: ['known', 'know'],
      keep: keptByCase,
      message,
    },
    {
      // "Osterhout sabía que estaban condenadas y cobró la renta igual", "Ese Dmitri sabía muy bien
      // lo que hacía", "El dueño sabía perfectamente que les vendía a menores"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[ÉéEe]l|[Ee]lla|(?:[Ee]se|[Ee]sa|[Ee]l|[Ll]a)\s+(?:(?:señor|señora)\s+${NAME}|${NAME}|${PLAIN_SPANISH_DOER}|dueñ[oa](?:\s+de\s+la\s+casa)?|jef[ea]|piloto|patr[oó]n|constructor[a]?|contratista|gerente|encargad[oa]|inspector[a]?|caser[oa]|propietari[oa])|${NAME})\s+sab[ií]a\s+(?:perfectamente\s+|muy\s+bien\s+|bien\s+)?(?:que|lo\s+que\s+hac[ií]a)(?![\p{L}])(?:\s+[\p{L}]+){0,4}|(?<![\p{L}])(?:[ÉéEe]l|[Ee]lla|${NAME})\s+sab[ií]a\s+y\s+(?:no\s+dijo\s+nada|no\s+hizo\s+nada|se\s+qued[óo]\s+callad[oa])`,
        'gu',
      ),
      hints: ['sabía', 'sabia'],
      keep: (text, start, end) =>
        !NOT_SPANISH_DOER.test(text.slice(start, start + 12)) &&
        !SPANISH_STAFF_OR_HELPER.test(text.slice(Math.max(0, start - 24), start)) &&
        !/\bsab[ií]a\s+que\s+algo\b/i.test(text.slice(start, end)) &&
        !/\b(?:gracias|orgullos\w*|h[ée]roe\w*)(?![\p{L}])/iu.test(
          text.slice(Math.max(0, start - 150), end + 150),
        ) &&
        (tellsOfDeedBeside(text, start, end) ||
          spanishWrongNear(text, start, end) ||
          caseOrHarmNear(text, start, end) ||
          // knew of the danger and did nothing, the deed in its own words (round forty-three):
          // "El casero sabía que la caldera estaba mala y no hizo nada"
          DID_NOTHING_AFTER.test(text.slice(end))) &&
        // a question, a supposition or a denial before it
        !/¿[^?.!\n]*$|\b(?:si|no\s+es\s+(?:cierto|verdad)\s+que)\s+$/iu.test(
          text.slice(Math.max(0, start - 40), start),
        ) &&
        // a plain "the man", "the lady", "the captain": only the knowing left undone
        (!PLAIN_SPANISH_DOER_KNEW.test(text.slice(start, end)) ||
          (DID_NOTHING_AFTER.test(text.slice(end)) &&
            (!/^(?:[Ee]l|[Ll]a)\s+president/u.test(text.slice(start, end)) ||
              spanishWrongNear(text, start, end)))),
      message,
    },
    {
      // "Brandt let that young man die to save $800 on a rollbar", "he let that boy die on a
      // couch", "Let a man burn to save forty bucks on a door alarm"; not "Don't let a child drown"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:(?:[Hh]e|[Ss]he|[Ww]ho|${NAME})\s+(?:just\s+)?(?:let|left)\s+(?:(?:a|an|the|that|this|those|these|his|her|their|my|our|two|three|four|\d+)\s+)?(?:(?:young|old|poor|grown|little|sick)\s+)?(?:m[ae]n|wom[ae]n|boys?|girls?|kids?|child(?:ren)?|pledges?|workers?|clients?|customers?|patients?|residents?|aides?|him|her|them|(?!(?:Himself|Herself)\b)\p{Lu}\p{Ll}+)\s+(?:to\s+)?(?:die|burn|drown|bleed\s+out|freeze)\b${TAIL(6)}|(?<=^|[.!?]\s{1,3}|\n)Let\s+(?:a|an|that|the)\s+(?:\p{Ll}+\s+)?(?:man|woman|boy|girl|kid|worker)\s+(?:die|burn|drown)\s+to\s+save\b${TAIL(6)})`,
        'gu',
      ),
      hints: ['die', 'burn', 'drown', 'bleed', 'freeze'],
      keep: (text, start, end) =>
        !/^(?:Don['’]t|Never|Please)\b/.test(text.slice(start, end)) &&
        keptByCase(text, start, end),
      message,
    },
    {
      // "Rigo would be alive today if his boss had listened to him": the death laid on another
      pattern: new RegExp(
        String.raw`\bwould\s+(?:still\s+)?be\s+alive\s+(?:today\s+|now\s+)?if\s+(?:(?:his|her|their|the|that)\s+${ROLE}|${NAME})\s+(?:had(?!\s+been)|hadn['’]t|had\s+not|would\s+have|did|didn['’]t)\b${TAIL(5)}`,
        'gu',
      ),
      hints: ['alive'],
      keep: keptByCase,
      message,
    },
    {
      // "he's got Tommy's blood on his hands", "Caleb's death is on him", "That's on Neto
      // forever", "That is on Ren Osterhout, full stop"; not "that's on me" nor "That's on Friday"
      pattern: new RegExp(
        String.raw`(?<!\bwith\s)\bblood\s+on\s+(?:his|her|their)\s+hands\b|\b(?:death|blood)\s+is\s+on\s+(?:him|her|them|${NAME})\b|(?<=^|[.!?]\s{1,3}|\n|,\s)(?:[Tt]hat|[Tt]his)(?:\s+one)?(?:['’]s|\s+is|\s+was)\s+(?:all\s+)?on\s+(?:${NAME}|him|her)(?:\s+(?:forever|alone|now))?(?=\s*[,.!;]|\s+full\s+stop)`,
        'gu',
      ),
      hints: ['hands', ' on '],
      keep: (text, start, end) =>
        (HARM.test(text.slice(Math.max(0, start - 200), end + 200)) ||
          caseOrHarmNear(text, start, end)) &&
        // A staff member named as the one a task is on: "The smoke-alarm talk? That's on Sgt.
        // Lopez."
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !NOT_A_DOER_ON.test(text.slice(start, end)) &&
        !GAME_TOLD.test(text.slice(Math.max(0, start - 200), end)) &&
        !/\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way)\b/.test(
          text.slice(start, end),
        ) &&
        !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "The man chose profit over Luis's life", "the latest to put a day's profit ahead of a
      // customer's life", "cared more about his damn margins than a man's life"
      pattern:
        /\b(?:chose|chooses|put|puts|cared\s+more\s+about)\s+(?:[\p{L}'’$]+\s+){0,4}?(?:profits?|money|margins?|bottom\s+line|savings?|dollars?|bucks)\s+(?:over|ahead\s+of|before|than)\s+(?:[\p{L}'’]+\s+){0,3}?(?:li(?:fe|ves)|safety)\b/gu,
      hints: ['profit', 'money', 'margin', 'bottom line', 'saving', 'dollar', 'bucks'],
      keep: (text, start, end) =>
        !/\b(?:never|not|n['’]t|no|refuse|should|must|won['’]t)\b[^.!?\n]*$/i.test(
          text.slice(Math.max(0, start - 60), start),
        ) && keptByCase(text, start, end),
      message,
    },
    {
      // "He cut corners on every job for twenty years, and this time it killed somebody", "Reddick
      // cut corners, Tommy paid for it"; not "we never cut corners on safety". Round forty-six:
      // the harm need not follow ("Kivisto cut corners to keep the trail open", "the latest one
      // to cut corners") when the person is not cleared and the corners not denied
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?!(?:Always|Just|Never|Then|Still)\b)(?:${DOER}|[Ww]ho|[Tt]his\s+(?:[^\s.!?,]+\s+)?guy|(?:latest|last|next)\s+one\s+to)\s+(?:(?:has|had)\s+)?(?:always\s+|just\s+)?cut\s+corners\b(?!\s+off\b)(?:[^.!?\n]{0,60}?\b(?:${CARELESSNESS_HARM})\b${TAIL(3)})?`,
        'gu',
      ),
      hints: ['corners'],
      keep: (text, start, end) =>
        !GAME_TOLD.test(sentenceAround(text, start, end)) &&
        // round forty-six: with no harm told, not a recipe's or a costume's corners either
        (HARM.test(text.slice(start, end)) ||
          (!/\b(?:recipes?|chili|pies?|cakes?|cook-?off|ribbons?|contests?|bak\w*|homework|costumes?|floats?|crafts?)\b/i.test(
            sentenceAround(text, start, end),
          ) &&
            // round forty-six's review: nor a quilt's, a gift's, a lawn's, a poster's or a race
            // course's corners, a bus's taken wide, nor a shortcut that still won
            !CORNERS_HARMLESS.test(sentenceAround(text, start, end)))) &&
        (keptByCase(text, start, end) ||
          (HARM.test(text.slice(start, end)) && notCleared(text, start, end)) ||
          // a denial ("it wasn't because he cut corners") clears a person: a finding too.
          // Round forty-six's review: with no harm and no case, the corners cut on a duty (a
          // fence, batteries, inspections) or for a motive ("to keep the trail open"), or by "the
          // latest one to"; not "Grandpa cut corners on the birdhouse kit"
          ((CORNERS_DUTY.test(text.slice(start, end + 80)) ||
            /^(?:latest|last|next)\s+one\b|^[Tt]his\b/.test(text.slice(start, end))) &&
            notCleared(text, start, end))),
      message,
    },
    {
      // Innocence vouched for: "He never touched those cattle", "He didn't hurt anybody", "I don't
      // believe Curt took a penny", "He's not the one to blame here"; not "did everything right",
      // as often a victim's or a young witness's praise ("Firefighters say she did everything right")
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[Hh]e|[Ss]he)(?:\s+(?:never|didn['’]t|did\s+not)\s+(?:touch(?:ed)?|hurt|harm(?:ed)?)\s+(?:anybody|anyone|a\s+soul|nobody|those|that|them|him|her|the\s+(?!(?:ball|puck|net|base|bag|line|rim|bases)\b)\p{L}+)|(?:['’]s\s+not|\s+is\s+not|\s+was\s+not|\s+isn['’]t|\s+wasn['’]t)\s+the\s+one\s+to\s+blame)\b|\b(?:don['’]t|do\s+not|never)\s+believe\s+(?:for\s+(?:a|one)\s+(?:second|minute)\s+)?(?:${NAME}|he|she)\s+(?:took|stole|hurt|touched)\s+(?:a\s+(?:penny|dime|cent|dollar)|anything|anyone|anybody|that\s+\p{L}+|those\s+\p{L}+)`,
        'gu',
      ),
      hints: ['touch', 'hurt', 'harm', 'blame', 'believe'],
      // a case or a deed told, not only a wrong: "He never hurt anybody. Funeral services are
      // Saturday" is a eulogy
      keep: (text, start, end) =>
        toldBeside(text, start, end) &&
        !titled(text, start) &&
        !attributed(text, start) &&
        !THANKED.test(text.slice(Math.max(0, start - 150), end + 150)) &&
        !asked(text, end),
      message,
    },
  ];
}
