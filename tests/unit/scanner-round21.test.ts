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
      'He should’ve gotten ten',
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

describe('round twenty-one, mended after a fresh-eyes review', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);

  it('leaves thanks and praise for officers, a K-9, a dog and holiday jokes', () => {
    expect(
      guilt(
        'Detectives arrested two burglary suspects. They couldn’t have done it without your tips.',
      ),
    ).toEqual([]);
    expect(
      guilt('The shooting call came in at 2 a.m. Diaz couldn’t have been there any faster.'),
    ).toEqual([]);
    expect(
      guilt('Sgt. Diaz got caught stealing fries off the K-9’s plate at the robbery drill.'),
    ).toEqual([]);
    expect(guilt('K-9 Rex got caught stealing snacks again. No arrests were made.')).toEqual([]);
    expect(
      guilt(
        'A family dog named Duke bit a man who broke into the garage. He was protecting his home. The suspect was arrested.',
      ),
    ).toEqual([]);
    expect(guilt('Liga de softbol de la policía: Martínez se robó la segunda base.')).toEqual([]);
    expect(guilt('Según la policía, el oficial le disparó al sospechoso armado.')).toEqual([]);
    expect(
      guilt('¡Conozcan a la detective Morales! Nos confesó que le encantan los tacos.'),
    ).toEqual([]);
  });

  it('still takes the shapes those rules were written for, in other spellings', () => {
    expect(
      guilt('Converters stolen all winter. Sparky finally got caught installing skimmers.'),
    ).toContain('Sparky finally got caught');
    expect(guilt('Charged with arson? Óscar couldn’t have set any of those fires.')).toContain(
      'Óscar couldn’t have set any of those',
    );
    expect(guilt('Charged with arson, but he couldnt have set any of those fires.')).toContain(
      'he couldnt have set any of those',
    );
    expect(guilt('In the road-rage shooting, Haddad was clearly the aggressor.')).toContain(
      'Haddad was clearly the aggressor',
    );
    expect(guilt('Somebody stole my mower. It’s those two Kessler boys.')).toContain(
      'It’s those two Kessler boys',
    );
    expect(guilt('Charged with murder. Marcus was protecting his family.')).toContain(
      'Marcus was protecting his family',
    );
    expect(guilt('Está acusado de homicidio. Fue defensa propia.')).toContain('Fue defensa propia');
    expect(guilt('Él se robó más de 600 mil dólares.')).toContain('se robó más de 600 mil');
  });

  it('leaves donuts, salt, life-saving care, a locked car, a storm and a reported ruling', () => {
    expect(
      pending(
        'Coffee with a Cop was a hit! We should’ve gotten more donuts. Thanks to Judge Harris.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Update on the crash victim: she’s getting life-saving surgery. The other driver was arrested.',
      ),
    ).toEqual([]);
    expect(
      pending('Car break-ins are up, and odds are they walk right past a locked one.'),
    ).toEqual([]);
    expect(
      pending('Seven guns were stolen from unlocked cars this year. It’s a ticking time bomb.'),
    ).toEqual([]);
    expect(
      pending('Judge Carter denied the motion for a new trial, so the verdict will stand.'),
    ).toEqual([]);
    expect(
      pending(
        'Our PAL flag football defense got torn apart on cross-field passes. Robbery drill next.',
      ),
    ).toEqual([]);
  });

  it('still takes the sayings in other spellings', () => {
    expect(pending('Convicted in May. His appeal wont go anywhere.')).toContain(
      'His appeal wont go anywhere',
    );
    expect(pending('Convicted in May. His appeal isn’t going anywhere.')).toContain(
      'His appeal isn’t going anywhere',
    );
    expect(pending('He was sentenced to 6 years. He should of gotten ten.')).toContain(
      'He should of gotten ten',
    );
    expect(pending('Trial day 4. Hung jury, calling it now')).toContain(
      'Hung jury, calling it now',
    );
    expect(pending('Charged with fraud. A con man, through and through.')).toContain(
      'con man, through and through',
    );
    expect(pending('Arrested for assault. Guy’s a ticking timebomb.')).toContain(
      'Guy’s a ticking timebomb',
    );
    expect(pending('Pasará el resto de su vida en la cárcel.')).toContain(
      'Pasará el resto de su vida en la cárcel',
    );
  });
});
