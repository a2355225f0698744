import type { Finding } from '../finding';
import { before, sentenceAround } from './pattern-scanner';

/**
 * A rumour retold to be put down (III.B.1.c): "shared with claims that he robbed the bakery.
 * Mr. Whitaker had nothing to do with it." The claim is others', and the text denies it; a
 * rumour confirmed ("we can confirm the claims that he stole…") is the writer's claim again.
 */
const RUMOUR_BEFORE =
  /\b(?:claims?|claiming|rumou?rs?|rumou?red|accusations?|accusing\s+(?:him|her|them)|gossip|speculation|posts?\s+(?:saying|claiming))\s+(?:that\s+)?$/i;
const CONFIRMED = /\b(?:confirm\w*|true|verified|substantiated|proved|proven|correct)\b/i;
const DENIED =
  /\b(?:nothing\s+to\s+do\s+with|no\s+part\s+in|not\s+involved|false|untrue|innocent|cleared|stop\s+sharing|not\s+(?:a\s+)?suspect|wrong\s+(?:man|person|guy))\b/i;

export function isRumourRetold(text: string, finding: Finding): boolean {
  return (
    RUMOUR_BEFORE.test(before(text, finding.start, 40)) &&
    !CONFIRMED.test(sentenceAround(text, finding.start, finding.end)) &&
    DENIED.test(text)
  );
}

/**
 * What people in general say, told to answer it (round twenty): "People saying he did it or
 * didn't do it have not seen the full video", "Anyone who says he didn't do it should ask Mr.
 * Huang". Not "Everyone says he did it", which tells the claim as common knowledge, nor "ask him
 * why he did it", which takes the deed as done.
 */
const PEOPLE_SAYING = String.raw`\b(?:people|anyone|anybody|those|folks|whoever)\s+(?:who\s+(?:say|says|said|claim|claims|think|thinks|are\s+saying|keep\s+saying)|saying|claiming)`;
const OTHERS_SAYING = new RegExp(
  `${PEOPLE_SAYING}\\s+(?:that\\s+)?(?:[\\p{L}'’]+\\s+){0,5}?$`,
  'iu',
);

export function isSaidByOthers(text: string, finding: Finding): boolean {
  return (
    OTHERS_SAYING.test(before(text, finding.start, 50)) &&
    // "People saying he's innocent are 100% right": agreed with, the claim is the writer's too
    !/^[^.!?\n]{0,30}?\b(?:right|correct|true|spot\s+on)\b/i.test(text.slice(finding.end))
  );
}

const PEOPLE_SAY = new RegExp(`${PEOPLE_SAYING}\\b`, 'iu');

/** A sentence that tells what people in general say: the model's exception. */
export function saysWhatOthersSay(sentence: string): boolean {
  return PEOPLE_SAY.test(sentence);
}
