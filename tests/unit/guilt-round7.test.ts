import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c, round seven: deeds the blind fourteenth corpus told of named or described people,
 * each written here by hand in other words, beside the near miss each must still leave clean.
 */
const rules = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const flags = (text: string) => rules(text).length > 0;

describe('guilt: deeds a relative clause or a subject tells as fact', () => {
  it('flags shots fired, a car rammed, a bottle thrown, a van T-boned', () => {
    expect(
      rules('Police arrested Tobias Renn, 31, who fired several rounds into the bar.'),
    ).toEqual(['who fired several rounds into the bar']);
    expect(flags('Ilse Marr, 44, who rammed her neighbour’s truck twice, is charged.')).toBe(true);
    expect(flags('Witnesses say Gideon Vale threw the bottle that cut the server.')).toBe(true);
    expect(flags('The driver who T-boned the school bus, Ana Roy, 52, was arrested.')).toBe(true);
  });

  it('flags a weapon brought to a school, drugs sold, money taken, someone caught red-handed', () => {
    expect(
      flags('Eli Marsh, the student who brought a knife to Westfield High, was charged.'),
    ).toBe(true);
    expect(flags('Police say Dara Quill was the one selling vapes behind the gym.')).toBe(true);
    expect(flags('Detectives say Ross Kiel is the one who took the church’s building fund.')).toBe(
      true,
    );
    expect(flags('Deputies caught Milo Serrat red-handed cutting the fence.')).toBe(true);
  });

  it('leaves the same verbs where nobody did wrong', () => {
    expect(flags('Chief Adeyemi fired up the grill for the block party.')).toBe(false);
    expect(flags('Marta Olsen, who brought cookies to the school fair, won the raffle.')).toBe(
      false,
    );
    expect(flags('Kai Lund threw the first pitch at Saturday’s charity game.')).toBe(false);
    // Leaving the scene is how a neutral report tells an unknown driver's getaway.
    expect(flags('The driver fled the scene before officers arrived.')).toBe(false);
    expect(flags('Nadia Park, who runs the food pantry fund, thanked the volunteers.')).toBe(false);
  });
});
