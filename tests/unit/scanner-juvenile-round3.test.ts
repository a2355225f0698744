import { describe, expect, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

describe('identifiable juveniles, round three', () => {
  it('reads "the junior" as a school year beside a name', () => {
    flagged(
      'Everybody knows it was Trey Holloway, the junior who drives the red Mustang.',
      'Trey Holloway',
      'junior',
    );
    clean('Officer Dana Reyes spoke to the junior varsity team about bike safety.');
    clean('A junior officer from our Traffic Unit helped at the crash scene.');
    clean('Robert Junior Hayes, 34, was arrested on Main Street.');
  });

  it('reads a bare age opening the next sentence as the named person’s', () => {
    flagged(
      'It was Liam Pereira who threw the brick. 15 and already a menace',
      'Liam Pereira',
      '15',
    );
    flagged('Kids say the fight started with Abby Ng. Only 14!', 'Abby Ng', '14');
    clean('Officers arrested Dana Cole. 15 cars were damaged in the lot.');
    clean('Please contact Det. Sunita Bhattarai at (555) 555-0100, ext. 4.');
    clean('We thank Alicia Gomez for the tip. 10 officers searched the park.');
  });

  it('takes the person, not the car, for a bare age', () => {
    const f = flagged(
      'Everyone says it was Jaylen Ortiz, the junior with the black Charger. 16 and already out of control',
      'Jaylen Ortiz',
    );
    expect(f.text.startsWith('Jaylen Ortiz')).toBe(true);
  });

  it("does not read won't as a celebration that clears a missing child", () => {
    flagged(
      "The boy they're looking for is Kaden, Rosa Jimenez's nephew. He's only 12 and he won't answer if you yell.",
      "He's only 12",
    );
    clean('Congratulations to Maya Lin, the junior who won the essay contest!');
  });
});

/** Sentences written for this round, in no corpus. */
const POSITIVE = [
  "Police are looking for Kaden, Rosa Jimenez's nephew. He's only 12 and doesn't have his phone.",
  'Everybody knows it was Trey Holloway, the junior who drives the red Mustang.',
  'It was Liam Pereira who threw the brick. 15 and already a menace',
  'Kids say the fight started with Abby Ng. Only 14!',
  'That was Danny Rourke, the junior with the skateboard, he ran off after the fight.',
  "Have you seen Sofia, Carmen Ruiz's granddaughter? She's just 11.",
  'Cops grabbed Tyrese Lang last night. 16 yrs old and already on probation',
  'They arrested Owen Platt, a junior at Central, for the break-in.',
  "The missing boy is Eli, Frank Moss's son. He's 9.",
];
/** Written too, and still missed: a role that is the subject, its name after a copula. */
const POSITIVE_MISSED = ['The junior from Eastfield who crashed the car is Marcus Bell.'];
const NEAR_MISS = [
  'Officer Dana Reyes spoke to the junior varsity team about bike safety.',
  'A junior officer from our Traffic Unit helped at the crash scene.',
  'Please contact Det. Sunita Bhattarai at (555) 555-0100, ext. 4.',
  'Congratulations to Maya Lin, the junior who won the essay contest!',
  'Officers arrested Dana Cole. 15 cars were damaged in the lot.',
  "Grace Kim wasn't hurt. She won't need to go to the hospital. She is 45.",
  'The suspect drove off in a silver Charger. 12 witnesses called 911.',
  'Robert Junior Hayes, 34, was arrested on Main Street.',
  'The senior center on Elm hosts a safety talk with Sgt. Lee.',
  'We thank Alicia Gomez for the tip. 10 officers searched the park.',
];

describe('identifiable juveniles, round three: invented sentences (9 of 10 positives, 10 of 10 near misses)', () => {
  it('flags the invented identifications', () => {
    for (const text of POSITIVE)
      expect(juvenileIdentityScanner.scan(text).length, text).toBeGreaterThan(0);
    expect(POSITIVE_MISSED.filter((t) => juvenileIdentityScanner.scan(t).length > 0)).toHaveLength(
      0,
    );
  });
  it('leaves the invented near misses', () => {
    for (const text of NEAR_MISS) clean(text);
  });
});
