import { CRIME_TOLD } from '../language/crime';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED, tellsOfDeed } from './guilt-sayings';

/*
 * Innocence vouched for (III.B.1.c) in the shapes of round twenty-one (the thirty-ninth and
 * fortieth development sets): the deed ruled out ("he couldn't have set any of them") and the deed
 * defended ("he was protecting his family", "fue defensa propia"). Each needs a crime told in the
 * text. An alibi alone ("he was at my house all night") is not read, nor "the real shooter is
 * still out there": 24 of the 29 alibis in the development sets are labelled clean, and only the
 * two sets whose brief asked for alibis label them.
 */

/** A crime told outside the words matched, which may name one themselves ("couldn't have set"). */
const crimeBeside = (text: string, start: number, end: number) =>
  tellsOfDeed(`${text.slice(0, start)} ${text.slice(end)}`);

export function alibiRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "he couldn't have set any of them", "He could not have been the driver", "so he couldn't
      // have done those"; not "we couldn't have done it without you" nor "it couldn't have gone
      // better"
      pattern: new RegExp(
        String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:It|That|This|We|You|I)\b)\p{Lu}[\p{Ll}'’-]+)\s+(?:couldn['’]t|could\s+not|can['’]t|cannot|could\s+never)\s+(?:possibly\s+)?have\s+(?:done|set|started|stolen|taken|shot|hit|killed|robbed|been\s+(?:the|that|driving|there|the\s+one))\b(?:\s+[\p{L}'’-]+){0,3}`,
        'gu',
      ),
      hints: ['have'],
      keep: (text, start, end) =>
        crimeBeside(text, start, end) && !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "He was protecting his stepson in the passenger seat", "he was protecting his family":
      // the deed defended; "Fue defensa propia" (it was self-defence)
      pattern:
        /\b(?:he|she|they)\s+(?:was|were)\s+(?:just\s+|only\s+)?protecting\s+(?:his|her|their)\s+(?:family|kids|children|son|daughter|stepson|stepdaughter|wife|husband|girlfriend|boyfriend|mother|mom|father|dad|home|house)\b|(?<![\p{L}])fue\s+(?:en\s+)?defensa\s+propia(?![\p{L}])/giu,
      hints: ['protecting', 'defensa'],
      keep: (text) =>
        CRIME_TOLD.test(text) || /\b(?:shot|shooting|fired|gun|dispar\p{L}*)\b/iu.test(text),
      message,
    },
  ];
}
