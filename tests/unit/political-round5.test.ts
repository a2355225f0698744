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
