import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round twenty-one: what the blind thirty-ninth and fortieth sets wrote that the rules did not
 * read (each written here in other words), with its near misses. An alibi alone stays unread:
 * most development sets label "he was at my house all night" clean. `rules` scans without the
 * sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);
const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

describe('guilt or innocence from the thirty-ninth and fortieth sets', () => {
  it('takes the deed ruled out, not help that could not have come without you', () => {
    expect(guilt('Charged with arson? He couldn’t have set any of those fires.')).toContain(
      'He couldn’t have set any of those',
    );
    expect(
      guilt('They arrested Tomas for the crash. Tomas could not have been the driver.'),
    ).toContain('Tomas could not have been the driver');
    expect(
      guilt('We couldn’t have done it without you! Theft prevention fair, thank you.'),
    ).toEqual([]);
    expect(
      guilt('Charged Monday. He couldn’t have been more polite, thanks to the deputies.'),
    ).toEqual([]);
    expect(
      guilt('He could not have been the driver of that bus route, it changed in May.'),
    ).toEqual([]);
  });

  it('takes the deed defended, only where a crime or a shot is told', () => {
    expect(guilt('Charged with murder. She was protecting her kids in the back seat.')).toContain(
      'She was protecting her kids',
    );
    expect(guilt('Lo arrestaron por el disparo. Fue defensa propia.')).toContain(
      'Fue defensa propia',
    );
    expect(
      guilt('At the fair he was protecting his kids from the sun with a big umbrella.'),
    ).toEqual([]);
    expect(guilt('La clase fue defensa propia para mujeres, gratis en el centro.')).toEqual([]);
  });

  it('takes someone who got caught where a crime is told, not rain or a thanks', () => {
    expect(guilt('Converters stolen all winter. Dale finally got caught.')).toContain(
      'Dale finally got caught',
    );
    expect(guilt('Dale got caught in the rain after the robbery drill.')).toEqual([]);
    expect(
      guilt('After the robbery drill, Lee couldn’t have done it without you all, thanks!'),
    ).toEqual([]);
    expect(guilt('Dale finally got caught on camera at the parade, so cute.')).toEqual([]);
  });

  it('takes the aggressor named and "those X boys", not a game', () => {
    expect(guilt('In the road-rage shooting, Omar Haddad was the aggressor.')).toContain(
      'Omar Haddad was the aggressor',
    );
    expect(guilt('Somebody stole my mower. It was those Kessler boys.')).toContain(
      'It was those Kessler boys',
    );
    expect(guilt('In the scrimmage, Omar was the aggressor all night. Great game!')).toEqual([]);
    expect(guilt('It was those Kessler boys who won the spelling bee!')).toEqual([]);
  });

  it('takes a confession, a shot, a killing and a theft told in Spanish', () => {
    expect(guilt('Ya confesó todo a los detectives.')).toContain(
      'Ya confesó todo a los detectives',
    );
    expect(guilt('Dicen que le disparó enfrente de su hija, y la policía no hace nada.')).toContain(
      'le disparó enfrente de su hija',
    );
    expect(guilt('Los hermanos Ruiz son los que se los llevaron, todos saben del robo.')).toContain(
      'son los que se los llevaron',
    );
    expect(guilt('El portero confesó que le encanta el pan dulce.')).toEqual([]);
  });
});
