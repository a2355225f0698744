import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c: ten claims of guilt and ten near misses, written by hand for this round before any
 * rule was changed (issue 13: test rules on sentences nobody tuned on). Each positive carries a
 * different shape: a nominalisation, a passive with the person as agent, a claim split across
 * sentences, a subordinate clause, a quoted victim, a rhetorical question, irony, emoji, Spanish,
 * an implication. Each near miss is the neutral twin of one of those shapes.
 */

const hits = (text: string) => guiltOrInnocenceScanner.scan(text).length > 0;

export const INVENTED_POSITIVES: readonly string[] = [
  "Daniel Pruitt's theft of the delivery van is all over the neighbourhood chat.",
  'The bakery on Elm was torched by Colin Reyes last week, plain and simple.',
  'Police arrested Janelle Ortiz overnight. She torched the warehouse, no question.',
  'Everyone knows the fire at the mill was started by the Dawson kid.',
  'The victim told officers, “That man stabbed me,” and pointed at Ruiz.',
  'Who else would have robbed the pharmacy but Kyle Benton?',
  'Sure, Mr. Haines just happened to have forty stolen catalytic converters in his garage 🙄',
  'Gavin Torres = thief 🤡',
  'Ese hombre, Raúl Méndez, le robó el carro a mi vecina.',
  'The break-ins stopped the day Owen Park was arrested. Tells you everything.',
];

export const INVENTED_NEAR_MISSES: readonly string[] = [
  "Daniel Pruitt's arrest in connection with the theft of a delivery van was made Tuesday.",
  'The bakery on Elm was damaged by fire; the cause is under investigation.',
  'Police arrested Janelle Ortiz overnight. She is charged with arson and held at the county jail.',
  'Investigators are working to determine who started the fire at the mill.',
  'The victim told officers a man in a grey hoodie stabbed him and ran north.',
  'Who robbed the pharmacy on Fifth? If you saw anything, call 555-0100.',
  'Mr. Haines has been charged with possession of stolen property and is presumed innocent until proven guilty.',
  'Gavin Torres, 31, was booked on a theft charge 📋',
  'Raúl Méndez fue arrestado y acusado de robo de vehículo.',
  'The break-ins were reported between 2 and 4 a.m.; anyone with video is asked to call.',
];

describe('guilt: invented sentences (written before this round’s rule changes)', () => {
  it('reports the score', () => {
    const tp = INVENTED_POSITIVES.filter(hits).length;
    const tn = INVENTED_NEAR_MISSES.filter((s) => !hits(s)).length;
    console.log(`invented: ${tp}/10 positives flagged, ${tn}/10 near misses clean`);
    for (const s of INVENTED_POSITIVES) if (!hits(s)) console.log('  missed:', s);
    for (const s of INVENTED_NEAR_MISSES) if (hits(s)) console.log('  false alarm:', s);
    expect(tn).toBeGreaterThanOrEqual(0);
  });
});
