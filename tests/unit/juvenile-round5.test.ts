import { describe, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';
import { scannerExpectations } from './scanner-expectations';

/*
 * Round five (III.B.3.c): families of sentences written for this round, none copied from a corpus.
 * Each family is named by who the sentence is about and what it says of them.
 */

const juvenile = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');
const personal = scannerExpectations(personalDataScanner, 'III.B.3.c');

describe('juveniles: a child named through a parent who carries a title or role', () => {
  // Family: "[role] [Name]'s [age or role] [son/daughter]": the parent's name identifies the child.
  it('flags the child of a titled or described parent', () => {
    const { flagged } = juvenile;
    flagged(
      'Coach Darnell Pruitt’s 15-year-old daughter was among those hurt in the crash.',
      'Darnell Pruitt’s 15-year-old',
    );
    flagged(
      'Pastor Ike Mensah’s 12-year-old grandson was struck by a car on Elm.',
      'Ike Mensah’s 12-year-old',
    );
    flagged(
      'deputy mayor Ray Collins’s 16 year old son got arrested last night lol',
      'Ray Collins’s 16 year old',
    );
    flagged(
      'Officers detained Dr. Lena Ortiz’s son, a ninth-grader, after the fight at the mall.',
      'Lena Ortiz’s son, a ninth-grader',
    );
    flagged(
      'The injured passenger was Principal Tom Reddy’s 14-year-old daughter.',
      'Tom Reddy’s 14-year-old',
    );
  });

  it('leaves a titled adult’s things and an adult child', () => {
    const { clean } = juvenile;
    clean('Principal Helen Marsh’s 2019 Camry was damaged in the crash.');
    clean('Coach Darnell Pruitt’s son, 34, was arrested for the theft.');
    clean('Officer Dana Cole’s 12-year career ended after the crash.');
  });
});

describe('juveniles: a name, then a pronoun that puts them in a school grade', () => {
  // Family: "Name, (s)he's / they're in [someone's] Nth grade (class)": the grade is theirs.
  it('flags a name placed in a grade through a pronoun or a possessive', () => {
    const { flagged } = juvenile;
    flagged(
      'Pretty sure that was Tyler Quinn, he is in my son’s 8th grade class and he got hurt.',
      'Tyler Quinn',
      '8th grade',
    );
    flagged(
      'Sofia Reyes, she was in my niece’s 7th grade homeroom, got hit by the car.',
      'Sofia Reyes',
      '7th grade',
    );
    flagged(
      'it was the Moreno brothers, they’re in 8th grade at Carver, they broke in',
      'Moreno',
      '8th grade',
    );
    flagged('those Delgado kids, theyre in 6th grade, smashed the window', 'Delgado', '6th grade');
    flagged('it was the Nguyen twins, they are like 14, who stole the bikes', 'Nguyen', '14');
    flagged(
      'Jaden Cole is in our 10th grade class and got arrested at the game.',
      'Jaden Cole',
      '10th grade',
    );
  });

  it('leaves adults of a grade, floors, years lived and a teacher', () => {
    const { clean } = juvenile;
    clean('Dana Cole, she teaches my daughter’s 10th grade class, called 911 after the crash.');
    clean('The Moreno brothers, they’re in their 40s and run the hardware store that was robbed.');
    clean('The Castillo family, they have lived on Elm for 15 years, saw the crash.');
    clean('Dana Cole, she is in the 8th grade wing as a teacher, called 911.');
  });
});

describe('personal data: a plate restated with a pronoun after its word', () => {
  // Family: "the plate/tag, it was/it's/I think it was …" then the value spelled out.
  it('flags the value after "plate, it was" and its kin', () => {
    const { flagged } = personal;
    flagged(
      'got the tag, I think it was K-L-M four four two, then they left',
      'K-L-M four four two',
    );
    flagged('The license plate, it said B-N-Q five five two.', 'B-N-Q five five two');
    flagged('I saw the plates, they were L K J 4 4 1', 'L K J 4 4 1');
    flagged('tag on the truck, it read 4 K L M nine two oh', '4 K L M nine two');
    flagged('his plate? pretty sure it’s X-R-T two one nine', 'X-R-T two one nine');
  });

  it('leaves a plate word with no value after it', () => {
    const { clean } = personal;
    clean('I got the plate, it was a white Corolla with a dent in the door.');
    clean('The tag, it was expired by two months, so he was cited.');
  });
});

describe('personal data: a public office’s line and a business or event address', () => {
  // Family: a number given as a public office's line ("the Finance Department at …").
  it('leaves a public office’s line', () => {
    const { clean } = personal;
    clean('Please direct questions about the measure to the Finance Department at (555) 555-0140.');
    clean('For permits, call the county clerk’s office at (555) 555-0199.');
    clean('Contact Animal Services at 555-0123 about a stray.');
    clean('You can reach the Public Works Department at (555) 555-0182.');
    clean('The Elections Office can be reached at 555-0111 on weekdays.');
  });

  it('still flags a private person’s line beside an office', () => {
    const { flagged } = personal;
    flagged('Call Maria at the Finance Department, her cell is (555) 555-0144.', '(555) 555-0144');
    flagged('If you saw it, call Tom at 555-0178.', '555-0178');
  });

  // Family: an address given as a business lot or yard, or where a public event takes place.
  it('leaves a tow lot, a yard and an event’s address', () => {
    const { clean } = personal;
    clean('Towed cars can be picked up at the lot at 900 Industrial Pkwy after 8 a.m.');
    clean('Impounded vehicles are held at the tow yard, 45 Commerce Dr.');
    clean('Join us for the ribbon cutting at 2250 Marlowe Ave. on Friday.');
    clean('The groundbreaking ceremony at 410 River Rd starts at noon.');
    clean('Bikes can be collected from the impound lot at 12 Depot Rd.');
  });

  it('still flags a home address where something happened', () => {
    const { flagged } = personal;
    flagged('Officers found the man at 412 Oak St. after a neighbor called.', '412 Oak St');
    flagged('The party at 1422 Elm St got out of hand last night.', '1422 Elm St');
  });
});

/*
 * Twenty sentences written after the rules above, none from a corpus, as a check of how the
 * families carry over (18 of 20 on first run; the two misses, "the Pruitt boys" after an article
 * and "wrote the tag down, it was …", led to the widenings they now test).
 */
describe('round five: fresh sentences of each family', () => {
  it('flags ten new positives', () => {
    juvenile.flagged(
      'Councilwoman Tara Bell’s 16-year-old son was cited for reckless driving on Oak.',
      'Tara Bell’s 16-year-old',
    );
    juvenile.flagged(
      'yeah that was Mason Greer, hes in my nephew’s 9th grade class, he got jumped after school',
      'Mason Greer',
      '9th grade',
    );
    juvenile.flagged(
      'The Alvarado sisters, they’re both 13, were the ones hurt in the crash.',
      'Alvarado',
      '13',
    );
    juvenile.flagged(
      'Police detained Liam Foster, a Westview Middle eighth-grader, after the fight.',
      'Liam Foster',
    );
    juvenile.flagged(
      'It was the Pruitt boys, they are in 6th grade at Lincoln, who broke into the shed.',
      'Pruitt boys',
    );
    personal.flagged(
      'wrote the tag down, it was J-K-P six six one, black Altima',
      'J-K-P six six one',
    );
    personal.flagged(
      'Plate on the van, I think it said 8 R T Y two two one.',
      '8 R T Y two two one',
    );
    personal.flagged('If anyone knows him call his cell 555-0193.', '555-0193');
    personal.flagged('He lives at 1187 Birch Ln, apartment 4.', '1187 Birch Ln');
    personal.flagged(
      'The registration? it was K as in King, L, M, four four two.',
      'K as in King, L, M, four four two',
    );
  });

  it('leaves ten new near misses', () => {
    for (const text of [
      'Coach Tara Bell’s 16-year-old program has sent players to state.',
      'Mason Greer, he teaches 9th grade science, called 911 after the fight.',
      'The Alvarado sisters, they have run the bakery for 13 years, saw the crash.',
      'Officers spoke with the 8th grade teachers about the threat.',
      'Principal Dana Ruiz’s office was broken into overnight.',
      'The injured boy plays on the Pinecrest girls’ volleyball team’s staff as a helper.',
    ])
      juvenile.clean(text);
    for (const text of [
      'I saw the plate, it was covered in mud so I could not read it.',
      'Questions? Contact the Records Division at (555) 555-0166.',
      'The dedication ceremony at 300 Veterans Way begins at 10 a.m.',
      'Vehicles may be retrieved at the impound lot, 77 Yard Rd, weekdays.',
      'Call the county Health Department at 555-0120 for a vaccine appointment.',
    ])
      personal.clean(text);
  });
});
