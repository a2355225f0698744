import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { scanText } from '../../src/shared/policy/scanners/index';
import { scannerExpectations } from './scanner-expectations';
import { POLITICAL_NEAR_MISS, POLITICAL_POSITIVE } from './invented-political-commercial';

const { flagged, clean } = scannerExpectations(politicalScanner, 'III.B.1.f');

describe('political calls that never say "vote for"', () => {
  it('flags a ballot marked for someone, not instructions for marking one', () => {
    flagged('We will all be putting Okafor’s name on our ballots this spring.', 'Okafor');
    flagged('Fill in the oval for Delgado, folks.', 'oval for Delgado');
    flagged('Measure 9 funds the crime lab, so mark yes on the 3rd ballot line.', 'mark yes');
    clean('Fill in the bubble completely on your ballot with black ink.');
    // No election anywhere: a form's box.
    clean('Check yes if you would like a copy of the report mailed to you.');
  });

  it('flags a measure explained with a slanted conclusion, not the neutral explanation', () => {
    flagged('A no vote on Prop 7 is a vote for longer response times.', 'Prop 7 is a vote for');
    flagged('Help Measure Q pass this fall.', 'Help Measure Q pass');
    clean('Measure Q would add a quarter-cent sales tax for ten years; the full text is online.');
    // No measure anywhere: a smoke alarm.
    clean("Don't let it fail when you need it most: test your smoke alarm monthly.");
  });

  it('flags campaign chores asked of the reader, not reported or outside an election', () => {
    flagged('Stop by the candidate table and grab a lawn sign!', 'grab a lawn sign');
    flagged('The Ruiz campaign needs help: sign up to phone bank Thursdays.', 'phone bank');
    clean(
      'After the storm, Public Works will pick up the yard signs that blew into Elm St. Polls open at 7.',
    );
    clean('Detectives will knock on doors along Main St looking for witnesses.');
  });

  it('flags sending an office holder away or into office, and an opponent judged by his winning', () => {
    flagged('Councilman Pratt has failed us. Time to show him the door.', 'show him the door');
    flagged(
      'Senator Wade deserves better; send her back to Congress.',
      'send her back to Congress',
    );
    flagged('We cannot afford another term of Mayor Dunn.', 'afford another term');
    flagged(
      'Frankly, it would be a catastrophe if Alderman Voss is elected.',
      'if Alderman Voss is elected',
    );
    // No office or election: a child sent home.
    clean('Officers found the boy at the park and were glad to send him home to his mother.');
    clean('If he wins the raffle he gets a new bike.');
  });

  it('flags a candidate backed for an office or on election day, a party ticket and a party left to run', () => {
    flagged('Stand behind Ortega this Tuesday.', 'Stand behind Ortega this Tuesday');
    flagged(
      'Everyone on B shift is backing Lena Park for school board.',
      'backing Lena Park for school board',
    );
    flagged('Vote the Democratic slate, every race.', 'Democratic slate');
    flagged(
      'Look what happens when you keep the liberals in charge.',
      'keep the liberals in charge',
    );
    clean('We stand with the family of Officer Park tonight.');
    clean('Straight-ticket voting is not available in this state.');
  });

  it('flags a candidate’s event promoted and a vote said to be deserved', () => {
    flagged('Come out to Sheriff Boyd’s re-election barbecue on Sunday!', 're-election barbecue');
    flagged('Tonight’s forum is hosted by the Nguyen campaign.', 'hosted by the Nguyen campaign');
    flagged('She has earned your vote.', 'earned your vote');
  });

  it('flags Spanish calls', () => {
    flagged('¡Votemos juntos por Ramírez!', 'Votemos juntos por Ramírez');
    flagged('Apoyemos a la candidata Ortiz.', 'Apoyemos a la candidata');
    flagged('Reelijan a Gómez en noviembre.', 'Reelijan a Gómez');
    clean('Para votar, lleve su identificación a su casilla.');
  });

  it('gets the invented sentences right (written before the rules)', () => {
    const hits = (s: string) => scanText(s).some((f) => f.kind === 'political');
    expect(POLITICAL_POSITIVE.filter(hits)).toEqual(POLITICAL_POSITIVE);
    expect(POLITICAL_NEAR_MISS.filter(hits)).toEqual([]);
  });
});
