import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';

/*
 * III.B.3.c, issue 13: the shapes a minor is identified in beyond "Name, 15": through a school
 * team and jersey number, through a grandparent or parent, by a description without a name, by an
 * age said in a later sentence or after a question ("Amaru? He is 9"), and in Spanish.
 */

const { scan, flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

/** Ten of my own, written before the rules for these shapes changed (5/10 flagged and 10/10 clean then; 10/10 and 10/10 now). */
export const invented = {
  minors: [
    'The Westfield High point guard who wears number 23 was hurt in the crash on Elm Road.',
    "Police detained Gloria Pham's grandson after the break-in; the boy is 13.",
    'A 15-year-old girl whose father, Victor Osei, runs the corner bakery was struck by a car.',
    'Who was driving? Keanu Walsh. He is 14.',
    'Tobias? He is 12 and he threw the brick through the window.',
    'Sofía Herrera, de 14 años, fue arrestada por robo en la tienda.',
    'El niño Mateo, que tiene 11 años, resultó herido en el choque.',
    'The Carver Middle eighth grader who lives next to the fire station was cited for vandalism.',
    'Lena Ortiz was hurt in the crash on Route 4. Lena is only 10.',
    'The quarterback for Ridgeview High, number 7, was arrested after the fight.',
  ],
  clean: [
    'Gloria Pham, the Westfield High coach, reported a theft of 12 jerseys from the gym.',
    'Victor Osei, 45, a father of three, was arrested for driving under the influence.',
    'Who was arrested? Officers have not released the name. The suspect is 34.',
    'El conductor, de 45 años, fue arrestado en la calle Olmo.',
    'The grandmother, Rosa Delgado, 72, was hurt when her car was struck on Pine Street.',
    "Westfield High's varsity team will play at 7 after last week's game was canceled over a threat.",
    'Kevin Marsh was arrested Friday. He is 19.',
    'Officer Alvarez? She spent 9 hours at the crash scene helping the crews.',
    'Lena Ortiz reported the theft at 10 on Sunday.',
    'Number 12 pump on Oak Street is closed after the crash.',
  ],
};

describe('identifiable juveniles: ten invented minors and ten invented near misses', () => {
  it('flags every invented minor', () => {
    const missed = invented.minors.filter((t) => scan(t).length === 0);
    expect(missed).toEqual([]);
  });
  it('keeps every invented near miss clean', () => {
    const noisy = invented.clean.filter((t) => scan(t).length > 0);
    expect(noisy).toEqual([]);
  });
});

describe('a school team player singled out by jersey number', () => {
  it('flags a player named by school, team and number, in an incident or called a child', () => {
    flagged(
      'It was #23 on the Eastfield High JV squad, the freshman point guard, who started it.',
      '#23',
      'Eastfield High',
    );
    flagged('it was the Carver High softball pitcher, number 12, the sophomore.', 'number 12');
    flagged('Ridgeview High No. 4, the goalie, was hurt in the crash on Elm Road.', '4');
  });
  it('leaves numbers that are not a child player’s jersey clean', () => {
    for (const text of [
      // a thing's number, not a jersey
      'The Lincoln High team bus number 12 was in a crash on Route 4; no students were hurt.',
      // no incident and no child: a team retiring a number
      'The Lincoln High team will retire number 23 before the homecoming game.',
      // an adult of the team
      'The Westfield High football coach, number 23 on the old roster, was arrested for DUI.',
      // no school
      'The point guard who wears number 23 for the city rec league was hurt in the crash.',
    ])
      clean(text);
  });
});

describe('a child described through what a parent does', () => {
  it('flags a minor whose parent coaches, owns or runs something named', () => {
    flagged(
      'The injured boy, a sixth-grader whose mother coaches the Pinecrest girls volleyball team, will recover.',
      'sixth-grader whose mother coaches the Pinecrest',
    );
    flagged(
      'A teen whose dad owns Rizzo Pizza was cited for the break-in.',
      'teen whose dad owns Rizzo',
    );
  });
  it('leaves a parent who did something ordinary, or somewhere named, clean', () => {
    for (const text of [
      'A teen whose mother called 911 on Tuesday was treated for smoke inhalation.',
      'A boy whose father runs every morning in Lincoln Park was hurt by a cyclist.',
      'The boy whose mother coaches was hurt in the crash.',
    ])
      clean(text);
  });
});

describe('a name joined to a school grade through a family noun, "from" or "the one in"', () => {
  it('flags the grade as the named child’s', () => {
    flagged(
      'It was set by Rafael and Tomás Echeverría, brothers in the eighth grade at Lakeview.',
      'Tomás Echeverría',
      'eighth grade',
    );
    flagged(
      'the girl from the crash is Mei-Lin Zhao from the Lakeside 6th grade class',
      'Mei-Lin Zhao',
    );
    flagged(
      "That's Renata Okafor's daughter, the one in 8th grade at Holloway Middle, she got hit crossing Birch.",
      'Renata Okafor',
      '8th grade',
    );
    flagged(
      'A 15-year-old from Jefferson High, Kaden Pruitt, admitted setting the fire.',
      'Kaden Pruitt',
    );
  });
  it('leaves an adult of a grade clean', () => {
    for (const text of [
      'Dana Cole, a teacher in the eighth grade at Lakeview, reported the theft.',
      'Mark Diaz from the 8th grade PTA said the crash scared everyone.',
    ])
      clean(text);
  });
});

describe('an age said after a question or of "the boy", and in Spanish', () => {
  it('gives the answer’s age to the name asked about', () => {
    flagged('Tobias? He is 12 and he threw the brick.', 'Tobias', '12');
    flagged('¿Amaru? Tiene 9 años y estaba en el choque.', 'Amaru', '9 años');
    flagged(
      'Police detained Gloria Pham’s grandson after the break-in. The boy is 13.',
      'Gloria Pham',
      '13',
    );
    flagged(
      "Police detained Gloria Pham's grandson after the break-in; the boy is 13.",
      'Gloria Pham',
      '13',
    );
    flagged('El niño Mateo, que tiene 11 años, resultó herido.', 'Mateo', '11 años');
  });
  it('leaves adults, titled people, and a boy not named through a relative clean', () => {
    for (const text of [
      'Sgt. Ruiz? He is 15 minutes away from the crash.',
      'Officer Alvarez? He is 12 years into the job and led the search.',
      'Officer Dana Cole? She is like 12 lol, they hire them young.',
      'Who? He is 19.',
      'Gloria Pham called police after the break-in. The boy is 13.',
      'Gloria Pham called police after the break-in; the boy is 13.',
      "Gloria Pham's grandson, 34, was arrested; the boy is 13.",
      'Bail Bonds, 10% down, call now.',
    ])
      clean(text);
  });
});
