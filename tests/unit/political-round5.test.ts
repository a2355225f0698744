import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { politicalCalls } from '../../src/shared/policy/scanners/political-structure';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(politicalScanner, 'III.B.1.f');

// Issue 13, round five (helper 13): the families political text took in the tenth blind set,
// written from III.B.1.f's "a candidate, party, measure or election with a call to vote, support
// or oppose". Every sentence here is invented; none is copied from a corpus.

describe('a vote that elects no one', () => {
  // Family: the reader is asked to remember someone when voting, but the vote is for an award,
  // a contest or a name: no candidate, party, measure or election is named.
  it('leaves a vote on an award or a contest alone', () => {
    const award = 'Remember them when you vote on the officer-of-the-year award.';
    expect(politicalCalls(award)).toEqual([]);
    clean(award);
    clean('Think of Deputy Lowe when you vote in the K-9 naming contest.');
    clean('Remember Officer Park when you vote for the dispatcher of the month.');
  });

  it('still flags the same reminder carried to an election', () => {
    flagged('Remember them when you vote in November.', 'Remember them when you vote');
    flagged(
      'Mayor Ruiz cut the patrol budget. Remember that when you vote.',
      'Remember that when you vote',
    );
    flagged('Give him your vote in November.', 'Give him your vote');
  });
});

describe('"back" as a return, not as a side taken', () => {
  // Family: "back" followed by a preposition or an adverb of place is the adverb of a return
  // ("due back in front of Judge Ortiz", "back at council"), not the verb "to back" someone.
  it('leaves a return to court or to work alone', () => {
    clean('Next week Dale Ferris is due back in front of Judge Ortiz for sentencing.');
    clean('Officer Yates is back on patrol after surgery, and Judge Moreno sent a card.');
    clean('Commissioner Haley is back from her trip and will attend the ribbon cutting.');
  });

  it('still flags backing a candidate', () => {
    flagged('Back Sheriff Dunn for re-election this fall!', 'Back Sheriff Dunn');
  });
});

describe('a measure sold by what it does', () => {
  // Family: a ballot measure is the subject and the predicate asserts, without "would", a
  // benefit or a harm to the reader (keeps, saves, protects, guts, threatens).
  it('flags a benefit or a harm asserted of a measure', () => {
    flagged('Prop 9 saves our crime lab.', 'Prop 9 saves our crime lab');
    flagged('Issue 3 protects the 911 center from cuts.', 'Issue 3 protects the 911 center');
    flagged('Measure T will keep school resource officers in every middle school.', 'Measure T');
    flagged('Measure K threatens weekend patrols in every neighborhood.', 'Measure K threatens');
    flagged('Proposition 5 keeps our firehouses open.', 'Proposition 5 keeps');
  });

  it('leaves what a measure would do, or does not do, alone', () => {
    clean('Measure B would keep current patrol levels, according to the city analysis.');
    clean('Measure B does not keep any officer positions, the clerk said.');
    clean('Measure B would raise the sales tax by a quarter cent.');
  });
});

describe('a yes or a no equated with what it brings', () => {
  // Family: "a yes", "a no", "voting no", quoted or not, is the subject; the predicate equates
  // it with an outcome (is a vote for, means, is a step toward).
  it('flags the vote equated with an outcome', () => {
    flagged('A no vote is a vote for slower response times.', 'A no vote is a vote for');
    flagged('Voting no means fewer deputies on your street.', 'Voting no means fewer deputies');
    flagged('A “yes” on 12 is a yes for safer schools.', 'A “yes” on 12 is a yes for');
    flagged('Every yes vote is a step toward a new crime lab.', 'Every yes vote is a step');
    flagged('A no on K means cold cases stay cold.', 'A no on K means cold cases');
  });

  it('leaves a no that is no vote alone', () => {
    clean('The answer is no: a vote for the new mascot closes Friday.');
    clean('There is no vote needed for the park cleanup; just show up.');
  });
});

describe('"this one" and a label with its full stop', () => {
  // Family: the measure just named is taken up as "this one" or "it" ("we need this one to
  // pass"), or its label is written at the sentence's end ("Say NO on K.").
  it('flags a measure taken up or labelled at the end', () => {
    flagged('Prop 12 funds 14 officers. We need this one to pass, folks.', 'this one to pass');
    flagged('Prop 7 funds the new dispatch center. Help this one pass, neighbors!', 'this one');
    flagged('Measure J is on the ballot. We’d love to see it pass.', 'it pass');
    flagged('Say NO on K.', 'Say NO on K');
    flagged('Mark YES on 4B.', 'Mark YES on 4');
  });

  it('leaves "this one" that is no measure alone', () => {
    clean('The new K-9 starts training today. We need this one to pass the certification.');
    clean('Our recruits sat the exam. We need this one to pass, so wish her luck!');
  });
});
