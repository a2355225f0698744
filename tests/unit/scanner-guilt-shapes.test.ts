import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c, guilt or innocence, by sentence shape (issue 13): a specific person as the subject
 * with a predicate that asserts culpability or innocence, in the shapes people write it; and the
 * neutral facts and near misses of each shape that must stay clean. Sentences are written here,
 * not copied from any corpus.
 */

const { flagged, clean, scan } = scannerExpectations(guiltOrInnocenceScanner, 'III.B.1.c');

describe('guilt by shape: relative clauses and "the one(s)"', () => {
  it('reads the crime however the clause says it', () => {
    flagged('Officers arrested the teen who tagged the library wall.', 'who tagged');
    flagged("We caught the man who's been spray-painting bus shelters.", 'spray-painting');
    flagged('Deputies found the kid who held up the gas station.', 'who held up');
    flagged('the girl who did the graffiti on the bridge is Tessa Moon', 'who did the graffiti');
    flagged('That is the guy that stole my bike.', 'that stole');
    flagged('The nurse who poisoned those patients was arrested this morning.', 'who poisoned');
  });

  it('flags "the ones" with a deed after it, with or without "who"', () => {
    flagged('Those boys were the ones throwing rocks at buses.', 'the ones throwing rocks at');
    flagged("They're the ones who've been slashing tires on 4th St.", 'slashing tires');
    flagged('the guy in the orange vest is the one who keyed my car', 'keyed my car');
    flagged('Brandon Kohl is the one who pried the plaques off the benches.', 'pried');
  });

  it('keeps "the one who" clean when the deed is no crime', () => {
    clean('She is the one who called 911 and kept the victim calm.');
    clean('They were the ones who stayed with the injured cyclist until medics came.');
    clean("she's the one who let him plead down last time");
  });

  it('keeps a victim in a relative clause clean', () => {
    clean('The owner who was robbed last week says thanks to everyone.');
    clean('The victims who were robbed on 5th Ave have been contacted.');
  });
});

describe('guilt by shape: a person as subject', () => {
  it('flags a person described by age, and a past the tagger reads as a noun', () => {
    flagged('We can confirm the 22-year-old set the blaze.', 'the 22-year-old set the blaze');
    flagged('Investigators say Corbin Lyle shot the clerk twice.', 'Corbin Lyle shot');
  });

  it('flags a titled suspect but not an officer', () => {
    flagged('Ms. Pike drained the accounts over six years.', 'Pike drained the accounts');
    clean('Officer Diaz shot the suspect during the struggle.');
  });

  it('flags intent asserted: "knew exactly what she was doing"', () => {
    flagged('Ms. Pike knew exactly what she was doing.', 'knew exactly what she was doing');
    flagged('He knew full well what he was doing with that money.', 'knew full well');
  });

  it('flags "got caught" in the act but not "caught on camera" of an unknown suspect', () => {
    flagged('Dante got caught stealing copper from the substation.', 'Dante got caught stealing');
    clean('The suspect was caught on camera but has not been identified.');
  });

  it('does not take a future or a bare -ing as a deed', () => {
    clean("@Tom my brother in law does alarms, he'll beat any quote you get.");
    clean('Graffiti tagging on the Penistone Ave underpass. Know who did it? Call us.');
    clean('Bike stolen from the rack outside the library; call us if you see it.');
  });

  it('keeps "has made threats" (a warning) apart from "made the threat" (the deed)', () => {
    clean('Ocampo has made threats against his ex-partner and should be considered armed.');
    flagged('The student who made the threat is in custody.', 'who made the threat');
  });
});

describe('guilt by shape: innocence', () => {
  it('flags a deed denied of a named person', () => {
    flagged("Marisol didn't do this. She was at work.", "Marisol didn't do this");
    flagged("Tremaine Scott did not rob anybody, he was at his grandma's.", 'did not rob');
    flagged('Nah Jaylen didn’t do it, he was with me.', 'Jaylen didn’t do it');
    flagged('He was framed by his own cousin.', 'He was framed');
  });

  it('keeps an accident clean: "didn\'t do it on purpose" owns the deed', () => {
    clean("She didn't do it on purpose, she just forgot to lock the car.");
  });
});

describe('guilt by shape: questions', () => {
  it('reads the clause a question mark belongs to', () => {
    flagged(
      'Police told my uncle that Kendrick Moss was the shooter, so why are people defending him?',
      'Kendrick Moss was the shooter',
    );
    flagged('Wasn’t it Trevor from the Shell station who did this??', 'who did this');
    flagged('Kemp robbed that store, right?', 'Kemp robbed that store');
  });

  it('keeps a real question clean', () => {
    clean('Was it Kenny who took the bikes?');
    clean('Did the guy in the orange vest key my car?');
    clean('Is Marcus Hale the one responsible?');
  });
});

describe('guilt by shape: a witness naming who they saw', () => {
  it('flags a specific person seen doing it', () => {
    flagged('I watched her smash the window and grab the purse.', 'her smash the window');
    flagged('my whole street watched them do it', 'them do it');
    flagged('Benning, the man Lia watched break into the car, had a laptop.', 'the man Lia');
  });

  it('keeps an unknown person, a harmless act and a denial clean', () => {
    clean('She saw a man smashing the window of a car and called 911.');
    clean('I saw him walk his dog past the house every morning.');
    clean('She saw the fireworks from her porch.');
    clean("I didn't see him steal anything.");
  });
});

describe('guilt by shape: caught red-handed', () => {
  it('flags a described person caught red-handed across a long object', () => {
    flagged(
      'Officers caught the teen who had been tagging mailboxes along Quarry Rd red-handed at 2 a.m.',
      'red-handed',
    );
    flagged('#CaughtRedHanded #ExamplePD', '#CaughtRedHanded');
  });
});

describe('guilt by shape: closing verdict lines', () => {
  it('flags the stock lines that call the arrestee the culprit', () => {
    flagged('“We got our guy,” the chief said.', 'got our guy');
    flagged('One less carjacker on Westside roads tonight 🚔', 'One less carjacker');
    flagged(
      'Another burglar off the streets thanks to our night shift!',
      'burglar off the streets',
    );
    flagged('Sheehy is finally behind bars where he belongs.', 'bars where he belongs');
    flagged('Jail is where she belongs.', 'Jail is where she belongs');
    flagged('Justice served. 👏', 'Justice served');
  });

  it('keeps the near misses clean', () => {
    clean('We got our new K-9, Rocco, this week!');
    clean('One less thing to worry about: the road reopens Monday.');
    clean('Eli, 8, is back home where he belongs after being found safe.');
    clean('The court date is set; justice is a process, not a headline.');
  });
});

describe('guilt by shape: Spanish comments', () => {
  it('flags a cleft, a name for the crime and innocence', () => {
    flagged('Ese es el vecino, él fue el que robó las bicicletas.', 'fue el que robó');
    flagged('fue ella la que atropelló a mi perro y se fue', 'fue ella la que atropelló');
    flagged('Mi primo es inocente, estaba conmigo.', 'es inocente');
  });

  it('keeps a helper in a cleft clean', () => {
    clean('Ella fue la que llamó a la policía.');
  });
});

/*
 * Ten sentences that state guilt or innocence and ten near misses, written for this test and in
 * no corpus: the rules get all twenty right (measured when written: 10/10 and 10/10).
 */
const INVENTED_POSITIVES = [
  'Deshawn Pruitt torched his ex’s garage on Maple Ct.',
  'The suspect, Ana Ruiz, admitted she forged the checks.',
  'Priya Nandakumar is completely innocent, she was at work all night.',
  'Our arrestee has been breaking into sheds all winter.',
  'Those two brothers from Linden were the ones who robbed the pawn shop.',
  'Carla had nothing to do with that fire.',
  'Yeah it was Josh Kimura who jumped that kid behind the arena',
  'Turns out the contractor was the one who ripped off all those seniors.',
  'Marty Sorel has been dealing meth out of that motel for years.',
  'Kevin Tran is a con artist and a thief.',
];
const INVENTED_NEAR_MISSES = [
  'Deshawn Pruitt, 31, was arrested Tuesday and charged with arson.',
  'Investigators are trying to determine who set the fire.',
  'Corbin Lyle is accused of shooting the clerk.',
  'Priya Nandakumar pleaded not guilty on Monday.',
  'Please don’t feel guilty about calling 911 when something seems off.',
  'An innocent bystander was struck by a stray bullet.',
  'If Omar did this, a jury will decide.',
  'He was sentenced to four years for the 2019 robbery.',
  'Reggie Fallon is wanted in connection with a shooting on Elm St.',
  'Our officers took the report and made an arrest.',
];

describe('guilt: ten invented statements and ten invented near misses', () => {
  it('flags every invented statement', () => {
    const missed = INVENTED_POSITIVES.filter((t) => scan(t).length === 0);
    expect(missed).toEqual([]);
  });

  it('keeps every invented near miss clean', () => {
    const noisy = INVENTED_NEAR_MISSES.filter((t) => scan(t).length > 0);
    expect(noisy).toEqual([]);
  });
});
