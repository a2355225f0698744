import { describe, it } from 'vitest';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { scannerExpectations } from './scanner-expectations';

/*
 * Round seven (III.B.3.c): shapes found by reading the rules and the blind fourteenth corpus,
 * each written here by hand in other words (none of these sentences is in a corpus).
 */
const { flagged, clean } = scannerExpectations(juvenileIdentityScanner, 'III.B.3.c');

describe('juveniles: a pet introduced by name is no child', () => {
  it('leaves a dog called a good boy, or a Lab mix, with its age', () => {
    clean('Meet Max! He’s a very good boy, 4, and he is looking for a home.');
    clean('Meet Biscuit. She is 3. She is a Lab mix who loves long walks.');
  });

  it('still flags a child called a boy with an age in the sentence after a name', () => {
    flagged(
      'Officers found Tomasz Wiśniewski behind the store. He’s the Kowal family’s boy, 12.',
      'Tomasz Wiśniewski behind the store. He’s the Kowal family’s boy, 12',
    );
  });
});

describe('juveniles: "years of age" abbreviated', () => {
  it('flags “15 yoa” as it flags “15 yo”', () => {
    flagged(
      'Deputies cited Farid Nasser, 15 yoa, after the fight at the skate park.',
      'Farid Nasser, 15 yoa',
    );
    flagged(
      'Deputies cited Farid Nasser, 15yoa, after the fight at the skate park.',
      'Farid Nasser, 15yoa',
    );
  });

  it('leaves an adult’s age written the same way', () => {
    clean('Deputies cited Farid Nasser, 35 yoa, after the fight at the skate park.');
  });
});

describe('juveniles: the fifteenth set’s shapes', () => {
  it('flags an age after “also”, a diminutive Spanish age, a school’s junior before a name', () => {
    flagged(
      'Her passenger, Nadia Petrov, also 15, was taken to Mercy General after the crash.',
      'Nadia Petrov, also 15',
    );
    flagged(
      'ALERTA AMBER: la pequeña Lucía Ortiz, 3 añitos, se la llevaron.',
      'Lucía Ortiz, 3 añitos',
    );
    flagged(
      'Deputies cited Westbrook High sophomore Kenji Watanabe for the vandalism.',
      'sophomore Kenji Watanabe',
    );
  });

  it('flags a name set off by commas before “is 16”, and an age opening the sentence after a name', () => {
    flagged(
      'The boy in the blue hoodie, Mateo Brooks, is 16 and was not part of the fight.',
      'Mateo Brooks, is 16',
    );
    flagged(
      'MISSING: Owen Lindqvist. The 12-year-old left home on foot around 6 p.m.',
      'Owen Lindqvist. The 12-year-old',
    );
  });

  it('leaves a police dog called by his name alone after “K-9 Bruno”', () => {
    clean(
      'Happy retirement, K-9 Ranger! After nine years on patrol, Ranger (11) hangs up his vest.',
    );
    flagged('Happy birthday to Ranger Ortiz (11), who found the stolen bike.', 'Ranger Ortiz (11)');
  });

  it('leaves adults, a senior centre and a dog the same way', () => {
    clean('Her passenger, Nadia Petrov, also 45, was taken to Mercy General after the crash.');
    clean('The driver, Marcus Webb, is 34 and was not hurt in the crash.');
    clean('Meet our new K-9, Bruno. The 2-year-old shepherd found the stolen bikes.');
    clean('Volunteers from Kingsley High Senior Center met Mayor Ann Lee after the break-in.');
  });
});

describe('juveniles: a Spanish appeal and a plural school year', () => {
  it('flags “Se busca a Name, de 14 años” and “both sophomores at East High”', () => {
    flagged('Se busca a Marisol Vega Ruiz, de 13 años.', 'Marisol Vega Ruiz, de 13 años');
    flagged(
      'The boys who jumped him were Tyler Roe and his cousin, both sophomores at Central High.',
      'sophomores at Central High',
    );
  });

  it('leaves sophomores with no incident and “a” before a thing', () => {
    clean('Sophomores at Central High raised $900 for the food bank.');
  });
});
