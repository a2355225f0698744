import { describe, expect, it } from 'vitest';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, round six: a sentence wished for and a defence judged, shapes the blind thirteenth
 * corpus wrote, each in other words here, beside the neutral facts they must leave.
 */
const rules = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('pending prosecution: a sentence wished for, a defence judged', () => {
  it('flags “should get the full 15 years” and “not much of a defense”', () => {
    expect(rules('Harlan Voss is charged with arson. He should get the full 15 years.')).toEqual([
      'He should get the full 15 years',
    ]);
    expect(
      rules('Rita Moll was charged Monday; honestly there is not much of a defense here.'),
    ).toEqual(['is not much of a defense']);
  });

  it('leaves the years and the defence where no case is in view', () => {
    expect(rules('Officers who serve the full 20 years qualify for a full pension.')).toEqual([]);
    expect(rules('A cheap padlock is not much of a defense against bolt cutters.')).toEqual([]);
  });

  it('leaves the charge and the range the law sets', () => {
    expect(
      rules('Harlan Voss is charged with arson, which carries up to 15 years. Court is May 2.'),
    ).toEqual([]);
  });
});

describe('pending prosecution: leaving a place, and an animal shelter', () => {
  it('leaves “walk out with your keys” and “he’s at the animal shelter”, and flags “he’ll walk out free”', () => {
    expect(
      rules('Holiday tips: • Park under the lights • Walk out with your keys already in hand'),
    ).toEqual([]);
    expect(rules('The lost dog is safe. He’s at the county animal shelter on Elm.')).toEqual([]);
    expect(rules('Mark my words, Dorsey is going to walk out free.')).not.toEqual([]);
    expect(rules('Mark my words, Dorsey will walk out of that courtroom a free man.')).not.toEqual(
      [],
    );
  });
});
