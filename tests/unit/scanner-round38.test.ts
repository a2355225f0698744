import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round thirty-eight. Scanned without the sentence model, so each test holds a rule, not the
 * model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('staff named after a lowercase title in an idiom', () => {
  it('"It was their coach Dale driving" is staff at work, as "Coach Dale" is', () => {
    expect(
      guilt(
        'Someone drained the diesel from the milk truck overnight and the sheriff is ' +
          'investigating the theft. It was their coach Dale driving the truck that morning.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'The bikes were stolen from the rack on Friday. It was my sergeant Ruiz with the ' +
          'trailer, hauling them back to the station.',
      ),
    ).toEqual([]);
  });

  it('a relative in the same words is still blamed', () => {
    expect(guilt('The theft case is open. It was his dad Gary with the pump trailer.')).toEqual([
      'It was his dad Gary with the',
    ]);
  });
});

describe('a chore told with a street verb', () => {
  it('paint stripped and branches cut off are chores; copper and converters are not', () => {
    expect(guilt('Dale has been stripping old paint off the porch all week.')).toEqual([]);
    expect(guilt('Kyle cut the branches off the maple for Mrs. Ortiz.')).toEqual([]);
    expect(guilt('Somebody siphoned water from the flooded basement.')).toEqual([]);
    expect(guilt('Dale has been stripping copper out of the vacant houses on Elm.')).toEqual([
      'Dale has been stripping copper out of the vacant houses',
    ]);
    expect(guilt('Kyle cut the converters off three cars behind the church.')).toEqual([
      'Kyle cut the converters off three cars behind the church',
    ]);
  });
});

describe('a name ends at the line', () => {
  it("the words marked stop at the name, not the next line's first word", () => {
    expect(
      guilt(
        'Somebody took the bikes off the rack again and the theft report is in. My money is on ' +
          'Kyle\nRacks will be moved Monday.',
      ),
    ).toEqual(['My money is on Kyle']);
    expect(
      guilt('The bikes were stolen Friday, case is open. Pretty sure it was Travis\nPhotos below.'),
    ).toEqual(['Pretty sure it was Travis']);
  });
});
