import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

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

describe('pending prosecution from the thirty-ninth and fortieth sets', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);

  it('takes the sentence foretold or wished, not a walk to school', () => {
    expect(pending('Charged with murder. He’s getting life.')).toContain('He’s getting life');
    expect(pending('He was sentenced to 6 years. He should’ve gotten ten.')).toContain(
      'should’ve gotten ten',
    );
    expect(pending('Charged with 9 burglaries; he should get every single one of them.')).toContain(
      'should get every single one of them',
    );
    expect(pending('Charged with fraud; odds are she walks away with probation.')).toContain(
      'odds are she walks away with probation',
    );
    expect(pending('Odds are she walks to school, there is no crossing guard.')).toEqual([]);
  });

  it('takes the outcome called and the cross-examination judged', () => {
    expect(pending('Convicted in May. His appeal won’t go anywhere.')).toContain(
      'His appeal won’t go anywhere',
    );
    expect(pending('Convicted in May. The verdict will stand.')).toContain(
      'The verdict will stand',
    );
    expect(pending('Trial day 4. Hung jury. Calling it now')).toContain(
      'Hung jury. Calling it now',
    );
    expect(pending('That ballistics expert got torn apart on cross.')).toContain(
      'got torn apart on cross',
    );
    expect(pending('The appeal won’t go anywhere until the council votes on the budget.')).toEqual(
      [],
    );
  });

  it("takes the defendant's character and a witness's pick, not a storm", () => {
    expect(pending('Charged with fraud. A con man through and through.')).toContain(
      'con man through and through',
    );
    expect(pending('Arrested for assault. Guy is a ticking time bomb.')).toContain(
      'Guy is a ticking time bomb',
    );
    expect(pending('The arsonist is a menace to this community. He was charged Monday.')).toContain(
      'is a menace to this community',
    );
    expect(
      pending('A neighbor picked Lindqvist out of the photo array. He is charged with arson.'),
    ).toContain('picked Lindqvist out of the photo array');
    expect(pending('The storm is a ticking time bomb; court is closed Monday.')).toEqual([]);
    expect(pending('Va a pasar muchos años en prisión.')).toContain(
      'Va a pasar muchos años en prisión',
    );
  });
});
