import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round twelve: what the blind twentieth corpus wrote that the rules did not read (each written
 * here in other words), and the near misses each new rule must leave alone. `rules` scans
 * without the sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('political, round twelve', () => {
  const political = politicalScanner;

  it('flags a ballot cast for someone, a recall opposed, a candidate’s sign in a yard', () => {
    expect(rules(political, 'Early voting opens Monday. Cast your vote for Delgado!')).toContain(
      'Cast your vote for Delgado',
    );
    expect(
      rules(political, 'Recall petitions were certified. Defeat the recall on May 5.'),
    ).toContain('Defeat the recall');
    expect(
      rules(political, 'Council candidate Ana Ruiz gets it. Put a Ruiz sign in your window.'),
    ).toContain('Put a Ruiz sign in your window');
  });

  it('flags a candidate asking for support with the election named', () => {
    expect(
      rules(political, 'I am running for sheriff, and I would appreciate your vote in the runoff.'),
    ).toContain('appreciate your vote');
  });

  it('leaves a parade’s ballot, a car maker’s recall and thanks for a toy drive', () => {
    expect(
      rules(political, 'Parade judging: cast your ballot for Best Float at the booth!'),
    ).toEqual([]);
    expect(
      rules(
        political,
        'Vote in the comments to name our K-9 pup! Cast your vote for Biscuit, Ranger or Scout.',
      ),
    ).toEqual([]);
    expect(
      rules(political, 'Ford has issued a recall on airbags. Check whether your car is covered.'),
    ).toEqual([]);
    expect(
      rules(political, 'Thanks for coming to the toy drive, we appreciate your support!'),
    ).toEqual([]);
  });
});

describe('a naming contest, round twelve', () => {
  it('reads a vote in the comments to name a K-9 as a contest, for every vote rule', () => {
    expect(
      rules(
        politicalScanner,
        'Vote in the comments to name our K-9 pup! Vote for Biscuit or Scout.',
      ),
    ).toEqual([]);
    // An election beside it still is one.
    expect(
      rules(
        politicalScanner,
        'Candidates for mayor answer your questions Tuesday. Vote in the comments for the first topic, then vote for Ruiz on Nov. 4!',
      ),
    ).toContain('vote for Ruiz');
  });
});

describe('guilt or innocence, round twelve', () => {
  it('flags an admission stated as fact', () => {
    expect(
      rules(
        guiltOrInnocenceScanner,
        'The graffiti came from a sophomore, and he has admitted it to our SRO.',
      ),
    ).toEqual([expect.stringContaining('admitted it')]);
  });

  it('leaves an admission denied, and "admit it" said to the reader', () => {
    expect(
      rules(guiltOrInnocenceScanner, 'He never admitted it, and he is presumed innocent.'),
    ).toEqual([]);
    expect(rules(guiltOrInnocenceScanner, 'Admit it: you left the car running again!')).toEqual([]);
  });
});

describe('confidential, round twelve', () => {
  const confidential = confidentialScanner;

  it('flags a registration return, a supplement’s label and an informant’s number', () => {
    expect(
      rules(confidential, 'Veh reg to: MARSH, DALE — 22 Elm Ct — no wants, 1 prior FTA'),
    ).toEqual(['Veh reg to: MARSH, DALE — 22 Elm Ct — no wants, 1 prior FTA']);
    expect(
      rules(confidential, 'RMS supp. 2: JUV SUBJ RELEASED TO MOTHER BY OFCR AT 2140 HRS').join(' '),
    ).toContain('RMS supp. 2: JUV SUBJ RELEASED TO MOTHER BY OFCR AT 2140 HRS');
    expect(
      rules(confidential, '(Per RMS: informant CI-4410 reports sales from the garage)').join(' '),
    ).toContain('CI-4410');
  });

  it('leaves a pantry with no wants, and a post that explains what an informant is', () => {
    expect(
      rules(confidential, 'NO WANTS, NO NEEDS: the food pantry is stocked, thank you!'),
    ).toEqual([]);
    expect(
      rules(confidential, 'What is a CI? A confidential informant, someone who gives us tips.'),
    ).toEqual([]);
  });
});
