import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * III.B.1.f, round nine: calls the blind sixteenth corpus wrote without "vote for" (each in other
 * words here), and the near misses it wrote around them: a vote center, a calendar contest, signs
 * stolen from lawns, a float in a parade.
 */
const scan = (text: string) => politicalScanner.scan(text).map((f) => f.text);
const rules = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('political: a call with no "vote for" in it', () => {
  it('flags a name to mark on a dated ballot, the race called before it is run, a re-election backed', () => {
    expect(
      rules('Trustee Ada Moss has kept our schools safe. Remember to mark her name on Nov. 3.'),
    ).toContain('mark her name');
    expect(rules('Proud to march with the next sheriff of Example County!')).toContain(
      'with the next sheriff',
    );
    expect(rules('Every officer should be supporting Mayor Leland Cho’s re-election.')).toContain(
      'supporting Mayor Leland Cho’s re-election',
    );
  });

  it('leaves the next office holder spoken of as a fact, and a calendar marked', () => {
    expect(rules('We were proud to walk beside the future sheriff of Example County!')).toEqual([]);
    expect(scan('The next mayor will inherit a $4 million gap in the police budget.')).toEqual([]);
    expect(scan('Mark your calendar: the parade steps off at 10 a.m.')).toEqual([]);
  });
});

describe('political from the seventeenth set: a party, a candidate praised, a person sent to office', () => {
  it('flags standing with a party, the only candidate, a great trustee, one of our own sent to City Hall', () => {
    expect(rules('The council funded it, so stand with the Republicans this fall.')).toContain(
      'stand with the Republicans',
    );
    expect(rules('If you want safer parks, Nia Cole is the only candidate who listens.')).toEqual([
      'Cole is the only candidate who',
    ]);
    expect(
      rules('Sgt. Omar Diaz is running for school board. He’d make a great trustee.'),
    ).toContain('He’d make a great trustee');
    expect(
      rules('Lt. Ana Ruiz is running for council. Help us send one of our own to City Hall!'),
    ).toContain('send one of our own to City Hall');
  });

  it('leaves questions sent to City Hall, a great dad, the best choice for a job', () => {
    expect(rules('Help us send Officer Kim to the Capitol for Police Week!')).toEqual([]);
    expect(rules('Sgt. Diaz would make a great judge for the chili cook-off!')).toEqual([]);
    expect(rules('K-9 Max would make a great mayor.')).toEqual([]);
    expect(rules('Please send your questions to City Hall by Friday.')).toEqual([]);
    expect(rules('He would make a great dad someday.')).toEqual([]);
    expect(rules('Officer Ruiz is the best choice for the job of K-9 handler.')).toEqual([]);
  });
});

describe('political: votes and signs that take no side', () => {
  it('leaves a vote center named for its precincts', () => {
    expect(
      scan(
        'Expect heavy traffic tomorrow around the Harmon Community Center, which is a vote center for Precincts 2, 5 and 8.',
      ),
    ).toEqual([]);
    expect(scan('Vote centers for Wards 3 and 4 open at 7 a.m.')).toEqual([]);
  });

  it('reads a call in capitals by its words: "OUR" is no candidate', () => {
    expect(rules('VOTE FOR OUR TEAM AT THE CHILI COOK-OFF SATURDAY')).toEqual([]);
    expect(rules('VOTE FOR HALE ON NOVEMBER 4')).not.toEqual([]);
  });

  it('leaves a calendar contest, even where the contest is two sentences before the vote', () => {
    expect(
      scan(
        'Our K-9 Bruno made the final round of the national police dog calendar contest! 🐾\n\nVoting is open until Sunday. Vote for Bruno (he has earned it). Link below.',
      ),
    ).toEqual([]);
    expect(scan('🐕 VOTE FOR OUR 2027 CALENDAR COVER 🐕')).toEqual([]);
  });

  it('reads "calendar", "favorite" and "float" as no contest where the vote is dated', () => {
    for (const text of [
      'Mark your calendar: vote for Dana Pike on Nov. 4.',
      'Vote for Jim Hale on Tuesday, our favorite neighbor!',
      'Vote for Dana Pike on Nov. 4. Stop by our float at the parade!',
      'VOTE FOR OUR SHERIFF DANA PIKE ON NOVEMBER 4',
    ])
      expect(scan(text), text).not.toEqual([]);
  });

  it('reads an office after "our" in capitals, and a vote dated to Tuesday beside a contest', () => {
    expect(rules('VOTE FOR OUR SHERIFF DANA PIKE ON NOVEMBER 4')).not.toEqual([]);
    expect(
      rules('Our K-9 Max is in the calendar contest! And on Tuesday, vote for Jim Hale.'),
    ).not.toEqual([]);
  });

  it('still flags a vote for a person where the text names an election too', () => {
    expect(
      rules(
        'Our K-9 Bruno made the calendar contest final! And this election, vote for Sheriff Dana Pike.',
      ),
    ).not.toEqual([]);
  });

  it('leaves campaign yard signs reported stolen, and flags a candidate’s sign handed out', () => {
    expect(
      scan(
        'We have had 9 reports of campaign yard signs stolen or damaged on Oriole Way this month.',
      ),
    ).toEqual([]);
    expect(rules('Grab a free Alvarez yard sign at the table by the door!')).toContain('yard sign');
    expect(rules('Grab a free Alvarez yard sign before they are all taken!')).toContain(
      'yard sign',
    );
  });

  it('reads a campaign’s float in a parade as a place, not a side taken', () => {
    const inside = (text: string, words: string) => rules(text).some((t) => t.includes(words));
    expect(inside('Our Honor Guard walks right behind the Pike for Sheriff float.', 'behind')).toBe(
      false,
    );
    expect(inside('Our union stands behind Dana Pike for sheriff this fall.', 'behind')).toBe(true);
  });
});
