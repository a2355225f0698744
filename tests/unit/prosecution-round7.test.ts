import { describe, expect, it } from 'vitest';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, round seven: a charged case's end told as a sure thing, shapes the blind fourteenth
 * corpus wrote, each in other words here, beside the same words with no case in view.
 */
const rules = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('pending prosecution: the outcome called in advance', () => {
  it('flags a sentence served in full, an ending known, a bet, a case going nowhere', () => {
    expect(rules('Dorian Fisk is charged with arson. She’ll serve every day of it.')).toEqual([
      'She’ll serve every day of it',
    ]);
    expect(rules('His trial opens Monday, and you know how this ends.')).toEqual([
      'you know how this ends',
    ]);
    expect(rules('Charged with three counts of fraud? I’d bet on a conviction.')).toEqual([
      'bet on a conviction',
    ]);
    expect(rules('Arrested again. Bet she walks by Friday.')).toEqual(['Bet she walks']);
    expect(rules('He was charged in March and this case is going nowhere.')).toEqual([
      'this case is going nowhere',
    ]);
    expect(rules('The DA never loses cases like this; he is charged with burglary.')).toEqual([
      'The DA never loses cases like this',
    ]);
    expect(
      rules('Her story keeps changing and juries notice that. She is on trial May 2.'),
    ).toEqual(['juries notice']);
  });

  it('leaves the same words where no case is in view', () => {
    expect(rules('We’ll enjoy every day of it, said the retiring crossing guard.')).toEqual([]);
    expect(rules('Finish the puzzle at the library booth: you know how this ends.')).toEqual([]);
    expect(rules('Bet she walks the whole 5K route again this year!')).toEqual([]);
  });
});

describe('pending prosecution: the fifteenth set’s shapes', () => {
  it('flags charges forecast dropped, evidence said to prove it, a wish to keep him locked up', () => {
    expect(rules('He was charged Friday. Honestly the video will prove it.')).toEqual([
      'the video will prove it',
    ]);
    expect(rules('Charged with theft again? They’ll drop the charges by June.')).toEqual([
      'They’ll drop the charges by June',
    ]);
    expect(rules('Arrested for the stabbing; he deserves to stay locked up.')).toEqual([
      'deserves to stay locked up',
    ]);
    expect(rules('His lawyer wants bail lowered. They are grasping at straws.')).toEqual([
      'grasping at straws',
    ]);
  });

  it('flags words that carry their own case with no other case word', () => {
    expect(rules('Rosa is innocent and the body cam will prove it.')).toEqual([
      'the body cam will prove it',
    ]);
    expect(rules('Dorian Vance needs to stay locked up.')).toEqual(['needs to stay locked up']);
  });

  it('leaves the same words with no case in view', () => {
    expect(rules('The lost keys are exactly where he belongs to find them.')).toEqual([]);
    expect(rules('The science fair video will prove it: baking soda wins.')).toEqual([]);
  });
});

describe('pending prosecution: the seventeenth set’s shapes (round nine)', () => {
  it('flags jail time forecast, enough to convict, going down in court, with a case in the text', () => {
    expect(rules('He was charged Monday. We expect he’ll do jail time for this.')).toEqual([
      'he’ll do jail time',
    ]);
    expect(rules('She was arrested Friday. Prosecutors have more than enough to convict.')).toEqual(
      ['have more than enough to convict'],
    );
    expect(rules('Charged with three counts. Trust me, he’s going down in court.')).toEqual([
      'he’s going down in court',
    ]);
  });

  it('leaves the same words with no case in the text', () => {
    expect(
      rules('The judges have more than enough to convict us all of loving this chili.'),
    ).toEqual([]);
    // The law stated, not a forecast: "if convicted, he will serve jail time".
    expect(
      rules('He was charged with DUI. If convicted, he will serve jail time under the law.'),
    ).toEqual([]);
    expect(
      rules('The volunteers say they’ll do serious time at the food bank this winter.'),
    ).toEqual([]);
  });
});
