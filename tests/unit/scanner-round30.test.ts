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
    expect(
      guilt('His lawyer says he was provoked. Please. He did exactly what he’s charged with.'),
    ).toContain('He did exactly what he’s charged with');
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
        'His hearing is Thursday. The man who drugged a tourist at the Rusty Cleat left the bottle in his locker.',
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
      'lawyer is already shopping for a deal',
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

describe('a fresh-eyes review’s near misses: the round’s words in clean posts', () => {
  it('a handiwork, a key, “we all know” in a thank-you, a lost-and-found or an old story', () => {
    expect(
      guilt(
        'Inmates at the county jail built these benches. Their handiwork is now at Riverside Park.',
      ),
    ).toEqual([]);
    expect(guilt('K-9 Rex found the missing hiker. His handiwork saved a life today.')).toEqual([]);
    expect(
      guilt(
        'Lost: keys to the police station annex. Who else had a key to the annex? Please call.',
      ),
    ).toEqual([]);
    expect(
      guilt('Who else has access to the court calendar? Email the clerk to get a login.'),
    ).toEqual([]);
    expect(guilt('Who else had the code to that safe? Nobody.')).toContain(
      'Who else had the code to that safe? Nobody.',
    );
    expect(
      guilt('Y’all know who ran the grill at National Night Out. Police thank you, Bob!'),
    ).toEqual([]);
    expect(
      guilt('Everybody knows who started the police softball league: Chief Harmon, back in 1998.'),
    ).toEqual([]);
  });

  it('“what kind of person” does no deed to a person: a base stolen, a snooze button, a video', () => {
    expect(guilt('What kind of person steals a base in T-ball? My son, apparently!')).toEqual([]);
    expect(guilt('What kind of person hits the snooze button nine times? Me.')).toEqual([]);
    expect(guilt('What kind of person shoots a video of a crash instead of calling 911?')).toEqual(
      [],
    );
  });

  it('the aggressor of a contest, a cat, a debate or a drill; a bar fight’s is kept', () => {
    expect(
      guilt('Maria was the instigator of our annual pie contest, and she won it again!'),
    ).toEqual([]);
    expect(
      guilt('Our cat Milo is sweet, but when the neighbor’s tomcat shows up, he’s the aggressor.'),
    ).toEqual([]);
    expect(guilt('In the debate last night, she was the aggressor.')).toEqual([]);
    expect(
      guilt('In this role-play scenario, he’s the aggressor and the cadet has to de-escalate.'),
    ).toEqual([]);
    expect(
      guilt('Bar fight number three this season. He’s the aggressor every single time.'),
    ).toContain('He’s the aggressor');
  });

  it('a duty charged with, a pet or a dish drugged, a claim attributed, a fake reported', () => {
    expect(
      guilt(
        'She did exactly what she was charged with doing: keeping the shelter open all winter.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Fireworks tip from Officer Kay: last year she drugged her dog with Benadryl and he slept right through it. Ask your vet first!',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Grandma Rose drugged the turkey with so much butter it was practically illegal! Happy Thanksgiving from your police department.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Vukovich, 52, was charged Tuesday. Prosecutors allege he knew the welds were never x-rayed.',
      ),
    ).toEqual([]);
    expect(
      guilt('According to the criminal complaint, she drugged the victim before taking her car.'),
    ).toEqual([]);
    expect(
      guilt(
        'He knew the answers were never going to be easy, the judge told the graduating class.',
      ),
    ).toEqual([]);
    expect(
      guilt('Charged in the ring: she knew the tickets were fake and turned them in to police.'),
    ).toEqual([]);
    expect(
      guilt(
        'She did the same thing with her rescue dogs in 2019, and we thank her, detectives say!',
      ),
    ).toEqual([]);
  });

  it('set up with a cruiser; a confession of a wish in Spanish', () => {
    expect(
      guilt(
        'Officer Ruiz starts Monday; he’s being set up with a new cruiser and radio this week.',
      ),
    ).toEqual([]);
    expect(
      guilt('En la charla con los policías, Mateo confesó que quiere ser oficial de K-9.'),
    ).toEqual([]);
    expect(
      guilt(
        'Sofía confesó que nunca había visitado la estación de policía antes del día de puertas abiertas.',
      ),
    ).toEqual([]);
    expect(guilt('Ella confesó que le daba miedo el corte de pelo.')).toEqual([]);
  });

  it('pending: a staff member’s temper, a safety tip’s evidence, a warning’s sentence, a car deal', () => {
    expect(
      pending('Guilty pleasure: Officer Dee has a temper when someone eats her lunch.'),
    ).toEqual([]);
    expect(
      pending(
        'Thanks to our Property and Evidence staff. Sgt. Ruiz has a temper only when the coffee runs out!',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Chief Harmon has always been a cheat at pickleball, the officers joke, but she was convicted of nothing.',
      ),
    ).toEqual([]);
    expect(
      pending('La evidencia es contundente: usar el cinturón de seguridad salva vidas.'),
    ).toEqual([]);
    expect(pending('Si maneja ebrio y causa un accidente, le espera una larga condena.')).toEqual(
      [],
    );
    expect(pending('A quien venda fentanilo le espera una larga condena.')).toEqual([]);
    expect(pending('El caso en su contra es abrumador.')).toContain(
      'El caso en su contra es abrumador',
    );
    expect(
      pending('Shopping for a deal on a used car? Read our tips so you don’t get scammed.'),
    ).toEqual([]);
    expect(
      pending(
        'Uncle Ray was arrested once, long ago. He has cancer now. He’s not beating this alone.',
      ),
    ).toEqual([]);
  });
});

describe('each of the review’s guards alone', () => {
  it('a case word inside the match, or far from it, is no case beside it', () => {
    expect(guilt('He did exactly what he’s charged with.')).toEqual([]);
    expect(
      guilt(
        'Detectives say she did exactly what she was charged with doing: keeping the shelter open.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        `Detectives visited in March. ${'The fair opens Friday with rides, pie and music. '.repeat(8)}His handiwork is on every fence in town.`,
      ),
    ).toEqual([]);
  });

  it('someone drugged: a case beside, no care, no dish, not attributed, not asked', () => {
    expect(guilt('Marco drugged a drink at the party.')).toEqual([]);
    expect(guilt('Marco was arrested. He drugged a drink at the party.')).toContain(
      'He drugged a drink at the',
    );
    expect(guilt('Detectives watched as Kim drugged the calf before its surgery.')).toEqual([]);
    expect(
      guilt('Happy Thanksgiving from our detectives! Grandma Rose drugged the turkey with butter.'),
    ).toEqual([]);
    expect(
      guilt('She was charged Monday. According to the complaint, she drugged the victim.'),
    ).toEqual([]);
    expect(guilt('Detectives ask: who drugged the drink at Rusty’s?')).toEqual([]);
  });

  it('a falsehood known, thanked; we all know, thanked or a title after', () => {
    expect(
      guilt('The bills came from a theft ring; thanks to Ana, she knew the bills were fake.'),
    ).toEqual([]);
    expect(
      guilt('Y’all know who ran the grill at the detectives’ cookout, and we thank him!'),
    ).toEqual([]);
    expect(
      guilt(
        'The jury pool lunch is Friday. Everybody knows who started it: Chief Harmon, back in 1998.',
      ),
    ).toEqual([]);
    expect(
      guilt('Two were arrested. The real brains was Dispatcher Kim Lee, who cracked the case.'),
    ).toEqual([]);
    expect(
      guilt(
        'El sospechoso fue detenido ayer. En la charla, Mateo confesó que quiere ser oficial de K-9.',
      ),
    ).toEqual([]);
    expect(guilt('Maria was the aggressor of the pie-eating contest again!')).toEqual([]);
  });

  it('pending: a staff member as the subject; evidence only with a determiner', () => {
    expect(
      pending('The night-shift jury is in: Officer Dee has a temper when someone eats her lunch.'),
    ).toEqual([]);
    expect(
      pending('He has a temper. Thanks to our Property and Evidence staff for the tour!'),
    ).toEqual([]);
  });
});
