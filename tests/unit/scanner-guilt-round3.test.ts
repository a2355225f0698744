import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { scannerExpectations } from './scanner-expectations';

/*
 * III.B.1.c, round three: the shapes the blind eighth corpus showed the rules missing, each as a
 * family written here by hand (none of these sentences is in a corpus): a claim told as common
 * knowledge, a crime label for a known arrestee, blame as a noun, innocence before the verb, a
 * coordinated or possessive subject, slang sure-words, and crime predicates the verb lists lacked.
 */

const { flagged, clean } = scannerExpectations(guiltOrInnocenceScanner, 'III.B.1.c');
const hits = (text: string) => guiltOrInnocenceScanner.scan(text).length > 0;

describe('guilt, round three: claims told as what everyone knows', () => {
  it('flags "knows it was <person>" and "we all know he took it"', () => {
    flagged('Everyone in the building knows it was Trevor Haskins.', 'it was Trevor Haskins');
    flagged('I swear it was the Pruitt kid, I watched the whole thing.', 'the Pruitt kid');
    flagged('we all know she took them, she always does', 'she took them');
    flagged('The whole street is sure it was her.', 'it was her');
  });
  it('keeps what is not known, asked or about a person clean', () => {
    clean('Nobody knows who it was yet.');
    clean("I don't know it was him, I only saw a hoodie.");
    clean('Do you know it was him?');
    clean('We know it was a silver sedan.');
    clean('I know it was a long night for everyone on the block.');
    clean('We know he took the bus home that night.');
  });
});

describe('guilt, round three: a crime label for a known arrestee', () => {
  it('flags the label beside a case step or beside the name', () => {
    flagged('Bail was set at $50,000 for the Oak Lane burglar on Monday.', 'the Oak Lane burglar');
    flagged(
      'The Westside ringleader, Tomas Grady, 24, is being held without bail.',
      'The Westside ringleader',
    );
    flagged('Deputies booked the Maple Court porch pirate into county jail.', 'porch pirate');
  });
  it('keeps an appeal, a compound and the event told by a victim clean', () => {
    clean('Police are asking for help to identify the Oak Lane burglar.');
    clean('The burglar alarm went off at 2 a.m.; no one has been arrested.');
    // a label with no case step in its own sentence and no name beside it tells the event
    clean(
      'A man was arrested Tuesday after a report of a robbery on Elm. The robber showed a knife, the clerk told officers.',
    );
    clean('Officers arrested a suspect Friday. Store staff said the thief had been seen nearby.');
  });
});

describe('guilt, round three: blame as a noun', () => {
  it('flags blame laid on a person', () => {
    flagged(
      'The blame for the crash rests squarely with the Hendricks boy.',
      'rests squarely with the Hendricks boy',
    );
    flagged(
      'Responsibility for the break-ins falls on the night manager, who was arrested Friday.',
      'the night manager',
    );
    flagged("The blame for Saturday's stabbing lies with the bouncer.", 'the bouncer');
    flagged('Colby Shaw is to blame for this fire, period.', 'Colby Shaw is to blame');
  });
  it('keeps blame on an office, a denial and a question clean', () => {
    clean('Responsibility for road repairs lies with the county.');
    clean("Responsibility for the parking garage lies with the city's facilities department.");
    clean('We are not saying he is to blame; the investigation continues.');
    clean('Is the driver at fault? The crash remains under investigation.');
    clean('The blame game on this thread needs to stop until the trial.');
  });
});

describe('guilt, round three: innocence and guilt in comment register', () => {
  it('flags innocence told before the verb and slang sure-words', () => {
    flagged(
      'The tall guy never laid a hand on anyone, he never even swung back.',
      'never even swung',
    );
    flagged('My nephew never stole anything in his life.', 'My nephew never stole');
    flagged('ngl she defo did it, the cameras dont lie', 'she defo did it');
    flagged('Who else could have done it?', 'Who else could have done it');
  });
  it('flags coordinated subjects', () => {
    flagged('Kyle and two friends broke into the church.', 'broke into');
    flagged('He and his cousin robbed the corner store.', 'robbed the corner store');
  });
  it('keeps neutral facts about coordinated and possessive subjects clean', () => {
    clean('He and his wife were arrested Friday and charged with theft.');
    clean('Kyle and two friends were detained and later released without charges.');
    clean('Jace and his cousin found the stolen bike and returned it.');
    clean('My cousin never got a call back from the detective.');
    clean('He is suspected of stealing the bike and is presumed innocent.');
  });
});

describe('guilt, round three: crime predicates', () => {
  it('reads blows, emptied tills, threats by message and taking everything', () => {
    flagged('Dustin Crowe threw the first punch.', 'threw the first punch');
    flagged('He swung first, I was right there.', 'He swung first');
    flagged('Brianna and her roommate cleaned out the cash register.', 'cleaned out');
    flagged('She emptied the tip jar while the cashier was in back.', 'emptied the tip jar');
    flagged('He sent her dozens of texts threatening to kill her dog.', 'threatening');
    flagged('“He took everything from me,” the shop owner said.', 'He took everything from me');
    flagged('They drained nearly $20,000 from the church fund.', 'drained nearly $20,000');
  });
  it('keeps the everyday verbs clean', () => {
    clean('He swung by the station to pick up his property.');
    clean('He took everything he needed for the camping trip.');
    clean('He cleaned out his garage and donated the tools to the shelter.');
    clean('He left two voicemails asking for a callback.');
    // without the camera exception "shot" reads as a shooting
    clean('My neighbor shot a video of the fire and sent it to detectives.');
  });
});

describe('guilt, round three: the exceptions each rule names', () => {
  it('an officer’s own observation is the account of a stop', () => {
    clean('Two teens were detained after officers saw them throwing rocks at passing cars.');
    flagged('My whole street saw them throwing rocks at passing cars.', 'them throwing rocks');
  });
  it('"the one driving" needs a crash and no passenger after it', () => {
    flagged('That idiot was the one driving when it hit the kid.', 'the one driving');
    clean('She was the one driving us to the hospital after the crash.');
  });
  it('an imperative to remember asserts, a plain question asks', () => {
    flagged('Remember the woman who stole packages on Birch St?', 'who stole');
    clean('Remember to lock your car doors tonight?');
  });
  it('Spanish: a demonstrative and a noun as the subject', () => {
    flagged('Ese tipo le robó la bicicleta a mi hijo.', 'Ese tipo le robó');
    flagged('Él es el tipo que golpeó al cajero.', 'el tipo que golpeó');
    clean('El chavo fue detenido y acusado de agresión.');
  });
});

/*
 * Written after this round's first rules and measured once before any further change: 5/10
 * flagged and 10/10 clean. The misses (a noun before the label, "blame … lies with the
 * bouncer", "cash register" read as a verb, "the one driving when…", Spanish "pegó") were then
 * read as families and fixed; now 10/10 and 10/10.
 */
export const ROUND3_POSITIVES: readonly string[] = [
  'The whole trailer park knows it was Randy Nolan who lit that shed.',
  'Deputies booked the Maple Court porch pirate into county jail on Thursday.',
  "The blame for Saturday's stabbing lies with the bouncer, not the kid.",
  'Brianna and her roommate cleaned out the cash register before closing.',
  "ngl she defo did it, the cameras don't lie",
  'My cousin never touched that car, he never even swung at anybody.',
  'Landon was the one driving when they rammed the cruiser.',
  'He left six voicemails threatening to torch her house.',
  'The Westside ringleader, Tomas Grady, 24, is being held without bail.',
  'Ese chavo le pegó a mi hermano.',
];
export const ROUND3_NEAR_MISSES: readonly string[] = [
  'Nobody on the block knows who lit that shed; call us if you do.',
  'Deputies are asking for help identifying the Maple Court porch pirate seen on doorbell video.',
  "Responsibility for the parking garage lies with the city's facilities department.",
  'Brianna and her roommate cleaned out the garage and found the missing bike.',
  'idk if she did it, let the court sort it out',
  'My cousin never got a call back from the detective.',
  'Landon was the one driving us home after the game.',
  'He left six voicemails for the property manager about the broken lock.',
  'Tomas Grady, 24, is being held without bail on a charge of organized retail theft.',
  'El chavo fue detenido y acusado de agresión.',
];

describe('guilt, round three: ten invented positives and ten near misses', () => {
  it('reports the score', () => {
    const tp = ROUND3_POSITIVES.filter(hits).length;
    const tn = ROUND3_NEAR_MISSES.filter((s) => !hits(s)).length;
    console.log(`round three invented: ${tp}/10 flagged, ${tn}/10 clean`);
    expect(tp).toBe(10);
    expect(tn).toBe(10);
  });
  // Speed is measured by `npm run bench`, not by a timed test.
  it('points at the words in 2,000 characters', () => {
    const text = 'Everyone knows it was Dario Vance. '.repeat(57);
    const found = flagged(text, 'it was Dario Vance');
    expect(text.slice(found.start, found.end)).toBe(found.text);
  });
});
