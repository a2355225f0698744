import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round forty-three: shapes the blind one-hundred-first and one-hundred-second sets wrote and the
 * rules did not read, and round forty-one's phrase rule for evidence that sinks a defendant folded
 * into the structural rule that reads it. Scanned without the sentence model, so each test holds a
 * rule, not the model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const political = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);
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

describe('round forty-three: a light sentence foretold, and the cell below the jail', () => {
  it('"he\'ll get a fine and probation" where a case is told; not without one', () => {
    expect(pending("He is charged. He'll get a fine and probation, watch.")).toEqual([
      "He'll get a fine and probation",
    ]);
    expect(pending("Pay the ticket. He'll get a fine and probation, same as last year.")).toEqual(
      [],
    );
  });

  it('"belongs under the jail" where a case is told', () => {
    expect(pending('He is charged in the shooting. Jules belongs UNDER the jail.')).toEqual([
      'belongs UNDER the jail',
    ]);
    expect(pending('The old cells belong under the jail, in the basement we toured.')).toEqual([]);
  });
});

describe('round forty-three: political', () => {
  it('"time for a new mayor"; not the chief, nor a portrait', () => {
    expect(political('The plows are out, no thanks to City Hall. Time for a new mayor.')).toEqual([
      'Time for a new mayor',
    ]);
    expect(political("It's time for a new mayor's portrait in the lobby.")).toEqual([]);
    expect(political('Time for a new chief? That is up to the city manager.')).toEqual([]);
  });

  it('"Send Lorna Haugen to town hall" at a sentence\'s start, where a race is told', () => {
    expect(
      political('Send Lorna Haugen to town hall and make them post records. Election is May 6.'),
    ).toEqual(['Send Lorna Haugen to town hall']);
    expect(political('Send your questions to Town Hall by Friday; the election is May 6.')).toEqual(
      [],
    );
  });
});

/*
 * Round forty-three's review: a helper who had not seen the rules' tests wrote 144 clean near
 * misses beside the new rules; 74 were flagged at first. Each guard below has one of them.
 */
describe('round forty-three review: the near misses the new rules first flagged', () => {
  it('protecting family land, an officer protecting families', () => {
    expect(
      guilt('Shots were fired at the parade. Deputy Ruiz was protecting her kids in the crowd.'),
    ).toEqual([]);
    expect(
      guilt('Shots were fired near the creek. Eli was protecting family land that night.'),
    ).toEqual([]);
    expect(
      guilt(
        'Shots were fired nearby. Officer Grant was protecting family and friends at the parade.',
      ),
    ).toEqual([]);
  });

  it('shorts on a stock, a putt, a wire, by mistake, in a question, with a denial', () => {
    expect(guilt('He shorts stocks for a living and was charged with nothing.')).toEqual([]);
    expect(guilt('Saltwater shorted his trolling motor before the boat was stolen.')).toEqual([]);
    expect(guilt('The cashier shorted me a dollar by mistake and fixed it right away.')).toEqual(
      [],
    );
    expect(guilt('Has Remy been shorting his deckhands on their shares?')).toEqual([]);
    expect(guilt("Nobody's saying Remy shorted his deckhands.")).toEqual([]);
    expect(guilt('That captain has been shorting his deckhands for years.')).toEqual([
      'That captain has been shorting his deckhands for years',
    ]);
  });

  it("a blind eye to one's own injuries, a mother's own story, a dog, an obituary", () => {
    expect(
      guilt(
        'Two bikes were stolen from our yard. Our dog who turned a blind eye is in the doghouse.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'He turned a blind eye to $5 bills missing from his wallet. Grandpa passed away Sunday at ' +
          '91; we loved him.',
      ),
    ).toEqual([]);
    expect(
      guilt('Grandpa turned a blind eye to $5 bills missing from the jar. We loved him so.'),
    ).toEqual([]);
    expect(
      guilt(
        'The trucker died in the crash. He turned a blind eye to his own injuries and kept ' +
          'pulling people from the wreck.',
      ),
    ).toEqual([]);
    expect(
      guilt("I'm a mother who turned a blind eye to the signs, and my son died of an overdose."),
    ).toEqual([]);
    expect(guilt('Our K9 Rex, who turned a blind eye to puppy mischief, died Sunday.')).toEqual([]);
    expect(
      guilt('Grandpa turned a blind eye to our cookie raids. He passed away at 91, rest easy.'),
    ).toEqual([]);
    expect(
      guilt('Two men died. The harbor master turned a blind eye to the overloaded boats.'),
    ).toEqual(['The harbor master turned a blind eye']);
  });

  it('"no hizo nada malo", a question, a denial, a victim, a president', () => {
    expect(
      guilt('La señora sabía que la tienda cerraba temprano y no hizo nada malo; nadie murió.'),
    ).toEqual([]);
    expect(guilt('¿El casero sabía que la caldera estaba mala y no hizo nada?')).toEqual([]);
    expect(
      guilt('No es cierto que el casero sabía que la caldera estaba mala y no hizo nada.'),
    ).toEqual([]);
    expect(
      guilt('Ese hombre sabía que su hijo estaba adentro y corrió al incendio; murieron dos.'),
    ).toEqual([]);
    expect(guilt('El presidente sabía que la economía iba mal y no hizo nada.')).toEqual([]);
  });

  it('struck first in a game, a storm, a war; a question, reports called false, an officer', () => {
    expect(guilt('Central struck first on a Jenkins touchdown in the third quarter.')).toEqual([]);
    expect(guilt('Hurricane Laura struck first in Cameron Parish, then the flooding.')).toEqual([]);
    expect(guilt('Logan fired first pitch at the Little League opener.')).toEqual([]);
    expect(guilt('Is it true Garza swung first at the bar?')).toEqual([]);
    expect(guilt('Reports that Ortiz fired first are false.')).toEqual([]);
    expect(guilt('Word is Ortiz fired first, which is untrue.')).toEqual([]);
    expect(guilt("Witnesses don't agree that Ortiz fired first.")).toEqual([]);
    expect(
      guilt('Officer Vance said he fired first only after the man raised his rifle at the crowd.'),
    ).toEqual([]);
    expect(guilt('The man in the green jacket fired first, I saw it from the porch.')).toEqual([
      'The man in the green jacket fired first',
    ]);
  });

  it('a forecast snowfall, a rip current, a form, a pile of likes; not evidence', () => {
    expect(
      pending(
        'He was arrested Friday. Forecasters say a record snowfall could bury them by morning.',
      ),
    ).toEqual([]);
    expect(
      pending('He was charged. Bodycam footage shows how fast a rip current can sink them.'),
    ).toEqual([]);
    expect(
      pending(
        'Recruits, be honest on the form: one lie on the form will sink them. He was arrested.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'He was charged in March. The thread below will bury him in kind words, as the whole ' +
          'town will.',
      ),
    ).toEqual([]);
    expect(pending('He is charged. That text thread is gonna bury him in court.')).toEqual([
      'That text thread is gonna bury him in court',
    ]);
  });

  it('"you know what you did" with thanks after it, or an officer', () => {
    expect(
      guilt(
        'A man died on the highway last night. Jake, you know what you did: you held his hand ' +
          'until the ambulance came. Thank you.',
      ),
    ).toEqual([]);
    expect(
      guilt('Nobody died in that fire. You know what you did, Officer Diaz. We owe you.'),
    ).toEqual([]);
    expect(
      guilt(
        'A girl nearly drowned in the river Saturday. Marcus, you know what you did to save her.',
      ),
    ).toEqual([]);
    expect(guilt('Nobody died. You know what you did, Officer Diaz.')).toEqual([]);
    expect(
      pending(
        'He was charged. Our logbook shows heavy rain will sink them if the pumps fail; the jail ' +
          'basement flooded.',
      ),
    ).toEqual([]);
  });

  it('a fall guy at a dunk tank, in a movie, a mascot; a name with an apostrophe', () => {
    expect(
      guilt('Principal Brooks was the fall guy at the dunk tank, and we raised $1,200!'),
    ).toEqual([]);
    expect(guilt('Movie night: Gosling is the fall guy, and nobody gets hurt for real.')).toEqual(
      [],
    );
    expect(
      guilt("Sean O'Brien is just the fall guy. The owner is the real thief who took the money."),
    ).toContain('Brien is just the fall guy');
    expect(guilt("No one's saying Doug is the fall guy; $4,000 is missing.")).toEqual([]);
  });
});
