import { CRIME_TOLD } from '../language/crime';
import { STAFF_TITLE_IN } from '../language/people';
import type { PhraseRule } from './pattern-scanner';
import { NAME } from './guilt-accusations';
import { ADDRESSED, blamedNear } from './guilt-idioms';
import { notBlamed } from './guilt-negligence';

/*
 * Guilt (III.B.1.c) asked rather than said (round forty-four, read in the one-hundred-third and
 * one-hundred-fourth sets): the wrong taken as done and put to the one who did it ("How do you
 * sleep at night, Mr. Pruitt?", "Was it worth a little girl's life?", "Hope the timber was worth
 * it, Garrett"), a duty skipped asked after ("Where was he when the wind warning came out??"),
 * and a defence disbelieved ("does he really think anyone believes the warnings never reached
 * him?"). A question names no one's guilt by its form alone: each needs the person, a life, a
 * saving made at someone's cost, a warning, or a case told near.
 */

/** A question the writer answers at once: "Under the neighbor's porch!", "At the shelter". */
const ANSWERED =
  /^\s*\??\s*(?:at|in|on|under|inside|behind|hiding|stuck|asleep|sleeping|working|helping|home|out|right|because|cause)\b/i;

/** A defence named in the question: the warnings, an accident, not knowing. */
const DEFENCE_TOLD =
  /^[^?.!\n]{0,80}?\b(?:warnings?|never\s+(?:knew|saw|got|reached|heard)|didn['’]t\s+(?:know|see|hear)|accident(?:al)?|self[-\s]defen[cs]e|alibi|innocent|mistake|brakes?|inspect\w*|footings?|safe)\b/i;

/**
 * Money saved at someone's cost: "how much did you save on tires", "to save a week on a contract";
 * not "we saved her a plate".
 */
const CORNERS_CUT =
  /\bsav(?:e|ed|ing)\s+(?:(?:you|him|her|them)\b(?!\s+(?:a|an|the|some|my|your)\s)|(?:on|a\s+(?:few|week|buck|dollar|couple)|some\s+(?:money|cash|bucks|time))\b)|\b(?:greed\w*|profits?|cut\s+corners|corners\s+cut)\b/i;

export function askedRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // Round forty-four: "How do you sleep at night, Mr. Pruitt?", "Was it worth a little girl's
      // life?", "Hope the timber was worth it, Garrett": the wrong taken as done, asked of the one
      // who did it; not "How do you sleep at night with a newborn?" nor a race "worth it? Absolutely"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])[Hh]ow\s+(?:do|does|can)\s+(?:you|he|she|they)\s+sleep\s+at\s+night(?:,?\s+${ADDRESSED})?(?=\s*[?!]|\s+knowing\b)|(?<![\p{L}])[Ww]as\s+it\s+worth\s+(?:it(?=\s*\?)|(?:a|an|his|her|their|that|the|those|these|two|three|four|five|\d+)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:life|lives)\b)|(?<![\p{L}])[Hh]ope\s+(?:the|that|those|it)\s+(?:[\p{L}'’$-]+\s+){0,2}?(?:was|were)\s+worth\s+it,\s+${ADDRESSED}`,
        'gu',
      ),
      hints: ['sleep at night', 'worth'],
      keep: (text, start, end) => {
        const words = text.slice(start, end);
        // Put to a Mr. or a Ms.: the wrong is in the words. A first name or a life weighed needs
        // a wrong or a saving near, as a bare question does ("How do you sleep at night, Maria?"
        // to a mother of twins; "Was it worth a life?" in a texting-and-driving tip).
        if (/\bnight\s*,?\s+(?:Mr|Mrs|Ms|Dr)\./u.test(words)) return !notBlamed(text, start, end);
        return (
          !/^\s*\??\s*(?:absolutely|yes|yep|yeah|totally|definitely|100|you\s+bet|heck\s+yes|hell\s+yes|for\s+sure|no(?:pe)?[.!])/i.test(
            text.slice(end, end + 20),
          ) &&
          !notBlamed(text, start, end) &&
          (blamedNear(text, start, end) ||
            CORNERS_CUT.test(text.slice(Math.max(0, start - 200), start)))
        );
      },
      message,
    },
    {
      // Round forty-four: "Where was he when the wind warning came out??", "why was he still
      // sending people down the ramp at 4:30 when the flood warning went out": a duty skipped,
      // asked; the warning, the complaint or the money named in the question
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Ww]here\s+was\s+(?:he|she|${NAME})\s+when|[Ww]hy\s+(?:was|is)\s+(?:he|she|${NAME})\s+still\s+(?!(?:getting|receiving|hearing|seeing|waiting)\b)\p{Ll}+ing)\b[^?.!\n]{0,80}?\b(?:warnings?|complaints?|alarms?|checks?|order|letters?|emails?|reports?|flood|storm|shutdown)\b[^?.!\n]{0,40}\?`,
        'gu',
      ),
      hints: ['where was', 'why was', 'why is'],
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !ANSWERED.test(text.slice(end, end + 20)) &&
        !notBlamed(text, start, end),
      message,
    },
    {
      // "does he really think anyone believes the warnings never reached him?", "Do they really
      // expect a jury to buy that?": a defence disbelieved, asked
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Dd]oes|[Dd]o)\s+(?:he|she|they|${NAME}|(?:his|her|their)\s+(?:lawyer|attorney|client))\s+really\s+(?:think|expect|believe)\s+(?:anyone|anybody|we|us|people|this\s+town|(?:a|the|any)\s+jury)\s+(?:(?:will|would|is\s+going\s+to)\s+)?(?:believes?|buys?|to\s+(?:believe|buy))\b(?!\s+in\b)`,
        'gu',
      ),
      hints: ['really'],
      // A defence in the question or a case near; not a toddler's alibi nor a birthday's age
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !notBlamed(text, start, end) &&
        (DEFENCE_TOLD.test(text.slice(end)) || blamedNear(text, start, end)),
      message,
    },
    {
      // Round forty-five: "Who brings a gun to a kegger and starts shooting …, Marcus?", "Did you
      // honestly think nobody on the waterfront would recognize them, Kevin Furtado?": the deed
      // asked of the one named at its end; not "Who wants pizza, Jen?" with no wrong near
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:Who\s+(?!(?:remembers|knows|wants|needs|likes|loves|misses|makes|shoots\s+better)\b)\p{Ll}+s\b|(?:[Dd]id|[Dd]o)\s+you\s+(?:honestly\s+|really\s+|actually\s+|seriously\s+)?(?:think|believe|expect)\s+(?:nobody|no\s+one|no-one|we|people|anyone)\b)[^.!?\n]{5,120},\s+${ADDRESSED}\s*\?`,
        'gu',
      ),
      hints: ['who', 'you'],
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        // not a deed of ours joked about ("think we wouldn't steal your chili recipe")
        !/\bwe\s+(?:wouldn['’]t|would\s+not|won['’]t|couldn['’]t)\b/i.test(
          text.slice(start, end),
        ) &&
        !notBlamed(text, start, end) &&
        (CRIME_TOLD.test(text.slice(start, end)) || blamedNear(text, start, end)),
      message,
    },
    {
      // Round forty-five: "Who tells a 79 year old woman to take the battery out? Armand did.",
      // "Who steals pain medicine from post-op patients? She did.": the question, and its doer
      pattern: new RegExp(
        String.raw`(?<![\p{L}])Who\s+(?:do\s+you\s+think\s+)?\p{Ll}+\b[^.!?\n]{5,160}\?\s*(?:${ADDRESSED}|He|She)\s+did\s*[.!]`,
        'gu',
      ),
      hints: ['did'],
      // a deed asked as "who does that?" (present tense) or a wrong told, not a
      // credit given ("Who won the raffle? Rosa did!", "Who spotted the stolen car? Mrs. Lee did.")
      keep: (text, start, end) =>
        !STAFF_TITLE_IN.test(text.slice(start, end)) &&
        !/^Who\s+(?:do\s+you\s+think\s+)?(?:remembers|knows|wants|won|raised|found|shovell?ed|scored|caught|brought|baked|made|performed|saved|rescued|spotted|stopped|helped|donated|called|reported|organi[sz]ed|built|painted|cooked|cleaned|collected|finished|ran|noticed|pulled)\b/.test(
          text.slice(start, end),
        ) &&
        !/\b(?:game|ninth|inning|goals?|points|race|return|lost|found|pick\s+up|volunteer\w*|help\w*|donat\w*|raffle|contest|prize|cookies|donuts|for\s+free|miles\s+to|steals\s+(?:home|second|third|the\s+show))\b/i.test(
          text.slice(start, end),
        ) &&
        (/^Who\s+(?:do\s+you\s+think\s+)?\p{Ll}+s\b/u.test(text.slice(start, end)) ||
          CRIME_TOLD.test(text.slice(start, end)) ||
          blamedNear(text, start, end)) &&
        !notBlamed(text, start, end),
      message,
    },
  ];
}
