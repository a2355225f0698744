import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round forty-three: shapes the blind one-hundred-first and one-hundred-second sets wrote and the
 * rules did not read, and round forty-one's phrase rule for evidence that sinks a defendant folded
 * into the structural rule that reads it. Scanned without the sentence model, so each test holds a
 * rule, not the model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('round forty-three: evidence that sinks or buries the one charged, one rule', () => {
  it('reads the subject eight words back, the present tense, and a lie told', () => {
    expect(
      pending('Pruitt is charged. Those photos of the rusted joist hangers are gonna sink him.'),
    ).toEqual(['photos of the rusted joist hangers are gonna sink him']);
    expect(pending('Voss is charged. The bank records bury her and her lawyer knows it.')).toEqual([
      'The bank records bury her and her lawyer',
    ]);
    expect(pending('He is charged with manslaughter. That lie alone sinks him at trial.')).toEqual([
      'That lie alone sinks him at trial',
    ]);
  });

  it('not a funeral, a pile of forms, a supposition, a denial, nor photos ending up online', () => {
    expect(
      pending('He is charged. The blood test is back; the family will bury him Saturday.'),
    ).toEqual([]);
    expect(
      pending('He is charged. The autopsy report came back and the family will bury him.'),
    ).toEqual([]);
    expect(pending('He is charged. If the texts sink him, so be it.')).toEqual([]);
    expect(
      pending('Doug is charged. The photos of the rusted hangers are not going to sink him.'),
    ).toEqual([]);
    expect(pending('He is charged. The photos will end up online.')).toEqual([]);
    expect(pending('He is charged. The report buried him in paperwork.')).toEqual([]);
  });

  it('words no case is told beside sink nobody', () => {
    expect(pending('The state paperwork will bury them.')).toEqual([]);
    expect(pending('That lie alone sinks him with his wife.')).toEqual([]);
  });
});

describe('round forty-three: guilt in the shapes the two sets wrote', () => {
  it('a blind eye turned, as the other way looked; not one that never turned', () => {
    expect(
      guilt(
        'The lift manager was charged. What we can say is that he turned a blind eye every ' +
          'time a mechanic raised the grip problem.',
      ),
    ).toEqual(['he turned a blind eye']);
    expect(
      guilt('The lift manager was charged. Marisol never turned a blind eye to a worn grip.'),
    ).toEqual([]);
  });

  it('knew of the danger and did nothing, in Spanish, with a plainer doer', () => {
    expect(guilt('El casero sabía que la caldera estaba mala y no hizo nada.')).toEqual([
      'El casero sabía que la caldera estaba mala',
    ]);
    expect(guilt('Ese señor Brannock sabía que el cable estaba mal y no hizo nada.')).toEqual([
      'Ese señor Brannock sabía que el cable estaba mal',
    ]);
    expect(guilt('El casero sabía que la caldera estaba mala y llamó al técnico.')).toEqual([]);
  });

  it('a scapegoat with a wrong told near; not scorned in quotes, nor with no case', () => {
    expect(
      guilt(
        'The captain is a scapegoat. The boat sank and a deckhand drowned, and they need a name.',
      ),
    ).toEqual(['The captain is a scapegoat']);
    expect(
      guilt('Dude is being set up as the fall guy. The money went missing under his boss.'),
    ).toEqual(['Dude is being set up as the fall guy']);
    expect(
      guilt("Enough of the 'he is just a scapegoat' talk. A deckhand drowned on that boat."),
    ).toEqual([]);
    expect(guilt('In the play, the butler is just the fall guy for the twins.')).toEqual([]);
  });

  it('protecting family, bare; a dog protecting its home is no innocence', () => {
    expect(guilt('He was charged in the stabbing. He was protecting family, that is it.')).toEqual([
      'He was protecting family',
    ]);
    expect(guilt('Duke bit a man who broke into the garage. He was protecting family.')).toEqual(
      [],
    );
  });

  it('pay or a share held back from someone; not never, and not the one who was shorted', () => {
    expect(guilt('Remy Guidry been shorting his deckhands on their shares since the 90s.')).toEqual(
      ['Remy Guidry been shorting his deckhands on their shares since'],
    );
    expect(guilt('Your father stiffed my brother-in-law on a roofing sub job in 2019.')).toEqual([
      'Your father stiffed my brother-in-law on a roofing sub',
    ]);
    expect(
      guilt('Four more years for Mayor Robichaux: she has never once shorted this department.'),
    ).toEqual([]);
    expect(guilt('If you believe you were shorted, call Det. Ruiz at (555) 555-0100.')).toEqual([]);
    expect(guilt('Sgt. Ruiz shorted me on the overtime sheet, my fault for not checking.')).toEqual(
      [],
    );
  });

  it('"you know what you did", said to a name; not thanks for a town', () => {
    expect(
      guilt(
        'He drowned because somebody would not spend $20 on a life jacket. Remy Guidry, you know ' +
          'what you did.',
      ),
    ).toEqual(['Remy Guidry, you know what you did']);
    expect(
      guilt('Two men died on that roof. Maria, you know what you did for this town after.'),
    ).toEqual([]);
  });

  it('the one who fired first; not the unknown, a denial, a match, nor an officer', () => {
    expect(
      guilt(
        'Guy in the green Columbia jacket fired first, I watched him from the concession line.',
      ),
    ).toEqual(['Guy in the green Columbia jacket fired first']);
    expect(
      guilt("Skinny dude with the neck tattoo, he's the one who fired first, I seen him."),
    ).toEqual(["he's the one who fired first"]);
    expect(guilt("The cops haven't said who fired first. Just wait for the court.")).toEqual([]);
    expect(guilt("Nobody's saying the guy in the red hat fired first.")).toEqual([]);
    expect(guilt('If Ortiz fired first, he goes down for it.')).toEqual([]);
    expect(guilt('At paintball the guy in the red hat fired first and won.')).toEqual([]);
    expect(guilt('Deputy Ruiz fired first after the man raised his rifle at the crowd.')).toEqual(
      [],
    );
  });
});
