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
      'Reddick knew',
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
    expect(guilt('They charged him with rustling. He never touched those cattle.')).toContain(
      'He never touched those',
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
