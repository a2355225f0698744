import type { Finding } from '../finding';
import { before } from './pattern-scanner';

/**
 * A rumour retold to be put down (III.B.1.c): "shared with claims that he robbed the bakery",
 * "rumors that she set the fire". The claim is others', and the post that retells it goes on to
 * deny it.
 */
const RUMOUR_BEFORE =
  /\b(?:claims?|claiming|rumou?rs?|rumou?red|accusations?|accusing\s+(?:him|her|them)|gossip|speculation|posts?\s+(?:saying|claiming))\s+(?:that\s+)?$/i;

export function isRumourRetold(text: string, finding: Finding): boolean {
  return RUMOUR_BEFORE.test(before(text, finding.start, 40));
}
