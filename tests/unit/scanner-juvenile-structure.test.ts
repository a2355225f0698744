import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';

/*
 * III.B.3.c (content follows the law, which protects juveniles' identities). Issue 13's rule: a
 * person's name (or a unique description: school and grade, address, a parent's name) connected
 * to an age under 18 or a minor's role, in any order and across a clause.
 * Cases are written from those words.
 */

const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

describe('identifiable juveniles: a name or a unique description tied to a minor', () => {
  it('flags a teenager named beside their age, in either order (issue 13)', () => {
    expect(flagged('Mateo Ruiz, 15, was struck by a car on Elm Street.', 'Mateo Ruiz').text).toBe(
      'Mateo Ruiz, 15',
    );
    expect(flagged('15-year-old Mateo Ruiz was struck by a car on Elm Street.', 'Mateo').text).toBe(
      '15-year-old Mateo Ruiz',
    );
    flagged('Aisha Khan (16) was cited after the crash.', 'Aisha Khan (16');
    flagged('Mateo Ruiz, aged 15, was arrested.', 'Mateo Ruiz, aged 15');
    flagged('Mateo Ruiz is 15 years old and was arrested for theft.', 'Mateo Ruiz is 15');
    flagged('Police detained a 15-year-old, Mateo Ruiz, after the fight.', '15-year-old', 'Ruiz');
    flagged('The 16-year-old driver, Aisha Khan, was cited for speeding.', '16-year-old', 'Khan');
    flagged('Jayden, 13, was hurt when his bike was struck on Oak Street.', 'Jayden, 13');
  });

  it('flags a name and an age across a clause', () => {
    flagged('Mateo Ruiz, who is 15, was struck by a car on Elm Street.', 'Mateo Ruiz', '15');
    flagged('Mateo Ruiz, who police say is 15, was arrested.', 'Mateo Ruiz', '15');
    flagged('Officers arrested Mateo Ruiz on Friday, and he is 16.', 'Mateo Ruiz', '16');
    flagged('Mateo Ruiz was hurt, and he is just 14.', 'Mateo Ruiz', '14');
  });

  it("flags a name beside a minor's role", () => {
    flagged('The teen, Mateo Ruiz, was arrested for theft.', 'teen, Mateo Ruiz');
    flagged('Mateo Ruiz, a juvenile, was arrested for theft.', 'Mateo Ruiz, a juvenile');
    flagged('Lincoln High sophomore Mateo Ruiz was arrested for theft.', 'sophomore Mateo Ruiz');
    flagged('The Kowalski boy was arrested for shoplifting.', 'Kowalski boy');
  });

  it('flags each child of two named with their ages, victims too', () => {
    const text = 'Mateo, 15, and his sister Ana, 12, were reported missing Monday.';
    flagged(text, 'Mateo, 15');
    flagged(text, 'Ana, 12');
    flagged('The victim, Mateo Ruiz, 15, was taken to the hospital.', 'Mateo Ruiz, 15');
  });

  it("flags a minor identified by a parent's name", () => {
    flagged('The suspect is the 14-year-old son of Pastor Ike Mensah.', '14-year-old', 'Mensah');
    flagged('The 14-year-old son of Dana Mensah was arrested for vandalism.', 'Dana Mensah');
    flagged("Dana Mensah's 14-year-old son was arrested for vandalism.", 'Dana Mensah', '14');
  });

  it('flags a minor identified by school and grade', () => {
    flagged(
      'A sophomore at Lincoln High was arrested for bringing a knife to school.',
      'sophomore at Lincoln High',
    );
    flagged(
      'A seventh-grader at Lincoln Middle was injured in the crash.',
      'seventh-grader at Lincoln Middle',
    );
    flagged('A 10th grader at Lincoln High was arrested after the fight.', '10th grader', 'High');
    flagged(
      'An eighth grade student at Lincoln Middle was hurt in the crash.',
      'eighth grade',
      'Lincoln Middle',
    );
  });

  it('points at the words through emoji, accents and an earlier CRLF paragraph', () => {
    const text = '🚑 Update\r\n\r\nJosé Núñez, 15, was struck by a car 🚑 on Elm Street.';
    const finding = flagged(text, 'José Núñez, 15');
    expect(finding.start).toBe(text.indexOf('José'));
    expect(finding.text).toBe('José Núñez, 15');
  });

  it('flags a role word that opens the sentence before the name (lost in d65d4ea)', () => {
    flagged('Juvenile Mateo Ruiz was arrested for theft.', 'Juvenile Mateo Ruiz');
  });

  it('flags a name and an age across a semicolon', () => {
    flagged('Officers arrested Mateo Ruiz on Friday; he is 16.', 'Mateo Ruiz', '16');
  });

  it('flags a name and an age a longer clause apart (the age said of "he")', () => {
    flagged("Mateo Ruiz was arrested after the fight, and he's only 15.", 'Mateo Ruiz', '15');
  });

  it('flags a name and an age in the next sentence ("He is 15.")', () => {
    flagged('Mateo Ruiz was arrested on Friday. He is 15.', 'Mateo Ruiz');
  });

  it('flags a minor identified by a home address', () => {
    flagged(
      'A 15-year-old who lives at 412 Oak Street was arrested for burglary.',
      '15-year-old',
      '412 Oak Street',
    );
  });

  it("flags a parent's name given in the next clause", () => {
    flagged('The 17-year-old was cited; her mother, Dana Cole, picked her up.', 'Dana Cole');
  });
});

describe('identifiable juveniles: what stays clean', () => {
  it('does not flag an unnamed minor', () => {
    for (const text of [
      'A 16-year-old was arrested for shoplifting at the mall.',
      'A 16-year-old boy was injured in the crash on Route 9.',
      'A 16-year-old driver was hurt in the crash on Route 9.',
    ])
      clean(text);
  });

  it("does not flag an adult's age, or a child's age that belongs to another person", () => {
    for (const text of [
      'Dana Cole, 34, was arrested for shoplifting.',
      'Dana Cole, 19, a sophomore at State University, was arrested.',
      'Ana Cruz, 34, and her son, 12, were injured.',
    ])
      clean(text);
  });

  it("does not flag a minor's award or achievement with no incident", () => {
    for (const text of [
      'Congratulations to Cadet Mia Torres, 16, on her junior cadet award!',
      'Congratulations to Mia Torres, 16, our Junior Cadet of the Year!',
      'Mia Torres, 16, was named Junior Cadet of the Year.',
      'Mia Torres, 16, won the essay contest.',
      'Lincoln High junior Mateo Ruiz, 17, won the science fair.',
    ])
      clean(text);
  });

  it("does not flag an officer's years of service, a duration or a programme's ages", () => {
    for (const text of [
      'Officer Mia Torres has 15 years on the force.',
      'Officer Dana Cole, 16 years with the department, was injured in the crash.',
      'Ten years ago, Dana Cole joined the department.',
      'Teens ages 13 to 17 can sign up for the summer youth academy.',
    ])
      clean(text);
  });

  it("does not flag a dog's age", () => {
    clean('Rex, our 3-year-old German Shepherd, retires today.');
  });

  it('does not flag a police dog\'s age written as "Rex, 3,"', () => {
    clean('K-9 Rex, 3, found 2 pounds of meth during a traffic stop.');
  });

  it('does not flag "Max, a 2-year-old German Shepherd"', () => {
    clean('Max, a 2-year-old German Shepherd, found the missing hiker.');
  });

  it('does not flag "a 2-year-old Belgian Malinois named Rex"', () => {
    clean('Our newest K-9, a 2-year-old Belgian Malinois named Rex, starts work Monday.');
  });

  it('does not flag a therapy dog introduced with its age', () => {
    clean('Meet Bella, 4, our newest therapy dog.');
  });

  it('does not crash or flag a lone emoji, only punctuation, or an empty text', () => {
    for (const text of ['', '🚑', '!!!???', '\r\n\r\n', '(15)', '—'.repeat(50)]) clean(text);
  });
});
