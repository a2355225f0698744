import { CRIME_VERBS } from '../language/crime';
import type { PhraseRule } from './pattern-scanner';

/*
 * III.B.1.c said by naming the doer in answer or in apposition (round nine, from the sixteenth
 * development set): "Who steals a wheelchair from a veteran? Gavin Tully, 33, that's who.",
 * "Remember who emptied the pantry's freezers? That was Gerald Finch", "We know who did this:
 * Silas Whitford", "Kieran Doyle, Samuel Oyelaran's killer, was arrested", "we found our sign
 * thief".
 */

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}`;

/** Verbs a who-question asks about that are a deed though no crime verb: "emptied", "took". */
const DEED_WORDS =
  /^(?:empt\w*|took|take|takes|smash\w*|spray\w*|did|does|dumped|left|torched|keyed|slashed)$/;

/** A who-question asks about a deed: one of its words is a crime verb, or "did this". */
function asksAboutADeed(question: string): boolean {
  return (question.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => {
    const bare = word.replace(/(?:ing|ed|es|s)$/, '');
    return (
      DEED_WORDS.test(word) ||
      [word, bare, `${bare}e`, bare.replace(/(.)\1$/, '$1'), bare.replace(/i$/, 'y')].some((form) =>
        CRIME_VERBS.has(form),
      ) ||
      /^(?:stole|shot|broke|beat|stabbed|robbed)$/.test(word)
    );
  });
}

/** The who-question just before `start`, if there is one: "Who steals a wheelchair…?". */
const QUESTION_BEFORE =
  /(?:^|[.!?]\s+|\n)((?:remember\s+|guess\s+|and\s+)?who\b[^?\n]{3,140}\?+)\s*$/iu;

/** OFFENDER words a department calls its own arrestee by: "our thief", "our porch pirate". */
const OUR_OFFENDER =
  /\bour\s+(?:[\p{L}-]+\s+){0,2}?(?:thief|thieves|burglar|burglars|robber|robbers|shooter|vandal|vandals|tagger|arsonist|porch\s+pirates?|culprits?|perps?|car\s+thief|scammer|shoplifter|pickpocket|carjacker)\b/giu;

export function namingRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Gavin Tully, 33, that's who." after "Who steals…?"
      pattern: new RegExp(
        String.raw`(?<=[?]\s*)(?=\S)(?:(?:[^.!?\n]{1,70}?,\s*)?[Tt]hat['’]s\s+who\b|(?:[Tt]hat|[Ii]t)\s+(?:was|is|would\s+be)\s+${NAME})`,
        'gu',
      ),
      hints: ['who', 'that', 'it'],
      keep: (text, start) => {
        const question = QUESTION_BEFORE.exec(text.slice(Math.max(0, start - 160), start));
        return question !== null && asksAboutADeed(question[1] as string);
      },
      message,
    },
    {
      // "We know who did this: Silas Whitford"; "everybody knows who did it — Dre Collins"
      pattern: new RegExp(
        String.raw`\b(?:we|everyone|everybody|y['’]?all|i|they)\s+(?:all\s+)?knows?\s+(?:exactly\s+)?who\s+(?:did|done|was\s+behind|is\s+behind)\s+(?:this|it|that)\s*[:—–-]+\s*${NAME}`,
        'giu',
      ),
      hints: ['who'],
      message,
    },
    {
      // "Kieran Doyle, Samuel Oyelaran's killer, was arrested"
      pattern: new RegExp(
        String.raw`${NAME},\s+(?:${NAME}['’]s?\s+)(?:killer|murderer|attacker|assailant|shooter|rapist|abuser|kidnapper)\b`,
        'gu',
      ),
      hints: [
        'killer',
        'murderer',
        'attacker',
        'assailant',
        'shooter',
        'rapist',
        'abuser',
        'kidnapper',
      ],
      message,
    },
    {
      // "we found our sign thief", "Our thief finally got sloppy"; in an appeal too ("help us
      // find our porch pirate"), as "the thief who…" is (tests/corpus/README.md)
      pattern: OUR_OFFENDER,
      hints: ['our'],
      message,
    },
  ];
}
