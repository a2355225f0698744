import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean, scan } = scannerExpectations(politicalScanner, 'III.B.1.f');

// Issue 13, round eight (helper 13): the families political text took in the eighth blind set,
// written from III.B.1.f's "a candidate, party, measure or election with a call to vote, support
// or oppose". Every sentence here is invented; none is copied from a corpus.

describe('a grievance or a favour carried to the vote', () => {
  it('flags "remember that / who… / their names" at the polls, in November, when you vote', () => {
    flagged(
      'Councilman Ibarra voted to cut two patrol units. Remember that at the polls.',
      'Remember that at the polls',
    );
    flagged(
      "Don't forget who cut our overtime budget when you vote next month.",
      'who cut our overtime',
    );
    flagged('Keep this in mind when you fill out your ballot, folks.', 'Keep this in mind');
    flagged('Think about their names in the voting booth.', 'their names');
  });

  it('leaves a reminder with "to" or no vote in it alone', () => {
    // Voting information: what to bring, not whom to remember.
    clean('Remember to bring your ID when you go to the polls.');
    clean('Remember that the Elm St lot closes at 6 on Tuesday.');
    clean('Never forget Officer Ana Ruiz, who gave her life on this day in 2019.');
  });
});

describe('a person wanted in an elected office', () => {
  it('flags "we need X as our next sheriff", "this county needs her as its next DA"', () => {
    flagged(
      'That is why we need Frank Solano as our next sheriff.',
      'need Frank Solano as our next sheriff',
    );
    flagged('This county needs Tamsin Reyes as its next district attorney.', 'Tamsin Reyes');
    flagged('We need her on the city council, plain and simple.', 'need her on the city council');
  });

  it('leaves a person needed for a shift or a job alone', () => {
    clean('We need Officer Diaz on the night shift this weekend.');
    // The rule reads case-blind; a name must really be capitalised: cameras are no candidate.
    clean("Honestly we need more cameras in the mayor's office lobby.");
    clean('Remember folks when you go to the polls bring photo ID.');
    clean('The academy needs instructors for the spring class.');
  });
});

describe('an elected body won for a side', () => {
  it('flags flipping a council, a school board or seats, and colouring one', () => {
    flagged('Flip the council red in 2026!', 'Flip the council red');
    flagged("Let's flip the school board this fall, people.", 'flip the school board');
    flagged('Time to turn the commission blue.', 'turn the commission blue');
  });

  it('leaves lights, houses and pancakes alone', () => {
    // Police Week lights a city blue: no elected body.
    clean('Turn the city blue for National Police Week: light your porch tonight.');
    clean('The crew will flip the house over the summer and list it in the fall.');
    clean('Our cadets flipped pancakes at the firehouse breakfast.');
  });
});

describe('a side declared in a race', () => {
  it('flags standing with a candidate named by a pronoun after an endorsement or with the office', () => {
    flagged(
      'The deputies union has endorsed Carla Ng for county commission. Stand with her on Nov. 4.',
      'Stand with her',
    );
    flagged("I'm proud to stand behind him for sheriff this fall.", 'stand behind him for sheriff');
  });

  it('leaves standing with a pronoun when no race or candidate is near', () => {
    // Without the endorsement the same call is support for a person, not a candidate.
    clean('Officer Ng was hurt on duty last week. Stand with her on Nov. 4 at the benefit walk.');
  });

  it('flags "all in for", "pulling for", "rooting for" a person in a race', () => {
    flagged(
      'The whole night shift is pulling for Councilwoman Brandt in the runoff.',
      'pulling for Councilwoman Brandt',
    );
    flagged(
      'Mayor race update: the command staff are all in for Lena Osei.',
      'all in for Lena Osei',
    );
  });

  it('leaves the same words for a colleague or a runner alone', () => {
    clean('The whole precinct is pulling for Officer Garza as she recovers.');
    clean('We are all rooting for Sgt. Mills in the Boston Marathon on Monday.');
  });

  it('flags "getting my vote for judge" and support for an office, not support for a patient', () => {
    flagged('Dale Pruett is getting our vote for county commissioner.', 'getting our vote');
    flagged("That's who gets my support for mayor.", 'gets my support');
    clean('Our K-9 Bolt has our full support as he recovers from surgery.');
  });

  it('flags a party left for the reader to name', () => {
    flagged(
      'We all know which party actually funds the police. Think about that at the polls.',
      'which party actually funds',
    );
    // A question asks, and a party that hosts takes no side.
    clean('Which party is hosting the candidate forum?');
    clean('The other party will hold its convention at the fairgrounds.');
  });
});

describe('office holders kept, retained or sent off', () => {
  it('flags retaining a judge and keeping an office holder where they belong', () => {
    flagged('Please retain Judge Amari on November 3.', 'retain Judge Amari');
    flagged('Keep Judge Amari on the bench this November.', 'Keep Judge Amari on the bench');
    flagged(
      'Rep. Tolliver got the body-camera grant passed. Keep her in Columbus where she belongs. #ReElectTolliver',
      'Keep her in Columbus where she belongs',
    );
  });

  it('leaves custody and records alone', () => {
    // "where he belongs" behind bars is custody, not an office.
    clean('Keep him behind bars where he belongs.');
    clean('Officers will retain the evidence until trial.');
  });

  it('flags a hashtag against an office holder, not against the appointed chief', () => {
    flagged('Councilman Haverford wants to slash patrol. #DumpHaverford', '#DumpHaverford');
    flagged(
      '#OustLindqvist — the mayor has ignored patrol staffing for two years.',
      '#OustLindqvist',
    );
    // The chief is appointed: criticism of the chief is no campaign.
    clean("Some residents posted #FireAdeyemi after Chief Adeyemi's staffing memo.");
  });
});

describe('invitations and Spanish', () => {
  it('flags the reader invited to a campaign event, not traffic near one', () => {
    flagged(
      'Hope to see you all at the Okafor campaign barbecue Saturday!',
      'see you all at the Okafor campaign barbecue',
    );
    clean('Officers will see heavy traffic near the campaign rally on Fifth Street.');
  });

  it('flags every Spanish form of "vote for" a person', () => {
    flagged('En marzo votamos por Irene Campos, ella sí escucha.', 'votamos por Irene Campos');
    flagged('Voy a votar por Hernández para sheriff.', 'votar por Hernández');
    clean('Los votos por correo deben llegar antes del martes.');
  });
});

describe('what stays neutral', () => {
  it('does not flag election-day tags, "whether you vote yes or no", or "put patrols back"', () => {
    clean('Polls open at 7. Expect traffic near the schools. #ElectionDay #ExamplePD');
    clean('Whether you vote yes or no on Measure K, please be patient at the polls.');
    // "back" after its object is an adverb, not "back the candidate": the slogan is the finding.
    const found = scan("Ortiz for Sheriff! He'll actually put deputies back on the night shift.");
    expect(found.map((f) => f.text)).toEqual(['Ortiz for Sheriff']);
  });
});

// Ten positives and ten near misses written for this round before they were run (helper 13):
// first run 8/10 and 9/10; the two missed positives ("as its next", "flip the school board")
// and the near miss ("whether you vote yes or no") were then fixed by family, not by wording.
const POSITIVE = [
  "Don't forget who cut our overtime budget when you vote next month.",
  'This county needs Tamsin Reyes as its next district attorney.',
  "Let's flip the school board this fall, people.",
  'Hope to see you all at the Okafor campaign barbecue Saturday!',
  'The whole night shift is pulling for Councilwoman Brandt in the runoff.',
  'Voy a votar por Hernández para sheriff.',
  'Dale Pruett is getting our vote for county commissioner.',
  'Keep Judge Amari on the bench this November.',
  '#OustLindqvist — the mayor has ignored patrol staffing for two years.',
  'Ramos for Sheriff. We stand with him on Tuesday.',
];
const NEAR_MISS = [
  'Remember to bring your ID when you go to the polls.',
  'We need Officer Diaz on the night shift this weekend.',
  'Turn the city blue for National Police Week: light your porch tonight.',
  'Officers will see heavy traffic near the campaign rally on Fifth Street.',
  'Keep him behind bars where he belongs.',
  'Our K-9 Bolt has our full support as he recovers from surgery.',
  'The whole precinct is pulling for Officer Garza as she recovers.',
  "Some residents posted #FireAdeyemi after Chief Adeyemi's staffing memo.",
  "Chief Lee will stand with Mayor Ochoa at Monday's press conference.",
  'Whether you vote yes or no on Measure K, please be patient at the polls.',
];

describe('invented sentences, round eight', () => {
  it.each(POSITIVE)('flags: %s', (text) => {
    expect(scan(text).length).toBeGreaterThan(0);
  });
  it.each(NEAR_MISS)('leaves clean: %s', (text) => {
    expect(scan(text).map((f) => f.text)).toEqual([]);
  });
});
