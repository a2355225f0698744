import type { Finding, ScanContext, Scanner } from '../finding';
import {
  caughtInTheAct,
  culpabilityClaim,
  innocenceClaim,
  namedAsCulprit,
  relativeCrime,
  witnessedCrime,
} from './guilt-structure';
import {
  blameLaidOn,
  commonKnowledge,
  deedAsDescription,
  deedAsNoun,
  doneByPerson,
  faultCausedHarm,
  labelledOffender,
  noMystery,
  ownedUp,
  whatTheyDid,
  whoElse,
  wrongPerson,
} from './guilt-shapes';
import { type PhraseRule, after, before, scanWithRules, sentenceAround } from './pattern-scanner';
import { mergeFindings, scanSentences, withoutDenials } from './sentence-rules';
import { withModelFindings } from './sentence-model';
import {
  OFFICER_TITLE,
  OFFICER_TITLE_IN,
  OFFICER_TITLE_WORDS,
  STAFF_TITLE_IN,
} from '../language/people';
import { CRIME_TOLD, isCrimeVerbWord } from '../language/crime';
import { isRumourRetold, isSaidByOthers, saysWhatOthersSay } from './guilt-rumours';
import { namingRules } from './guilt-answers';
import { sayingRules, tellsOfDeedBeside } from './guilt-sayings';
import { roleRules } from './guilt-roles';
import { alibiRules } from './guilt-alibis';
import { NAMED, accusationRules } from './guilt-accusations';
import { moneyRules } from './guilt-money';
import { insinuationRules, toldBeside } from './guilt-insinuations';
import { complicityRules, wrongNear } from './guilt-complicity';
import { kept, negligenceRules } from './guilt-negligence';
import { idiomRules } from './guilt-idioms';
import { askedRules } from './guilt-asked';
import { pointedRules } from './guilt-pointed';
import { frenchRussianRules } from './guilt-french-russian';

const message = (m: string) =>
  `“${m}” states or implies that a suspect or arrestee is guilty or innocent (III.B.1.c). Describe what happened and what they are charged with or suspected of; the court decides guilt.`;

/** A deed nearly done, and so not done: "She nearly did it", "he almost fell for it". */
const NEARLY_DONE = /\b(?:nearly|almost)\s+(?:did|fell\s+for|paid|sent)\s+(?:it|that|this|them)\b/i;

const OFFENDER =
  'thief|thieves|burglar|burglars|robber|robbers|killer|killers|murderer|murderers|rapist|rapists|shooter|shooters|arsonist|arsonists|vandal|vandals|culprit|culprits|perpetrator|perpetrators|perp|perps|criminal|criminals|crook|crooks|scumbag|scumbags|dirtbag|dirtbags|thug|thugs|predator|predators|carjacker|carjackers|abuser|molester|drug dealer|dealer|attacker|attackers|assailant|assailants|kidnapper|kidnappers|embezzler|fraudster|scammer|scammers|pickpocket|shoplifter|shoplifters|car thief|porch pirate|porch pirates|looter|looters|peddler|peddlers|pusher|pushers|gangbanger|gangbangers|smuggler|smugglers|trafficker|traffickers|mugger|muggers|poacher|poachers|stalker';

/**
 * A feat told: "a personal best, and he did it while raising $3,800" is the finish, not the
 * crime, wherever in the sentence the feat is named.
 */
const FEAT =
  /\b(?:marathon|half-marathon|triathlon|personal\s+best|finish(?:ed)?\s+line|record\s+time|trophy|medal|championship)\b/i;
/** Young people, who are "responsible for" a mural as often as for the damage to one. */
const YOUNG = 'students|kids|boys|girls|teens|teenagers|juveniles';
const YOUNG_WORD = new RegExp(`\\b(?:${YOUNG})\\b`, 'i');
const YOUNG_DEED_AFTER =
  /^\s+(?:(?!cleaning|repairing|painting|removing|fixing|covering|rebuilding)[\w'’-]+\s+){0,3}?(?:vandalism|damage|graffiti|fires?|thefts?|break-ins?|burglar(?:y|ies)|robber(?:y|ies)|shooting|stabbing|assault|attack|threats?|crash|deaths?|killing|beating|fight)\b(?!\s+(?:safety|prevention|drill|station|truck|poster|video|department))/i;

/**
 * A part played on a stage or a screen: "Jess drove the getaway car in the drama club's heist
 * comedy" tells a role, not a deed.
 */
const PLAYED_PART =
  /\b(?:comedy(?!\s+(?:club|cellar|night|show))|musical(?!\s+instruments?)|skit|rehearsals?(?!\s+dinner)|drama\s+club|school\s+play|sitcom|cast\s+as|murder\s+mystery\s+(?:dinner|party|night)|heist\s+(?:movie|film|flick)|in\s+the\s+(?:play|movie|show)(?!\s+(?:theat(?:er|re)|house|store|lot|parking)))\b/i;

const isPlayedPart = (text: string, finding: Pick<Finding, 'start' | 'end'>) =>
  PLAYED_PART.test(sentenceAround(text, finding.start, finding.end));

/**
 * A question of the law, not a claim: "if she takes a plea does that mean she admits it?"
 * (round twenty).
 */
const asksTheLaw = (text: string, finding: Pick<Finding, 'start' | 'end'>) =>
  // the question asked before the words: "He did it, so does that mean…?" still claims
  /\b(?:does|would|doesn['’]t|wouldn['’]t)\s+(?:that|it)\s+mean\b[^.!?\n]*$/i.test(
    text.slice(Math.max(0, finding.start - 60), finding.start),
  ) && /^[^.!\n]*\?/.test(text.slice(finding.end));

/** A contest won or lost: "cook-off", "champion", "rematch", "the trophy". */
const CONTEST_WON =
  /\b(?:cook-?off|bake-?off|chili|recipe|champion\w*|trophy|tournament|rematch|contest|scoreboard|bracket|(?:softball|basketball|football|hockey|soccer|kickball|charity)\s+game)\b/i;

/**
 * The line a match is on, at most 300 characters either side: a post's paragraph, not the whole
 * post, and within a long document's scan margin, so a piece reads what the whole text reads.
 */
function lineAround(text: string, start: number, end: number): string {
  const lineEnd = text.indexOf('\n', end);
  return text.slice(
    Math.max(text.lastIndexOf('\n', start) + 1, start - 300),
    Math.min(lineEnd === -1 ? text.length : lineEnd, end + 300),
  );
}

const isFeat = (text: string, finding: Finding) =>
  /\bdid\s+(?:it|this|that)\b/i.test(finding.text) &&
  FEAT.test(sentenceAround(text, finding.start, finding.end));

const RULES: readonly PhraseRule[] = [
  {
    pattern:
      /\b(?:is|was|are|were|be|being|been)\s+(?:clearly\s+|obviously\s+|definitely\s+|100%\s+|totally\s+|completely\s+|absolutely\s+|not\s+)?(?:an?\s+(?:completely\s+|totally\s+)?)?(?:guilty|innocent|blameless)\b(?!\s+(?:bystanders?|victims?|passers?-?by|child|children|kids?|lives?|people|civilians?|mistake|party|parties|looking|until|unless))/gi,
    keep: (text, start, end) =>
      !/\bpresumed\s*$/i.test(before(text, start, 12)) &&
      // "Not everyone arrested is guilty": nobody in particular (round twenty)
      !/\b(?:everyone|everybody|anyone|anybody|no\s*one|nobody|someone|somebody)\s+(?:[\p{L}'’]+\s+){0,3}$/iu.test(
        before(text, start, 40)
          .split(/[.!?;]/)
          .pop() ?? '',
      ) &&
      // "Plea entered was not guilty": the plea, a fact of the case
      !/\bplea(?:\s+entered)?\s*$/i.test(before(text, start, 16)) &&
      !/\bpresumed\b/i.test(text.slice(start, end)) &&
      !/^\s*(?:until|unless)\s+proven/i.test(after(text, end, 20)),
    message,
  },
  {
    pattern: /\b(?:confessed|confesses|confession)\b/gi,
    // "a TikTok isn't a confession", "there was no confession" (round thirteen)
    keep: (text, start) =>
      !/\b(?:isn['’]t|is\s+not|wasn['’]t|was\s+not|not|no|never)\s+(?:an?\s+|any\s+)?$/i.test(
        before(text, start, 16),
      ),
    message,
  },
  // Round twelve: "he has admitted it", "she admitted to it", "admitted everything"; not "he never
  // admitted it" nor "denies he admitted anything".
  {
    pattern:
      /(?<!\b(?:never|not|n['’]t|no\s+one|nobody)\s+(?:\w+\s+)?)\b(?:admitted|admits|admitting)\s+(?:it|to\s+it|everything|the\s+whole\s+thing|what\s+(?:he|she|they)\s+did)\b/gi,
    hints: ['admit'],
    message,
  },
  { pattern: /\badmitted\s+(?:to|that|he|she|they|his|her|their|doing)\b/gi, message },
  // Round thirteen. Innocence stated: "Officer Salas did absolutely nothing wrong", "the
  // accusations against him are false", "she was defending herself", "we expect him to be fully
  // cleared"; not "you did nothing wrong by calling" (a caller reassured) nor a question.
  {
    // "Trevor had no part in this", "my brother did nothing wrong" (round thirty-six)
    pattern:
      // Case-sensitive, so that a name's capitals are capitals ("the neighbors did nothing
      // wrong by calling us" names no one).
      new RegExp(
        String.raw`(?<![\p{L}'’])(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Oo]fficer|[Dd]eputy|Sgt|Det|Ofc|Mr|Mrs|Ms|Miss|Dr|Coach|Deacon|Father|Pastor)\.?\s+\p{Lu}[\p{L}'’-]+|[Mm]y\s+(?:son|daughter|brother|sister|husband|wife|dad|father|mom|mother|nephew|niece|cousin|grandson|granddaughter|boyfriend|girlfriend)|${NAMED})\s+(?:(?:had|has)\s+no\s+(?:part|role|involvement|hand)\s+in\s+(?:it|this|that|any\s+of\s+(?:it|this|that)|what\s+happened|(?:the|his|her)\s+(?:[\p{L}-]+\s+)?(?:thefts?|robber(?:y|ies)|burglar(?:y|ies)|break-ins?|shooting|stabbing|fight|brawl|assault|fire|crash|scheme|scam|fraud|killing|murder|attack|collapse|death|drowning|beating))\b|did\s+(?:absolutely\s+|literally\s+)?nothing\s+wrong\b(?!\s+by\s+\p{L}+ing\b))(?!\s*\?)`,
        'gu',
      ),
    message,
  },
  {
    // "Whitcomb KNEW.", "He KNEW and he kept selling tickets", "RONNIE KNEW" (round
    // thirty-seven): the capitals shout that a wrong was known, said and done with; not "Kelly
    // KNEW exactly what to do", "SHE KNEW every kid at Lincoln", "THE WHOLE TOWN KNEW HIM".
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])(?:${NAMED}|(?!(?:THEY|WE|ALL|YOU|TOWN|EVERYONE|EVERYBODY|NOBODY|SOMEBODY|SOMEONE|WHO|AND|THAT|JUST|ALWAYS|ALREADY)\b)\p{Lu}{3,}|He|She|HE|SHE)\s+KNEW(?=\s*(?:[.!"”]|$)|,?\s+and\s+(?:he|she|still|kept)\b)`,
      'gu',
    ),
    keep: (text, start, end) => !STAFF_TITLE_IN.test(text.slice(Math.max(0, start - 25), end)),
    message,
  },
  {
    // "A family in Baltimore is burying a father because of him", "Tomasz Nowak is still eating
    // through a straw thanks to him", "Two men can't walk right because of him" (round
    // thirty-nine): a harm laid on a person; not a life saved ("He's alive because of her",
    // "out of the hospital thanks to Medic Torres", "Nobody died thanks to Deputy Marsh")
    pattern: new RegExp(
      String.raw`(?<=^|\n|[.!?]["”]?\s+)[^.!?\n]{0,140}?\b(?:bury|burying|buried|funeral\s+for|died|morgue|in\s+the\s+ground|can['’]t\s+walk|through\s+a\s+straw|orphaned|widowed)\b[^.!?\n]{0,80}?\b(?:because\s+of|thanks\s+to)\s+(?:him|her|${NAMED})(?=\s*[.!,;]|\s+and\b)`,
      'gu',
    ),
    hints: ['because of', 'thanks to'],
    // staff in the sentence or an officer's title just before tells a rescue, not a blame
    keep: (text, start, end) =>
      !STAFF_TITLE_IN.test(text.slice(start, end + 40)) &&
      !OFFICER_TITLE_IN.test(text.slice(Math.max(0, start - 150), start)) &&
      !/\b(?:alive|survived|saved|nobody|no\s+one|none|never|home|out\s+of|raised)\w*/i.test(
        text.slice(start, end),
      ),
    message,
  },
  {
    // "Keoni Akana is a victim here, not a thief", "she's the victim, not the one who started it"
    // (round thirty-eight); not a parent told "Your child is the victim, not the one in trouble",
    // nor the department's correction "Maria is the victim, not the suspect"
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])(?:[Hh]e|[Ss]he|${NAMED})(?:\s+is|\s+was|['’]s)\s+(?:a|the)\s+(?:real\s+)?victim(?:\s+here)?,\s+not\s+(?:a|the)\s+(?:thief|crook|criminal|aggressor|attacker|shooter|one\s+who\s+(?:started|did|stole|threw|swung|shot|hit|attacked)\b)`,
      'gu',
    ),
    hints: ['victim'],
    message,
  },
  {
    // "He knew.", "She knew. She always knew." (round thirty-eight): the wrong known, said as a
    // sentence of its own beside a case told; not "He knew the way home.", a question, nor an
    // officer who knew what to do
    pattern:
      /(?<=^|[.!?]["”]?\s+)(?:He|She)\s+(?:always\s+|just\s+)?knew(?:\s+it)?(?=[.!]|\s*$)/gmu,
    hints: ['knew'],
    keep: (text, start, end) =>
      !STAFF_TITLE_IN.test(text.slice(Math.max(0, start - 150), start)) && kept(text, start, end),
    message,
  },
  {
    pattern:
      /\b(?:the\s+)?(?:accusations|allegations|charges|claims|rumou?rs)\s+against\s+(?:[\p{L}.'’-]+\s+){1,3}?(?:are|were|is)\s+(?:completely\s+|totally\s+|100%\s+|all\s+)?(?:false|lies|baseless|bogus|made[- ]up|fabricated|untrue)\b/giu,
    message,
  },
  {
    // "That man was defending himself", "my son was only defending himself" (round thirteen),
    // "Colt was defending himself, period.", "The other girl was only defending herself" (round
    // forty); not a lawyer's claim ("His lawyer is going to claim he was defending himself"), nor
    // a defendant who goes to court without a lawyer ("He is defending himself at trial")
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]hat|[Tt]his)\s+(?:man|woman|guy|kid|boy|girl|young\s+man|poor\s+man)|[Mm]y\s+(?:son|daughter|brother|sister|nephew|niece|cousin|husband|wife|boyfriend|girlfriend|dad|father|mom|mother)|[Tt]he\s+other\s+(?:man|woman|guy|kid|boy|girl)|${NAMED})\s+(?:was|were|is)\s+(?:just\s+|only\s+|clearly\s+|obviously\s+|simply\s+)?defending\s+(?:himself|herself|themselves|themself)\b(?!\s+(?:in\s+court|at\s+(?:(?:his|her|their|the)\s+)?trial|against\s+the\s+charges?|without\s+a\s+lawyer|pro\s+se)\b)`,
      'gu',
    ),
    hints: ['defending'],
    keep: (text, start) =>
      !/\b(?:claim\w*|argu\w*|say|says|said|insist\w*|contend\w*|allege\w*)\s+(?:that\s+)?$/i.test(
        before(text, start, 30),
      ),
    message,
  },
  {
    // "Jace never touched anybody", "Coach Delgado never touched a dime of that league money",
    // "Dorian never had a knife" (round forty-two): innocence vouched for where a case or a wrong
    // is told; not "never touched a drop" in a eulogy with no case beside it, nor a referee who
    // "never touched the ball" (a thing taken, a weapon or a person, not any thing)
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])(?:[Hh]e|[Ss]he|${NAMED}|(?<=\p{L},?\s)who|(?<=\p{L}\s)and)\s+(?:has\s+|had\s+)?never\s+(?:once\s+|even\s+)?(?:touched\s+(?:anybody|anyone|him|her|them|an?\s+(?:single\s+)?(?:dime|cent|penny|dollar|soul|weapon|knife|gun|bottle|gate|odometer|ledger)|(?:that|the|those)\s+(?:[\p{L}-]+\s+)?(?:knife|gun|money|cash|trailer|bike|car|truck|boat|ledger|books|account|funds|register|till|safe|wallet|purse|girl|boy|kid|man|woman|cattle))|laid\s+a\s+(?:hand|finger)\s+on\s+(?:anybody|anyone|him|her|them)|had\s+(?:a|the)\s+(?:knife|gun|weapon|blade|bat))\b`,
      'gu',
    ),
    hints: ['never'],
    // (a question asks it: "Are you sure he never touched the money?")
    keep: (text, start, end) =>
      !/^[^.!\n]*\?/.test(text.slice(end)) &&
      (toldBeside(text, start, end) || wrongNear(text, start, end)),
    message,
  },
  {
    // "Stop blaming Rogelio", "Il est innocent", "Ele é inocente" (round forty): innocence
    // vouched for in a plea to stop, in French and in Portuguese
    pattern: new RegExp(
      String.raw`\b[Ss]top\s+blaming\s+${NAMED}\b|(?<![\p{L}])(?:[Ii]l|[Ee]lle|[Ee]le|[Ee]la)\s+(?:est|é)\s+(?:100%\s+|totalement\s+|totalmente\s+)?(?:innocente?|inocente)\b`,
      'gu',
    ),
    hints: ['blaming', 'innocent', 'inocente'],
    message,
  },
  // "Hes innocent", "shes not guilty": the contraction typed without its apostrophe
  {
    pattern:
      /\b(?:hes|shes)\s+(?:(?:100%|totally|completely|clearly|obviously|definitely|def|not)\s+){0,2}(?:innocent|guilty|the\s+(?:killer|shooter|one\s+who\s+did\s+it))\b/gi,
    message,
  },
  {
    pattern:
      // "cleared" only of wrongdoing or at a sentence's end: not "cleared for duty", "cleared
      // from the roadway by 5 p.m." (round thirteen's review).
      /\b(?:expect|believe|know|confident)\s+(?:that\s+)?(?:him|her|them|he|she|they|(?:officer|deputy|sgt\.?|det\.?)\s+[\p{L}'’-]+)\s+(?:to\s+be|will\s+be)\s+(?:fully\s+|completely\s+)?(?:cleared(?=\s+of\s+(?:any\s+|all\s+)?(?:wrongdoing|charges|misconduct|blame)|\s*[.!;]|\s*$)|exonerated|vindicated|acquitted)\b/gimu,
    message,
  },
  // "There's no doubt in my mind he's our guy": the one who did it, in a crime's telling.
  {
    pattern:
      // Round eighteen: a name as well ("Hector Bayless (DL# …) is our guy"), and the crime he
      // is "our guy for" ("for the Gomez barn burglaries"), not "our guy for the job"
      /\b(?:[Hh]e|[Ss]he|HE|SHE|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}(?:\s+\([^)]{0,40}\))?)(?:['’]s|\s+is|\s+was)\s+(?:definitely\s+|totally\s+|100%\s+)?(?:[Oo]ur|OUR)\s+(?:guy|man|woman|girl|GUY|MAN)\b(?:\s+for\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:burglar(?:y|ies)|robber(?:y|ies)|thefts?|break-ins?|shootings?|fires?|arsons?|murders?|assaults?|vandalism|scams?|killings?|carjackings?)\b|(?!\s+(?:for|in|on|at|to|of|when|if|with)\b))/gu,
    // A crime in the text, and no officer or staff member just before: "Call Officer Tran. He's
    // our guy!" is a referral (round thirteen's review).
    keep: (text, start, end) =>
      CRIME_TOLD.test(text) &&
      !/\b(?:Officer|Deputy|Det\.?|Detective|Sgt\.?|Sergeant|Chief|Trooper|Dispatcher)\s+\p{Lu}|\bour\s+new\b/u.test(
        text.slice(Math.max(0, start - 120), end),
      ),
    message,
  },
  {
    // "Whitcombe's the ringleader", "Tom's a thief": the name and "'s" read as a possessive by the
    // tagger, so no clause rule sees the "is" (round nineteen); not "It's the thief", nor "Portland's
    // the car-thief capital", nor a knack or a game's part ("Max's a total thief when it comes to
    // tennis balls", "Sgt. Lowe's the dealer at table 3")
    pattern: new RegExp(
      String.raw`(?<!(?:(?:${OFFICER_TITLE_WORDS})\.?|K-?9)\s)\b(?!(?:It|That|There|Here|What|Who|Where|Let|He|She|Everyone|Everybody|Nobody|Someone|Somebody|Today|Tonight)['’]s)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?['’]s\s+(?:the|a|an|our|that|such\s+a)\s+(?:(?:real|actual|main|biggest|total|known)\s+)?(?:${OFFENDER}|ringleaders?|mastermind|kingpin)\b(?!\s+(?:capital|magnet|problem|type|kind|of\s+the\s+(?:year|month)|at\s+(?!large\b)|when\s+it\s+comes|for\s+(?:the|our|tonight|a)\b))`,
      'gu',
    ),
    hints: ['s'],
    message,
  },
  { pattern: /\bcaught\s+(?:\w+\s+)?red[- ]handed\b/gi, message },
  {
    pattern:
      /\b(?:(?:the|that|this)\s+(?:(?:hit-and-run|drunk|impaired|reckless|\w+)\s+)?|(?:a|an)\s+(?:hit-and-run|drunk|impaired|reckless)\s+)(?:man|woman|person|driver|gunman|crew|gang|kid|student|teen|teenager|juvenile|individual|pair|duo|guy|group|people|men|women|boys|girls|suspects?)\s+(?:who|that)\s+(?:robbed|stole|killed|shot|opened\s+fire|brought|ran|broke|attacked|assaulted|stabbed|burglarized|vandalized|set|started|hit|struck|caused|committed|took|carjacked|kidnapped|abducted|defrauded|scammed|murdered|raped|threatened|fired|beat|burned|torched|sold|dealt|smashed)\b/gi,
    message,
  },
  {
    pattern: new RegExp(
      `\\b(?:the|a|an)\\s+(?:crew|gang|man|woman|guy|group|people|person|driver|${OFFENDER})\\s+(?:responsible\\s+for|behind)\\b`,
      'gi',
    ),
    message,
  },
  {
    pattern:
      /\b(?:the|that|this)\s+(?:killer|murderer|rapist|arsonist|gunman|carjacker|kidnapper)\b(?!s)/gi,
    message,
  },
  // Round fourteen: "Guilty as sh!t" said of someone; innocence by the evidence ("that bodycam
  // clears him"); a deed on camera by its doer ("filmed himself doing it").
  {
    pattern:
      /\bguilty\s+as\s+(?:sin|hell|charged|sh[i!1*]t|f[u*]ck)(?![\p{L}])|\b(?:video|footage|bodycam|body\s+cam|dashcam|evidence|dna|alibi|tape)\s+(?:clears|cleared|exonerates|exonerated)\s+(?:him|her|them)\b|\b(?:filmed|recorded|videoed|livestreamed)\s+(?:himself|herself|themselves)\s+(?:doing\s+(?:it|this|that)|stealing|breaking\s+into|robbing|shooting\s+(?:at|him|her|them)|vandali[sz]ing|tagging|setting)\b/giu,
    message,
  },
  { pattern: /\bguilty\s+as\s+sin\b/gi, message },
  {
    pattern: /\b(?:he|she|they)\s+(?:did|committed)\s+(?:it|the crime)\b/gi,
    // "you can't just write “he did it” on a police page": the words quoted as what not to say
    keep: (text, start) =>
      !/\b(?:can['’]?t|cannot|don['’]?t|shouldn['’]?t|never|not|stop)\s+(?:just\s+)?(?:say|saying|write|writing|post|posting|type|claim|claiming|go\s+around\s+saying)\s*[“"']\s*$/i.test(
        before(text, start, 40),
      ),
    message,
  },
  {
    // "Justice delivered" (round eighteen) as well as served; not a K-9 named Justice who
    // "delivered the game ball"
    pattern:
      /\bjustice\s+(?:(?:has\s+been|was|is|will\s+be|got|finally|been)\s+)?(?:served|delivered(?!\s+(?:the|a|an|his|her|their|our)\b))\b/gi,
    // "After four years of losing to the firehouse, justice has been served": a cook-off's or a
    // game's revenge, told in the same paragraph (round thirty-five)
    keep: (text, start, end) => !CONTEST_WON.test(lineAround(text, start, end)),
    message,
  },
  { pattern: /\bgot\s+(?:exactly\s+|just\s+)?what\s+(?:he|she|they)\s+deserved?\b/gi, message },
  // "Curtis Vail got away with murder": acquitted, and guilty all the same
  // ("Think you got away with it?" asks a reader, and names no one)
  {
    pattern:
      /\b(?:(?:he|she|they)\s+(?:\w+\s+)?got\s+away\s+with\s+(?:it|murder)|got\s+away\s+with\s+murder)\b/gi,
    message,
  },
  {
    // "Jordan is completely in the clear": innocence; not "the roads are in the clear"
    pattern:
      /\b(?:is|was|are|were|['’]s|['’]re)\s+(?:now\s+)?(?:completely\s+|totally\s+|100%\s+|entirely\s+)?in\s+the\s+clear\b/gi,
    // A person before it: a pronoun, or a name of two words or more that is no place and no
    // officer ("Officer Dana Diaz is in the clear after his checkup" is his health)
    keep: (text, start, end) => {
      const lead = text.slice(Math.max(0, start - 40), start);
      if (/\b(?:he|she|they)\s*$/i.test(lead)) return true;
      const name = /(?:\p{Lu}[\p{L}'’.-]*\s+)+$/u.exec(lead)?.[0].trim().split(/\s+/) ?? [];
      // "Deputy Ray Hollis is in the clear in the jail assault case" is a verdict all the same.
      const accused =
        /\b(?:case|complaint|investigation|allegations?|charges?|assault|force|shooting|misconduct|lawsuit)\b/i.test(
          sentenceAround(text, start, end),
        );
      return (
        name.length >= 2 &&
        (accused || !name.some((word) => OFFICER_TITLE.test(word))) &&
        !/^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Highway|Hwy|Park|Square|Center|Centre)$/.test(
          name.at(-1) as string,
        )
      );
    },
    message,
  },
  {
    pattern: new RegExp(
      `\\b(?:the|these|those|this|that)\\s+(?:${OFFENDER})\\s+(?:who|that|responsible)\\b`,
      'gi',
    ),
    message,
  },
  {
    pattern: new RegExp(
      `\\b(?:the|these|those|this|that)\\s+(?:${OFFENDER})\\s+(?:is|was|are|were|has\\s+been|have\\s+been)\\s+(?:arrested|caught|behind bars|in custody|off the streets|locked up|identified|charged|booked)\\b`,
      'gi',
    ),
    message,
  },
  {
    pattern: new RegExp(
      `\\b(?:arrested|caught|captured|nabbed|booked)\\s+(?:the|a|these|those|two|three)\\s+(?:${OFFENDER})\\b`,
      'gi',
    ),
    message,
  },
  {
    pattern:
      /\b(?:is|was|are|were)\s+(?:responsible\s+for|to\s+blame\s+for)\s+(?:the|this|these|a)\b/gi,
    keep: (text, start) =>
      /\b(?:suspect|arrestee|he|she|they|man|woman|driver|accused|defendant)\s*$/i.test(
        before(text, start, 20),
      ),
    message,
  },
  {
    pattern: /\bno\s+doubt\b[^.!?\n]{0,25}?\b(?:he|she|they)\s+(?:did|committed|is|was)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:he|she|they)(?:['’]s|['’]re)\s+(?:(?:completely|totally|100%|obviously|clearly|definitely|absolutely|not)\s+)?(?:innocent|guilty|blameless)\b/gi,
    // "He's innocent until proven guilty": the presumption (round seventeen)
    keep: (text, _start, end) => !/^\s*(?:until|unless|till)\s+prove/i.test(after(text, end, 20)),
    message,
  },
  {
    // "Ray's innocent." A capital starts the name and nothing follows but the sentence's end, so
    // no i flag: under it "the dog's innocent" and "Nobody's blameless" read as names (round
    // thirty-six).
    pattern: new RegExp(
      `(?<![\\p{L}'’])${NAMED}['’]s\\s+(?:(?:completely|totally|100%|obviously|clearly|definitely|absolutely|not)\\s+)?(?:innocent|guilty|blameless)(?=\\s*(?:[,.!?;:…—]|$|and\\b|but\\b))`,
      'gu',
    ),
    keep: (text, _start, end) => !/^\s*(?:until|unless|till)\s+prove/i.test(after(text, end, 20)),
    message,
  },
  {
    // "It's Maki's fault", "This crash was his fault", "100% his fault" (round thirty-six). Said,
    // not denied: "it is not their fault" comforts a victim, and "his own fault" is a fall.
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])(?:(?:[Ii]t|[Tt]hat|[Tt]his(?:\s+(?:crash|fire|wreck|death|one|whole\s+thing))?)(?:\s+(?:is|was)|['’]s)|[Cc]all\s+it)\s+(?:(?:all|100%|totally|entirely|completely|squarely)\s+)?(?:${NAMED}['’]s|his|her)\s+fault\b(?!\s*\?)|(?<![\p{L}'’])(?:100%|[Aa]ll|[Tt]otally|[Ee]ntirely)\s+(?:${NAMED}['’]s|his|her)\s+fault\b(?!\s*\?)`,
      'gu',
    ),
    hints: ['fault'],
    keep: (text, start, end) => !STAFF_TITLE_IN.test(text.slice(start, end)),
    message,
  },
  {
    pattern: /\b(?:admitted|admits)\s+(?:[\p{L}’']+\s+){1,5}?(?:to|that)\b/giu,
    hints: ['admit'],
    message,
  },
  {
    pattern:
      /\b(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+been\s+(?:stealing|robbing|breaking\s+into|dealing|selling\s+drugs|scamming|vandalizing|assaulting|abusing|tagging)\b/gi,
    message,
  },
  {
    // "Pettiford's been lifting bikes off those racks since high school", "Vescio's been skipping
    // state inspections for years", "He has been stripping panels up and down the valley" (round
    // thirty-seven): a named person's wrong told as a habit (a pronoun's is the rule above); not
    // staff's, nor bases and hearts stolen, paint stripped or spirits lifted.
    pattern: new RegExp(
      String.raw`(?<![\p{L}'’])${NAMED}(?:['’]s|\s+has)\s+been\s+(?:(?:stealing|robbing|breaking\s+into)(?!\s+(?:bases|hearts|the\s+show|the\s+spotlight|(?:the\s+)?(?:starting\s+)?(?:lineup|rotation)|glances|kisses|votes)\b)|(?:stripping|lifting)(?!\s+(?:old\s+|the\s+)?(?:paint|weights?|wallpaper|varnish|floors?|furniture|spirits|(?:the\s+)?(?:whole\s+)?team|up|everyone|us)\b)|skimming|pocketing|siphoning|swindling|taking\s+(?:kickbacks|bribes|stuff|money|cash|potshots)|skipping\s+(?:the\s+|state\s+|safety\s+|his\s+|her\s+)?inspections|driving\s+(?:on\s+a\s+suspended|without\s+a\s+licen[cs]e|drunk))\b`,
      'gu',
    ),
    keep: (text, start, end) => !STAFF_TITLE_IN.test(text.slice(Math.max(0, start - 25), end)),
    message,
  },
  {
    pattern: new RegExp(
      `\\b(?:the|these|those|two|three|four|five)\\s+(?:[\\p{L}-]+\\s+)?(?:men|women|people|teens|individuals|${OFFENDER}|${YOUNG})\\s+(?:responsible\\s+for|behind|who\\s+(?:won['’]t|will\\s+no\\s+longer|can['’]t))\\b`,
      'giu',
    ),
    // Round thirteen: "the three students responsible for Saturday's vandalism" names them; "the
    // students behind the mural" credits them.
    keep: (text, start, end) =>
      !YOUNG_WORD.test(text.slice(start, end)) || YOUNG_DEED_AFTER.test(text.slice(end, end + 60)),
    message,
  },
  {
    pattern: new RegExp(
      `\\b(?:these|those|the)\\s+(?:${OFFENDER})\\s+(?:were|was|got)\\s+caught\\b`,
      'gi',
    ),
    message,
  },
  {
    pattern:
      /\b(?:guilty\s+as\s+charged|(?:did\s+not|didn['’]?t|did\s*nt|ain['’]?t|aint)\s+do\s+(?:it|anything|nothing|nothin['’]?|nuthin['’]?|none\s+of\s+(?:it|this|that|these|those|them)|any\s+of\s+(?:it|this|that|these|those|them)))\b/gi,
    // "didn't do it on purpose" owns the deed and denies only the intent
    keep: (text, _start, end) =>
      !/^\s+(?:on\s+purpose|intentionally|deliberately)/i.test(after(text, end, 20)),
    message,
  },
  { pattern: /\bcaught\s+(?:him|her|them|the\s+\w+)\s+in\s+the\s+act\b/gi, message },
  {
    // The arrest called a frame-up: "Framed. 100%.", "he got set up", "she was railroaded", "they
    // framed him"; not a framed photo or a set-up event
    pattern:
      /(?:^|[.!?]\s+|\n)(?:framed|railroaded|set\s+up|scapegoated)(?=\s*[.!?,]|$)|\b(?:was|were|got|been|being|is|are|get|gets)\s+(?:\w+\s+)?(?:framed|railroaded|scapegoated)\b|\b(?:framed|railroaded|scapegoated|framing)\s+(?:him|her|them|my|our)\b/gim,
    hints: ['framed', 'railroaded', 'set', 'scapegoated', 'framing'],
    message,
  },
  {
    // What was found on the person called not theirs: "converters, which were definitely not
    // his", "tools that clearly weren't hers", "wallets that didn't belong to him"
    pattern:
      /\b(?:which|that|were|was)\s+(?:(?:definitely|clearly|obviously|certainly|most\s+definitely|100%)\s+)?(?:not|n['’]t)\s+(?:(?:definitely|clearly|obviously|certainly)\s+)?(?:his|hers|theirs)\b|\b(?:weren['’]?t|wasn['’]?t)\s+(?:(?:definitely|clearly|obviously|exactly)\s+)?(?:his|hers|theirs)\b|\b(?:didn['’]?t|did\s+not)\s+belong\s+to\s+(?:him|her|them)\b/gi,
    hints: ['his', 'hers', 'theirs', 'belong'],
    message,
  },
  {
    // The deed named as theirs to know: "Fenwick knows what he did", "she knows exactly what she
    // did", "they know what they've done"; not "knows what he did for a living"
    pattern:
      /\bknows?\s+(?:(?:exactly|full\s+well|damn\s+well|perfectly\s+well|darn\s+well)\s+)?what\s+(?:he|she|they)(?:\s+(?:did|done|has\s+done|have\s+done)|\s*['’](?:s|ve)\s+done)\b(?!\s+(?:for\s+(?:a\s+living|work)|next|then|there))/gi,
    hints: ['what'],
    message,
  },
  {
    // The same in Spanish, where a deed is told: "Rodrigo sabe lo que hizo", "ella sabe muy bien
    // lo que hizo"; not "nadie sabe lo que hizo", "Dios sabe", nor a good deed thanked, "sabe lo
    // que hizo por esta comunidad" (round twenty-five)
    pattern:
      /(?<![\p{L}])(?:él|ella|ellos|\p{Lu}\p{Ll}+)\s+(?:bien\s+)?(?:sabe|saben)\s+(?:muy\s+bien\s+|perfectamente\s+)?lo\s+que\s+(?:hizo|hicieron|ha\s+hecho|han\s+hecho)(?![\p{L}])/gu,
    hints: ['sabe', 'saben'],
    keep: (text, start, end) =>
      !/^(?:nadie|dios|qui[eé]n|nunca|no|solo|s[oó]lo)\b/iu.test(text.slice(start)) &&
      !/^\s*(?:por|para)\b/iu.test(text.slice(end, end + 8)) &&
      tellsOfDeedBeside(text, start, end),
    message,
  },
  {
    // Bribes taken, in Spanish: "Voss aceptó sobornos de constructoras durante años", "él
    // cobraba mordidas" (round twenty-five)
    pattern:
      /(?<![\p{L}])(?:[ÉéE]l|[Ee]lla|[Ee]llos|\p{Lu}\p{Ll}+)\s+(?:acept|recib|cobr|agarr|tom)(?:ó|aron|aba|aban)\s+(?:un\s+|una\s+|unos\s+|unas\s+|los\s+|las\s+|la\s+|el\s+)?(?:sobornos?|mordidas?)(?![\p{L}])/gu,
    hints: ['soborno', 'sobornos', 'mordida', 'mordidas'],
    message,
  },
  {
    // The fall taken for another: "Kyle's taking the fall for him", "she took the fall for her
    // brother" (round twenty-five)
    pattern:
      /(?<![\p{L}\p{N}_])(?:[Hh]e|[Ss]he|\p{Lu}[\p{Ll}'’-]+)(?:['’]s|\s+is|\s+was|\s+will|['’]ll)?\s+(?:taking|take|took|taken)\s+the\s+(?:fall|rap|blame)\s+for\s+(?:him|her|them|(?:his|her|their)\s+(?:brother|sister|cousin|son|daughter|husband|wife|boyfriend|girlfriend|friend|nephew|dad|father|mom|mother|uncle|buddy)(?!['’]s)\b|\p{Lu}[\p{Ll}'’-]+(?!['’]s))/gu,
    hints: ['fall', 'rap', 'blame'],
    // not the writer; blame (unlike the fall or the rap) only where a deed is told: "Coach
    // took the blame for the loss"
    keep: (text, start, end) =>
      !/^(?:I|We|You|It|This|That)\b/.test(text.slice(start)) &&
      (!/blame/i.test(text.slice(start, end)) || tellsOfDeedBeside(text, start, end)),
    message,
  },
  {
    // Spanish, to blame or not: "no tiene la culpa", "él tiene la culpa", "es el culpable"
    pattern:
      /(?<![\p{L}])(?:no\s+)?(?:tiene|tienen|tuvo|tenía|tuvieron)\s+(?:la\s+)?culpa(?![\p{L}])/giu,
    hints: ['culpa'],
    message,
  },
  {
    // A hashtag that convicts: "#GuiltyAsCharged", "#ArsonistCaught", "#JusticeServed".
    pattern: new RegExp(
      `#[\\p{L}\\d]*(?:guilty|busted|gotcha|gotem|gotcha|justiceserved|redhanded|intheact|gotourguy|gotourman|gotourwoman|gotourgirl|oneless|(?:he|she|they)belongs?|(?:${OFFENDER.replace(/ /g, '')})(?:caught|busted|arrested|jailed|lockedup|down))[\\p{L}\\d]*`,
      'giu',
    ),
    hints: ['#'],
    message,
  },
  {
    // An admission with the deed as a gerund: "admitted setting the blaze", "admits taking the
    // cash", "confessed to stealing"; not "admitted during questioning".
    pattern:
      /\b(?:admit(?:s|ted)?|confess(?:es|ed)?)\s+(?:to\s+)?(?:(?:\p{L}+ly|even|also)\s+)?(?!during\b|nothing\b|something\b|anything\b)\p{L}{2,}ing\b/giu,
    hints: ['admit', 'confess'],
    message,
  },
  {
    // Innocence by saying the arrest was a mistake: "y'all got the wrong guy", "they arrested the
    // wrong man", "police have the wrong person".
    pattern:
      /\b(?:got|get|have|has|had|arrested|caught|charged|grabbed|booked|jailed|picked\s+up|locked\s+up|convicted)\s+the\s+wrong\s+(?:guy|guys|man|men|woman|person|people|kid|boy|girl|dude|one|suspect|brother|son)\b/gi,
    hints: ['wrong'],
    // "some of you think we arrested the wrong person": a belief reported, not held
    keep: (text, start) =>
      !/\b(?:think|thinks|thought|believe|believes|say|says|said|claim|claims|claiming|saying|feel|feels)\s+(?:that\s+)?(?:we|police|they|officers|cops|detectives)\s*$/i.test(
        before(text, start, 50),
      ),
    message,
  },
  {
    // Guilt told in emoji: "Big Mike 🔫➡️💀 that boy", "he 🔪 her"; a weapon after a person, with a
    // death or a wound after it.
    pattern:
      /(?:\b\p{Lu}\p{Ll}+|\b(?:he|she|they))\s*(?:🔫|🔪|🗡️?)\s*(?:➡️?|→|->)?\s*(?:💀|☠️?|⚰️?|🩸|🚑|😵)/gu,
    hints: ['🔫', '🔪', '🗡'],
    message,
  },
  {
    // The verdict as an equation: "Gavin Torres = thief", "he = guilty"
    pattern: new RegExp(
      `(?:\\b\\p{Lu}\\p{Ll}+|\\b(?:he|she|they))\\s*=\\s*(?:(?:a|an|the)\\s+)?(?:${OFFENDER}|guilty|innocent)\\b`,
      'giu',
    ),
    hints: ['='],
    message,
  },
  {
    // Irony that convicts: "Sure, he just happened to have forty stolen converters in his garage"
    pattern:
      /\b(?:just|simply|conveniently)\s+happen(?:ed|s)?\s+to\s+(?:have|be|own|find|carry|hold)\b[^.!?\n]{0,60}?\b(?:stolen|drugs|guns?|cash|loot|\$[\d,.]+\w*)/giu,
    hints: ['happen'],
    message,
  },
  {
    // A commenter naming what was done to them: "he robbed my grandma's store", "she killed that man".
    pattern:
      /\b(?:robbed|killed|murdered|raped|molested|stabbed|shot|beat\s+up|broke\s+into)\s+(?:my|our|that\s+(?:man|woman|boy|girl|kid|poor))\b[^.!?\n,]{0,25}/gi,
    message,
  },
];

/**
 * Spanish preterites of a deed, third person: "robó", "forzó", "apuñalaron", "hizo". Stems of the
 * verbs of a crime, not a list of sentences.
 */
/** People a Spanish comment knows by who they are: "ese viejo", "el dueño", "la cuidadora". */
const SPANISH_KNOWN_PERSON =
  'viejo|vieja|dueño|dueña|velador|veladora|vigilante|cuidador|cuidadora|patrón|patron|vecino|vecina|novio|novia|sobrino|sobrina|cuñado|cuñada|primo|prima|tipo|vato|chavo|morro|muchacho|muchacha|señor|señora|hombre|mujer|desgraciado|desgraciada|sinvergüenza|enfermera|enfermero|tesorera|tesorero|contratista|entrenador|entrenadora|concejal|concejala|chofer|capitán';

const SPANISH_DEED = String.raw`(?:(?:rob|mat|dispar|apuñal|golpe|atropell|asalt|quem|pint|estaf|abus|incendi|forz|atac|secuestr|viol|amenaz|destroz|balace|acuchill|vandaliz|ultraj|agred|peg|pate|empuj|lastim)(?:ó|aron)|(?:romp|vend|prend|agred|hir)(?:ió|ieron)|hizo|hicieron)`;

/**
 * The closing verdict line of an arrest post or a comment: the arrestee is called the culprit in a
 * stock phrase rather than in a sentence about them. "We got our guy", "One less crook on
 * Bayview Ave", "another thief off the streets", "behind bars where he belongs".
 */
const VERDICT_RULES: readonly PhraseRule[] = [
  {
    // Round eleven: "you got the right guy", "they arrested the right man"; not the care to be
    // sure of it ("to make sure we have the right person"), a hope of it ("hopefully they got the
    // right guy"), a question, nor a hire ("we found the right person to lead the unit").
    pattern:
      /\b(?:got|caught|arrested|nabbed|charged)\s+the\s+right\s+(?:guy|guys|man|men|woman|suspect|suspects|kid|kids|one)\b(?!\s+(?:for|to|working|on|in\s+charge))/gi,
    hints: ['right'],
    keep: (text, start, end) =>
      !/\b(?:sure|certain|confirm\w*|whether|if|until|before|verify|verified|hope|hoping|hopefully|pray|praying|fingers\s+crossed)\b[^.!?]{0,30}$/i.test(
        before(text, start, 40),
      ) && !/^[^.!\n]*\?/.test(after(text, end, 60)),
    message,
  },
  {
    // "we got our guy", "they finally caught their man", "cops got the bad guys"
    pattern:
      /\b(?:got|caught|nabbed|bagged|have|found)\s+(?:our|their|your)\s+(?:guy|guys|man|men|woman|gal|girl|culprits?|perps?|bad\s+guys?)\b|\b(?:got|caught|nabbed|bagged)\s+(?:the|a|some|two|three)\s+bad\s+guys?\b/gi,
    hints: ['our', 'their', 'your', 'bad'],
    message,
  },
  {
    // "One less crook on Bayview Ave", "one fewer drunk driver", "two less thieves"
    pattern: new RegExp(
      `\\b(?:one|two|three|four|five|\\d+)\\s+(?:less|fewer)\\s+(?:[\\p{L}-]+\\s+)?(?:${OFFENDER}|bad\\s+guys?|drunks?|drunk\\s+drivers?)\\b`,
      'giu',
    ),
    hints: ['less', 'fewer'],
    message,
  },
  {
    // "another thief off the streets", "two more dealers off our streets"
    pattern: new RegExp(
      `\\b(?:another|more|one|two|three|four|five|the|these|those|that|this)\\s+(?:[\\p{L}-]+\\s+)?(?:${OFFENDER}|bad\\s+guys?|drunk\\s+drivers?)\\s+(?:is\\s+|are\\s+|now\\s+)?(?:off\\s+(?:the|our)\\s+(?:streets?|roads?)|behind\\s+bars)\\b`,
      'giu',
    ),
    hints: ['off', 'behind'],
    message,
  },
  {
    // "behind bars where he belongs", "jail is where she belongs", "locked up where they belong"
    pattern:
      /\b(?:bars|jail|prison|locked\s+up|lockup|cell|custody|slammer)\b[\s,]+(?:is\s+|right\s+|exactly\s+)?where\s+(?:he|she|they|him|her|them)\s+(?:belongs?|should\s+be|deserves?\s+to\s+be)\b/gi,
    hints: ['where'],
    message,
  },
  {
    // Spanish, as commenters write now and then: "él fue el que robó las bicicletas", "es una
    // ladrona", "ella es inocente", "él no hizo nada".
    // "fue el hombre del tatuaje de ancla quien lo apuñaló": the one described (round twenty-three)
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:fue|es|fueron|son|era|eran)\s+(?:(?:él|ella|ellos|ellas|[\p{Lu}][\p{L}]+)\s+)?(?:(?:el|la|los|las)\s+(?:(?:hombre|mujer|tipo|vato|chavo|morro|muchach[oa]|joven|señor|señora|chico|chica|hombres|mujeres|tipos|vatos|chavos|morros)\s+(?:(?:del?|de\s+la|con)\s+\p{L}+(?:\s+(?:(?:de|del)\s+)?\p{L}+)?\s+)?)?(?:que|quien)|quien(?:es)?)\s+(?:le\s+|lo\s+|la\s+|les\s+|los\s+)?${SPANISH_DEED}(?![\p{L}])`,
      'giu',
    ),
    hints: ['que', 'quien'],
    message,
  },
  {
    // A Spanish relative clause of the deed about a definite person: "al hombre que atropelló a
    // la ciclista", "los tres compañeros que la golpearon", "esa mujer que le robó a mi abuela",
    // "el desgraciado que apuñaló a ese señor" (round twenty-two)
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:el|al|la|los|las|del|ese|esa|esos|esas|aquel|aquella)\s+(?:(?:dos|tres|cuatro|cinco|mismos?|mismas?)\s+)?(?:hombres?|mujer(?:es)?|tipos?|vatos?|chavos?|morros?|muchach[oa]s?|jóvenes|joven|señor(?:a)?|chic[oa]s?|compañer[oa]s?|conductor(?:a|es)?|vecin[oa]s?|sujetos?|individuos?|desgraciad[oa]s?|sinvergüenzas?|maldit[oa]s?|cobardes?)\s+que\s+(?:(?:le|lo|la|les|los|las|me|nos)\s+)?${SPANISH_DEED}(?![\p{L}])`,
      'giu',
    ),
    hints: ['que'],
    // "buscamos al hombre que…", "ayúdenos a identificar a la mujer que…": an appeal for an
    // unknown person, as in English
    keep: (text, start) =>
      !/(?:busc\p{L}*|identificar|localizar|encontrar)\s+(?:a\s+)?$/iu.test(
        before(text, start, 24),
      ),
    message,
  },
  {
    // A Spanish subject known by who he is, then the deed: "Ese viejo lo quemó", "El novio le
    // pegó a mi prima", "El dueño quemó su propia bodega" (round twenty-three); known by the
    // work, with the name after it, "la enfermera Whitcombe robó los medicamentos", "Esa
    // enfermera les robó la medicina" (round twenty-five). With a pronoun
    // before the verb any deed but a sale, a coat of paint or a light ("lo vendió", "la pintó",
    // "la prendió"); without one, only a crime's own verb, or a building burned, so "El vecino
    // rompió la ventana para sacar al niño", "quemó las hojas" and "mató una culebra" stay clean
    pattern: new RegExp(
      String.raw`(?<![\p{L}])(?:[Ee]l|[Ll]a|[Ee]se|[Ee]sa|[Aa]quel|[Aa]quella)\s+(?:${SPANISH_KNOWN_PERSON})(?:\s+\p{Lu}\p{Ll}+)?\s+(?:(?:sí\s+)?(?:le|lo|la|les|los|las)\s+(?!vend|pint|prend|hizo|hicieron)${SPANISH_DEED}|(?:sí\s+)?(?:rob|asalt|apuñal|atropell|golpe|estaf|incendi|balace|acuchill|secuestr|agred|abus|vandaliz)(?:ó|aron)|(?:sí\s+)?quem(?:ó|aron)\s+(?:su|la|el|esa|ese)\s+(?:propi[oa]\s+)?(?:casa|bodega|negocio|taller|carro|troca|edificio|tienda|almacén|restaurante))(?![\p{L}])`,
      'gu',
    ),
    hints: SPANISH_KNOWN_PERSON.split('|'),
    // not asked ("¿El vecino lo robó?"), nor a game's ball: "El capitán Ramírez robó el balón"
    keep: (text, start, end) =>
      !/¿[^?]*$/.test(before(text, start, 60)) &&
      !/^[^.!\n]*\?/.test(after(text, end, 40)) &&
      !/^\s*(?:al?\s+|el\s+|la\s+)?(?:bal[oó]n|pelota|gol|partido|disco|rebote)(?![\p{L}])/iu.test(
        after(text, end, 30),
      ),
    message,
  },
  {
    // A named person, then "quien" and the deed: "Héctor Saldívar, de 38 años, quien robó el
    // cableado" (round twenty-four); not a sale or a coat of paint
    pattern: new RegExp(
      String.raw`(?<=\p{Lu}\p{Ll}+(?:,\s*de\s+\d{1,2}\s+años)?,\s+)quien(?:es)?\s+(?:(?:le|lo|la|les|los|las)\s+)?(?!vend|pint|hizo|hicieron|peg)${SPANISH_DEED}(?![\p{L}])`,
      'gu',
    ),
    hints: ['quien', 'quienes'],
    message,
  },
  {
    // A Spanish witness: "todo el barrio lo vio robando la tienda", "la vimos pintando la pared"
    pattern:
      /(?<![\p{L}])(?:lo|la|los|las)\s+(?:vi|vio|vimos|vieron|grabé|grabó|grabaron|cachó|cacharon|agarraron)\s+(?:rob|mat|dispar|golpe|quem|asalt|atac|amenaz|apuñal|vandaliz|destroz)ando(?![\p{L}])|(?<![\p{L}])(?:lo|la|los|las)\s+(?:vi|vio|vimos|vieron|grabé|grabó|grabaron|cachó|cacharon|agarraron)\s+(?:romp|vend|hir)iendo(?![\p{L}])/giu,
    hints: ['vi', 'vio', 'vimos', 'vieron', 'grab', 'cach', 'agarraron'],
    message,
  },
  {
    // "Fue el vecino, todos lo sabemos" (it was the neighbour): the doer named by who he is
    // (round nineteen), the sentence ending there or going on to who he is
    pattern:
      /(?<![\p{L}])(?:[Ff]ue|FUE)\s+(?:el|la|ese|esa)\s+(?:vecin[oa]|novi[oa]|ex|prim[oa]|hij[oa]|sobrin[oa]|cuñad[oa]|padrastro|tipo|vato|chavo|morro|muchach[oa]|señor|señora|hombre|mujer)(?=\s*[,.!;]|\s*$|\s+de\s+(?:al\s+lado|enfrente|arriba))/gu,
    hints: ['fue'],
    // not the winner of a contest: "¿Quién ganó el concurso de chili? ¡Fue el vecino de al lado!"
    keep: (text) => !/\b(?:gan[óo]|ganador\w*|premio|concurso|campe[óo]n\w*|mejor)\b/iu.test(text),
    message,
  },
  {
    pattern:
      /(?<![\p{L}])(?:es|son|fue|era)\s+(?:completamente\s+|totalmente\s+)?(?:un|una|el|la|los|las|unos|unas)?\s*(?:ladr[oó]n|ladrona|ladrones|asesin[oa]s?|rater[oa]s?|violador(?:es)?|culpables?|inocentes?)(?![\p{L}])/giu,
    hints: ['es', 'son', 'fue', 'era'],
    // not the presumption of innocence: "Todo acusado es inocente hasta que se pruebe lo
    // contrario" (round forty)
    keep: (text, _start, end) =>
      !/^\s*,?\s*(?:hasta\s+que|mientras\s+no)\b/iu.test(after(text, end, 30)),
    message,
  },
  {
    // The subject a pronoun or a full name: "él lo hizo", "Raúl Méndez le robó el carro", "esa
    // señora Bramlett le robó a mi abuelita" (round nineteen)
    pattern: new RegExp(
      // case-sensitive, so that "\p{Lu}" means a capital: any two words are not a name
      String.raw`(?<![\p{L}])(?:[ÉéE]l|[Ee]llas?|[Ee]llos|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,?|(?:[Ee]s[eao]s?|[Ee]st[eao]s?|[Aa]quel(?:la)?)\s+(?:hombre|mujer|tipo|vato|chavo|morro|muchach[oa]|señor|señora|chico|chica|güey|wey|cabr[oó]n|vatos|tipos|chavos|morros)(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:no\s+)?(?:(?:lo|la|le|les|los)\s+)?${SPANISH_DEED}(?![\p{L}])`,
      'gu',
    ),
    hints: ['ó', 'hizo', 'hicieron', 'ieron', 'aron'],
    // "No digo que él lo hizo": the claim denied (round seventeen)
    keep: (text, start) =>
      !/\b(?:no\s+(?:digo|estoy\s+diciendo|dije)|nadie\s+(?:dice|está\s+diciendo))\s+que\s*$/i.test(
        text.slice(Math.max(0, start - 40), start),
      ),
    message,
  },
];

/**
 * An open appeal: a question asking who did something or what someone saw ("Know who did it?",
 * "Anyone recognize him?"); not "Who didn't see that…?" nor "Who else would…?", which answer
 * themselves.
 */
const ASKS_WHO =
  /^\s*(?:(?:(?:do|does|did)\s+(?:you|anyone|anybody|someone)|any\s?one|anybody)\s+(?:know|see|saw|recogni[sz]e)\s+(?:who|whose|him|her|them|this|these|anything)|know\s+who|(?:want|wanna|wants)\s+(?:to\s+)?know\s+who|who\s+(?:did|saw|knows|has\s+seen)|have\s+you\s+seen|recogni[sz]e\s+(?:him|her|them|this|these))\b[^?]*\?\s*$/i;

/** "Is the driver at fault?", "Was the cyclist hurt?": a yes-or-no question about one person's part. */
const ASKS_WHETHER =
  /^\s*(?:is|was|are|were|did|does|do|has|have|had|could|would|can)\s+(?:the|a|an)\s+[\p{L}-]+\s+(?:at\s+fault|to\s+blame|responsible|involved|injured|hurt|insured|okay|ok)\b[^?]*\?\s*$/iu;
/** "Was it Kenny who took the bikes?": asks whether it was someone, and no more. */
const ASKS_WHO_IT_WAS =
  /^\s*(?:[Ww]as|[Ii]s)\s+it\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:who|that)\b[^?]*\?\s*$/u;
/** "Do you know it was him?", "Does anyone know who took it?": asks whether it is known. */
const ASKS_IF_KNOWN =
  /^\s*(?:do|does|did)\s+(?:you|we|they|anyone|anybody|y['’]all)\s+(?:even\s+|really\s+|actually\s+)?know\s+(?:it\s+was|who|that|if|whether)\b[^?]*\?\s*$/iu;

/** "Who robbed the store on Elm Street?": the question asks for the doer of a crime. */
const WHO_DID = /^\s*who\s+([a-z'’]+)\b[^?]*\?\s*$/i;
const asksWho = (sentence: string) => {
  const verb = WHO_DID.exec(sentence)?.[1]?.toLowerCase() ?? '';
  // "broke into", "held up", "set the fire": phrasal deeds whose first word is no crime alone.
  return (
    ASKS_WHO.test(sentence) || isCrimeVerbWord(verb) || /^(?:broke|held|set|keyed)$/.test(verb)
  );
};

/** A plea or a release allowed, the one who allowed it named: "the one who let him plead down". */
const PLEA_ALLOWED =
  /\b(?:one|ones)\s+(?:who|that)\s+let\s+(?:him|her|them)\s+(?:plead\s+(?:down|out)|off\s+(?:easy|with))\b/i;

/**
 * An unknown person's deed as the police tell it: "Police say a man robbed the store." No one is
 * named, so no one's guilt is stated.
 */
const UNKNOWN_DOER_REPORTED =
  /^\s*(?:Police|Detectives|Officers|Deputies|Investigators|Witnesses)\s+(?:say|said|believe|tell\s+us)\s+(?:that\s+)?(?:a|an|one|two|three|some|someone|somebody)\b/;
/**
 * An appeal to identify an unknown person just before: "Detectives are trying to identify a man
 * seen at the store. He took cash and left." The pronoun is that unknown person.
 */
const UNKNOWN_APPEALED_BEFORE =
  /\b(?:trying\s+to\s+identify|help\s+(?:us\s+)?identify(?:ing)?|looking\s+for|searching\s+for|seeking)\s+(?:a|an|this|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:man|woman|person|suspect|driver|teen|juvenile|male|female)\b[^.!?\n]{0,80}[.!]\s*$/iu;

/**
 * "Jaxon was the one who told the other kids to buckle up", "Tyler is the one who tipped off the
 * bank": the one who did a good turn, in a sentence that tells of no crime. The model weighs "the
 * one who" heavily, as it mostly names a culprit.
 */
const CREDITED_ONE =
  /\b(?:one|ones|kid|boy|girl|person|guy|lady|man|woman)\s+(?:who|that)\s+(?:first\s+|actually\s+|finally\s+)?(?:told\s+(?:the|a|an|our|my|his|her|their)\s+(?:(?=(?:[\p{L}-]+\s+){0,3}to\s+(?:sit|stay|buckle|call|wait|get\s+down|get\s+help|stop|calm|run\s+for\s+help|keep\s+calm)\b)|(?!(?:[\p{L}-]+\s+){0,3}(?:where|when|how|to)\b))|tipped\s+off\s+(?:the\s+)?(?:bank|police|cops|officers|deputies|detectives|us|staff|school|teachers?|security)|found\s+(?:the|a|her|his|their|my)\s+(?:[\p{L}-]+\s+)?(?:gun|body|wallet|purse|phone|keys|dog|cat|kid|child|girl|boy|bag)|called\s+(?:911|us|police|the\s+police|the\s+cops|for\s+help|an\s+ambulance)|saved|warned|noticed|reported|alerted|rescued|taught|comforted|flagged\s+down|gave\s+(?:CPR|first\s+aid))/iu;
// A good turn followed by a deed of one's own: "found the wallet and kept the cash".
const THEN_DID =
  /\b(?:and|then)\s+(?:then\s+)?(?:kept|took|stole|pocketed|drained|sold|ran\s+off|used|emptied|spent|followed|threw|hit|beat|shot|stabbed|broke|helped\s+(?:him|her|them)sel(?:f|ves))\b|\bhelped\s+(?:him|her|them)sel(?:f|ves)\s+to\b|\b(?:fight|brawl|riot|prank)\b/i;
const creditsSomeone = (sentence: string) =>
  CREDITED_ONE.test(sentence) &&
  !THEN_DID.test(sentence) &&
  !CRIME_TOLD.test(sentence) &&
  !(sentence.match(/\p{L}+/gu) ?? []).some((w) => isCrimeVerbWord(w.toLowerCase()));

/** Built once: the scanner's rule cache is keyed by each pattern. */
const NAMING_RULES = namingRules(message);
const SAYING_RULES = sayingRules(message);
const ROLE_RULES = roleRules(message);
const ALIBI_RULES = alibiRules(message);
const ACCUSATION_RULES = accusationRules(message);
const MONEY_RULES = moneyRules(message);
const INSINUATION_RULES = insinuationRules(message);
const COMPLICITY_RULES = complicityRules(message);
const NEGLIGENCE_RULES = negligenceRules(message);
const IDIOM_RULES = idiomRules(message);
const ASKED_RULES = askedRules(message);
const POINTED_RULES = pointedRules(message);
const FRENCH_RUSSIAN_RULES = frenchRussianRules(message);

export const guiltOrInnocenceScanner: Scanner = {
  kind: 'guilt-or-innocence',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    const phrases = scanWithRules(text, 'guilt-or-innocence', 'III.B.1.c', [
      ...RULES,
      ...VERDICT_RULES,
      ...NAMING_RULES,
      ...SAYING_RULES,
      ...ROLE_RULES,
      ...ALIBI_RULES,
      ...ACCUSATION_RULES,
      ...MONEY_RULES,
      ...INSINUATION_RULES,
      ...COMPLICITY_RULES,
      ...NEGLIGENCE_RULES,
      ...IDIOM_RULES,
      ...ASKED_RULES,
      ...POINTED_RULES,
      ...FRENCH_RUSSIAN_RULES,
    ]);
    const ruleFindings = mergeFindings(
      context.phraseRulesOnly ? phrases : withoutDenials(text, phrases),
      scanSentences(
        text,
        'guilt-or-innocence',
        'III.B.1.c',
        [
          culpabilityClaim,
          relativeCrime,
          caughtInTheAct,
          innocenceClaim,
          namedAsCulprit,
          witnessedCrime,
          deedAsNoun,
          doneByPerson,
          whoElse,
          deedAsDescription,
          commonKnowledge,
          labelledOffender,
          blameLaidOn,
          faultCausedHarm,
          wrongPerson,
          whatTheyDid,
          ownedUp,
          noMystery,
        ],
        message,
        context,
      ),
    ).filter(
      (finding) =>
        !isRumourRetold(text, finding) &&
        !isSaidByOthers(text, finding) &&
        !asksTheLaw(text, finding) &&
        !isFeat(text, finding) &&
        !isPlayedPart(text, finding),
    );
    return withModelFindings(
      text,
      {
        kind: 'guilt-or-innocence',
        section: 'III.B.1.c',
        message,
        ruleFindings: ruleFindings,
        // The model also reads the sentences beside a rule's finding. Round nine kept it quiet
        // there (16 findings fewer, 11 of them false); leaving each of the fourteen newest
        // development sets out in turn (round twenty-two), that quiet cost 21 of 1,217 spans for
        // 1.2 points of precision (recall 0.850 → 0.867, precision 0.876 → 0.864), and guilt's
        // recall is the bar still unmet, so it is gone.
        // "Know who did it? Call us.", "Who robbed the store on Elm Street?": a question that asks
        // who is an appeal, not a claim; "Who else but Trent would…?" and "Who didn't see that
        // Darnell was the thief?" name him.
        // Round sixteen: "Is the driver at fault?" asks too.
        excepted: (start, end) =>
          asksWho(text.slice(start, end)) ||
          ASKS_WHETHER.test(text.slice(start, end)) ||
          // round thirty: "Do you know it was him?" (round three's clean question), which the
          // model trained on sixty-eight sets weighed as a claim
          ASKS_IF_KNOWN.test(text.slice(start, end)) ||
          // round thirty-seven: "Was it Kenny who took the bikes?" (a clean question of the
          // shapes tests), which the model trained on ninety sets weighed as a claim; "Wasn't it
          // Garrett who…?" insinuates and stays the model's
          ASKS_WHO_IT_WAS.test(text.slice(start, end)) ||
          // round thirty-three: a scam's victim who "nearly did it" (round ten's near miss), which
          // the model trained on eighty-two sets weighed as a claim; a deed nearly done is not done
          NEARLY_DONE.test(text.slice(start, end)) ||
          asksTheLaw(text, { start, end }) ||
          saysWhatOthersSay(text.slice(start, end)) ||
          creditsSomeone(text.slice(start, end)) ||
          // round forty-four: "she's the one who let him plead down last time" (the shapes tests'
          // near miss), which the model trained on 104 sets weighed as a claim: a plea allowed is
          // a court's act, no crime
          PLEA_ALLOWED.test(text.slice(start, end)) ||
          // round forty-six: an unknown person's deed reported, or told just after an appeal to
          // identify them (the structure tests' near misses), which the model trained on 108 sets
          // weighed as claims
          UNKNOWN_DOER_REPORTED.test(text.slice(start, end)) ||
          (/^\s*(?:He|She|They)\b/.test(text.slice(start, end)) &&
            UNKNOWN_APPEALED_BEFORE.test(text.slice(Math.max(0, start - 200), start))) ||
          isPlayedPart(text, { start, end }),
      },
      context,
    );
  },
};
