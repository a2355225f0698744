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
