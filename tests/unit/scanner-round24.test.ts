import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round twenty-four: what the blind forty-fifth and forty-sixth sets wrote that the rules did not
 * read (each written here in other words), with the near misses that keep each guard honest.
 * `guilt` scans without the sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence from the forty-fifth and forty-sixth sets', () => {
  it('reads the subject past an aside between dashes', () => {
    expect(
      guilt('Witnesses say the Moreno boy — a senior at Valley High — set the fire at the barn.'),
    ).toContain('the Moreno boy — a senior at Valley High — set the fire at the barn');
  });

  it('a person pushed is an assault; a stroller pushed or drugs pushed are read as before', () => {
    expect(guilt('Dana pushed him onto the tracks at Linden.')).toContain(
      'Dana pushed him onto the tracks at Linden',
    );
    expect(guilt("He's the one who pushed the old man down the escalator.")).toContain(
      "He's the one who pushed the old man down the escalator",
    );
    expect(guilt('Dana pushed the stroller up the hill to the fair.')).toEqual([]);
    expect(guilt('Dana has been pushing meth to kids at the skatepark.')).toContain(
      'Dana has been pushing meth to kids at the skatepark',
    );
  });

  it('signs and wiring ripped out; not a carpet', () => {
    expect(guilt('Rick Dunphy ripped out the campaign signs on Tailings Rd.')).toContain(
      'Rick Dunphy ripped out the campaign signs on Tailings Rd.',
    );
    expect(guilt('Rick Dunphy ripped out the old carpet in the den.')).toEqual([]);
  });

  it('"started the whole thing" after a name and an age', () => {
    expect(
      guilt('Jalen Brooks, 15, started the whole thing on the bus. He was cited for assault.'),
    ).toContain('Jalen Brooks, 15, started the whole thing');
  });

  it('Spanish: many crimes laid at one door, and a named person "quien" did it', () => {
    expect(guilt('Ella es la responsable de más de diez robos en la estación.')).toContain(
      'Ella es la responsable de más de diez robos',
    );
    expect(guilt('Buscan a Iván Ortega, de 29 años, quien asaltó la tienda.')).toContain(
      'quien asaltó',
    );
    expect(guilt('Gracias a Rosa Méndez, quien pintó el mural del parque.')).toEqual([]);
  });

  it('the person a recording shows, beside a deed; not staff, nor without one', () => {
    expect(
      guilt('Travis was home all night. He is NOT the guy on that video. The theft was at 9.'),
    ).toContain('He is NOT the guy on that video');
    expect(guilt('He is the guy in the video, my cousin, the best dancer at the quince.')).toEqual(
      [],
    );
  });

  it('"Wasn\'t Dorian." beside a deed; not a day', () => {
    expect(guilt('Wasn’t Marco. The robbery was done by someone taller.')).toContain(
      'Wasn’t Marco',
    );
    expect(guilt('Wasn’t Tuesday. The robbery was Monday.')).toEqual([]);
    expect(guilt('Wasn’t Dorian. He was pointing that gun at people all night.')).toContain(
      'Wasn’t Dorian',
    );
  });

  it('"she was in on it"; not a surprise party', () => {
    expect(guilt('Look at the daughter too, she was in on it.')).toContain('she was in on it');
    expect(guilt('She was in on it, the surprise party for her mom was perfect.')).toEqual([]);
  });

  it('"behind this" where a crime is told, a named person\'s people as the subject', () => {
    expect(
      guilt('Notes were left on their cars. Lindqvist’s people are behind this. That is a felony.'),
    ).toContain('Lindqvist’s people are behind this');
    expect(guilt('The council voted yes and Dana is behind this.')).toEqual([]);
  });

  it('"the one who fired" where a gun is told; not a job lost', () => {
    expect(guilt('Ask about the bouncer, he’s the one who fired, he had a gun on him.')).toContain(
      'he’s the one who fired',
    );
    expect(guilt('After the layoffs, he’s the one who fired me.')).toEqual([]);
  });

  it('the emergency brake is no blow', () => {
    expect(guilt('She hit the emergency brake before anyone moved.')).toEqual([]);
  });
});
