import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round thirty-four: innocence vouched for in shapes the blind eighty-third and eighty-fourth sets
 * wrote and the rules did not read: a deed denied in the perfect tense, "blameless", "no more to
 * blame than". Round thirty-five: two clean sentences of the eighty-fifth and eighty-sixth sets the
 * rules flagged (a cook-off's "justice has been served", one of an unnamed gang filmed). Each sits
 * beside a near miss in the same words. Scanned without the sentence model, so each test holds a
 * rule, not the model's training.
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
  it('"blameless" said of a person, not of nobody in particular', () => {
    expect(guilt('Say what you want, Renata is blameless in this.')).toEqual(['is blameless']);
    expect(guilt("She's blameless, she was at work that night.")).toEqual(["She's blameless"]);
    expect(guilt('Nobody is blameless when they text and drive, so put the phone down.')).toEqual(
      [],
    );
  });

  it('"no more to blame than" the weather vouches for the person named before it', () => {
    expect(
      guilt("I crewed with him for years and he's no more to blame than the ice was."),
    ).toEqual(["he's no more to blame"]);
    expect(guilt("Phones? They're no more to blame than the drivers holding them.")).toEqual([]);
  });
});

describe('a claim the words make only about someone', () => {
  it('"justice has been served" after a sentence, not after a cook-off won at last', () => {
    expect(
      guilt('Raymond Pike was sentenced to 14 years on Friday. Justice has been served.'),
    ).toEqual(['Justice has been served']);
    expect(
      guilt(
        'The chief’s brisket took the trophy at the cook-off. After six years of losing to the fire station, justice has been served!',
      ),
    ).toEqual([]);
  });

  it('"caught one of them on camera" doing a deed, not one of an unnamed gang filmed', () => {
    expect(
      guilt(
        'Kids keep tagging the overpass. I caught one of them on camera spray painting my fence.',
      ),
    ).toEqual([expect.stringContaining('caught one of them on camera spray painting')]);
    expect(
      guilt(
        'Package thieves hit Birch Ct on Monday. A neighbor caught one of them on her doorbell camera and sent us the clip.',
      ),
    ).toEqual([]);
  });
});
