import { describe, expect, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';

/*
 * III.B.3.c, round nine: minors the blind seventeenth set named beside an incident that a word of
 * praise or thanks in the same sentence had hidden (a search, a carjacking, a flood rescue, a
 * bullet), and a school's junior named after the name, each written here in other words.
 */
const rules = (text: string) =>
  juvenileIdentityScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('juveniles: an incident beside thanks or an award', () => {
  it('flags a named minor searched for, carjacked, rescued or grazed, though thanks are given', () => {
    expect(rules('Thank you to everyone who searched Pine Hollow for Ava Brandt, 7.')).toEqual([
      'Ava Brandt, 7',
    ]);
    expect(
      rules('Special thanks to volunteer Noor Haddad, 15, who was carjacked on Elm last spring.'),
    ).toEqual(['Noor Haddad, 15']);
    expect(
      rules(
        'Officer Lee earned the Lifesaving Award for pulling 6-year-old Theo Lund from the river.',
      ),
    ).toEqual(['6-year-old Theo Lund']);
  });

  it('leaves an award with no incident', () => {
    expect(rules('Congratulations to Mia Ortiz, 12, on winning the county spelling bee!')).toEqual(
      [],
    );
  });
});

describe('juveniles: a school’s junior after the name', () => {
  it('flags "Name, the Westfield High junior hurt in the crash"', () => {
    expect(
      rules('A moment of silence for Eli Moss, the Westfield High junior hurt in Friday’s crash.'),
    ).toEqual(['Eli Moss, the Westfield High junior']);
  });

  it('leaves a junior officer and junior varsity', () => {
    expect(rules('A junior officer hurt his wrist at the junior varsity game.')).toEqual([]);
  });
});
