import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round forty-one: shapes the blind ninety-seventh and ninety-eighth sets wrote and the rules did
 * not read. Scanned without the sentence model, so each test holds a rule, not the model's
 * training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const political = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('round forty-one: a driver on the phone', () => {
  it('the phone told with the crash or the whole trip is blame', () => {
    expect(
      guilt(
        'Mulcahy is charged with vehicular homicide. Mulcahy was texting when he blew through ' +
          'the crosswalk.',
      ),
    ).toEqual(['Mulcahy was texting when he blew through']);
    expect(
      guilt("Nobody's talking about it: he rolled it on 90 because he was on his phone."),
    ).toEqual(['he was on his phone']);
    expect(guilt('Tavon is a lazy piece of work who was on his phone the whole route.')).toEqual([
      'who was on his phone the whole route',
    ]);
    expect(
      guilt('The driver, Wendell Sykes, 58, was texting the whole time and rolled right over her.'),
    ).toEqual(['Wendell Sykes, 58, was texting the whole time']);
    expect(guilt('He was on Facebook live when it happened.')).toEqual([
      'He was on Facebook live when it happened',
    ]);
    expect(guilt('The van crashed and two passengers died. The driver was on his phone.')).toEqual([
      'The driver was on his phone',
    ]);
    expect(guilt('Ese chofer iba mirando el celular cuando se salió del carril.')).toEqual([
      'Ese chofer iba mirando el celular cuando se salió del',
    ]);
  });

  it('not with no harm told, nor a caller, nor one hurt by his own', () => {
    expect(guilt('The driver was on his phone.')).toEqual([]);
    expect(
      guilt(
        'Two people died in the crash. He was on the phone with 911 the whole time, trying to help.',
      ),
    ).toEqual([]);
    expect(
      guilt('My brother fell off his own dock cuz he was looking at his phone, busted his wrist.'),
    ).toEqual([]);
  });
});

describe("round forty-one: a duty that wasn't worth the trouble", () => {
  it('"couldn\'t be bothered to" where a harm is told, or given as its cause', () => {
    expect(
      guilt(
        "Two men spent 52 hours in the dark because Curt Langdale couldn't be bothered to walk a drift.",
      ),
    ).toEqual(["Curt Langdale couldn't be bothered to walk a drift"]);
    expect(
      guilt(
        "The tenant died in the fire. The landlord couldn't be bothered to spend $12 on a detector.",
      ),
    ).toEqual(["The landlord couldn't be bothered to spend $12 on a detector"]);
  });

  it('not a chore put off, nor a candidate who skipped a forum', () => {
    expect(guilt("The landlord couldn't be bothered to fix the dryer for a month.")).toEqual([]);
    expect(
      guilt("That's who gets my support, not the guy who couldn't be bothered to show."),
    ).toEqual([]);
  });
});

describe('round forty-one: older rules read one more shape', () => {
  it('"He\'d never put a man in danger" as "He would never" is', () => {
    expect(
      guilt(
        "Wendell is charged with manslaughter after the roof fall. He'd never put a man in danger.",
      ),
    ).toEqual(["He'd never put a man in danger"]);
    expect(
      guilt("He'd never put a kid in danger, he's the best crossing guard we've had."),
    ).toEqual([]);
  });

  it('"pencil-whipped the 3 Left exam": a number in the name of what was faked', () => {
    expect(guilt('A miner died in the roof fall. He pencil-whipped the 3 Left exam.')).toEqual([
      'He pencil-whipped the 3 Left exam',
    ]);
    expect(guilt('Jaylen aced the 3 Left exam.')).toEqual([]);
  });
});

describe('round forty-one: the evidence, the sentence and the judge', () => {
  it('evidence said to sink or bury the one charged; not a funeral', () => {
    expect(pending('Holt is charged. The blood test will bury him.')).toEqual([
      'test will bury him',
    ]);
    expect(pending('Holt is charged. The records alone sink him.')).toEqual([
      'records alone sink him',
    ]);
    expect(
      pending('He was charged in March and died in May. We will bury him Saturday at St. Mary’s.'),
    ).toEqual([]);
  });

  it('"walks with probation", "at sentencing"; not an escort, nor a victim\'s right', () => {
    expect(pending('Bet he walks with probation anyway.')).toEqual(['walks with probation']);
    expect(pending('An escort will walk with you anywhere on campus.')).toEqual([]);
    expect(pending('We hope the judge remembers that at sentencing.')).toEqual([
      'hope the judge remembers that at sentencing',
    ]);
    expect(pending('Victims have the right to be heard at sentencing.')).toEqual([]);
  });
});

describe('a name after "elect", "support candidate" or "vote for", under the i flag', () => {
  it('the words that are no name are no candidate', () => {
    expect(political('Judge the pies and elect the winner for best pie.')).toEqual([]);
    expect(political('Support candidate forums: they are free and open to all.')).toEqual([]);
    expect(political('Cast your vote for best chili at the fair!')).toEqual([]);
  });

  it('a name typed in lowercase is still a name', () => {
    expect(political('Elect Ruiz for sheriff on November 4.')).toEqual(['Elect Ruiz for sheriff']);
    expect(political('vote ruiz for sheriff')).toEqual(['vote ruiz for sheriff']);
    expect(political('support sheriff ruiz, he earned it')).toEqual(['support sheriff ruiz']);
  });
});
