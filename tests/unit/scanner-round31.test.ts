import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round thirty-one: guilt laid without a crime's word, as the blind seventy-first and
 * seventy-second sets (and the sixty-seventh and sixty-eighth, read after round thirty) wrote it:
 * a person who knew and kept quiet or looked the other way, a death laid on someone's
 * carelessness, and innocence vouched for in plain words. Each accusation sits beside a near miss
 * in the same words that must stay clean, and each near miss is held by one guard. Scanned
 * without the sentence model, so each test holds a rule, not the model's training.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt laid on a person who knew or looked away', () => {
  it('looked the other way, or was paid to; not the ones asked, nor one who never did', () => {
    expect(
      guilt(
        'The co-op lost $1.4 million. The bookkeeper saw the numbers every month and looked the other way.',
      ),
    ).toContain('The bookkeeper saw the numbers every month and looked the other way');
    expect(
      guilt(
        'A tenant was hurt when the fire escape gave way. He was paying Whitcomb to look the other way the whole time.',
      ),
    ).toContain('paying Whitcomb to look the other way');
    expect(
      guilt(
        'Two kids were hurt on Elm last spring. Marisol never looked the other way; she called us every time.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Money went missing from the church fund. Anyone who looked the other way can still call (555) 555-0100.',
      ),
    ).toEqual([]);
  });

  it('knew and said nothing, or knew the harm; not a neutral allegation, nor thanks, nor a dispatcher', () => {
    expect(
      guilt(
        'Prosecutors say every signature had a price. Worse, Maddox’s supervisor knew about the envelopes for years and said nothing.',
      ),
    ).toContain('Maddox’s supervisor knew about the envelopes for years and said nothing');
    expect(
      guilt('A worker died in that fire. Reddick knew the back exits were chained.'),
    ).toContain('Reddick knew the back exits were chained');
    expect(guilt('The fire killed Tommy. Fenske knew, Reddick knew. They all knew.')).toContain(
      'Fenske knew, Reddick knew',
    );
    expect(
      guilt(
        'Money went missing from the church fund. Anyone who knew about it and said nothing can still call us.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Nobody was hurt in the crash. If she knew exactly how icy the bridge was, she would have stayed home.',
      ),
    ).toEqual([]);
    expect(
      guilt('Prosecutors allege Voss knew the houses were condemned and rented them out anyway.'),
    ).toEqual([]);
    expect(
      guilt(
        'The kitchen fire could have killed someone. Thank you, Dana, because she knew exactly what to do.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'After a near-drowning at Lake Ames, Dispatcher Kim knew exactly what to tell the caller.',
      ),
    ).toEqual([]);
  });

  it('who knew, asked of one man; in Spanish where a case or a wrong is told', () => {
    expect(
      guilt(
        '$900,000 is missing. How could Lyle Oberst not have known what was going on in that office?',
      ),
    ).toContain('How could Lyle Oberst not have known what was going on in that office?');
    expect(guilt('Lo arrestaron ayer. Ese Dmitri sabía muy bien lo que hacía.')).toContain(
      'Ese Dmitri sabía muy bien lo que hacía',
    );
    expect(
      guilt('Mi abuela nos esperó. Ella sabía que íbamos a llegar tarde, así que guardó la cena.'),
    ).toEqual([]);
  });
});

describe('a death laid on carelessness', () => {
  it('let someone die, the blood on his hands, profit over a life', () => {
    expect(
      guilt(
        'Tomás died under that tractor. Brandt let that young man die to save $800 on a rollbar.',
      ),
    ).toContain('Brandt let that young man die to save $800 on a rollbar');
    expect(guilt('The pledge drank until he passed out. Caleb’s death is on him.')).toContain(
      'death is on him',
    );
    expect(guilt('The man chose profit over Luis’s life, and a jury will hear it.')).toContain(
      'chose profit over Luis’s life',
    );
    expect(
      guilt('The rollover killed Rigo. He would be alive today if his boss had listened to him.'),
    ).toContain('would be alive today if his boss had listened to him');
    expect(guilt('A worker died in March. Reddick cut corners, Tommy paid for it.')).toContain(
      'Reddick cut corners, Tommy paid for it',
    );
  });

  it('not a safety tip, a place, a promise kept, nor a cook-off', () => {
    expect(
      guilt(
        'Last summer two toddlers died in backyard pools. Don’t let a child drown while you check your phone.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Two people died in house fires last winter. The smoke-alarm giveaway? That’s on Maple Street.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Two people died in house fires last year. The smoke-alarm talk? That’s on Sgt. Lopez.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Two firefighters were injured last week. Coffee for the whole crew? That’s on Marco, thank you so much!',
      ),
    ).toEqual([]);
    expect(guilt('Pizza for the whole team after the game? That’s on Marco!')).toEqual([]);
    expect(
      guilt(
        'After the hospital fire, the owners said: we will not put profit ahead of patient safety.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'The county judge tasted every pot: Manny cut corners on the chili recipe and still took the blue ribbon.',
      ),
    ).toEqual([]);
  });
});

describe('innocence vouched for in plain words', () => {
  it('never touched, not the one to blame, took not a penny; not a question', () => {
    // round forty-two's rule reads the whole object: "those cattle"
    expect(guilt('They charged him with rustling. He never touched those cattle.')).toContain(
      'He never touched those cattle',
    );
    expect(guilt('Gil was charged after the drowning. He’s not the one to blame here.')).toContain(
      'He’s not the one to blame',
    );
    expect(guilt('The audit says $90,000 is gone. I don’t believe Curt took a penny.')).toContain(
      'don’t believe Curt took a penny',
    );
    expect(
      guilt(
        'The audit says $90,000 is gone from the till. Are you sure he never touched the money?',
      ),
    ).toEqual([]);
  });
});

/*
 * Round thirty-one's fresh-eyes review: the clean posts these rules flagged at first (a eulogy, a
 * hero's quick thinking, a channel, a victim's own risk, a water-safety tip) and the shapes they
 * missed, each held by the guard that mends it.
 */
describe('round thirty-one’s review: eulogies, heroes and victims stay clean', () => {
  it('a eulogy’s “never hurt anybody” and a ref’s “never touched the ball”', () => {
    expect(
      guilt(
        'Grandpa Joe died Tuesday at 94, the kindest man in Elm County. He never hurt anybody. Services are Saturday.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Our keeper was injured in the first half, and the ref was wrong: he never touched the ball.',
      ),
    ).toEqual([]);
  });

  it('a child who knew what to do, a father who knew his kids were inside', () => {
    expect(
      guilt(
        'A kitchen fire broke out Tuesday night. Ten-year-old Ava knew exactly what to do: she got her little brother out.',
      ),
    ).toEqual([]);
    expect(
      guilt('The house burned to the ground. He ran back in because he knew his kids were inside.'),
    ).toEqual([]);
    expect(
      guilt(
        'After the crash on Route 9, Dana knew the kids were standing there and stopped the bus. Thank you, Dana!',
      ),
    ).toEqual([]);
  });

  it('a lone “He knew.” and a victim’s own risk', () => {
    expect(guilt('Officer Hale heard a faint cry from the burning house. He knew.')).toEqual([]);
    expect(guilt('When the call came about the crash, Mom knew.')).toEqual([]);
    expect(
      guilt(
        'Coach Ellen died Sunday. She knew she was sick and came to every practice anyway. Services are Saturday.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Last year a teenager drowned there. He knew the current was strong and went in anyway.',
      ),
    ).toEqual([]);
  });

  it('a glance away, a negation, the ones asked to call', () => {
    expect(
      guilt(
        'A 9-year-old was hurt crossing Elm Street. She looked the other way for one second and stepped into traffic.',
      ),
    ).toEqual([]);
    expect(
      guilt('Two kids were hurt on Elm last spring. Marisol has never, ever looked the other way.'),
    ).toEqual([]);
    expect(
      guilt(
        'Lifeguards are not paid to look the other way. Two kids drowned at the lake last summer.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Money went missing from the church fund. Customers who looked the other way can still call us.',
      ),
    ).toEqual([]);
  });

  it('a channel or a street, and a game’s loss', () => {
    expect(
      guilt(
        'The memorial service for the two boys who drowned is Saturday. Can’t make it? That’s on Zoom.',
      ),
    ).toEqual([]);
    expect(guilt('Our QB was hurt in the first quarter, and the loss? That’s on him.')).toEqual([]);
    expect(
      guilt(
        'The man who was hurt walked to a neighbor’s porch with blood on his hands and asked for help.',
      ),
    ).toEqual([]);
  });

  it('a safety tip, an overdose post, a sermon, a promise', () => {
    expect(
      guilt(
        'Two kids died in pools last year. Parents let a child drown in seconds without noticing.',
      ),
    ).toEqual([]);
    expect(
      guilt('He died so we could live: on the cross, He let Himself die for us. Happy Easter!'),
    ).toEqual([]);
    expect(
      guilt('My son died of an overdose. He would be alive today if Narcan had been in the house.'),
    ).toEqual([]);
    expect(
      guilt(
        'Two workers died on county job sites this year. No employer should put profit before safety.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Jaylen was hurt in warmups. Jaylen cut corners on the last drill and got injured, so he is out for the season.',
      ),
    ).toEqual([]);
  });

  it('Spanish: the one who says it, a neighbour, an officer, thanks', () => {
    expect(guilt('Yo sabía que algo andaba mal cuando vi la patrulla frente a la casa.')).toEqual(
      [],
    );
    expect(
      guilt(
        'Doña Rosa sabía que sus vecinos estaban de viaje cuando vio a dos hombres en la puerta. Robaron la tele.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Robaron la tienda anoche. Marta sabía que algo andaba mal cuando vio la puerta abierta.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Robaron tres bicicletas. El oficial Ruiz sabía que el dueño estaba de viaje y lo llamó.',
      ),
    ).toEqual([]);
    expect(
      guilt('Gracias a la patrulla escolar. Tomás sabía que los niños estaban seguros.'),
    ).toEqual([]);
  });

  it('the shapes missed at first', () => {
    expect(
      guilt('Tomás died under that tractor. Brandt left that young man to die to save $800.'),
    ).toContain('Brandt left that young man to die to save $800');
    expect(
      guilt('Three kids died in that fire. He let those kids die to save a few bucks.'),
    ).toContain('He let those kids die to save a few bucks');
    expect(
      guilt('Tres inquilinos murieron en el incendio. Osterhout sabía que estaban condenadas.'),
    ).toContain('Osterhout sabía que estaban condenadas');
    expect(guilt('Robaron $40,000 de la cooperativa. Curt sabía y no dijo nada.')).toContain(
      'Curt sabía y no dijo nada',
    );
    expect(guilt('Gil was charged after the drowning. He isn’t the one to blame here.')).toContain(
      'He isn’t the one to blame',
    );
    expect(
      guilt('The audit says $90,000 is gone. I don’t believe for one second Curt took a dime.'),
    ).toContain('don’t believe for one second Curt took a dime');
    expect(
      guilt('A tenant died in the fire. The owner knew the exits were blocked and said nothing.'),
    ).toContain('The owner knew the exits were blocked and said nothing');
  });
});
