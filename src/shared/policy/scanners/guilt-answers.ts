import { isCrimeVerbWord } from '../language/crime';
import { OFFICER_TITLE } from '../language/people';
import type { PhraseRule } from './pattern-scanner';

/*
 * III.B.1.c said by naming the doer in answer or in apposition (round nine, from the sixteenth
 * development set): "Who steals a wheelchair from a veteran? Gavin Tully, 33, that's who.",
 * "Remember who emptied the pantry's freezers? That was Gerald Finch", "We know who did this:
 * Silas Whitford", "Kieran Doyle, Samuel Oyelaran's killer, was arrested", "we found our sign
 * thief".
 */

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}`;
/** The doer of a harm, set beside a name: "Kieran Doyle, Samuel Oyelaran's killer". */
const DOERS = [
  'killer',
  'murderer',
  'attacker',
  'assailant',
  'shooter',
  'rapist',
  'abuser',
  'kidnapper',
];

/** Deeds a who-question asks about that no crime verb names: "emptied the pantry's freezers". */
const DEED_WORDS =
  /^(?:emptied|torched|slashed|dumped|trashed|blames|blamed|sped|speeds|hurt|hurts)$/;

/**
 * The deed in "we know who did it" or "who broke into …": "did", a crime's verb, a deed of
 * damage or one of DEED_WORDS, not "who baked the cookies". One list for every "who knows" rule.
 */
export const isKnownDeed = (verb: string) =>
  /^(?:did|done|stole|broke|took|shot|hurt|set|wrecked|ruined|trashed|damaged|destroyed|keyed|egged)$/.test(
    verb,
  ) ||
  DEED_WORDS.test(verb) ||
  isCrimeVerbWord(verb);

/**
 * Who-questions about a feat or a kindness ("Who stole the show?", "Who took home the trophy?",
 * "Who shot the best photo?"): the verb of a crime, but no crime.
 */
export const NO_CRIME =
  /\b(?:show|hearts?|trophy|best|record|contest|costume|photos?|raffle|piñata|pinata|prize|award|winning|won|cook-?off|spotlight|title|crown)\b/i;

/** A who-question asks about a deed: one of its words is a crime verb, and it is about no feat. */
function asksAboutADeed(question: string): boolean {
  if (NO_CRIME.test(question)) return false;
  return (question.toLowerCase().match(/[a-z]+/g) ?? []).some(
    (word) => DEED_WORDS.test(word) || isCrimeVerbWord(word),
  );
}

/** The who-question just before an answer, if there is one: "Who steals a wheelchair…?". */
const QUESTION_BEFORE =
  /(?:^|[.!?]\s+|\n)((?:remember\s+|guess\s+|and\s+)?who\b[^?\n]{3,140}\?+)\s*$/iu;

/** Officers and officials named in an answer are the department's own, not a suspect. */
const isOfficial = (answer: string): boolean => {
  const first = /^[\p{L}\d-]+\.?/u.exec(answer)?.[0] ?? '';
  return OFFICER_TITLE.test(first) || /^(?:Mayor|K-?9)$/.test(first);
};

/**
 * Words a department calls its own arrestee by: "our thief", "our porch pirate", lower-case (not
 * a team, "our Vandals"), and never "our top shooter" at the range.
 */
const OUR_OFFENDER =
  /\b[Oo]ur\s+(?:[\p{Ll}-]+\s+){0,2}?(?:thief|thieves|burglar|burglars|robber|robbers|tagger|arsonist|porch\s+pirates?|car\s+thief|shoplifter|pickpocket|carjacker)\b/gu;

/** An answer that names no person: a K-9, an animal, the weather. */
const NOT_A_PERSON =
  /\bK-?9\b|\b(?:raccoon|dog|cat|bear|squirrel|deer|fox|bird|crow|goat|retriever|puppy|possum|opossum|coyote|wind|storm)\b|\b[Mm]other\s+[Nn]ature\b/;

/** "our porch pirate was a golden retriever", "our thief alert": no person, or no claim. */
const NOT_A_PERSON_AFTER =
  /^\s*(?:(?:was|is|turned\s+out\s+to\s+be)\s+(?:a|an|just\s+a|actually\s+a)\s+(?:\w+\s+){0,2}?(?:raccoon|dog|cat|bear|squirrel|deer|fox|bird|crow|goat|retriever|puppy|possum|opossum|coyote|wind|storm)|alerts?|warnings?|tips?)\b/i;

export function namingRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Gavin Tully, 33, that's who." after "Who steals…?": the answer is the group, the
      // question mark before it is matched, not looked behind for, so the pattern stays linear.
      pattern: new RegExp(
        String.raw`\?[ \t]{0,4}\n?[ \t]{0,4}((?:[^.!?\n]{1,70}?,\s*)?[Tt]hat['’]s\s+who\b|(?:[Tt]hat|[Ii]t)\s+(?:was|is|would\s+be)\s+${NAME})`,
        'gu',
      ),
      group: 1,
      hints: ['who', 'that', 'it'],
      keep: (text, start, end) => {
        const question = QUESTION_BEFORE.exec(text.slice(Math.max(0, start - 160), start));
        const answer = text
          .slice(start, end)
          .replace(/^(?:[Tt]hat|[Ii]t)\s+(?:was|is|would\s+be)\s+/, '');
        return question !== null && asksAboutADeed(question[1] as string) && !isOfficial(answer);
      },
      message,
    },
    {
      // "We know who did this: Silas Whitford"; "everybody knows who did it — Dre Collins"
      pattern: new RegExp(
        // Case-sensitive, so that the name after the colon must be capitalised ("nobody yet" is none).
        // Round fifteen: any deed ("we know who ruined it"), and an age before the name
        // ("…: 16-year-old Tyler Brandt"). Round eighteen: the deed's object in up to eight words
        // ("who set the dumpster fire behind the Ward 4 campaign office: Ray Guillory").
        String.raw`\b(?:[Ww]e|[Ee]veryone|[Ee]verybody|[Yy]['’]?all|I|[Tt]hey)\s+(?:all\s+)?knows?\s+(?:exactly\s+)?who\s+(?:did|done|was\s+behind|is\s+behind|[\p{Ll}]+ed|stole|broke|took|hurt|set)\s+(?:this|it|that|(?:the|our|my)\s+[\p{L}-]+(?:\s+[\p{L}\d'’-]+){0,7}?)\s*[:—–-]+\s*(?:(?:a\s+|the\s+)?\d{1,2}-year-old\s+)?${NAME}`,
        'gu',
      ),
      hints: ['who'],
      // "Everyone knows who stole the show: Dana Ruiz!" is praise, "who baked the cookies" a treat
      keep: (text, start, end) => {
        const matched = text.slice(start, end);
        const verb = /who\s+([\p{Ll}]+)/u.exec(matched)?.[1] ?? '';
        return (
          !NO_CRIME.test(matched) &&
          // "was behind", "is behind" as well as a deed
          (/^(?:was|is)$/.test(verb) || isKnownDeed(verb)) &&
          // "Everyone knows who did this: Officer Dana Ruiz, who painted the whole mural!"
          !isOfficial(matched.replace(/^[^:—–]*[:—–-]+\s*/u, ''))
        );
      },
      message,
    },
    {
      // Round fifteen: "The shooter? That's my neighbor's boyfriend Terrell Hayes."
      pattern: new RegExp(
        String.raw`\b[Tt]he\s+(?:${DOERS.join('|')}|thief|thieves|robber|burglar|shoplifter|carjacker|pickpocket|porch\s+pirate|arsonist|vandal|tagger|culprit|guy\s+who\s+did\s+it)\?\s+(?:[Tt]hat['’]s|[Ii]t['’]s|[Ii]t\s+was|[Tt]hat\s+was)\s+(?:[\p{Ll}'’]+\s+){0,4}?${NAME}`,
        'gu',
      ),
      hints: ['that', 'it', 'that’s', 'it’s', "that's", "it's"],
      // The answer's own words, past its lower-case ones ("our very own Sgt. Mike Ruiz"): no
      // officer, and no K-9, animal or weather ("It was a raccoon named Bandit").
      keep: (text, start, end) => {
        const said = text.slice(start, end).replace(/^[^?]*\?\s+/, '');
        const answer = said.replace(/^\S+\s+(?:was\s+)?(?:[\p{Ll}'’]+\s+)*/u, '');
        // read a little past the match: "our K-" is where the name pattern stops in "our K-9 Rocco"
        const beyond = text.slice(end, end + 12);
        return !isOfficial(answer) && !NOT_A_PERSON.test(said + beyond);
      },
      message,
    },
    {
      // "Kieran Doyle, Samuel Oyelaran's killer, was arrested"
      pattern: new RegExp(
        String.raw`${NAME},\s+(?:${NAME}['’]s?\s+)(?:${DOERS.join('|')})\b`,
        'gu',
      ),
      hints: DOERS,
      message,
    },
    {
      // Round ten: a rhetorical question that names the doer: "who else but Trent Galloway
      // would steal from foster kids at Christmas?"
      pattern: new RegExp(
        String.raw`\b[Ww]ho\s+(?:else\s+)?but\s+${NAME}\s+would\s+[\p{Ll}'’]+`,
        'gu',
      ),
      hints: ['but'],
      // A crime is what he would do, to someone: "who but Coach Ellis would give up a Saturday"
      // is praise, "would shoot hoops" a game, "would rob us of a win" a figure of speech; and
      // an officer is no suspect here.
      keep: (text, start, end) =>
        isCrimeVerbWord(/[\p{Ll}'’]+$/u.exec(text.slice(start, end))?.[0] ?? '') &&
        !OFFICER_TITLE.test(/but\s+(\S+)/.exec(text.slice(start, end))?.[1] ?? '') &&
        !/^\s+(?:(?:us|me|them|him|her|you)\s+of|hoops|photos|pictures|pool|baskets|the\s+breeze)\b/i.test(
          text.slice(end, end + 20),
        ),
      message,
    },
    {
      // Round ten: the other order, "Hope they fry his killer, Dontrell Hayes".
      pattern: new RegExp(
        String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:${DOERS.join('|')})\s*,\s+${NAME}\s+${NAME}`,
        'gu',
      ),
      // "…looking for her attacker, Detective Ana Ruiz said": the one who said it, not the doer.
      keep: (text, start, end) =>
        !OFFICER_TITLE.test(/,\s+(\S+)/.exec(text.slice(start, end))?.[1] ?? '') &&
        !/^\s*,?\s+(?:said|says|told|added|explained)\b/i.test(text.slice(end, end + 16)),
      hints: DOERS,
      message,
    },
    {
      // "we found our sign thief", "Our thief finally got sloppy"; in an appeal too ("help us
      // find our porch pirate"), as "the thief who…" is (tests/corpus/README.md)
      pattern: OUR_OFFENDER,
      hints: ['our'],
      keep: (text, _start, end) => !NOT_A_PERSON_AFTER.test(text.slice(end, end + 60)),
      message,
    },
  ];
}
