import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c, round nine: the doer named in answer or in apposition, as the blind sixteenth corpus
 * wrote it (each written here in other words), and the words of a claim that are no claim of the
 * writer's: a rumour retold to be put down, a plea entered.
 */
const rules = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const flags = (text: string) => rules(text).length > 0;

describe('guilt: the doer named in answer to a who-question', () => {
  it('flags "X, that’s who" and "That was X" after a question about a deed', () => {
    expect(
      rules('Who steals tips from a children’s lemonade stand? Corey Vance, 29, that’s who.'),
    ).toEqual(['Corey Vance, 29, that’s who']);
    expect(
      rules('Remember who smashed the church windows last spring? That was Hollis Grey, 40.'),
    ).toEqual(['That was Hollis Grey']);
  });

  it('leaves a who-question about a feat or a kindness, and an officer named in answer', () => {
    expect(
      flags('Who stole the show at Saturday’s parade? That was Luna Vance, 8, on her bike.'),
    ).toBe(false);
    expect(flags('Who left a lasagna at the front desk this morning? That was Martha Reyes.')).toBe(
      false,
    );
    expect(
      flags('Who robbed the raffle of its suspense? That was Sgt. Miller, with ticket 12.'),
    ).toBe(false);
    expect(
      flags('Who stopped a man from stealing a bike on Elm? That was Officer Dana Cruz.'),
    ).toBe(false);
  });

  it('leaves a who-question about no deed, and an answer that names no one', () => {
    expect(
      flags('Who’s ready for the summer reading challenge? Every kid in town, that’s who!'),
    ).toBe(false);
    expect(flags('Who won the chili cook-off? That was Sgt. Ibarra’s brisket chili.')).toBe(false);
    expect(flags('Who robbed the pharmacy on Ninth? That is still under investigation.')).toBe(
      false,
    );
  });

  it('flags "we know who did this: Name"', () => {
    expect(rules('We know who did this: Rafe Oduya, 35, and we will find him.')).toEqual([
      'We know who did this: Rafe Oduya',
    ]);
    expect(flags('We know who did this is hard to hear.')).toBe(false);
    expect(flags('Do we know who did this? We know who did this: nobody yet, so call us.')).toBe(
      false,
    );
  });
});

describe('guilt: the doer named in apposition, or as the department’s own arrestee', () => {
  it('flags "Name, Victim’s killer" and "our thief" once found', () => {
    expect(rules('Dane Holt, Maya Brill’s killer, was booked Friday.')).toEqual([
      'Dane Holt, Maya Brill’s killer',
    ]);
    expect(rules('Our bike thief finally slipped up on Tuesday.')).toEqual(['Our bike thief']);
    expect(rules('Thanks to your tips, we caught our porch pirate!')).toEqual(['our porch pirate']);
  });

  it('leaves our own people, a team, an alert, a culprit that was an animal', () => {
    expect(flags('Meet our K-9 team, the best in the county.')).toBe(false);
    expect(flags('Turns out our porch pirate was a golden retriever.')).toBe(false);
    expect(flags('Cheering on our Vandals at the homecoming game!')).toBe(false);
    expect(flags('Please read our thief alert before you shop.')).toBe(false);
    expect(flags('Congrats to Officer Kim, our top shooter at qualification.')).toBe(false);
    expect(flags('Dane Holt, Maya Brill’s father, spoke at the vigil.')).toBe(false);
  });
});

describe('guilt from the seventeenth set: innocence, a deed got away with, a punishment deserved', () => {
  it('flags "in the clear" said of a person, "got away with murder", "got exactly what he deserved"', () => {
    expect(rules('After the new video, Dara Voss is completely in the clear.')).toEqual([
      'is completely in the clear',
    ]);
    expect(rules('The tape shows Jordan Lee Pratt is in the clear.')).toEqual(['is in the clear']);
    expect(rules('Everyone knows Milo Grant got away with murder in 2004.')).toEqual([
      'got away with murder',
    ]);
    expect(rules('That man got exactly what he deserved.')).toEqual([
      'got exactly what he deserved',
    ]);
    expect(rules('Meet our most notorious porch pirate, Lena Ivers, booked Tuesday.')).toEqual([
      'our most notorious porch pirate',
    ]);
  });

  it('leaves the roads in the clear, and a feat someone did', () => {
    expect(flags('By noon the roads were in the clear again.')).toBe(false);
    expect(flags('By noon, Elm Street is in the clear again.')).toBe(false);
    expect(flags('Everyone is in the clear and the building has reopened.')).toBe(false);
    expect(flags('Officer Diaz is in the clear after his checkup at Mercy General.')).toBe(false);
    expect(flags('Officer Dana Diaz is in the clear after her checkup at Mercy General.')).toBe(
      false,
    );
    expect(flags('Think you got away with it? Our detectives have the footage.')).toBe(false);
    expect(flags('Neighbours raised concerns for months, and now we know Ellis did it.')).toBe(
      true,
    );
    expect(
      flags(
        'Officer Ana Ruiz ran the city marathon in 3:05, a personal best, and she did it while raising $2,000 for the shelter.',
      ),
    ).toBe(false);
    expect(flags('Everyone on Elm knows she did it.')).toBe(true);
  });
});

describe('guilt: words of a claim that are no claim of the writer’s', () => {
  it('flags a rumour confirmed, or retold with no denial', () => {
    expect(flags('Witnesses confirmed the claims that Jones robbed the store.')).toBe(true);
    expect(
      flags(
        'Detectives confirmed the claims that Jones robbed the store; the posts naming his brother were false.',
      ),
    ).toBe(true);
    expect(flags('There are rumors that he robbed the store on Elm.')).toBe(true);
  });

  it('leaves a rumour retold to be put down, and flags the same words said as fact', () => {
    expect(
      rules(
        'A photo of Ivo Petrak has been shared with claims that he robbed the Elm Street bakery. Please stop sharing it.',
      ),
    ).toEqual([]);
    expect(rules('Ivo Petrak robbed the Elm Street bakery.')).not.toEqual([]);
  });

  it('leaves a plea of not guilty, and flags "was not guilty" said by the writer', () => {
    expect(flags('Plea entered was not guilty; trial is set for March.')).toBe(false);
    expect(flags('Trust me, he was not guilty of any of it.')).toBe(true);
  });
});
