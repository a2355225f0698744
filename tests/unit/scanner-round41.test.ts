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
      'The blood test will bury him',
    ]);
    expect(pending('Holt is charged. The records alone sink him.')).toEqual([
      'The records alone sink him',
    ]);
    expect(
      pending('He was charged in March and died in May. We will bury him Saturday at St. Mary’s.'),
    ).toEqual([]);
  });

  it('"walks with probation", "at sentencing"; not an escort, nor a victim\'s right', () => {
    expect(pending("He's charged with fraud. Bet he walks with probation anyway.")).toEqual([
      'Bet he walks',
    ]);
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

/*
 * Round forty-one's fresh-eyes review: clean near misses the new rules flagged at first, each now
 * held by a guard that a test turns red without.
 */
describe('round forty-one review: the phone, the excuse and the paperwork', () => {
  it('a caller on the phone with 911, a parade on Facebook live, a "because" of our own', () => {
    expect(
      guilt(
        'The driver, 34, was on the phone with 911 when a second vehicle struck the stalled car. ' +
          'No charges are expected.',
      ),
    ).toEqual([]);
    expect(guilt('She was on Facebook live when the parade started.')).toEqual([]);
    expect(
      guilt('Dispatch couldn’t reach the homeowner because she was on her phone with her sister.'),
    ).toEqual([]);
    expect(
      guilt("We ate on paper plates all week because he couldn't be bothered to do the dishes."),
    ).toEqual([]);
  });

  it('an old exam joked about, and files shredded at a shred day', () => {
    expect(guilt("Ha! Dave pencil-whipped his driving exam back in '92.")).toEqual([]);
    expect(guilt('Last year Marge Wilson shredded 300 tax records at our Shred-It Day!')).toEqual(
      [],
    );
  });
});

describe('round forty-one review: a funeral, a walk and a victim at sentencing', () => {
  it('the family, not the evidence, buries him', () => {
    expect(
      pending(
        'He is charged. DNA results confirmed his identity and the family will bury him Saturday.',
      ),
    ).toEqual([]);
  });

  it('a clause of its own between the evidence and the burying; paperwork buries people too', () => {
    expect(
      pending('He is charged. The autopsy report came back and the family will bury him.'),
    ).toEqual([]);
    expect(
      pending('He is charged. Data from our new speed signs will bury them in paperwork.'),
    ).toEqual([]);
  });

  it('a walk needs the one charged to walk, and not beside the officers', () => {
    expect(
      pending('Join our deputies on a walk with probation and parole teams this Saturday.'),
    ).toEqual([]);
    expect(
      pending('He will walk with probation officers at the Recovery Walk on Saturday.'),
    ).toEqual([]);
  });

  it('a walk with probation officers; a victim told of the hearing', () => {
    expect(pending('Join us Saturday for a 2-mile walk with probation officers.')).toEqual([]);
    expect(
      pending(
        'If you wish, the judge should receive your written impact statement before you speak at ' +
          'sentencing.',
      ),
    ).toEqual([]);
    expect(pending('Our victim advocates will see you at sentencing.')).toEqual([]);
  });
});

describe('round forty-one review: "Elect her", and officers a club elects', () => {
  it("a pronoun or a husband put up beside an election; not a club's officers", () => {
    expect(political('Elect her sheriff on Nov. 4!')).toEqual(['Elect her']);
    expect(
      political('Cast your ballot for my husband, Dave Ruiz, for county sheriff this November!'),
    ).toEqual(['Cast your ballot for my']);
    expect(political('Members will elect officers at the March meeting.')).toEqual([]);
  });
});

/*
 * Round forty-two, from the ninety-ninth and one-hundredth sets: workers sent in unprotected, a
 * ride kept running or waved through, innocence vouched for as "never touched anybody"; and three
 * of round forty-one's shapes widened again ("instead of the road", "Petrakis will walk with
 * probation", "See you at sentencing").
 */
describe('round forty-two: guilt', () => {
  it('"sent those boys into a running bin without a harness"; not a fight that sent two men to hospital', () => {
    expect(
      guilt('Wendt sent those boys into a running bin without a harness or a spotter.'),
    ).toEqual(['Wendt sent those boys into a running bin without a harness']);
    expect(guilt("Last night's fight sent two men to the hospital.")).toEqual([]);
  });

  it('a ride signed off "without even sitting in a seat"; not one ridden twice', () => {
    expect(
      guilt('Haverford signed that ride off in April without even sitting in a seat.'),
    ).toEqual(['Haverford signed that ride off in April without even sitting in a seat']);
    expect(guilt('Haverford signed that ride off in April after riding it twice.')).toEqual([]);
  });

  it('a ride kept running as a choice where a death is told; not CPR kept going', () => {
    expect(
      guilt(
        'A teen was killed on the ride. Rusty kept that ride going all afternoon with the lap bar ' +
          'on seat 6 not even clicking.',
      ),
    ).toEqual(['kept that ride going all afternoon with']);
    expect(
      guilt(
        'A teen was killed on the ride. Pellegrino kept sending riders up for two hours after the ' +
          'lap bar on car 4 stopped latching.',
      ),
    ).toEqual(['kept sending riders up for two hours after']);
    expect(
      guilt(
        'A teen was killed on the ride. The crew kept the ride running while the family waited ' +
          'for news.',
      ),
    ).toEqual([]);
    expect(
      guilt('A woman collapsed in line. He started CPR and kept it going until EMS arrived.'),
    ).toEqual([]);
    expect(guilt('He kept the place open all night for the fundraiser.')).toEqual([]);
  });

  it('"just waved it through every spring" beside a death; not alone', () => {
    expect(
      guilt('A girl was killed on the Twister. Haverford just waved it through every spring.'),
    ).toEqual(['Haverford just waved it through every spring']);
    expect(guilt('Haverford just waved it through every spring.')).toEqual([]);
  });

  it('"never touched a cent of it" vouched where a case is told; not a car left in the garage', () => {
    expect(
      guilt('Gil is charged with theft. Gil is 80 years old and never touched a cent of it.'),
    ).toEqual(['and never touched a cent']);
    expect(guilt('Mia never touched the car all summer; it just sat in the garage.')).toEqual([]);
  });

  it('a phone "instead of the road"', () => {
    expect(guilt('Melancon was looking at his phone instead of the road.')).toEqual([
      'Melancon was looking at his phone instead of the road',
    ]);
  });
});

describe('round forty-two: pending prosecution', () => {
  it('"Petrakis will walk with probation", "See you at sentencing", "the logs and the texts"', () => {
    expect(
      pending('Petrakis is charged. Petrakis will walk with probation, mark my words.'),
    ).toEqual(['will walk with probation']);
    expect(pending('He is charged. See you at sentencing.')).toEqual(['See you at sentencing']);
    expect(
      pending('He is charged. Your bikes are in our evidence room. 😉 See you at sentencing.'),
    ).toEqual(['See you at sentencing']);
    expect(
      pending('He is charged. The logs and the texts from his foremen will bury him.'),
    ).toEqual(['logs and the texts from his foremen will bury him']);
  });

  it('"Watch, he gets probation and a fine"; not "if he gets probation"', () => {
    expect(pending('He was charged Friday. Watch, he gets probation and a fine.')).toEqual([
      'he gets probation and a fine',
    ]);
    expect(
      pending("He was charged Friday. You're dreaming if you think he gets probation."),
    ).toEqual([]);
    expect(
      pending('He was charged Friday. If he gets a fine and probation for this I swear.'),
    ).toEqual([]);
  });

  it('"no judge in this county is going to cut him a break", as "no jury" is', () => {
    expect(
      pending(
        'Paffel is charged with theft, and no judge in this county is going to cut him a break.',
      ),
    ).toEqual(['no judge in this county is going to cut him a break']);
  });
});
