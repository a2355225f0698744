import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round thirty-four: innocence vouched for in shapes the blind eighty-third and eighty-fourth sets
 * wrote and the rules did not read: a deed denied in the perfect tense, "blameless", "no more to
 * blame than". Each sits beside a near miss in the same words that must stay clean. Scanned
 * without the sentence model, so each test holds a rule, not the model's training.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('a deed denied in the perfect tense', () => {
  it('"has never stolen a thing" vouches for a person; a thing that was never stolen does not', () => {
    expect(
      guilt('I coached Dario for three seasons and he has never stolen a thing in his life.'),
    ).toEqual([expect.stringContaining('he has never stolen a thing')]);
    expect(guilt('Ms. Okafor had never beaten anyone, her neighbours told the paper.')).toEqual([
      'Okafor had never beaten anyone',
    ]);
    expect(guilt('Good news: the trailer has never been stolen, it was towed.')).toEqual([]);
    expect(guilt('Our loaner bikes were never stolen once this summer.')).toEqual([]);
    expect(guilt('Dario was never beaten at the county meet, his coach says.')).toEqual([]);
  });
});

describe('blame denied in a word or a comparison', () => {
  it('"blameless" said of a person, not of an innocent smile', () => {
    expect(guilt('Say what you want, Renata is blameless in this.')).toEqual(['is blameless']);
    expect(guilt("Tobin's completely blameless, he was at work.")).toEqual([
      "Tobin's completely blameless",
    ]);
    expect(guilt("Tobin's innocent grin is the first thing you see at the front desk.")).toEqual(
      [],
    );
    expect(guilt('Drivers are rarely blameless in a crash like that, so slow down.')).toEqual([]);
  });

  it('"no more to blame than" the weather vouches for the person named before it', () => {
    expect(
      guilt("I crewed with him for years and he's no more to blame than the ice was."),
    ).toEqual(["he's no more to blame"]);
    expect(guilt('The ice is no more to blame than the tide, so plan your route.')).toEqual([]);
  });
});
