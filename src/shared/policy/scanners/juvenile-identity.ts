import type { Finding, Scanner } from '../finding';
import { type PhraseRule, scanWithRules } from './pattern-scanner';

const message = (m: string) =>
  `“${m}” names or identifies a minor in connection with a crime or incident (III.B.3.c). Remove the name, or record why publishing it is approved (for example a missing child) as a justification.`;

const WORD = "\\p{Lu}[\\p{L}'’-]+";
const NAME = `${WORD}(?:\\s+(?:${WORD}|\\p{Lu}\\.))?(?:\\s+${WORD})?`;
const MINOR_AGE = '(?:1[0-7]|[1-9])';
const YOUTH =
  '(?:boy|girl|teen|teenager|juvenile|student|child|kid|son|daughter|youth|minor|middle\\s+schooler|high\\s+schooler|freshman|sophomore|junior|eighth[- ]grader|seventh[- ]grader|sixth[- ]grader)';

const RULES: readonly PhraseRule[] = [
  // "Tyler Brooks, 15," / "Tyler Brooks (15)" / "Mia Lopez, age 12"
  {
    pattern: new RegExp(
      `${NAME},?\\s*(?:\\(\\s*(?:age\\s+)?${MINOR_AGE}\\s*\\)|,?\\s*(?:age(?:d)?\\s+)?${MINOR_AGE}(?:\\s*(?:years?\\s+old|-year-old|yrs?))?)(?!\\d|%|[:/.]\\d|\\s*(?:years?|yrs?)\\s+(?:ago|of\\s+service))`,
      'gu',
    ),
    keep: (text, start, end) =>
      /^\p{Lu}/u.test(text.slice(start, end)) &&
      !/\b(?:Main|Street|Avenue|Road|Route|Highway|Interstate|I|US|Exit|Unit|Apt|Suite|Room|Lot|Precinct|District|Ward|Station|Engine|Ladder|Chapter|Page|Week|Day|Block|Floor|Car|Bus|Grade|Number|Case|Report)\b/.test(
        text.slice(start, end).split(/[,(]/)[0] ?? '',
      ),
    message,
  },
  // "a 14-year-old student at Lincoln Middle School named Ava Reyes"
  {
    pattern: new RegExp(
      `\\b${MINOR_AGE}-year-old\\s+(?:${YOUTH}\\s+)?(?:[\\p{L}\\s]{0,40}?\\s)?(?:named|identified\\s+as|called)\\s+${NAME}`,
      'giu',
    ),
    message,
  },
  // "juvenile named Jordan Price", "student Ava Reyes"
  { pattern: new RegExp(`\\b${YOUTH}\\s+(?:named|identified\\s+as)\\s+${NAME}`, 'giu'), message },
  // "Mia Lopez, a 12-year-old"
  { pattern: new RegExp(`${NAME},\\s+(?:a|an)\\s+${MINOR_AGE}-year-old`, 'gu'), message },
];

export const juvenileIdentityScanner: Scanner = {
  kind: 'juvenile-identity',
  scan(text: string): readonly Finding[] {
    return scanWithRules(text, 'juvenile-identity', 'III.B.3.c', RULES);
  },
};
