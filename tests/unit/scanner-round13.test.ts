import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round thirteen: what the blind twenty-first and twenty-second corpora wrote that the rules did
 * not read (each written here in other words), and the near misses each new rule must leave
 * alone. `rules` scans without the sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round thirteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('flags innocence stated: nothing wrong, accusations false, self-defence, a clearing foretold', () => {
    expect(guilt('Deputy Marlowe did absolutely nothing wrong that night.')).toContain(
      'Deputy Marlowe did absolutely nothing wrong',
    );
    expect(guilt('Kira Osei did nothing wrong, and the video shows it.')).toContain(
      'Kira Osei did nothing wrong',
    );
    expect(guilt('We want to be clear: the allegations against her are baseless.')).toContain(
      'the allegations against her are baseless',
    );
    expect(guilt('Free Dontae. He was only defending himself.')).toContain(
      'He was only defending himself',
    );
    expect(guilt('The review is ongoing and we believe he will be fully exonerated.')).toContain(
      'believe he will be fully exonerated',
    );
  });

  it('flags "he is our guy" told of a crime, an attempt stated as fact, the students responsible', () => {
    expect(guilt('Two break-ins on Alder. Trust me, she is our girl.')).toContain(
      'she is our girl',
    );
    expect(guilt('Rufus Kane tried to stab the cashier.')).toContain(
      'Rufus Kane tried to stab the cashier',
    );
    expect(
      guilt('The principal has met with the four boys responsible for the damage to the buses.'),
    ).toContain('the four boys responsible for');
  });

  it('leaves a caller reassured, a candidate, credit for a mural and an unknown sought', () => {
    expect(
      guilt('You did nothing wrong by calling us, ever. That is what we are here for.'),
    ).toEqual([]);
    expect(guilt('Did she do nothing wrong?')).toEqual([]);
    expect(guilt('Ward 3 needs a fighter, and he is our guy for council.')).toEqual([]);
    expect(guilt('Say hello to the students responsible for the new mural at Elm Park!')).toEqual(
      [],
    );
    expect(guilt('Please help us locate the boys responsible for the damage at Elm Park.')).toEqual(
      [],
    );
    expect(guilt('Someone tried to steal my catalytic converter last night.')).toEqual([]);
  });

  it('leaves an appeal for an unknown driver or thief, in any words that seek them', () => {
    expect(
      guilt('Investigators are working to identify the driver who struck a jogger on Pine Rd.'),
    ).toEqual([]);
    expect(guilt('We are still looking for the man who robbed the Shell station.')).toEqual([]);
    expect(
      guilt('To the person who took the flag from the memorial: please bring it back.'),
    ).toEqual([]);
    // Told of a known person, the same words are the claim.
    expect(guilt('Police arrested the man who robbed the Shell station on Elm.')).toContain(
      'the man who robbed',
    );
  });

  it('leaves a habit denied, a corner named by its two streets and a confession denied', () => {
    expect(
      guilt('A caller says the IRS wanted gift cards. The IRS says they never do that.'),
    ).toEqual([]);
    expect(
      guilt('A man walked into the pharmacy at Dunmore & Reyes, showed a knife and left.'),
    ).toEqual([]);
    expect(guilt('A rumor on Facebook is not a confession.')).toEqual([]);
    expect(guilt('There was no confession, whatever you read online.')).toEqual([]);
    expect(guilt('She never did that, and everyone at the shop knows it.')).toContain(
      'She never did that',
    );
  });
});

describe('pending prosecution, round thirteen', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);

  it('flags the case called won, the sentence called or demanded, remorse judged', () => {
    expect(pending('Nolan Pike was charged Monday. Honestly this case is a lock.')).toContain(
      'this case is a lock',
    );
    expect(pending('He was arraigned Friday. Easy conviction, if you ask me.')).toContain(
      'Easy conviction',
    );
    expect(pending('Charged with arson. It is as clear-cut as they come.')).toContain(
      'as clear-cut as',
    );
    expect(pending('Thirty to life, and not a day less.')).toContain('Thirty to life');
    expect(pending('That man should get the death penalty.')).toContain(
      'should get the death penalty',
    );
    expect(pending('No way she gets anything less than the maximum sentence.')).toContain(
      'anything less than the maximum sentence',
    );
    expect(
      pending('He pleaded not guilty, but I predict him to serve at least ten years.'),
    ).toContain('predict him to serve at least ten years');
    expect(pending('Both were charged. Those two should be tried as adults.')).toContain(
      'should be tried as adults',
    );
    expect(pending('Ruiz was charged. Officers said he has shown no remorse at all.')).toContain(
      'has shown no remorse',
    );
    expect(
      pending('She was indicted on two counts. There is no way she walks away from this.'),
    ).toContain('no way she walks');
  });

  it('leaves the law stated, a prosecutor’s plan, and remorse with no case', () => {
    expect(pending('He was charged with murder and faces 25 to life if convicted.')).toEqual([]);
    expect(pending('The charge carries fifteen to life.')).toEqual([]);
    expect(pending('Prosecutors have asked to try him as an adult.')).toEqual([]);
    expect(pending('My dog shows no remorse for eating the couch.')).toEqual([]);
    expect(pending('He was charged Friday. No way he walks in this heat, take the bus.')).toEqual(
      [],
    );
  });
});
