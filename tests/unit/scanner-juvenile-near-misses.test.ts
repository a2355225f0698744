import { describe, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';

/*
 * III.B.3.c, issue 13: a name (or a school and grade, an address, a parent's name) connected to
 * an age under 18 or a minor's role. "Connected" is the hard word: these are the families of
 * sentences where a name and a child's age stand close but are not one person, each with the
 * guard that keeps it clean, and the links across clauses and sentences a reader still sees.
 */

const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

describe('identifiable juveniles: a name and an age that are two people', () => {
  it('does not link a name to an age a content word or a verb away (another clause)', () => {
    for (const text of [
      'Thanks to Sarah Kim for the tip, a 15-year-old was arrested for the burglary.',
      'Dana Cole called 911, and a 16-year-old was arrested.',
      'Dana Cole and a 15-year-old were arrested after the fight.',
      "A 16-year-old driver lost control on Route 9 near Dana Cole's farm.",
      'The store owner, Ben Ortiz, said a 14-year-old stole two phones.',
      'Mark Davis saw the crash, in which a 14-year-old was hurt.',
    ])
      clean(text);
  });

  it('does not take an age that is the subject of its own verb as the name before it', () => {
    clean('According to Maria Lopez, a 15-year-old broke the window.');
    flagged('Maria Lopez, a 15-year-old, broke the window.', 'Maria Lopez, a 15-year-old');
  });

  it('does not flag an adult whose age is written in parentheses, as "age 34" or before the name', () => {
    for (const text of [
      'Dana Cole (34) and her son (12) were treated for smoke inhalation.',
      '34-year-old Dana Cole and her 12-year-old son were treated for smoke inhalation.',
    ])
      clean(text);
  });

  it('gives a later "he is 12" to the child named before, not to an adult or a place between', () => {
    for (const text of [
      'Mateo Ruiz was hit by a car driven by Dana Cole (34); he is 12.',
      'Mateo Ruiz was hit by a car driven by 34-year-old Dana Cole; he is 12.',
      'Mateo Ruiz was hurt in a crash in Eastside; he is 12.',
    ])
      flagged(text, 'Mateo Ruiz', '12');
  });

  it('does not flag a parent named as the adult of the sentence', () => {
    for (const text of [
      'Dana Mensah, the mother of a 14-year-old boy, was arrested for child neglect.',
      'Brandon Lee and his 14-year-old son were hurt when their car hit a tree.',
      'Linda Park, whose 12-year-old son plays for the Tigers, organized the toy drive.',
    ])
      clean(text);
  });

  it('does not take a place after "from", "in" or "near" for a name', () => {
    clean('A 15-year-old from Eastside was arrested for shoplifting.');
    clean('A 16-year-old in Brookfield was hurt in the crash.');
  });

  it('does not take a team or an organisation for a child', () => {
    clean('The Lincoln High Eagles, 15 and 2 this season, host a safety night.');
    clean('The Westside Wildcats (12) lead the league after the crash of their rivals.');
  });

  it('does not take the age of a car or a thing for a child', () => {
    clean('Our 10-year-old Ford Crown Victoria cruisers are being replaced after the crash.');
    clean('Officers recovered a stolen 15-year-old Honda Civic belonging to Greg Olsen.');
    clean('The 15-year-old Harvest Moon festival was cancelled after the shooting.');
  });

  it("does not take a programme's range of ages for one person's age", () => {
    clean('Our Police Explorer program is open to young people ages 14 to 20.');
    clean('Register your child for the Police Athletic League, ages 10 to 12.');
    clean('Sign-ups for Little Hawks, ages 9 to 12, close Friday.');
  });

  it('does not take a height for an age', () => {
    clean('Jaylen is 5\'6", thin build, with short hair.');
    clean('The suspect, Ray Dunn, is 6\'1" and 180 pounds.');
  });

  it('does not take the age someone had at an earlier time for a minor', () => {
    clean('Dispatcher Ana Cole has wanted to be a cop since she was 12.');
  });

  it('does not flag a welcome, a shout-out or a birthday with no incident', () => {
    for (const text of [
      'Please welcome our newest Junior Cadets, Noah Kim, 15, and Ava Park, 16.',
      'Shoutout to Ethan Cole, 12, for reading 100 books this summer at the library.',
      'Officers joined Liam Ortiz, 9, for his birthday parade down Elm Street.',
    ])
      clean(text);
  });

  it('still flags a celebrated child who witnessed a crime', () => {
    flagged(
      'We want to recognize Maya Okonjo, a fourth-grader at Linwood Elementary, who called 911 when she saw a man smashing a car window.',
      'Maya Okonjo',
    );
  });
});

describe('identifiable juveniles: links across clauses and sentences', () => {
  it('flags an age said of a pronoun further on, typed loosely', () => {
    flagged('Liam Fuchs, hes 16 and goes to Northridge High.', 'Liam Fuchs, hes 16');
    flagged("That's Kayla Brennan's son Tyler, he's like 14.", 'Tyler', '14');
    flagged('yeah thats Marcus Dean, hes like 15 lol he was throwing rocks', 'Marcus Dean');
    flagged('Police found Nia Brooks safe last night; she is 12.', 'Nia Brooks', '12');
    clean('Tom Reyes was arrested Friday. He is 15 minutes from the station.');
    clean('Dana Cole was arrested Friday. She is 34.');
  });

  it("flags a child named through a parent's name", () => {
    flagged(
      'The 15-year-old, a Ridgemont High sophomore and the son of youth-league coach Darnell Pruitt, was released to his father.',
      'Darnell Pruitt',
    );
    flagged(
      'The 13-year-old, whose grandmother Ruth Hale runs the corner store, was hurt.',
      '13-year-old',
      'Ruth Hale',
    );
    flagged(
      'A 15-year-old was arrested. His father, Officer Tom Reyes, declined to comment.',
      'Tom Reyes',
    );
    flagged(
      'A 12-year-old was bitten by a dog on Friday; his mother, Carla Jimenez, asked the owner to come forward.',
      'Carla Jimenez',
    );
    clean('The 16-year-old was cited. Her mother picked her up at the station.');
  });

  it('flags a family named by its surname with the ages', () => {
    flagged('It was the Okonkwo twins (both 16) spray painting the underpass.', 'Okonkwo');
    flagged('Officers detained the Fenwick brothers, 15 and 17, after the assault.', 'Fenwick');
  });

  it('flags an age stated in Spanish', () => {
    flagged('Mi vecino Emiliano, tiene 13 años, rompió la ventana.', 'Emiliano', '13 años');
  });
});

/*
 * Ten sentences each way, written for this test and in no corpus. Measured before the last two
 * guards were added (vehicle makes, a dog inside a long finding): 18 of 20.
 */
describe('identifiable juveniles: ten new sentences each way', () => {
  it('flags each of ten new sentences naming a minor', () => {
    const cases: [string, string][] = [
      ['Deputies say Kendra Yates, a 14-year-old runaway, was found in a bus shelter.', 'Kendra'],
      ['Hunter Grayson (15) was treated for burns after the garage fire on Birch Lane.', 'Hunter'],
      ['The teen driver, 16-year-old Colby Nash, told officers he was texting.', 'Colby Nash'],
      ["Ugh it was Rosa Diaz's kid again, he's maybe 13, smashing mailboxes", 'Rosa Diaz'],
      ['Seventeen-year-old Tariq Bell was booked on a burglary charge.', 'Tariq Bell'],
      ['Officers arrested Wesley Hart after the brawl at the mall. He is 16.', 'Wesley Hart'],
      [
        'A 12-year-old was bitten by a dog on Friday; his mother, Carla Jimenez, asked for the owner to come forward.',
        'Carla Jimenez',
      ],
      ['Sophie Tran, an eleventh grader at Oakmont High, was reported missing.', 'Sophie Tran'],
      ['The 14-year-old nephew of Alderman Pete Walsh was cited for vandalism.', 'Pete Walsh'],
      ["my buddy's son Aiden, hes 15, got jumped behind the rec center last night", 'Aiden'],
    ];
    for (const [text, words] of cases) flagged(text, words);
  });

  it('leaves ten new near misses clean', () => {
    for (const text of [
      'Trooper Nadia Kerr, 17 years with the state patrol, crashed her cruiser on I-80.',
      'Officers recovered a stolen 15-year-old Honda Civic belonging to Greg Olsen.',
      'Greg Olsen told officers a 14-year-old rang his doorbell and ran.',
      "Thanks to Ms. Patel's 4th graders for the cards they made for our officers!",
      'The Rockwood Rangers (13-1) play the fire department in the charity game Saturday.',
      'Paula Greene, 29, and a 15-year-old girl were hurt when their car hit a pole.',
      'Happy birthday to Lily Moore, who turned 8 today and got a tour of the station!',
      'Youth ages 12 through 17 can apply for the summer safety camp with Officer Ben Ruiz.',
      'Martin Shaw, the father of a 16-year-old crash victim, spoke at the safety forum.',
      'Victor Hale has lived on Maple Street since he was 10 and reported the break-in.',
    ])
      clean(text);
  });
});
