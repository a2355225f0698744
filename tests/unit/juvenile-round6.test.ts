import { describe, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { scannerExpectations } from './scanner-expectations';

/*
 * Round six (III.B.3.c): the shapes the blind eleventh corpus showed missing, each written here by
 * hand in other words (none of these sentences is in a corpus).
 */
const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

describe('juveniles: grades said in the plural, and of a team', () => {
  it('flags children named with a plural grade or a grade’s team', () => {
    flagged(
      'Police say the Ortiz twins, the sixth-graders from Birch Lane, broke the window.',
      'Ortiz twins, the sixth-graders',
    );
    flagged(
      'the Novak brothers from the 10th grade chess club threw rocks at the bus',
      'Novak brothers from the 10th grade',
    );
  });

  it('leaves the adults of a grade', () => {
    clean('Detectives met the Novak family and the 10th grade science teachers after the theft.');
  });
});

describe('juveniles: an incident the celebration words do not hide', () => {
  it('flags a child thanked for helping solve a hit-and-run or hurt in one', () => {
    flagged(
      'Thank you to Priya Raman (14), whose photos helped detectives identify the driver in Sunday’s hit-and-run.',
      'Priya Raman (14)',
    );
    flagged(
      'Proud of Kofi Mensah, a sixth-grader at Elm Ridge Middle, who needed stitches after the dog got loose.',
      'Kofi Mensah, a sixth-grader',
    );
  });

  it('leaves a child’s award with no incident', () => {
    clean('Congratulations to Priya Raman (14), winner of this year’s safety poster contest!');
  });
});

describe('juveniles: a school and an age or a role, next to an incident', () => {
  it('flags a school named just before the role, or an age from a school', () => {
    flagged(
      'The crash involved the goalie at Westbrook High, a sophomore, who lost control on Pine St.',
      'Westbrook High, a sophomore',
    );
    flagged(
      'The 15-year-old from Hillcrest Academy who drove into the fence was cited.',
      '15-year-old from Hillcrest Academy',
    );
  });

  it('leaves an age with no school, and a school with no incident', () => {
    clean('A 15-year-old from out of town was cited for the crash.');
    clean('The 15-year-old from Hillcrest Academy who won the essay prize read it aloud.');
  });
});

describe('juveniles: the child of a named parent, and an age after an aside', () => {
  it('flags a named parent’s oldest with a role, and an age said after an aside', () => {
    flagged(
      'It was Dana Whitfield’s oldest, she’s a sophomore at Lakeside, who started the fight.',
      'Dana Whitfield’s oldest, she’s a sophomore',
    );
    flagged(
      'Marco Diaz, the Riverside striker injured Saturday, is 15 and recovering at home.',
      'Marco Diaz',
      'is 15',
    );
  });

  it('leaves an age the person had then, after an aside', () => {
    clean('Dana Ruiz, who lost her son in the crash, was 16 when she had him.');
  });
});

describe('juveniles: a grade said of a pronoun', () => {
  it('flags a named child whose grade comes after “she’s only in”', () => {
    flagged(
      'Jasmine Ortega broke the window at the rec center, and she’s only in 7th grade.',
      'Jasmine Ortega',
      '7th grade',
    );
  });

  it('leaves a grade said of nobody named', () => {
    clean('Someone broke the window at the rec center, and she’s only in 7th grade.');
  });
});

describe('juveniles: a child’s age said of the pronoun that answers a name', () => {
  it('flags “Keanu? He’s my cousin’s boy, 13” and leaves an adult son', () => {
    flagged('Anyone seen Keanu? He’s my cousin’s boy, 13, and never came home.', 'Keanu', '13');
    clean('Anyone seen Keanu? He’s my cousin’s son, 34, and never came home.');
  });
});

describe('juveniles: names and schools the twelfth set wrote', () => {
  it('flags a double-barrelled name with an age, and a child pushed in an incident', () => {
    flagged(
      'A campaign volunteer, Marisol Ortega-Reyes (16), was shoved off the porch on Fir St.',
      'Marisol Ortega-Reyes (16)',
    );
  });

  it('flags a grade and a school before the name, with the school no person between them', () => {
    flagged(
      'A 10th-grader at Lakemont, Theo Brandt, was cited for the fight.',
      '10th-grader at Lakemont, Theo Brandt',
    );
  });

  it('leaves a school that is only where it happened', () => {
    clean('A 15-year-old was hurt outside Westbrook High on Friday.');
  });

  it('flags a school’s junior named after the name, and a role said again of “he”', () => {
    flagged(
      'Imani Shaw, a Crestview High junior, was arrested after the break-in.',
      'Imani Shaw, a Crestview High junior',
    );
    flagged(
      'The kid who smashed the window is Rory Flint, he’s a junior at Oakdale.',
      'Rory Flint, he’s a junior',
    );
  });

  it('leaves an adult junior officer and a junior varsity coach', () => {
    clean('Imani Shaw, a junior officer at Crestview, was hurt after the break-in.');
    clean('Rory Flint, the Oakdale junior varsity coach, reported the break-in.');
  });
});

describe('juveniles: the thirteenth set’s shapes', () => {
  it('flags “Name, the 13-year-old”, a named child walking a dog, a child in stable condition', () => {
    flagged(
      'Lina Haddad-Moreau, the 14-year-old reported missing Friday, has been found.',
      'Lina Haddad-Moreau, the 14-year-old',
    );
    flagged(
      '11-year-old Tobias Grant was walking his dog when he spotted the fire.',
      '11-year-old Tobias Grant',
    );
    flagged(
      'The volunteer, Priya Das, 15, was taken to Mercy and is in stable condition.',
      'Priya Das, 15',
    );
  });

  it('still leaves a dog’s age, a child’s fundraiser and a volunteer’s thanks', () => {
    clean('Meet Rex, a 3-year-old German Shepherd joining our K-9 unit.');
    clean('Please help us find 4-year-old Pepper — she is a black Labrador and very shy.');
    clean('Congratulations to Kaylee Brooks, 9, who raised $2,000 for Mercy Children’s Hospital!');
    clean('Thank you to Ava Chen, 11, for serving fruit punch at our open house!');
    clean('Thank you to our volunteer Priya Das, 15, for running the bake sale!');
  });
});
