import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { scannerExpectations } from './scanner-expectations';

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
    // before the rules of this round: 2/10 and 10/10; after: 9/10 and 10/10
    expect(tp).toBeGreaterThanOrEqual(9);
    expect(tn).toBe(10);
  });
});

/*
 * A second set, written after the rules and measured once without tuning on it: 1/10 flagged and
 * 10/10 clean with the rules before this round, 8/10 and 10/10 after. The two it misses are kept
 * as the honest residue (irony that inverts a denial; a reduced relative as a sentence subject).
 */
const FRESH_POSITIVES: readonly string[] = [
  "Marco Liddell's assault on the bus driver was caught on three phones.",
  'Those tires were slashed by Renee Ocampo, we all saw it happen.',
  'We booked Trey Hollis last night. He knifed a man outside the Rusty Anchor.',
  'Because Dana Kirsch torched her own salon for the insurance, the rest of us pay higher premiums.',
  '“He swung a bat at my head,” the clerk told officers about Wes Durant.',
  'Who else would break into a church on Christmas Eve?',
  "Oh yes, Brent Mayhew is a total angel who definitely didn't run over that cyclist 🙄",
  'Leon Vasquez 🔪🩸 my cousin',
  'Ella fue quien apuñaló al guardia.',
  'The couple walking off with the donation jar was arrested an hour later.',
];
const FRESH_NEAR_MISSES: readonly string[] = [
  "Marco Liddell's attorney says the video will be released Friday.",
  'Several tires were slashed overnight on Delmar Ave; call us if you have video.',
  'We booked Trey Hollis last night on an outstanding warrant. He was cooperative.',
  "Because the salon fire is still under investigation, we can't say more.",
  '“A man swung a bat at my head,” the clerk told officers, describing someone she did not know.',
  'Who else saw the church break-in on Christmas Eve? Please call us.',
  'Brent Mayhew is presumed innocent, and his hearing is set for June 2.',
  'Leon Vasquez 🚓 booked on a warrant this afternoon.',
  'Ella fue detenida el martes.',
  'Help us find the couple walking off with the donation jar at the fair.',
];

describe('guilt: a second invented set, measured once after the rules', () => {
  it('flags at least 8 of 10 and keeps all near misses clean', () => {
    expect(FRESH_POSITIVES.filter(hits).length).toBeGreaterThanOrEqual(8);
    expect(FRESH_NEAR_MISSES.filter(hits)).toEqual([]);
  });
});

const { flagged, clean } = scannerExpectations(guiltOrInnocenceScanner, 'III.B.1.c');

describe('guilt by shape: the deed as a noun', () => {
  it('flags a possessive doer before the deed and "of"/"on"', () => {
    flagged(
      "Tamsin Roe's theft of the church van shocked everyone.",
      "Tamsin Roe's theft of the church van",
    );
    flagged("the shooter's arrest came fast", "the shooter's arrest");
    flagged('After the arrest of the arsonist, calls dropped.', 'arrest of the arsonist');
  });
  it('keeps the victim, a day and a neutral step clean', () => {
    clean("The victim's robbery was reported Monday.");
    clean("Friday's shooting on Elm left two hurt.");
    clean("Tamsin Roe's arrest on a theft charge was made Tuesday.");
  });
});

describe('guilt by shape: the passive with a person as agent', () => {
  it('flags a crime participle or a light verb about a crime, "by" a person', () => {
    flagged(
      'The mailboxes were smashed by Kurt Lang and his brother.',
      'were smashed by Kurt Lang',
    );
    flagged('The fire was started by the Pell kid.', 'was started by the Pell kid');
  });
  it('keeps officers, unknowns, hedges, negation and unrelated light verbs clean', () => {
    clean('The driver was arrested by officers at the scene.');
    clean('The window was smashed by a man in a grey hoodie.');
    clean('The van was allegedly stolen by Kurt Lang.');
    clean('The van was not stolen by Kurt Lang.');
    clean('The meeting was set by Chief Ortiz for Tuesday.');
  });
});

describe('guilt by shape: rhetorical questions, reduced relatives, coordinated verbs', () => {
  it('flags "who else" with a crime, not a plain question', () => {
    flagged('Who else would torch a food bank?', 'Who else would torch');
    clean('Who torched the food bank? Call us.');
  });
  it('flags a definite person described by a deed, not an appeal', () => {
    flagged('The woman stealing packages on Birch is finally in custody.', 'stealing packages');
    clean('Help us identify the woman stealing packages on Birch.');
  });
  it('flags a crime among a person’s coordinated verbs, not after a passive', () => {
    flagged('He walked in, waved, and stabbed the cashier.', 'stabbed');
    clean('Ana Ruiz, 70, was knocked down and robbed of her purse.');
  });
  it('reads a pronoun in an appeal for an unknown person as that person', () => {
    clean('Detectives are trying to identify a man seen at the store. He took cash and left.');
  });
  it('keeps an officer’s use-of-force account clean', () => {
    clean('Officers fired after he pointed a rifle at them.');
  });
});

describe('guilt by shape: phrases of the comment register', () => {
  it('flags an admission as a gerund, not "admitted during"', () => {
    flagged('She admitted torching the shed.', 'admitted torching');
    clean('He was admitted during the night with minor injuries.');
  });
  it('flags "the wrong guy" as innocence, not a belief reported', () => {
    flagged('you locked up the wrong man', 'locked up the wrong man');
    clean('Some of you think we arrested the wrong person; the case is in court.');
  });
  it('flags emoji and equation verdicts and Spanish clefts', () => {
    flagged('Dex 🔫 💀 that kid', 'Dex 🔫 💀');
    flagged('Nora Vail = scammer', 'Vail = scammer');
    flagged('Fue Ramón quien forzó la ventana.', 'quien forzó');
    clean('Fue Ramón quien llamó a la policía.');
  });
});
