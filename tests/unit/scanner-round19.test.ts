import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round nineteen: the false alarms a fresh-eyes review of round eighteen found on everyday text
 * (a self-defense class, a piano, a bake sale, a school play, a pet), each beside the claim its
 * rule was written for, which must still be flagged. `rules` scans without the sentence model,
 * so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round nineteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('leaves a self-defense class alone and still flags self-defense claimed', () => {
    expect(guilt('Saturday it was self-defense training for seniors, and 40 came.')).toEqual([]);
    expect(guilt('Textbook self defense moves, taught free at the rec center.')).toEqual([]);
    expect(guilt('He was cornered by three of them. It was self-defense.')).toContain(
      'It was self-defense',
    );
    expect(guilt('Textbook self defense, he backed away twice before he swung.')).toContain(
      'Textbook self defense',
    );
  });

  it('takes a hand laid on a person, not on a piano, and no dime taken as pay', () => {
    expect(guilt('She never laid a finger on the piano after that recital.')).toEqual([]);
    expect(guilt('They arrested the wrong man. He never laid a finger on that lady.')).toContain(
      'He never laid a finger on',
    );
    expect(guilt('Bill never laid a hand on Marisol, ask anyone on the block.')).toContain(
      'Bill never laid a hand on',
    );
    expect(guilt('Coach Bill never took a dime for twenty years of Little League.')).toEqual([]);
    expect(guilt('They say the fund was robbed. Carla never took a dime for herself.')).toContain(
      'Carla never took a dime',
    );
  });

  it('reads a deed’s idiom as a deed only where a crime is told', () => {
    expect(
      guilt('Officer Reyes got caught with her hand in the cookie jar at the open house.'),
    ).toEqual([]);
    expect(
      guilt(
        'The church treasurer was arrested after she was caught with her hand in the cookie jar.',
      ),
    ).toContain('caught with her hand in the cookie jar');
    expect(guilt('Timmy told officers it was his idea to bake cookies for the station.')).toEqual(
      [],
    );
    expect(
      guilt('Brody, the older one, told officers it was his idea to torch the shed.'),
    ).toContain('told officers it was his idea');
    expect(
      guilt('After the arrest Dale told officers it was his idea to take the truck.'),
    ).toContain('told officers it was his idea');
  });

  it('vouches for a person, not a pet', () => {
    expect(
      guilt('Our dog Biscuit would never! Someone stole the cookies off the counter.'),
    ).toEqual([]);
    expect(guilt('They arrested Lorraine for the theft. Lorraine would never.')).toContain(
      'Lorraine would never',
    );
  });

  it('leaves a stage, a show stolen, a shove of cake and a cut ball-field line alone', () => {
    expect(guilt('Jess drove the getaway car in the drama club’s heist comedy.')).toEqual([]);
    expect(guilt('Witnesses say Jess drove the getaway car after the bank job.')).toContain(
      'Jess drove the getaway car after the bank job',
    );
    expect(
      guilt('Their father was arrested. He snatched them from their school playground at noon.'),
    ).toContain('He snatched them from their school playground');
    expect(guilt('Coach Ortega stole the show at the charity game.')).toEqual([]);
    expect(guilt('Coach Ortega stole the cash box at the charity game.')).toContain(
      'Ortega stole the cash box at the',
    );
    expect(guilt('Mia shoved cake in her brother’s face at the party.')).toEqual([]);
    expect(guilt('That guy Rick shoved my mom at the Ward 3 meeting.')).toContain(
      'Rick shoved my mom at the Ward',
    );
    expect(guilt('Tom cut the lines for the new fence at the park.')).toEqual([]);
    expect(guilt('Everyone knows Tom cut the brake lines on her car.')).toContain(
      'Tom cut the brake lines on her car',
    );
  });

  it('leaves a knack and a cat’s hunting alone and still flags a killer', () => {
    expect(guilt('My grandma is a killer at bingo.')).toEqual([]);
    expect(guilt('Whiskers is a cold-blooded killer of mice.')).toEqual([]);
    expect(guilt('Devon Price is a cold-blooded killer and the jury saw it.')).toContain(
      'Devon Price is a cold-blooded killer',
    );
    expect(guilt('Everyone on Birch knows Devon is the killer at large.')).toContain(
      'Devon is the killer',
    );
  });

  it('takes justice delivered as a verdict’s cheer, not a K-9 named Justice', () => {
    expect(guilt('K9 Justice delivered the game ball to the kids.')).toEqual([]);
    expect(guilt('Guilty on all counts. Justice delivered.')).toContain('Justice delivered');
  });
});

describe('political, round nineteen', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('takes a bare measure label for a slogan only where a ballot is told', () => {
    expect(political('Spelling bee round 3: yes on K!')).toEqual([]);
    expect(political('Measure K funds two more officers. Yes on K!')).toContain('Yes on K');
    expect(political('Okafor for Ward 2 and yes on K in November')).toContain('yes on K');
  });
});
