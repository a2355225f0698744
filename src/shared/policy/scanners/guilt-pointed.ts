import { CRIME_TOLD } from '../language/crime';
import { STAFF_TITLE_IN } from '../language/people';
import { ANIMAL } from '../language/animals';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { NAME, NAMED } from './guilt-accusations';
import { A_PLACE_OR_CHANNEL, ADDRESSED, blamedNear } from './guilt-idioms';
import { kept, notBlamed } from './guilt-negligence';
import { DOER } from './guilt-complicity';
import { GAME_TOLD } from './guilt-roles';

/*
 * Guilt (III.B.1.c) pointed at one person (round forty-five, read in the one-hundred-fifth and
 * one-hundred-sixth sets): the unknown doer of a deed told, then named ("Someone cut four locks
 * outside the library. That someone was Javier Ocampo."), the blame put on a name ("That's on
 * Royce."), a harm let happen ("Thibodeau let two people burn to save $40 on batteries"), what
 * someone did to the people harmed, and a person cleared by what they did not know ("she had no
 * idea about any of this").
 */

/**
 * "That someone was", "that somebody is sitting in our holding cell:"; not "That someone is you"
 * (and "If that someone is your neighbour" is a question to anyone, which `notBlamed` passes).
 */
const THAT_SOMEONE = String.raw`(?<![\p{L}])[Tt]hat\s+(?:someone|somebody)\s+(?:is|was)\b(?!\s+(?:you|me|us)\b)[^.!?\n]{0,80}`;

/** "Someone shoved a linesman to the ice. That was Brayden Leclerc." — a doer told, then named. */
const THAT_WAS_NAMED = String.raw`(?<=(?<![\p{L}])(?:Someone|Somebody)\b[^.!?\n]{5,200}[.!]\s+)(?:That|It)\s+was\s+(?:(?:the|a|his|her|their|[\p{Ll}-]+),?\s+){0,4}?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}${NAME}`;

/**
 * The wrong told before a blame, without the scene words (fire, money, cash, crash, never, nobody,
 * warn) that a thank-you or a tip shares.
 */
const WRONG_TOLD =
  /\b(?:accident\w*|dead|died|death|killed|hurt|injur\w*|fault|blame\w*|lied|lying|covered|cover-?up|negligen\w*|burned\s+(?:down|alive|to)|drown\w*|stole\w*|stolen)\b/i;
/** A harm denied before a blame: "Nobody got hurt at the parade, and that's on Ramirez". */
const HARM_DENIED =
  /\b(?:nobody|no\s+one|no-one|not)\s+(?:was\s+|were\s+|got\s+|is\s+)?(?:hurt|injured|killed)\b/i;
const wrongToldBefore = (text: string, start: number) =>
  WRONG_TOLD.test(text.slice(Math.max(0, start - 250), start));

/**
 * A wrong's verb after the unknown someone: "Someone cut four locks"; not a victim's ("Someone
 * died in the crash") nor a helper's.
 */
const SOMEONE_DID_WRONG =
  /\b(?:[Ss]omeone|[Ss]omebody)(?:['’]s)?\s+(?:(?:has|had|have|was|is)\s+)?(?:been\s+)?(?:stole|steal\w*|smash\w*|cut(?:s|ting)?|slash\w*|vandali[sz]\w*|spray[- ]?paint\w*|tagg\w*|key(?:ed|ing)|shot\s+(?:at|up|him|her|them|a\s+(?:man|woman|kid|dog))|shooting\s+at|stab\w*|rob(?:s|bed|bing)?|assault\w*|attack\w*|beat(?:ing)?\s+(?:up|him|her|them|a\s+(?:man|woman|kid|dog|homeless))|punch\w*|kick(?:ed|ing)\s+(?:in|down|him|her|them|a\s+(?:man|woman|kid|dog))|shov\w*|threaten\w*|scamm\w*|torch(?:ed|ing)\s+(?:a|the|two|three|his|her|my|our)\s+(?:car|truck|house|home|barn|building|shed|garage|dumpster|church|cars|trucks)|dump\w*|kill\w*|poison\w*|swip\w*|siphon\w*|loot\w*|trash\w*|wreck\w*|damag\w*|destroy\w*|tamper\w*|harass\w*|abus\w*|embezzl\w*|forg(?:ed|ing)|broke\s+into|break(?:s|ing)?\s+into|set\s+(?:the\s+|a\s+)?fires?|ran\s+(?:the\s+|a\s+)?(?:red|stop)|hit\s+and\s+ran|took\s+(?:off\s+with|the\s+(?:money|cash|collection|tip\s+jar)))\b(?!\s+(?:the\s+show|second|third|home|(?:a\s+)?base|the\s+spotlight|(?:our\s+)?hearts))/;
/**
 * The unknown someone as a helper, a victim or a guest of honour: "Someone found a wallet and
 * turned it in", "Someone fell through the ice", "Somebody stole the show", "Someone is retiring".
 */
const SOMEONE_DID_GOOD =
  /\b(?:[Ss]omeone|[Ss]omebody)(?:['’]s)?\s+(?:(?:has|had|have|was|is|once)\s+)?(?:been\s+)?(?:found|turned|saved|rescued|pulled\s+(?:a|an|the|two|three|\w+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:out|from)|called|donat\w*|noticed|spotted|helped|kept|answered|retir\w*|lost|fell|crashed|died|drowned|asked|promised|told\s+me|special|volunteer\w*|won|left\s+(?:flowers|a\s+note|coats|gifts|toys|food|cookies|a\s+(?:card|gift|thank)|\$)|dropped\s+off|paid|bought|brought|baked|plow\w*|shovel\w*|returned|stopped\s+to|stayed|sang|painted|built|fixed|cleaned\s+up|organi[sz]ed|raised|gave|has\s+to|birthday|celebrat\w*|injured|hurt|warn\w*|shot\s+(?:the|a|some|this)\s+(?:best\s+)?(?:photos?|pictures?|video|footage|hoops)|slash\w*\s+prices|st(?:ole|eal\w*)\s+(?:the\s+show|(?:our\s+)?hearts|the\s+spotlight|second|third|home|(?:a\s+)?base))\b|\bbirthday\b/u;

/** A case, a crime or a death told near: what makes the someone a doer. */
const CASE_OR_HARM =
  /\b(?:charged|charges|arrest\w*|court|judge|jail|trial|arraign\w*|plead\w*|custody|warrants?|indict\w*|negligen\w*|killed|died|dead|death|injur\w*|audit|inspect\w*|prove|witness\w*|bragging)\b/i;

/**
 * The someone is a doer of a wrong: a wrong's verb after "someone", or a crime or a case told
 * near, and no helper, victim or guest of honour named in that sentence.
 */
const someoneDidWrong = (text: string, start: number, end: number) => {
  const before = text.slice(Math.max(0, start - 250), start);
  const told = before
    .split(/(?<=[.!?])\s+/)
    .slice(-2)
    .join(' ');
  if (SOMEONE_DID_GOOD.test(told)) return false;
  return (
    SOMEONE_DID_WRONG.test(before) ||
    CRIME_TOLD.test(told) ||
    CASE_OR_HARM.test(text.slice(Math.max(0, start - 300), end + 300))
  );
};

/** Whom a harm was done to: "what he did to those kids", "to that young man". */
const HARMED = String.raw`(?:(?:young|little|old|poor|elderly)\s+)?(?:m[ae]n|wom[ae]n|boys?|girls?|kids?|child(?:ren)?|famil(?:y|ies)|guys?|crew|people|victims?|tenants?|residents?|folks|bab(?:y|ies)|lady|ladies|patients?|players?|students?|customers?|neighbou?rs?|workers?|clients?)`;

/** "had no idea" of one's own trick or ordeal: a scam's victim, someone followed, a crash's driver. */
const VICTIM_UNAWARE =
  /^[^.!?\n]{0,60}?\b(?:caller|scam\w*|fake|followed|watched|recorded|filmed|what\s+hit|who\s+(?:he|she)\s+was\s+talking|talking\s+to|surprise|party|gift|planned|until|closed|scheduled|won|how\s+to|what\s+an?)\b|\b(?:his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:was|were|had\s+been)\s+(?:gone|stolen|missing|taken|broken\s+into|hacked|drained|emptied)\b/iu;

/** Her own denial reported: "told reporters she has no idea where the boxes came from". */
const SAID_BEFORE =
  /\b(?:told|tells|said|says|claims?|claimed|insists?|insisted)\b(?:\s+\p{L}+){0,2}\s*$/u;

/** A case or a harm in Portuguese or Haitian Creole: a charge, a death, a fire, a court, an alarm. */
const PORTUGUESE_OR_CREOLE_CASE =
  /(?<![\p{L}])(?:acusad\p{L}*|homic[ií]dio\p{L}*|inc[eê]ndio|morre\p{L}*|mort[oa]s?|alarmes?|audi[eê]ncia|tribunal|alam|dife|mouri|lanmò|jije|tribinal|akize)(?![\p{L}])/iu;

/** A case near a denial: the rumours, the charge, the money gone. */
const CASE_NEAR =
  /\b(?:case|rumou?rs?|charged|charges|arrest\w*|investigat\w*|innocent|guilty|theft|stole\w*|stolen|fraud|embezzl\w*|accus\w*|suspect\w*|scheme|kickbacks?)\b/i;

/**
 * Round forty-six's review. A trifle or the weather told before "Blame …": the joke's blame for
 * an empty donut box or a week of lake-effect snow, where no harm is told with it.
 */
const BLAME_TRIFLE =
  /\b(?:donuts?|doughnuts?|cookies?|coffee|pizza|cake|pie|snacks?|snow|rain|weather|traffic|playlist|music|parking|phones?|lines?\s+went\s+down)\b/i;
const BLAME_HARM =
  /\b(?:dead|died|death|killed|hurt|injur\w*|collaps\w*|fire|burn\w*|crash\w*|flood\w*|drown\w*|stole\w*|stolen)\b/i;
/** Kin or a nickname blamed in fun: "Blame Grandpa.", "Blame Coach." */
const BLAME_KIN =
  /^Blame\s+(?:Grandpa|Grandma|Granny|Gramps|Nana|Papa|Pops|Mom|Dad|Mum|Mama|Coach|Sarge|Santa|Rudolph)\b/;
/** The department's own people cleared: "Blame Verizon, not dispatch". */
const NOT_US =
  /,\s+not\s+(?:dispatch|us|me|our\s+\p{L}+|the\s+(?:officers?|deputies|dispatchers?|department|crews?))\b/u;

/**
 * An everyday letdown, a game or a pet where a fault is denied (round forty-six's review): "we
 * lost 3-2 … not the goalie's fault", "The bus was 20 minutes late, but that's not the driver's
 * fault", "It isn't the cashier's fault prices went up", "It's not Mom's fault the turkey was
 * dry". Not "storm" nor a plain "late": a crash's driver is cleared in those words too.
 */
const FAULT_EVERYDAY =
  /\b(?:we\s+lost|lost\s+(?:\d|the\s+game|in\s+overtime)|the\s+loss|overtime|goalie|saves|free\s+throws?|\d+-\d+|(?:minutes|hours|running|ran)\s+late|canceled|cancelled|postponed|prices?|power['’]?s\s+out|power\s+(?:is\s+|was\s+)?out|outage|chewed|dry|overcooked|undercooked|burnt)\b/i;

/** A cook's or a carver's knife handed over in a lesson: "Chef Rosa put the knife in Maya's hand". */
const KNIFE_LESSON =
  /\b(?:chef|cook\w*|kitchen|class|lesson|taught|grip|cutting\s+board|carv\w*|whittl\w*|scouts?)\b/i;
/**
 * Whom one "went after" with a weapon is a person: a name, a pronoun or a person's noun; not the
 * ice dam, the stump, the piñata or the wasp nest (round forty-six's review).
 */
const WENT_AFTER_PERSON =
  /\bwent\s+after\s+(?:\p{Lu}|(?:him|her|them|me|us)\b|(?:[^\s.!?,]+\s+){0,2}?(?:teen\w*|kids?|boys?|girls?|m[ae]n|wom[ae]n|guys?|dude|clerks?|cashiers?|neighbou?rs?|ref(?:eree)?s?|umpires?|bouncers?|officers?|deput(?:y|ies)|workers?|drivers?|customers?|victims?|students?|players?|fans?|guards?|cops?|bartenders?|roommates?|cousins?|brothers?|sisters?|wife|husband|girlfriend|boyfriend|ex|dad|mom|father|mother|sons?|daughters?|people|tenants?|landlord|coach|teacher|nurse|employees?|manager|owner)\b)/u;

/**
 * The one doing it at a community occasion or a card table (round forty-six's review): "was the
 * one loading the truck for the food drive", "picking up the cards after every hand at euchre
 * night", "egging everybody on to jump in the polar plunge".
 */
const ONE_AT_AN_OCCASION =
  /\b(?:food\s+drive|toy\s+drive|coat\s+drive|fundrais\w*|pancake\s+breakfast|bake\s+sale|talent\s+show|anthem|first\s+pitch|regionals|science\s+fair|polar\s+plunge|euchre|poker|bridge\s+club|cribbage|bingo|potluck|cook-?off|parade|hayride|every\s+hand|derby|inning|home\s+run|homer|walk-?off|cake\s+cutting|game)\b/i;

/**
 * What one may ignore without blame (round forty-six's review): one's own doctor's orders or a
 * heart attack's signs, scam or recruiting calls, requests for an encore, detour signs, calls
 * missed with the phone on silent, a dog's whistle at fetch.
 */
const IGNORED_HARMLESS =
  /^[^.!?\n]*?\bignored\s+(?:[^.!?\n]{0,40}?\b)?(?:doc(?:tor)?['’]?s?\s+orders|(?:scam|spam|robo|recruit\w*|sales|telemarket\w*)\s+calls|requests?\s+for\s+(?:an?\s+)?(?:encore|autographs?|photos?|selfies?|interviews?|comment)|detour\s+signs?|signs\s+of\s+(?:a\s+)?(?:heart|stroke|dehydration|heat|exhaustion|burnout)|(?:heat|frost|wind|storm|surf|weather)\s+(?:warnings?|advisor(?:y|ies)))/i;
const DUTY_CALLS =
  /\b(?:911|emergency|help|tenants?|residents?|parents?|neighbou?rs?|service|repairs?|maintenance|the\s+school|workers?|crews?|employees?|inspectors?|guests?|customers?)\b/i;
const IGNORED_AT_PLAY =
  /\b(?:because\s+(?:his|her)\s+phone|phone\s+(?:was\s+)?(?:on\s+silent|dead|off)|tennis\s+ball|fetch|squirrel)\b/i;

/**
 * Walked off with a prize, or a pen (round forty-six's review): "Jenna walked off with three blue
 * ribbons", "walked off with the MVP trophy", "She walked off with my good pen again"; not
 * "walked off with the prize money".
 */
const WALKED_OFF_PRIZE =
  /\bwalked\s+off\s+with\s+(?:[^.!?\n]{0,30}?\b)?(?:ribbons?|trophy|trophies|crown|title|awards?|prizes?|honou?rs|medals?|MVP|best[- ]in[- ]show|first\s+place|championship|cup|belt|ladle|pen|pencil|lighter|stapler|charger|hoodie|sweatshirt|remote|leftovers|umbrella|mug)\b(?!\s+(?:money|fund|pool|cash|jar|box))/i;

/**
 * A duty never once skipped in praise, or a household joke (round forty-six's review): "never once
 * walked out to her crosswalk without a smile", "never once handed in homework late", "never once
 * made us feel like a burden", "never once put the toilet seat down", "cleaned his room".
 */
const NEVER_ONCE_PRAISE =
  /\b(?:without|late|feel|felt|(?:his|her|their)\s+(?:room|bed|shoes|front\s+door|phone)|(?:his|her)\s+own\s+shoes|toilet\s+seat|instructions|manual|directions|scoreboard|homework)\b/i;

/** A duty's object after "never once": a forecast, a harness, a van, the kids. */
const NEVER_ONCE_DUTY =
  /\b(?:reports?|forecasts?|advisor(?:y|ies)|weather|surf|tides?|harness\w*|helmets?|life\s*jackets?|vests?|brakes?|tires?|batter(?:y|ies)|smoke|alarms?|detectors?|boxes|trench\w*|scaffold\w*|ropes?|ice|gauges?|logs?|vans?|bus(?:es)?|cars?|trucks?|boats?|kids|children|residents|patients|gates?|fences?|locks?|clip\s+in|inspections?|permits?|licen[cs]es?|records?|books|receipts|registers?|ladders?|wiring|gas|stoves?|heaters?|boilers?|furnaces?|railings?|exits?|sprinklers?|extinguishers?|pool|chlorine|temperatures?|IDs?|safety|seat\s*belts?|car\s+seats?|straps?|buckles?|chains?|cables?|valves?|pipes?|on\s+(?:them|him|her|the\s+kids))\b/i;

/** A credit, or a dog, before "Not Rodney.": who scored, baked or won; whose dog barked. */
const CREDIT_BEFORE =
  /\b(?:winning|won|scored|baked|cooked|made\s+the|found|saved|rescued|donated|raised|built|painted|organi[sz]ed|sang|bark\w*)\b/i;

export function pointedRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "That someone was Javier Ocampo", "That somebody was the ops VP, Brent Sorensen"; a thank
      // you for a donor ("That someone was Mrs. Ruiz, and we thank her") is no one's guilt
      pattern: new RegExp(THAT_SOMEONE, 'gu'),
      hints: ['someone', 'somebody'],
      keep: (text, start, end) => someoneDidWrong(text, start, end) && !notBlamed(text, start, end),
      message,
    },
    {
      // "Someone shoved a linesman to the ice. That was Brayden Leclerc.": a wrong told before
      // it, not "Someone asked about the parade route. That was Mayor Osei's office"
      pattern: new RegExp(THAT_WAS_NAMED, 'gu'),
      hints: ['someone', 'somebody'],
      // "It was their coach Dale driving the truck that morning": staff at work
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !notBlamed(text, start, end) &&
        someoneDidWrong(text, start, end),
      message,
    },
    {
      // "That's on Royce.", "That is on Ren Osterhout, full stop", "it's on Ambrose, not the
      // owner"; not "It's all on Broadcastify" nor "That's on Main Street"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:(?:[Tt]hat|[Tt]his)(?:['’]s|\s+is|\s+was)|[Mm]ost\s+of\s+that\s+is)\s+(?:(?:all|squarely|entirely|100%)\s+)?on\s+(?:(?:Mr|Mrs|Ms)\.\s+)?${NAME}(?=\s*(?:[.!,;]|$|\s+(?:and\s+nobody|nobody|forever|alone|full\s+stop|100)))|(?<![\p{L}])[Ii]t['’]s\s+on\s+${NAME},\s+not\b`,
        'gmu',
      ),
      hints: ['on'],
      keep: (text, start, end) =>
        !A_PLACE_OR_CHANNEL.test(text.slice(start, end)) &&
        // "The smoke-alarm talk? That's on Sgt. Lopez.": a duty handed over
        !STAFF_TITLE_IN.test(text.slice(start, end + 1)) &&
        !notBlamed(text, start, end) &&
        // "Nobody got hurt at the parade, and that's on Ramirez" is a credit
        !HARM_DENIED.test(text.slice(Math.max(0, start - 250), start)) &&
        (blamedNear(text, start, end) || wrongToldBefore(text, start)),
      message,
    },
    {
      // "Thibodeau let two people burn to save $40 on batteries", "Let a man burn to save forty
      // bucks on a door alarm"; not a caller's "you pigs let that baby die" nor a safety tip's
      // "Don't let a child drown"
      pattern: new RegExp(
        String.raw`(?:(?<![\p{L}])(?:${NAME}|[Hh]e|[Ss]he|guy)(?<!n['’]t|\b(?:Never|Don['’]t|Please))\s+(?:just\s+)?let|(?<=^|[.!?]\s+)Let)\s+(?:a|an|that|those|the|two|three|four|five|six|\d+)\s+(?:[\p{L}'’-]+\s+){0,2}?${HARMED}\s+(?:burn|die|drown|freeze|suffer|bleed)\b(?![-\s]+(?:off|out|through|their|his|her|him|them|tag)\b)[^.!?\n]{0,60}`,
        'gmu',
      ),
      hints: ['let'],
      keep: (text, start, end) => !notBlamed(text, start, end),
      message,
    },
    {
      // "what he did to those kids", "What she did to that little girl is unforgivable"; not
      // "what he did to that old truck"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])[Ww]hat\s+(?:he|she)\s+did\s+to\s+(?:those|that|the|this|these|his|her|their|my|our|a)\s+(?:[\p{L}'’-]+\s+){0,2}?${HARMED}\b(?![’']s?)`,
        'gu',
      ),
      hints: ['did'],
      // not a game's or a contest's rout ("what she did to those boys at the spelling bee")
      keep: (text, start, end) =>
        !/\b(?:points|goals|games?|match|bee|contest|tournament|cook-?off|season|court\s+tonight)\b/i.test(
          text.slice(start, end + 60),
        ) &&
        !/^[^.!?\n]{0,80}\b(?:incredib\w*|amazing|inspir\w*|kind\w*|magic\w*|awesome|wonderful|beautiful|thank\w*|proud|hero\w*|upgrade)\b/i.test(
          text.slice(end),
        ) &&
        !notBlamed(text, start, end),
      message,
    },
    {
      // "Thanks for nothing, Mr. Lapointe": a sneer at the one who failed them, a wrong told
      // before it (a name is no Mother Nature: NAME passes over her)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])[Tt]hanks?\s+for\s+nothing,\s+(?=(?:Mr|Mrs|Ms|Dr|Mayor|Chief|Judge|Sheriff)\.?\s|\p{Lu}\p{Ll}+\s+\p{Lu})${ADDRESSED}`,
        'gu',
      ),
      hints: ['nothing'],
      // (the thanks in the words themselves is why no thanks check runs here)
      keep: (text, start) => wrongToldBefore(text, start),
      message,
    },
    {
      // "Terrell's in the hospital because the bouncer let Marchetti back in", "Twelve people in
      // the hospital because he wanted to save a few bucks": a harm laid at one door
      pattern: new RegExp(
        String.raw`\bin\s+the\s+hospital\s+because\s+(?:he|she|${NAME}|the\s+(?:[\p{L}-]+\s+){0,1}(?:owner|landlord|bouncer|manager|driver|contractor|supervisor|boss|administrator|coach|captain))\b[^.!?\n]{3,80}`,
        'gu',
      ),
      hints: ['hospital'],
      keep: (text, start, end) =>
        /\bbecause\s+\S+(?:\s+\S+){0,4}?\s+(?:just\s+)?(?<!\b(?:was|were|got|been|being)\s+)(?:let|hit|shot|stabbed|punched|beat|attacked|swung|threw|pushed|shoved|ignored|refused|failed|neglected|forgot\s+to|locked|blocked|watered|diluted|tampered|overloaded|wouldn['’]t|would\s+not|never\s+(?:fixed|checked|called|inspected|replaced|repaired|installed|told|warned)|cut|wanted\s+to\s+save|skipped|disabled|removed|turned\s+off|sold|served|over-?served|poisoned|lied|covered|was\s+(?:drunk|high|texting|speeding|racing)|ran\s+(?:a|the)\s+(?:red|stop)|drove\s+drunk|didn['’]t\s+(?:fix|check|call|install|replace|repair|bother))\b/i.test(
          text.slice(start, end),
        ) && !notBlamed(text, start, end),
      message,
    },
    {
      // "Lapointe pulled them himself", "Gerry turned the thermostat down himself", "he unplugged
      // the airbag in that Camry himself": the harmful deed owned; not a ribbon cut or a deck
      // built, with no wrong told near
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:pulled|yanked|cut|disconnected|unplugged|disabled|removed|rolled|turned|shut|wired|forged|doctored|altered|backdated|started|lit|set)\s+(?:them|it|that|those|these|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+[\p{L}\d'’-]+){0,5}?\s+(?:him|her)self\b`,
        'gu',
      ),
      hints: ['himself', 'herself'],
      keep: (text, start, end) => kept(text, start, end),
      message,
    },
    {
      // "Somebody go knock on his door and ask him why he yanked the batteries": the deed taken
      // as done; not "ask him why he skipped practice" with no wrong near, nor a choice of his
      // own ("Ask her why she resigned in August")
      pattern:
        /(?<![\p{L}])[Aa]sk\s+(?:him|her)\s+why\s+(?:he|she)\s+(?!(?:resign|retir|quit|mov|vot|stepp|switch|chang|join|decid|stay|wait|call|post|delet|block|unfriend)\p{Ll}*ed\b)\p{Ll}+ed\b[^.!?\n]{0,60}/gu,
      hints: ['ask'],
      keep: (text, start, end) => kept(text, start, end),
      message,
    },
    {
      // The landlord knew and did nothing, in Portuguese and Haitian Creole: "O senhorio sabia que
      // os alarmes não tinham pilhas e não fez nada", "Pwopriyetè a te konnen alam yo pa t ap mache
      // e li pa t fè anyen"
      pattern:
        /(?<![\p{L}])(?:sabia\s+que\b[^.!?\n]{0,80}?\b(?:e\s+)?n[aã]o\s+fez\s+nada|te\s+konnen\b[^.!?\n]{0,80}?\bpa\s+t\s+f[eè]\s+anyen)(?![\p{L}])/giu,
      hints: ['nada', 'anyen'],
      // a case or a harm told in the text; not "sabia que o bolo ia queimar e não fez nada"
      keep: (text, start, end) => PORTUGUESE_OR_CREOLE_CASE.test(text) || kept(text, start, end),
      message,
    },
    {
      // Innocence: "Marja Heikkinen ... had no idea about any of this", "Coach Pete Whitlock had no
      // idea the money was missing", and its sneer ("Sure, he had no idea. 🙄"); a case told near,
      // and not a scam's victim nor someone followed
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:(?:(?:Coach|Mr|Mrs|Ms)\.?\s+)?${NAME}|[Hh]e|[Ss]he)\s+(?:had|has)\s+(?:absolutely\s+)?no\s+idea\b[^.!?\n]{0,80}`,
        'gu',
      ),
      hints: ['idea'],
      keep: (text, start, end) => {
        const after = text.slice(start, end).replace(/^.*?\bno\s+idea\b/su, '');
        // A coach or an officer cleared is still a person cleared: no staff check here.
        return (
          !SAID_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
          !VICTIM_UNAWARE.test(after) &&
          CASE_NEAR.test(text.slice(Math.max(0, start - 300), end + 200))
        );
      },
      message,
    },
    {
      // "Blame Sterling.", "Blame Randall Ashby.", "Blame Whitcombe, not her.": the blame put on a
      // person, not "Blame Cumberland Seam and blame the state" (a company, then a list)
      pattern: new RegExp(
        String.raw`(?<=^|[.!?]\s{1,3}|\n)Blame\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?!(?:Zoom|Facebook|Google|Siri|Alexa|Netflix|Comcast|Canada|Congress|Washington|Mercury|Daylight|Autocorrect)\b)${NAME}(?=\s*(?:[.!]|$)|,\s+not\b)(?:,\s+not\s+[^.!?\n]{1,30})?`,
        'gu',
      ),
      hints: ['blame'],
      keep: (text, start, end) => {
        const before = text.slice(Math.max(0, start - 200), start);
        const told = before
          .split(/(?<=[.!?])\s+/)
          .slice(-2)
          .join(' ');
        return (
          !A_PLACE_OR_CHANNEL.test(text.slice(start, end)) &&
          !notBlamed(text, start, end) &&
          // round forty-six's review: not a joke's answer ("Practice ran late again? Blame
          // Coach."), kin or a nickname, the department's own people cleared, nor a trifle with no
          // harm told ("The donut box is empty already. Blame Kowalski.")
          !/\?\s*$/.test(text.slice(Math.max(0, start - 4), start)) &&
          !BLAME_KIN.test(text.slice(start, end)) &&
          !NOT_US.test(text.slice(start, end)) &&
          !(BLAME_TRIFLE.test(told) && !BLAME_HARM.test(told))
        );
      },
      message,
    },
    {
      // Innocence by fault denied to a person: "It ain't Royce's fault", "thats not the groomers
      // fault", "Whatever opened up after that is not on him"; not "Wasn't nobody's fault" nor a
      // victim comforted ("It is not their fault", "it isn't yours")
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Aa]in['’]?t|[Ii]sn['’]?t|[Ww]asn['’]?t|(?:[Ii]s|[Ww]as|[Ii]t['’]?s|[Tt]hat['’]?s|[Tt]hats)\s+not)\s+(?:(?:the|that)\s+[\p{Ll}-]+?['’]?s|${NAMED}['’]s)\s+fault\b|(?<![\p{L}])(?:[Ii]s|[Ww]as)\s+not\s+on\s+(?:him|her)(?=\s*(?:[.!]|$))`,
        'gu',
      ),
      hints: ['fault', 'on him', 'on her'],
      // (round forty-six's review: "That's not the bouncer's fault" opens a sentence too; a
      // name, not kin: "It's not Grandma's fault the Wi-Fi went down")
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        // round forty-six's review: not a game lost, a bus late, prices up, a puppy's chewing
        !FAULT_EVERYDAY.test(sentenceAround(text, start, end)) &&
        !GAME_TOLD.test(sentenceAround(text, start, end)) &&
        !ANIMAL.test(text.slice(start, end)) &&
        (!/\bon\s+(?:him|her)$/.test(text.slice(start, end)) ||
          CASE_OR_HARM.test(text.slice(Math.max(0, start - 300), end + 300)) ||
          /\b(?:did\s+not|didn['’]t|NOT)\s+do\s+(?:this|it)\b|\bchecked\b/.test(
            text.slice(Math.max(0, start - 300), start),
          )),
      message,
    },
    {
      // The weapon put in a hand or swung: "Three separate witnesses put the knife in Lankford's
      // hand", "Lankford, who went after Antoine with a knife", "Albers went after a teenager with
      // a chain"; not a cook's knife handed over
      pattern: new RegExp(
        String.raw`\bput\s+the\s+(?:knife|gun|pistol|bat|blade|machete|weapon|chain|bottle)\s+in\s+${NAME}['’]s\s+hands?\b|(?<![\p{L}])(?:${NAME}|[Hh]e|[Ss]he|who)\s+(?:then\s+)?went\s+after\s+(?!(?:the\s+|a\s+)?(?:puck|ball|rebound|loose\s+ball|record|title|job)\b)(?:[^\s.!?,]+\s+){1,3}?with\s+(?:a|an|his|her|the)\s+(?:knife|gun|pistol|bat|chain|stick|bottle|machete|hammer|tire\s+iron|crowbar|pipe|shovel|broken\s+bottle)\b`,
        'gu',
      ),
      hints: ['hand', 'went after'],
      // witnesses who put the knife in a hand are the accusation, not words to discount
      // (round forty-six's review: not a cooking class's knife, nor a stump gone after with a
      // shovel)
      keep: (text, start, end) =>
        /^put\b/.test(text.slice(start, end))
          ? !KNIFE_LESSON.test(sentenceAround(text, start, end))
          : !notBlamed(text, start, end) && WENT_AFTER_PERSON.test(text.slice(start, end)),
      message,
    },
    {
      // The one doing it (round forty-six): "Pruitt was the one signing Walt's name on those
      // checks", "the Kessler kid's mom was the one chucking water bottles", "his roommate was
      // the one pawning the stolen phones"; not "was the one translating for the deputies"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?<!\b(?:I|we|We)\s+)(?:was|is|were)\s+the\s+one\s+(?:signing(?=\s+(?:[^\s.!?,]+\s+){0,3}?(?:names?|checks?|cheques?|signatures?)\b)|writing\s+(?:him|her)self|forging|pulling(?!\s+(?:(?:grown\s+)?(?:people|men|women|guys|kids|them|him|her|fighters)|the\s+(?:two|kids|guys|boys|girls)|(?:the\s+|a\s+)?(?:sled|wagon|float|cart|weeds|rope|taffy|all-?nighters?|shifts?|doubles?))\b)|holding\s+(?:the|a)\s+(?:hose|saw|funnel|bolt\s+cutters|knife|gun|bat|chain|crowbar)|going\s+through(?!\s+(?:chemo\w*|treatment|rehab|radiation|surgery|a\s+(?:lot|divorce|tough|hard|rough)|hard\s+times|the\s+(?:academy|program|training|motions|line|drive-?thru)|training|puberty|it|that|this)\b)|sending\s+(?:the\s+)?(?:threat\w*|them|those|DMs|messages)(?!\s+(?:home|thank|cards?|flowers|cookies|care\s+packages?)\b)|cooking\s+the\s+(?:books|numbers|figures|logs|meth)|stealing(?!\s+(?:the\s+|our\s+|my\s+|your\s+)?(?:show|spotlight|scene|hearts?|bases?|second|third|home)\b)|throwing(?!\s+(?:out\s+)?(?:the\s+|a\s+|an\s+)?(?:first\s+pitch|part(?:y|ies)|shower|ball|football|frisbee|candy|beads|passes|strikes|pitches|touchdowns?|darts|bouquet|horseshoes|fit|dinner|bash)\b)|chucking|egging(?!\s+(?:[\p{L}'’]+\s+){0,2}?on\b)|swinging|waving\s+the\s+thieves|mouthing\s+off|hooking|packing\s+people|doing\s+all\s+the(?!\s+(?:driving|cooking|work|heavy\s+lifting|cleaning|planning|baking|organizing|dishes|laundry|shopping|paperwork|talking|hard\s+work)\b)|keeping\s+watch(?!\s+over\b)|pouring(?!\s+(?:the\s+)?(?:coffee|tea|lemonade|punch|cider|cocoa|hot\s+chocolate|soup|pancakes?|batter|concrete|cement|foundation)\b)|loading|pawning|programming(?=\s+(?:the\s+|those\s+)?(?:key\s*fobs?|keys|fobs|skimmers?|cards?|cloned|fake|stolen|blank))|picking\s+up\s+the\s+cards|driving\s+(?:drunk|the\s+car\s+every|her\s+to\s+the\s+bank|the\s+getaway)|selling\s+(?:the\s+)?(?:stolen|fake)|breaking\s+into|splitting\s+the\s+cash)\b[^.!?\n,]{0,50}`,
        'gu',
      ),
      hints: ['the one'],
      // not "Sgt. Molina is the one selling the stolen bikes at the police auction"
      // (round forty-six's review: nor the signer of the anthem, the first pitch thrown, the
      // coffee poured, the chili cooked, chemo gone through, the one at a food drive)
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(Math.max(0, start - 40), start)) &&
        !ONE_AT_AN_OCCASION.test(sentenceAround(text, start, end)) &&
        !notBlamed(text, start, end),
      message,
    },
    {
      // Warnings ignored by the one in charge (round forty-six): "he ignored the guards' whistle",
      // "Osterhout ignored the small-craft advisory", "he ignored every one of them"; not
      // "everybody ignored her" (a candidate unheard) nor "I ignored a soft spot"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${DOER}|[Ww]ho)\s+(?:just\s+|simply\s+|completely\s+|flat\s+out\s+)?ignored\s+(?:the|every|all|their|our|his|her|a|those|them|each)\b(?:\s+[^\s.!?,;]+){0,4}?\s*\b(?:flags?|warnings?|whistles?|advisor(?:y|ies)|alarms?|complaints?|requests?|signs?|calls?|one\s+of\s+them|them|orders?|reports?)\b(?!\s+lights?\b)`,
        'gu',
      ),
      hints: ['ignored'],
      // not "remember in November who ignored the pond complaints" (a vote asked for)
      keep: (text, start, end) =>
        !/\b(?:remember|ask|guess|know|wonder|forget)\b[^.!?\n]{0,20}$/i.test(
          text.slice(Math.max(0, start - 40), start),
        ) &&
        !notBlamed(text, start, end) &&
        // round forty-six's review: not one's own doctor's orders, scam calls, a dog at fetch
        !IGNORED_HARMLESS.test(text.slice(start, end + 40)) &&
        !IGNORED_AT_PLAY.test(sentenceAround(text, start, end)) &&
        // calls and requests are anyone's: a warning's only when a duty's ("calls from tenants")
        // or a wrong is told near; not "ignored all the calls from her sister"
        (!/\b(?:calls?|requests?)$/i.test(text.slice(start, end)) ||
          DUTY_CALLS.test(text.slice(start, end + 40)) ||
          kept(text, start, end)) &&
        !ANIMAL.test(text.slice(Math.max(0, start - 40), start)),
      message,
    },
    {
      // Theft told of a person: "he's walked off with a soft-top from the racks", "the hired
      // cowboy who walked off with 41 of his own boss's calves", "He's been lifting gas augers off
      // sled trailers", "Julian's been hustling people his whole life"; not the unknown thief
      // ("Someone walked off with the cash box") nor "who's been taking care of Hildy"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|${NAME}|(?:guy|man|woman|dude|cowboy|one|kid)\s+who)(?:['’]s|\s+has|\s+had)?\s+(?:(?:then|just|also|already|quietly)\s+)?walked\s+off\s+with\b[^.!?\n]{0,60}|(?<![\p{L}])(?:[Hh]e|[Ss]he|${NAMED})(?:['’]s|\s+has)\s+been\s+[“"]?(?:lifting(?!\s+(?:since|at|for|every|with|heavy|\d|(?:(?:\p{L}+['’]s|the|his|her|our|their|team)\s+)?spirits|people\s+up|up\b|(?:the\s+)?(?:bar|team|community)\b))|swiping(?!\s+(?:cookies|candy|treats|snacks|fries|donuts|chips|right|left|on)\b)|stealing(?!\s+(?:the\s+)?(?:spotlight|scene)\b)|pinching(?!\s+pennies\b)|borrowing(?=[”"]|\s+(?:from\s+(?:the\s+)?(?:till|register|cash|collection|account|fund|company|church|club|boosters?)|money|cash)\b)|hustling(?=\s+(?:people|folks|customers|tourists|seniors|old|us|them|everyone|everybody|\p{Lu}))|scamming|skimming|pocketing|ripping\s+(?:people|folks|customers|us|them)\s+off)\b(?!\s+(?:weights|fries|snacks|food|bases|second|third|home|the\s+show|hearts|kisses|glances)\b)`,
        'gu',
      ),
      hints: ['walked off', 'been'],
      // (round forty-six's review: not a prize walked off with, nor a borrowed pen; lifting,
      // borrowing and hustling read above only of goods, money and people)
      keep: (text, start, end) =>
        !notBlamed(text, start, end) && !WALKED_OFF_PRIZE.test(text.slice(start, end)),
      message,
    },
    {
      // A duty never once done (round forty-six): "Lindqvist never once checked the surf report",
      // "He never once made us clip in", "She never once walked out to check that van"; not "never
      // once asked anybody for a thing" (a candidate praised) nor "I never once had to"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?!(?:I|We|You|They)\b)(?:${DOER}|[Ww]ho)\s+(?:has\s+|had\s+)?never\s+once\s+(?:checked|inspected|tested|fixed|made\s+(?:us|them|a|the|any|his|her)|gave\s+(?:that|the|a|his|her|any)|handed|walked\s+out|opened|locked|wrote|put|shut|cleaned|clipped|tied|read)\b[^.!?\n]{0,60}`,
        'gu',
      ),
      hints: ['never once'],
      // (round forty-six's review: not praise, a game, nor a household joke)
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        !NEVER_ONCE_PRAISE.test(text.slice(start, end)) &&
        // anyone's verbs ("checked", "opened", "put") tell a duty only of a duty's object ("the
        // surf report", "clip in", "that van") or beside a wrong; not "checked the recipe"
        (/\bonce\s+(?:inspected|tested|fixed)\b/.test(text.slice(start, end)) ||
          NEVER_ONCE_DUTY.test(text.slice(start, end)) ||
          kept(text, start, end)) &&
        !GAME_TOLD.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "It was that big guy in the Unger jacket who grabbed the kid's jersey first. Not Rodney.":
      // the one cleared after the one blamed
      pattern: new RegExp(
        String.raw`(?<=\b(?:[Ii]t\s+was|was\s+the\s+one|is\s+the\s+one|the\s+one\s+(?:who|that))\b[^.!?\n]{0,200}[.!]\s+)Not\s+(?:(?!(?:Mr|Mrs|Ms|Dr|St|Sgt|Lt|Capt|Det|Ofc)\.)${NAME}|him|her)(?=\s*[.!])`,
        'gu',
      ),
      hints: ['not'],
      // (round forty-six's review: not a credit corrected, "It was my sister who baked the
      // winning pie. Not Mom.", nor a dog's barking; and a title's stop is no sentence's end:
      // "Not Ms. Ruiz's class.")
      keep: (text, start, end) => {
        const told = text
          .slice(Math.max(0, start - 220), start)
          .split(/(?<=[.!?])\s+/)
          .slice(-2)
          .join(' ');
        return !notBlamed(text, start, end) && !CREDIT_BEFORE.test(told) && !ANIMAL.test(told);
      },
      message,
    },
    {
      // "a surf instructor let a nine-year-old drown on his watch"
      pattern:
        /\blet\s+[^.!?\n]{1,40}?\s+(?:die|drown|burn|freeze|bleed|suffer)\s+on\s+(?:his|her|their)\s+watch\b/gu,
      hints: ['watch'],
      // (round forty-six's review: not "never let a single kid drown on his watch", praise, nor
      // "refused to let the tomato plants die on her watch")
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        !/(?:\b(?:never|not|refused\s+to|refuses\s+to|refusing\s+to)|n['’]t)\s+(?:\p{L}+\s+)?$/iu.test(
          text.slice(Math.max(0, start - 30), start),
        ) &&
        !/\b(?:plants?|garden|flowers|tomato\w*|lawn|grass|sourdough|fire|battery)\b/i.test(
          text.slice(start, end),
        ),
      message,
    },
  ];
}
