import { describe, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { scannerExpectations } from './scanner-expectations';

/*
 * Round seven (III.B.3.c): shapes found by reading the rules and the blind fourteenth corpus,
 * each written here by hand in other words (none of these sentences is in a corpus).
 */
const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

describe('juveniles: a pet introduced by name is no child', () => {
  it('leaves a dog called a good boy, or a Lab mix, with its age', () => {
    clean('Meet Max! He’s a very good boy, 4, and he is looking for a home.');
    clean('Meet Biscuit. She is 3. She is a Lab mix who loves long walks.');
  });

  it('still flags a child called a boy with an age in the sentence after a name', () => {
    flagged(
      'Officers found Tomasz Wiśniewski behind the store. He’s the Kowal family’s boy, 12.',
      'Tomasz Wiśniewski behind the store. He’s the Kowal family’s boy, 12',
    );
  });
});

describe('juveniles: "years of age" abbreviated', () => {
  it('flags “15 yoa” as it flags “15 yo”', () => {
    flagged(
      'Deputies cited Farid Nasser, 15 yoa, after the fight at the skate park.',
      'Farid Nasser, 15 yoa',
    );
    flagged(
      'Deputies cited Farid Nasser, 15yoa, after the fight at the skate park.',
      'Farid Nasser, 15yoa',
    );
  });

  it('leaves an adult’s age written the same way', () => {
    clean('Deputies cited Farid Nasser, 35 yoa, after the fight at the skate park.');
  });
});
