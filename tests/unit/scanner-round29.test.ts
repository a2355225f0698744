import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { replaceSentenceModel } from '../../src/shared/policy/scanners/sentence-model';
import type { SentenceModel } from '../../src/shared/policy/scanners/sentence-model-shape';

/*
 * Round twenty-nine: false findings the guilt rules and the sentence model raised on the newest
 * development sets, where nobody is accused of anything: a game won, a person hurt, a leap, a
 * bill voted down, a rescue, a career, a good turn. Each sits beside the accusation in the same
 * words that the rules must still find. Scanned without the model unless a test says otherwise.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const withModel = (text: string) => guiltOrInnocenceScanner.scan(text).map((f) => f.text);

describe('a game won is no beating and no robbery', () => {
  it('a score beside the game, or a team named after the verb', () => {
    expect(guilt('Riverside robbed Northside blind Friday night 42-7 😂')).toEqual([]);
    expect(
      guilt('Congrats to our softball team, who beat the Pruett Fire Department 11–4 on Sunday.'),
    ).toEqual([]);
    expect(guilt('Eastgate beat Northridge 31-7 on Friday.')).toEqual([]);
    // a robbery with a date in numbers is still a robbery
    expect(guilt('Kemp robbed the Shell on Route 9 on 4-12 and fled.')).toContain(
      'Kemp robbed the Shell on Route 9',
    );
  });

  it('a contest named after "beat", or a comparison', () => {
    expect(guilt('Officers stopped by and she beat two of them at gin rummy.')).toEqual([]);
    expect(guilt('They beat him for Best in Show at the county fair.')).toEqual([]);
    expect(guilt('U-locks beat cable locks every time.')).toEqual([]);
    expect(guilt('Marcus Webb beat a man outside the bar after the Rams game.')).toContain(
      'Marcus Webb beat a man outside the bar',
    );
    expect(guilt('He beat his girlfriend in front of the kids.')).toContain(
      'He beat his girlfriend in front',
    );
  });
});

describe('a person hurt, or leaping, is not a person hurting anyone', () => {
  it('their own body, told with a possessive that is theirs', () => {
    expect(guilt('Lucy was in the front seat and she hit her head on the rail.')).toEqual([]);
    // after a name, "her head" may be anyone's: the accusation is kept
    expect(guilt('Marco hit her head against the wall.')).toContain(
      'Marco hit her head against the wall',
    );
    expect(guilt('My neighbor’s boy burned both hands trying to help pull lines.')).toEqual([]);
    expect(guilt('He cut his left hand on the glass.')).toEqual([]);
    expect(guilt('He hit her head on the pavement and ran.')).toContain(
      'He hit her head on the pavement',
    );
    expect(guilt('She hit him in the head with a bottle.')).toContain('She hit him in the head');
  });

  it('a leap has a place after "jumped"; an attack has a person', () => {
    expect(guilt('Reuben jumped in after his hat and never came back up.')).toEqual([]);
    expect(guilt('He jumped out at the cattle guard and walked 4 miles home.')).toEqual([]);
    expect(guilt('Kemp jumped a man at the bus stop.')).toContain('Kemp jumped a man at the bus');
  });
});

describe('a bill killed, people cut free, a career, a walk-off double', () => {
  it('a plan voted down; a life taken is still a killing', () => {
    expect(
      guilt('The GOP members are the ones who killed the rail safety money in committee.'),
    ).toEqual([]);
    expect(guilt('Dale Brannock killed that man and everybody knows it.')).toContain(
      'Dale Brannock killed that man and everybody knows',
    );
  });

  it('people cut out of a wreck; a converter cut out of a car is a theft', () => {
    expect(guilt('The firefighters who cut those kids out of the bus deserve a medal.')).toEqual(
      [],
    );
    expect(guilt('The thieves cut the converter out of the Prius.')).toContain(
      'The thieves cut the converter out of the Prius',
    );
  });

  it('"has done it all" is a career; "has been doing it all month" is not', () => {
    expect(guilt('From foot patrol to the marine unit, Tomasz has done it all.')).toEqual([]);
    expect(guilt("He's been doing it all month.")).toContain("He's been doing it");
  });

  it('the one responsible for a game won or a work made; for a crime still named', () => {
    expect(guilt('Ofc. Kuntzler was the one responsible for that walk-off double 🥎')).toEqual([]);
    expect(
      guilt('Rafael was the one responsible for the robbery at the Dollar General.'),
    ).toContain('Rafael was the one responsible for the robbery at the Dollar General');
  });
});

describe('"watched him do it" beside a member of staff and no deed told', () => {
  it('an officer’s good turn; a deed told, or no staff named, is still a witness', () => {
    expect(
      guilt(
        'Officer Yusuf Haddad carried an injured girl two blocks to the ambulance. I watched him do it.',
      ),
    ).toEqual([]);
    expect(
      guilt('Caleb was one of the kids yanking signs off the median. I watched him do it.'),
    ).toContain('him do it');
    expect(
      guilt('Officer Haddad saw the man smash the window of the Shell. I watched him do it.'),
    ).toContain('him do it');
  });
});

describe('pending prosecution in a thread’s words, beside the case or the deed', () => {
  it('the outcome foretold: walking with probation, not a day inside, in jail where they belong', () => {
    expect(pending('Petrakis, charged with fraud, will walk with probation.')).toContain(
      'will walk with probation',
    );
    expect(pending('Charged with 14 counts of theft. No way he sees one day in prison.')).toContain(
      'No way he sees one day in prison',
    );
    expect(
      pending('Both men were charged with assault. Both of them belong in jail, not just one.'),
    ).toContain('Both of them belong in jail');
    expect(pending('Hale is charged with assault; we expect a felony conviction.')).toContain(
      'expect a felony conviction',
    );
    expect(pending('The stolen herbicide was in his shed. That’s game over.')).toContain(
      'That’s game over',
    );
    // the words name a prison or probation themselves: no case beside them, no finding
    expect(pending('He belongs in jail.')).toEqual([]);
    expect(pending('No way he sees one day in prison.')).toEqual([]);
    expect(pending('He’ll walk with probation.')).toEqual([]);
    expect(pending('Walk with us Saturday for the 5K! Game over for the couch.')).toEqual([]);
  });

  it('a lifelong character and a temper, said of someone a crime is told about', () => {
    expect(pending('Kemp was charged with assault. Teo’s always been a hothead.')).toContain(
      'always been a hothead',
    );
    expect(pending('Charged with fraud. Guy’s a con man, always has been.')).toContain(
      'a con man, always has been',
    );
    expect(
      pending('Ibarra is charged with embezzlement. Always a cheat, always a liar.'),
    ).toContain('Always a cheat, always a liar');
    expect(
      pending('Petrović has a temper. Of course he’s the one who smashed the bottle.'),
    ).toContain('Petrović has a temper');
    expect(pending('Our K9 Rex has a temper with squirrels.')).toEqual([]);
    expect(pending('The burglar ran off, because our dog has a temper.')).toEqual([]);
    expect(pending('My grandpa has always been a hothead about football.')).toEqual([]);
  });

  it('the evidence said to have them', () => {
    expect(
      pending(
        'He’s the one who attacked her, they have him on the elevator camera from two angles.',
      ),
    ).toContain('they have him on the elevator camera');
    expect(pending('They have him on the cover of the program this year.')).toEqual([]);
  });
});

describe('a fresh-eyes review’s near misses: the accusation in the same words stays read', () => {
  it.each([
    ['Darnell beat his girlfriend at the softball game last night.', 'Darnell beat his girlfriend'],
    ['Kemp beat a woman in the bingo hall parking lot.', 'Kemp beat a woman'],
    ['He beat that kid in the game room until he bled.', 'He beat that kid'],
    ['Kemp beat her every time he got drunk.', 'Kemp beat her every time'],
    ['Trevor beat his son every time the kid cried.', 'Trevor beat his son every time'],
    ['Kemp beat the Walgreens clerk on 4-12.', 'Kemp beat the Walgreens clerk on 4-12'],
    ['Kemp beat a Hispanic man on 6-3 outside the bar.', 'Kemp beat a Hispanic man on 6-3'],
    ['He robbed the gas station 2-3 times before the game.', 'He robbed the gas station 2-3'],
    ['Tyler jumped on him at the bus stop.', 'Tyler jumped on him'],
    ['Kemp jumped out at a jogger on the trail.', 'Kemp jumped out at a jogger'],
    ['Tony burned her arm with the iron.', 'Tony burned her arm'],
    ['Marco hit her head against the wall.', 'Marco hit her head against the wall'],
    ['He burned both hands of the boy with a lighter.', 'He burned both hands of the boy'],
    ['Davis killed the cashier for the money.', 'Davis killed the cashier for the money'],
    ['Hale killed his roommate over money.', 'Hale killed his roommate over money'],
    ['Kemp cut the woman loose from her purse strap and ran off with it.', 'Kemp cut the woman'],
    ['Police arrested the one responsible for the double shooting.', 'the one responsible for'],
    ['Coach Reyes put his hands on my son at practice. I watched him do it.', 'him do it'],
    ['Dale keyed my car. I watched him do it. Thank you Officer Diaz for coming out.', 'him do it'],
    ['Dale from next door keyed my Ford Explorer. I watched him do it.', 'him do it'],
    ["Don't let his brother take the fall, Marcus did it all.", 'Marcus did it'],
    ['Marcus done it all, not his brother.', 'Marcus done it'],
    ['Kemp beat Dwayne Price on 4-12 outside the bar.', 'Kemp beat Dwayne Price on 4-12'],
    ['Kemp beat kids every time he got drunk.', 'Kemp beat kids every time'],
    ['Kemp beat a man at the tournament grounds after the match.', 'Kemp beat a man'],
    ['He killed for drug money, plain and simple.', 'He killed for drug money'],
    ['Police arrested the one responsible for the double robbery.', 'the one responsible for'],
    [
      'Dale keyed my car. I watched him do it. Officer Diaz stayed with me till the tow came.',
      'him do it',
    ],
  ])('%s', (text, words) => {
    expect(guilt(text).some((found) => found.startsWith(words))).toBe(true);
  });

  it.each([
    'My daughter has always been a drunk driving awareness advocate.',
    "Kemp's attorney, who has always been a criminal defense lawyer, says he will fight it.",
    'Det. Ruiz has always been a fraud investigator at heart; she closed the Hale embezzlement case.',
    'Everyone has a temper, but you do not hit people. Kemp was charged with assault.',
    'Thieves belong in jail. Kemp was charged with theft.',
    'If you drive impaired this weekend, expect a DUI conviction and a suspended license.',
    'Caught with a stolen gun? Expect a felony conviction and real prison time.',
    "Sgt. Ruiz hit a walk-off homer and it's game over! Thanks for supporting victims of domestic violence.",
  ])('raises no pending finding: %s', (text) => {
    expect(pending(text)).toEqual([]);
  });
});

describe('the sentence model: "the one who" did a good turn', () => {
  // A stand-in model that weighs "one who" as a culprit's words, as the trained one learns to: the
  // scanner's own exception, not this round's training, is what the test holds.
  const ONE_WHO: SentenceModel = {
    trainedOn: ['a stand-in for this test'],
    sentences: 1,
    threshold: 0.5,
    kinds: {
      'guilt-or-innocence': { bias: -3, 'b:one who': 6 },
      'pending-prosecution': {},
      political: {},
      commercial: {},
    },
  };
  beforeAll(() => replaceSentenceModel(ONE_WHO));
  afterAll(() => replaceSentenceModel(undefined));

  it('raises nothing where the one who did a good turn is told, and no crime', () => {
    expect(
      withModel(
        'Jaxon Whitfield (7) was the one who told the other kids to sit down and buckle up.',
      ),
    ).toEqual([]);
    expect(
      withModel(
        'Pruitt’s grandson Tyler, a junior at Westbrook, is the one who tipped off the bank.',
      ),
    ).toEqual([]);
    expect(withModel('Her big sister is the one who found the wallet and called us.')).toEqual([]);
  });

  it('still raises the one who did a crime, or told the crew where the cash was', () => {
    expect(withModel('Jaxon was the one who got the other kids to sit down.')).toHaveLength(1);
    expect(withModel('She is the one who told the crew where the cash was kept.')).toHaveLength(1);
    expect(withModel('He is the one who tipped off the crew and stole the keys.')).toHaveLength(1);
    expect(withModel('He is the one who called the shots in the burglary ring.')).toHaveLength(1);
    expect(
      withModel('Ask Tom, he is the one who found the wallet and kept the cash.'),
    ).toHaveLength(1);
    expect(
      withModel('Tyler is the one who told the other kids to throw rocks at cars.'),
    ).toHaveLength(1);
    expect(withModel('Brianna is the one who organized the fight behind the school.')).toHaveLength(
      1,
    );
  });
});
