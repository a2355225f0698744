import { ANIMAL } from '../language/animals';
import { STAFF_TITLE_IN } from '../language/people';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { NAME } from './guilt-accusations';
import { askedOfAnyone } from './guilt-complicity';
import { attributed } from './guilt-insinuations';
import { kept, notBlamed } from './guilt-negligence';

/*
 * Guilt or innocence told in everyday idioms (round thirty-three, read in the eighty-first and
 * eighty-second sets): a denial with a double negative ("Lance didn't siphon nothing"), a deed
 * said not to be on someone ("That load is not on him"), the culprit named as a hunch ("Pretty
 * sure it's Lance", "That's Ronnie Mezick, plain and simple"), a blame spoken to the person
 * ("Corinne, you did this"), a wrong known for months ("He knew for MONTHS"), money helped to, old
 * tricks and the same con, a story that fools nobody, and blood on someone's hands. (A deed caught
 * on camera is guilt-accusations.ts's rule, with its guards for pets, staff and dances.)
 *
 * Which need a case told near (`blamedNear`): every shape whose words could be said of a lunch, a
 * show or a job ("it's Lance", "you did this", "knew for years", "not on her"), and not where
 * credit is given (money raised, a prize won: a fundraiser's "$" is no theft). Words that tell a
 * wrong themselves ("helped himself to $41,000", "isn't fooling anyone with that story") need no
 * case, only no sign that no one is blamed (`notBlamed`: a question to anyone, staff at work,
 * words attributed, thanks, a eulogy).
 */

const SUBJECT = String.raw`(?!(?:And|But|So|Or|Then|Plus)\s)(?:${NAME}|[Hh]e|[Ss]he)`;

/** A name as a comment writes it to someone: "Mr. Haskins", "Dr. Patel", "Corinne". */
export const ADDRESSED = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?${NAME}`;

/** Credit given near: money raised, a prize won, a food drive's haul. */
const CREDIT_NEAR =
  /\b(?:raised|raising|collected|donated|donations?\s+(?:drive|for)|won|winners?|gift\s+card|award\w*|prize|fundrais\w*|food\s+drive|congrat\w*|proud|honou?r(?:ed)?|retir\w*)\b/i;

/** Beside a case, and not where credit is given. */
export const blamedNear = (text: string, start: number, end: number) =>
  !CREDIT_NEAR.test(text.slice(Math.max(0, start - 200), end + 120)) && kept(text, start, end);

/** Deeds a double-negative denial names: "didn't take nothing", "never touched nobody's pots". */
const DENIED_DEED = String.raw`(?:take|took|steal|stole|siphon(?:ed)?|touch(?:ed)?|hurt|rob(?:bed)?|break|broke|burn(?:ed)?|start(?:ed)?|sell|sold|pull(?:ed)?|lift(?:ed)?|grab(?:bed)?|swipe[d]?|skim(?:med)?|drain(?:ed)?|hit|shoot|shot|cut)`;

/** Where a thing is on, not whom: a street, a channel, an app ("It's not on Netflix"). */
export const A_PLACE_OR_CHANNEL =
  /\bon\s+(?:Main|Elm|Oak|Pine|Maple|Broadway|Facebook|Zoom|YouTube|Instagram|TikTok|Twitter|Nextdoor|Netflix|Hulu|Peacock|Prime|Disney|Paramount|Spotify|Max|Live|Channel|Cable|Radio|TV|Sale)\b|\b(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct)\.?$/;

/** An alibi told beside a denial: "She wasn't even in town that day" ("he was at the dentist" is any day's). */
const ALIBI_NEAR =
  /\bwasn['’]?t\s+(?:even\s+)?(?:there|in\s+town|on\s+the\s+(?:property|site|lot|boat)|home|around|working)\b/i;

/** The words before a place's name: "on Ridge", "in Crestview". */
const PLACE_BEFORE = /\b(?:on|in|at|of|from)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

/** Who else a denial puts the deed on, or the wrong person it says was taken. */
const CULPRIT_NAMED_NEAR =
  /\b(?:[Ii]t\s+was\s+(?:his|her|him|their|\p{Lu}\p{Ll}+)|[Ww]rong\s+(?:man|guy|person|one)|the\s+one\s+(?:who|that)|innocent|had\s+nothing\s+to\s+do)\b/u;

/** Blood on the hands of a hunter, a surgeon, a first-aider, in their own sentence: no blame. */
const LITERAL_BLOOD =
  /\b(?:surgery|surgeon|hunt(?:er|ing)|deer|field-dress\w*|butcher\w*|CPR|first\s+aid|nosebleed|paper\s+cut|bandag\w*)\b/i;

export function idiomRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Lance didn't siphon nothing", "Dustin didn't take nothing", "He never touched nobody's
      // pots": a denial, said as people say it
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${SUBJECT}\s+(?:didn['’]?t|did\s+not|never|ain['’]?t)\s+${DENIED_DEED}\s+(?:nothing|NOTHING|Nothing|nothin['’]?|nobody['’]s\s+(?!feelings)\p{L}+|no\s+(?:body|one)['’]s\s+(?!feelings)\p{L}+)(?![\p{L}])`,
        'gu',
      ),
      hints: ['nothing', 'nothin', 'nobody', "no one's", 'no one’s', "nobody's", 'nobody’s'],
      // beside a case, or another named for the deed; not "He didn't take nothing from me, he
      // just asked for directions"
      keep: (text, start, end) =>
        kept(text, start, end) ||
        (!notBlamed(text, start, end) &&
          CULPRIT_NAMED_NEAR.test(text.slice(Math.max(0, start - 200), end + 200))),
      message,
    },
    {
      // "That load is not on him", "This one is not on Corinne", "It ain't on her"; not "It's
      // not on Netflix" nor a task that is not on someone's list
      pattern: new RegExp(
        String.raw`(?<=^|[.!?:;]\s{1,3}|\n|,\s|["“(])(?:[Tt]his|[Tt]hat|[Ii]t)(?:\s+(?:one|load|crash|fire|wreck|death|accident))?(?:\s+is\s+not|\s+isn['’]t|\s+was\s+not|\s+wasn['’]t|\s+ain['’]t|['’]?s\s+not)\s+on\s+(?:${NAME}|him|her)(?:\s+at\s+all)?(?=\s*[,.!;"”\n]|\s*$)`,
        'gu',
      ),
      hints: [' on '],
      keep: (text, start, end) =>
        !A_PLACE_OR_CHANNEL.test(text.slice(start, end)) &&
        (kept(text, start, end) ||
          (!notBlamed(text, start, end) &&
            ALIBI_NEAR.test(text.slice(Math.max(0, start - 200), end + 200)))),
      message,
    },
    {
      // "That was Corinne's call and nobody else's", "It was Dale's decision"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Tt]hat|[Tt]his|[Ii]t)\s+was\s+(?:all\s+)?${ADDRESSED}['’]s\s+(?:call|decision|doing)(?:\s+and\s+(?:nobody|no\s+one)\s+else['’]s)?(?![\p{L}])`,
        'gu',
      ),
      hints: ['call', 'decision', 'doing'],
      // not "That was Ana's call and a great one"
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !/^\s*,?\s*(?:and\s+)?(?:a|the|it\s+was\s+(?:a|the))\s+(?:great|good|right|smart|best)\b/i.test(
          text.slice(end, end + 40),
        ) &&
        blamedNear(text, start, end),
      message,
    },
    {
      // "Pretty sure it's Lance", "I bet it was Travis", "My money's on Kyle", "Our money is on
      // Brody Lindqvist again", "That's Ronnie Mezick, plain and simple"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:(?:[Pp]retty\s+sure|I['’]m\s+(?:pretty\s+|dead\s+)?sure|I\s+(?:bet|guarantee|swear)|[Bb]et(?:\s+you)?)\s+(?:it\s+(?:was|is)|it['’]s)\s+${ADDRESSED}|(?:[Mm]y|[Oo]ur)\s+money(?:['’]?s|\s+is)\s+on\s+${ADDRESSED}|(?:[Tt]hat['’]s|[Tt]hat\s+is|[Ii]t['’]s)\s+${ADDRESSED},?\s+plain\s+and\s+simple)(?![\p{L}])`,
        'gu',
      ),
      hints: ['sure', 'bet', 'guarantee', 'swear', 'money', 'plain and simple'],
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) && blamedNear(text, start, end),
      message,
    },
    {
      // "It was Ronnie Mezick pulling them pots", "It was his brother-in-law Gary with the pump
      // trailer"
      pattern: new RegExp(
        String.raw`(?<=^|[.!?,]\s{1,3}|\n)[Ii]t\s+was\s+(?:(?:his|her|their|my)\s+(?:\p{Ll}+(?:-in-law)?\s+)?)?${ADDRESSED}\s+(?:pulling|taking|stealing|driving|selling|running|lifting|grabbing|draining|siphoning|with\s+the)\b`,
        'gu',
      ),
      hints: ['it was'],
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) && blamedNear(text, start, end),
      message,
    },
    {
      // "Corinne, you did this", "You did this, Dale"; "Remy Guidry, you know what you did" (round
      // forty-three); not a team thanked for a job well done, nor "you know what you did for
      // this town"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${ADDRESSED},?\s+you\s+(?:did\s+this\b|know\s+(?:exactly\s+)?what\s+you\s+did\b(?!\s+(?:for|to\s+help)\b))|\b[Yy]ou\s+(?:did\s+this(?:\s+to\s+(?:him|her|them|us))?|know\s+(?:exactly\s+)?what\s+you\s+did),\s+${ADDRESSED}(?![\p{L}])`,
        'gu',
      ),
      hints: ['you did this', 'what you did'],
      keep: (text, start, end) =>
        blamedNear(text, start, end) &&
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !/\b(?:thank\w*|sav(?:e|ed|ing)|alive|because\s+of\s+you|held|pulled|covered|hero\w*|grateful|owe\s+you|proud|best|love)\b/i.test(
          text.slice(end, end + 150),
        ),
      message,
    },
    {
      // "He knew for MONTHS", "Leland's known since the summer", "she knew all along"; not
      // "has known the family for years"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${SUBJECT}(?:\s+(?:knew|has\s+known|had\s+known)|['’](?:s|d)\s+known)\s+(?:(?:about\s+it|it)\s+)?(?:for\s+(?:months|years|weeks|MONTHS|YEARS|WEEKS|a\s+(?:year|month|while))|since\s+(?:the\s+)?(?:summer|spring|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|day\s+one|\d{4})|all\s+along|the\s+whole\s+time)(?![\p{L}])`,
        'gu',
      ),
      hints: ['knew', 'known'],
      // "Everybody on Maple St has known for years": a street is not who knew; nor a calling
      // known ("She knew all along she wanted to work in forensics"), nor a surprise party
      keep: (text, start, end) =>
        !PLACE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        !/^\s+(?:that\s+)?(?:he|she|I|they|we)\s+(?:wanted|would|was\s+going\s+to)\b|^\s+about\s+the\s+(?:surprise|party)\b/i.test(
          text.slice(end, end + 40),
        ) &&
        blamedNear(text, start, end),
      message,
    },
    {
      // "helped himself to more than $41,000", "helped herself to the donations"; not to the buffet.
      // Round forty-six: "almost $18,000", "helped herself to his retirement" (a case told
      // near)
      pattern:
        /(?<![\p{L}])helped\s+(?:him|her)self\s+to\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|close\s+to\s+|roughly\s+|about\s+|at\s+least\s+)?(?:\$\s?\d[\d,.]*(?:\s?[kK]|\s+(?:grand|thousand|million))?|[\d,]+\s+(?:dollars|grand)|(?:the|our|their|his|her)\s+(?:cash|money|till|register|funds?|donations?|account|tips?|payroll|retirement|savings|life\s+savings|pension|pallets|inventory|diesel|fuel|copper))(?![\p{L}\d'’-]|\s+(?:bar|jar|box|worth|tickets?)\b)/gu,
      hints: ['helped'],
      // (Round forty-six's review: no digit after the amount, so "$40 worth" is not read as "$4".)
      // Staff too: a coach or a clerk who helps himself to the money is blamed like anyone. An
      // amount is a theft by itself; "the cash" or "the donations" only beside a case.
      keep: (text, start, end) =>
        !askedOfAnyone(text, start) &&
        !attributed(text, start) &&
        // round forty-six's review: not a dog at the brisket ("Our K-9 Duke helped himself to
        // almost $30 of brisket"), nor bingo winnings ("close to $200 at bingo night")
        !ANIMAL.test(text.slice(Math.max(0, start - 40), start)) &&
        !/^\s+(?:(?:of|in)\s+(?:[\p{L}-]+\s+){0,2}?(?:brisket|bacon|snacks?|candy|pizza|donuts?|cookies?|treats?|ribs|burgers?|steaks?|fudge)\b(?!\s+(?:sales?|bank|pantry|drive|money|funds?|fundraiser|proceeds))|(?:at|in)\s+(?:bingo|the\s+(?:casino|slots|raffle|bingo\s+hall)|winnings|prizes?))\b/iu.test(
          text.slice(end, end + 60),
        ) &&
        (/[$\d]/.test(text.slice(start, end)) || blamedNear(text, start, end)),
      message,
    },
    {
      // "he was right back to his old tricks", "has been running the same con since his car-lot
      // days"; a person, not scammers, callers or Mother Nature (NAME leaves them out), nor a dog
      // up to his old tricks
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${SUBJECT}(?:\s+(?:is|was|has\s+been|had\s+been|keeps)|['’]s(?:\s+been)?)?\s+(?:(?:right|already|now|just|still)\s+)?(?:(?:back|up)\s+to\s+(?:his|her)\s+old\s+tricks|(?:running|pulling|working)\s+the\s+same\s+(?:con|scam|hustle|grift)(?:\s+since\s+[^.!?\n]{1,40}?(?=[.!?\n,]|$))?)`,
        'gu',
      ),
      hints: ['old tricks', 'same con', 'same scam', 'same hustle', 'same grift'],
      keep: (text, start, end) =>
        !ANIMAL.test(text.slice(Math.max(0, start - 80), end)) && blamedNear(text, start, end),
      message,
    },
    {
      // "Ray Ellison isn't fooling anyone with that self-defense story"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])${SUBJECT}(?:\s+(?:isn['’]?t|is\s+not|ain['’]?t|wasn['’]?t)|['’]s\s+not)\s+fooling\s+(?:anyone|anybody|nobody|no\s+one)(?:\s+with\s+(?:that|this|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:story|excuse|act|alibi|routine))?(?![\p{L}])`,
        'gu',
      ),
      hints: ['fooling'],
      // A story, an excuse or an alibi that fools nobody is a lie about a case by itself.
      keep: (text, start, end) =>
        !ANIMAL.test(text.slice(Math.max(0, start - 80), end)) &&
        (/\b(?:story|excuse|alibi)\b/.test(text.slice(start, end))
          ? !notBlamed(text, start, end)
          : blamedNear(text, start, end)),
      message,
    },
    {
      // Round forty-four: "sweet-talked a widow on Sunflower Ct out of her whole $4,000 savings",
      // "conned those widows out of their savings"; not a friend talked out of spending hers
      pattern:
        /(?<![\p{L}])(?:sweet-?talked|conned|swindled|cheated|scammed|bilked|fleeced)\s+(?:[^\s.!?]+\s+){1,6}?out\s+of\s+(?:her|his|their)\s+(?:whole\s+|entire\s+)?(?:\$[\d,]+\s+)?(?:life\s+|retirement\s+)?savings\b/gu,
      hints: ['savings'],
      // A deed done, by one person; not a scam warning's "callers have conned seniors out of…"
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        !/\b(?:scam\w*|callers?|fraudsters?|con\s+artists?|crooks|thieves|criminals)\b/i.test(
          text.slice(Math.max(0, start - 80), start),
        ),
      message,
    },
    {
      // Round forty-four, in Spanish: "él solo se defendió", "Boone nomás se defendió" (he only
      // defended himself): innocence said of one accused
      pattern:
        /(?<![\p{L}])(?:(?:él|ella|[\p{Lu}][\p{Ll}]+)\s+)?(?:solo|sólo|nomás|nada\s+más)\s+se\s+(?:defendió|estaba\s+defendiendo)(?![\p{L}])/gu,
      hints: ['defend'],
      // Not a team's game, a chess match, a pet, nor a self-defence class
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        !/\b(?:equipo|partid[oa]|torneo|ajedrez|juego|tiempo|cancha|gol(?:es)?|perr[oa]s?|gat[oa]s?|gatit[oa]s?|clase|curso|tesis|debate)\b/iu.test(
          sentenceAround(text, start, end),
        ),
      message,
    },
    {
      // "that man has blood on his hands", "she's got Rigo's blood on her hands"
      pattern:
        /(?<![\p{L}])(?:has|have|['’]s\s+got|got)\s+(?:\p{Lu}\p{Ll}+['’]s\s+)?blood\s+on\s+(?:his|her|their|your)\s+hands(?![\p{L}])/gu,
      hints: ['blood'],
      keep: (text, start, end) =>
        !notBlamed(text, start, end) &&
        // the hunter's or the surgeon's own sentence, not a harm story's doctor a sentence on
        !LITERAL_BLOOD.test(sentenceAround(text, start, end)),
      message,
    },
  ];
}
