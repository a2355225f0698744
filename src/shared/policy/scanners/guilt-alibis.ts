import { CRIME_TOLD, SPANISH_CRIME_TOLD } from '../language/crime';
import { OFFICER_TITLE_WORDS } from '../language/people';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED, tellsOfDeedBeside } from './guilt-sayings';

/*
 * Innocence vouched for (III.B.1.c) in the shapes of round twenty-one (the thirty-ninth and
 * fortieth development sets): the deed ruled out ("he couldn't have set any of them") and the deed
 * defended ("he was protecting his family", "fue defensa propia"). Each needs a crime told in the
 * text. An alibi alone ("he was at my house all night") is not read, nor "the real shooter is
 * still out there": 24 of the 29 alibis in the development sets are labelled clean, and only the
 * two sets whose brief asked for alibis label them.
 */

/** A dog or a K-9 told just before, whose protecting is no defence of a crime. */
const PET_BEFORE = /\b(?:dogs?|K-?9|pup|puppy|canine)\b/i;

export function alibiRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "he couldn't have set any of them", "He could not have been the driver", "so he couldn't
      // have done those"; not "we couldn't have done it without you" nor "it couldn't have gone
      // better"
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:[Hh]e|[Ss]he|(?!(?:It|That|This|We|You|I|They|Officers|Deputies|Detectives|Police|Our)\b)\p{Lu}[\p{Ll}'’-]+)\s+(?:couldn['’]?t|could\s+not|can['’]?t|cannot|could\s+never)\s+(?:possibly\s+)?(?:have|of)\s+(?:done|set|started|stolen|taken|shot|hit|killed|robbed|been\s+(?:the|that|driving|there|the\s+one))\b(?:\s+[\p{L}'’-]+){0,3}`,
        'gu',
      ),
      hints: ['have'],
      keep: (text, start, end) =>
        tellsOfDeedBeside(text, start, end) &&
        !THANKED.test(sentenceAround(text, start, end)) &&
        // "couldn't have done it without your tips", "couldn't have done a better job": praise
        !/^[^.!?\n]{0,12}\b(?:without|better|faster|sooner|prouder|happier|more)\b/i.test(
          text.slice(end - 12, end + 30),
        ) &&
        // an officer or a K-9 at work: "Sgt. Diaz couldn't have been there any faster"
        !new RegExp(String.raw`\b(?:${OFFICER_TITLE_WORDS}|K-?9)\.?\s+$`, 'i').test(
          text.slice(Math.max(0, start - 14), start),
        ),
      message,
    },
    {
      // "He was protecting his stepson in the passenger seat", "he was protecting his family":
      // the deed defended; "Fue defensa propia" (it was self-defence)
      pattern:
        /(?<![\p{L}\p{N}_])(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{Ll}'’-]+)\s+(?:was|were)\s+(?:just\s+|only\s+)?protecting\s+(?:himself|herself|themselves|(?:his|her|their)\s+(?:\d+\s+|two\s+|three\s+)?(?:family|kids|children|son|daughter|stepson|stepdaughter|wife|husband|girlfriend|boyfriend|mother|mom|father|dad|home|house))\b|(?<![\p{L}])[Ff]ue\s+(?:en\s+)?[Dd]efensa\s+[Pp]ropia(?![\p{L}])/gu,
      hints: ['protecting', 'defensa'],
      keep: (text, start) =>
        (CRIME_TOLD.test(text) ||
          SPANISH_CRIME_TOLD.test(text) ||
          /\b(?:shot|shooting|fired|gun|dispar\p{L}*)\b/iu.test(text)) &&
        // "Duke bit a man who broke into the garage. He was protecting his home.": a dog's
        !PET_BEFORE.test(text.slice(Math.max(0, start - 120), start)),
      message,
    },
  ];
}
