import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round thirty: what the blind sixty-fifth and sixty-sixth sets wrote that the rules did not
 * read. Guilt insinuated rather than said (a person's handiwork, the one who alone had the key,
 * the charge said to be true, someone drugged, a past deed laid beside the charge), and a
 * pending case foretold in a comment that names the evidence rather than the charge. Each
 * accusation sits beside the near miss in the same words that must stay clean. Scanned without
 * the sentence model, so each test holds a rule, not the model's training.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt insinuated: a handiwork, a key, a charge said true', () => {
  it('a person’s handiwork where a case or a harm is told; not an officer’s, nor with none', () => {
    expect(
      guilt('Brody Klementz’s hearing is Sept. 9. His handiwork left a man with 22 stitches.'),
    ).toContain('His handiwork');
    expect(guilt('Detectives spent 14 months untangling Teague’s handiwork.')).toContain(
      'Teague’s handiwork',
    );
    expect(guilt('The new garden beds are in. Maria’s handiwork, start to finish!')).toEqual([]);
    expect(guilt('Thanks to Maria’s handiwork, the police substation garden is blooming.')).toEqual(
      [],
    );
    expect(
      guilt('Police thank Officer Ruiz for the new bike racks. Officer Ruiz’s handiwork!'),
    ).toEqual([]);
  });

  it('who else had the key, where a case is told or the question answers itself', () => {
    expect(
      guilt('Who else had a key to the Kittredge stall overnight? Exactly. Nobody.'),
    ).toContain('Who else had a key to the Kittredge stall overnight? Exactly.');
    expect(
      guilt('The audit found $212,000 missing. Who else had the combination to the cash room?'),
    ).toContain('Who else had the combination to the cash room?');
    expect(
      guilt('Who else had a key to the clubhouse? We found a spare set by the grill.'),
    ).toEqual([]);
    // "DA" is the prosecutor in capitals, not "Da Nang"
    expect(guilt('Da Nang was lovely this spring. Who else had the keys to the van?')).toEqual([]);
  });

  it('did exactly what he is charged with; not what he was trained to do', () => {
    expect(guilt('Please. He did exactly what he’s charged with, and he knows it.')).toContain(
      'He did exactly what he’s charged with',
    );
    expect(guilt('She did exactly what they say she did and y’all know it.')).toContain(
      'She did exactly what they say she did',
    );
    expect(guilt('Deputy Oyelaran did exactly what he was trained to do.')).toEqual([]);
    expect(
      guilt('Officer Ruiz did exactly what he’s accused of: he wrote the mayor a parking ticket.'),
    ).toEqual([]);
  });

  it('someone drugged; not the one drugged, nor a vet’s sedative', () => {
    expect(
      guilt(
        'Let’s be honest: the man who drugged a tourist at the Rusty Cleat left the bottle in his locker.',
      ),
    ).toContain('who drugged a tourist at the');
    expect(guilt('Wade doped the steer, Colt stabbed the guy.')).toContain('Wade doped the steer');
    expect(guilt('She was drugged at the bar and woke up in the lot.')).toEqual([]);
    expect(guilt('Who drugged the steer? Police want to know.')).toEqual([]);
    expect(guilt('Kim drugged the calf before surgery on its leg.')).toEqual([]);
    expect(guilt('Sgt. Ruiz drugged the bull with a dart before it reached the road.')).toEqual([]);
  });

  it('the deed done, and not alone, where a case is told', () => {
    expect(guilt('She was arrested Monday. No way she did all that alone.')).toContain(
      'No way she did all that alone',
    );
    expect(guilt('That quilt has 4,000 squares! No way she did all that alone.')).toEqual([]);
  });

  it('a confession told after a name in Spanish, where a case is told', () => {
    expect(guilt('Dicen que Reuben confesó en la patrulla.')).toContain(
      'Reuben confesó en la patrulla',
    );
    expect(guilt('En la boda, Reuben confesó su amor por Ana.')).toEqual([]);
  });

  it('the aggressor with “’s”; a question is not a claim', () => {
    expect(guilt('He’s obviously the aggressor, anybody who says otherwise is lying.')).toContain(
      'He’s obviously the aggressor',
    );
    expect(guilt('Was he the aggressor? We don’t know yet.')).toEqual([]);
  });

  it('being set up; not set up for surgery', () => {
    expect(guilt('Teddy’s one of the good ones and he’s being set up.')).toContain(
      'he’s being set up',
    );
    expect(
      guilt('Grandma was hit by a drunk driver; she’s being set up for surgery at noon.'),
    ).toEqual([]);
  });

  it('“Wrong guy.” alone, where a case is told', () => {
    expect(guilt('Police arrested Castellano. He was with me all night. Wrong guy.')).toContain(
      'Wrong guy',
    );
    expect(guilt('Oops, I meant Dave Ortiz. Wrong guy. Sorry Dave!')).toEqual([]);
  });

  it('a past deed beside the charge; an officer’s past work is not one', () => {
    expect(
      guilt(
        'That man is a career thief. He did the same thing at a hotel laundry in Tucson years ago.',
      ),
    ).toContain('He did the same thing at a hotel laundry in Tucson years ago');
    expect(
      guilt(
        'Officer Lee was arrested for nothing; Officer Lee did the same thing at the parade in 2019.',
      ),
    ).toEqual([]);
    expect(guilt('Grandma did the same thing at the fair in 2019, first place pie!')).toEqual([]);
  });

  it('the deed asked about as a kind of person; the brains named', () => {
    expect(guilt('What kind of scumbag stabs someone in front of kids?')).toContain(
      'What kind of scumbag stabs someone in front of kids?',
    );
    expect(guilt('What kind of person volunteers every Saturday? Our Ana!')).toEqual([]);
    expect(guilt('The real brains was Ana Ruiz, who ran the bake sale.')).toEqual([]);
    expect(
      guilt('Dario was arrested, but he’s the fall guy. The real brains was Jimmy Castellanos.'),
    ).toContain('The real brains was Jimmy Castellanos');
  });
});

describe('guilt insinuated: a falsehood known, the doer known to all (the sixty-ninth and seventieth sets)', () => {
  it('knew the welds were never x-rayed; not an officer who knew the reports were fake', () => {
    expect(
      guilt('Charged with fraud. Hupp knew every one of those install dates was fake.'),
    ).toContain('Hupp knew every one of those install dates was fake');
    expect(guilt('Sgt. Lee knew the reports were fake and flagged them to the DA.')).toEqual([]);
    expect(guilt('Grandpa knew the old photos were fake, and laughed about it.')).toEqual([]);
  });

  it('we all know who ran it, where a case is told; not asked', () => {
    expect(guilt('The owner was arrested. We all know who ran it.')).toContain(
      'We all know who ran it',
    );
    expect(guilt('Great potluck! We all know who ran the grill.')).toEqual([]);
    expect(guilt('The shed was burglarized. Do we know who took the mower?')).toEqual([]);
  });
});

describe('pending prosecution foretold in a comment that names the evidence', () => {
  it('the sentence foretold beside the evidence, not only beside the charge', () => {
    expect(pending('The evidence is overwhelming. She’ll get at least 10 years.')).toContain(
      'She’ll get at least 10 years',
    );
    expect(
      pending('Prosecutors have a strong case, and he’s looking at a decade behind bars.'),
    ).toContain('he’s looking at a decade behind bars');
    expect(pending('The dog is a good boy. He’s looking at a decade of naps.')).toEqual([]);
    expect(pending('In the film, he’s looking at a decade behind bars.')).toEqual([]);
  });

  it('the case not beaten, jail where he belongs', () => {
    expect(pending('Prosecutor’s got the video. He’s not beating this.')).toContain(
      'He’s not beating this',
    );
    expect(pending('It’s 104 out today. He’s not beating this heat without water.')).toEqual([]);
    expect(
      pending('Guy’s a career thug, charged again. Prison is the only place he belongs.'),
    ).toContain('Prison is the only place he belongs');
    expect(pending('In the film the warden says prison is the only place he belongs.')).toEqual([]);
  });

  it('the defence’s odds: evidence torn apart, a deal shopped for; not a game', () => {
    expect(pending('Dario’s lawyer is gonna tear that "evidence" apart.')).toContain(
      'lawyer is gonna tear that "evidence" apart',
    );
    expect(
      pending('Charged with DUI. The defense is going to tear that blood test apart.'),
    ).toContain('defense is going to tear that blood test apart');
    expect(pending('Our defense will tear the Tigers apart on Friday night.')).toEqual([]);
    expect(pending('My lawyer is going to tear the old deck apart this weekend.')).toEqual([]);
    expect(pending('Vossberg’s lawyer is already shopping for a deal.')).toContain(
      'shopping for a deal',
    );
    expect(pending('We are shopping for a deal on a used minivan.')).toEqual([]);
  });

  it('a cheater always; in Spanish, a long sentence and the case’s strength', () => {
    expect(pending('Kittredge has always been a cheater. A jury will see it.')).toContain(
      'always been a cheater',
    );
    expect(pending('Con tantas pruebas en su contra le espera una larga condena.')).toContain(
      'le espera una larga condena',
    );
    expect(pending('Dicen que el caso de la fiscalía es muy débil.')).toContain(
      'el caso de la fiscalía es muy débil',
    );
    expect(pending('La señal del celular es muy débil en el parque.')).toEqual([]);
  });
});
