import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';

/*
 * Round thirty-six: shapes the blind eighty-seventh and eighty-eighth sets wrote and the rules did
 * not read: a named person vouched for in a few words ("Trevor had no part in this", "Ray's
 * innocent"), blame put as a fault ("it's Maki's fault"), a hunch put as a bet ("Our money is on
 * Tobias Kreutzer") and a deed laid on the person spoken to ("we know it's you, Lorraine", "Was it
 * you, Gordy?"), and a charged case commented on ("He's going away."). Round thirty-seven's
 * follow at the end. Each sits beside a near miss in the same words. Scanned without the sentence
 * model, so each test holds a rule, not the model's training.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('a named person vouched for in a few words', () => {
  it('"did nothing wrong" and "had no part in this" said of a given name or a relative', () => {
    expect(guilt('Darek did nothing wrong, the vent was fine when he left.')).toEqual([
      'Darek did nothing wrong',
    ]);
    expect(guilt('My son worked with Trevor at the car wash. Trevor had no part in this.')).toEqual(
      ['Trevor had no part in this'],
    );
    expect(guilt('My brother did nothing wrong and I am sick of reading this.')).toEqual([
      'My brother did nothing wrong',
    ]);
    expect(guilt('Ms. Cruz did nothing wrong here.')).toEqual(['Ms. Cruz did nothing wrong']);
  });

  it('not a caller reassured, a group, nor "something they had no part in"', () => {
    expect(guilt('You did nothing wrong by calling us, that is what the line is for.')).toEqual([]);
    expect(guilt('Anna did nothing wrong by calling us, that is what the line is for.')).toEqual(
      [],
    );
    expect(guilt('Jenna had no part in the parade planning this year, so thank Tom.')).toEqual([]);
    expect(guilt('Police did nothing wrong by closing the bridge early.')).toEqual([]);
    expect(
      guilt('Be kind to the nurses on 6W, who get yelled at for something they had no part in.'),
    ).toEqual([]);
  });

  it('"Ray\'s innocent" names a person; "Nobody\'s blameless" and "Nothing\'s innocent" do not', () => {
    expect(guilt("Ray's innocent.")).toEqual(["Ray's innocent"]);
    expect(guilt("Captain Broussard's innocent!")).toEqual(["Captain Broussard's innocent"]);
    expect(guilt("Nobody's blameless.")).toEqual([]);
    expect(guilt("Nothing's innocent, not even the bake sale.")).toEqual([]);
    expect(guilt("Marcus's innocent until proven guilty, like anyone.")).toEqual([]);
  });
});

describe('blame put as a fault', () => {
  it('"it\'s Maki\'s fault", "this crash was his fault", "100% his fault"', () => {
    expect(guilt("Off the record, it's Maki's fault. The DA's got him cold.")).toEqual([
      "it's Maki's fault",
    ]);
    expect(guilt('The report came out today. This crash was his fault, plain and simple.')).toEqual(
      ['This crash was his fault'],
    );
    expect(guilt('The guy in the white F-150 blew the red, 100% his fault.')).toEqual([
      '100% his fault',
    ]);
  });

  it("not a fault denied to a victim, a fall of one's own, nor nobody's fault", () => {
    expect(guilt('Tell a trusted adult today. It is NOT her fault.')).toEqual([]);
    expect(guilt("It's her fault? No. Abuse is never the victim's fault.")).toEqual([]);
    expect(guilt("It's all Chief Miller's fault the donuts are gone.")).toEqual([]);
    expect(
      guilt("Broke his wrist on the steps. It's his own fault, he won't wear cleats."),
    ).toEqual([]);
    expect(guilt("Nobody's fault, that path gets slick after rain.")).toEqual([]);
    expect(guilt("It's Murphy's fault, whatever can go wrong will.")).toEqual([]);
  });
});

describe('a hunch put as a bet, a deed laid on the person spoken to', () => {
  it('"Our money is on" a person beside a theft, not a team beside a game', () => {
    expect(
      guilt(
        'Three motors gone from the marina. Our money is on Tobias Kreutzer, who stole before.',
      ),
    ).toEqual(expect.arrayContaining(['Our money is on Tobias Kreutzer']));
    expect(guilt('Our money is on Ridgeview High in Friday night’s game. Go Hawks!')).toEqual([]);
  });

  it('"we know it\'s you" and "Was it you, Gordy?" beside a deed; not a tip line\'s promise', () => {
    expect(
      guilt('Somebody stole the diesel from the ranch tanks. Curtis, we all know it’s you.'),
    ).toEqual(['know it’s you']);
    expect(guilt('Somebody stole the diesel from the ranch tanks. Was it you, Gordy?')).toEqual([
      'Was it you, Gordy?',
    ]);
    expect(guilt('Call the tip line about the theft. Nobody will know it was you.')).toEqual([]);
    expect(guilt('Report the theft online; the thief won’t ever know it was you.')).toEqual([]);
    expect(guilt('Who baked the pie that won the fair? Was it you, Martha?')).toEqual([]);
  });
});

const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('a charged case commented on in the words of the street', () => {
  it('the sentence foretold: "He\'s going away.", "He\'s doing at least 3 years"', () => {
    expect(pending("Charged Monday, and the vent pipe was on the floor. He's going away.")).toEqual(
      ["He's going away"],
    );
    expect(pending("Kessler is charged with assault. He's doing at least 3 years.")).toEqual([
      "He's doing at least 3 years",
    ]);
    expect(
      pending("She's going away to college next fall, so the bake sale needs a new lead."),
    ).toEqual([]);
    expect(pending("After the trial, she's serving two years in the Peace Corps.")).toEqual([]);
    expect(pending("Our K9 Bruno is retiring after 9 years on the team. He's going away.")).toEqual(
      [],
    );
    expect(pending("The court is short on jurors for the trial. They're serving 5 days.")).toEqual(
      [],
    );
  });

  it('the prosecutor, the evidence and the sentence judged', () => {
    expect(pending('Charged with fraud? Prosecutor’s overcharging to look tough.')).toEqual([
      'Prosecutor’s overcharging',
    ]);
    expect(pending('She is charged with theft. The ATM video alone is enough.')).toEqual([
      'video alone is enough',
    ]);
    expect(pending("She's charged with theft. Whatever she gets won't be enough.")).toEqual([
      "Whatever she gets won't be enough",
    ]);
    expect(
      pending("Lindell is charged with theft. Whatever Lindell gets won't be enough."),
    ).toEqual(["Whatever Lindell gets won't be enough"]);
    // a name's capital is a capital: "you" is no name
    expect(
      pending(
        "He was charged Friday. Sell the boat: whatever you get won't be enough for a new one.",
      ),
    ).toEqual([]);
    expect(
      pending("She's charged with theft, and she should get twice the sentence Lindell got."),
    ).toEqual(['should get twice the sentence']);
    expect(
      pending('Charged or not, prosecutors are overcharging for parking at the court garage.'),
    ).toEqual([]);
  });

  it('custody relished beside a case, not a retirement wished well', () => {
    expect(pending('He was arrested for the crash. Enjoy the next five to ten years.')).toEqual([
      'Enjoy the next five to ten years',
    ]);
    expect(pending('Happy retirement, Sgt. Ruiz! Enjoy the next twenty years.')).toEqual([]);
    expect(
      pending(
        'Sgt. Ruiz arrested more drunk drivers than anyone. Happy retirement! Enjoy the next 30 years.',
      ),
    ).toEqual([]);
  });
});

/*
 * Round thirty-seven, from the eighty-ninth and ninetieth sets: a wrong known shouted in capitals, a named person's wrong told as a habit; and personal data
 * a regex for the format alone missed (a street named after its type, a rural fire number, a
 * plate or case number introduced in Spanish, in a records system's shorthand or read out).
 */
describe('a named person vouched for or blamed in a few more words', () => {
  it('"Whitcomb KNEW", not "THEY KNEW" nor "NOBODY KNEW"', () => {
    expect(guilt('Whitcomb KNEW. Three drivers wrote up that bus.')).toEqual(['Whitcomb KNEW']);
    expect(guilt('Somebody spray-painted "RONNIE KNEW" on the pier gate.')).toEqual([
      'RONNIE KNEW',
    ]);
    expect(guilt('THEY KNEW. Every one of them.')).toEqual([]);
    expect(guilt('NOBODY KNEW the bridge was out until the fog lifted.')).toEqual([]);
    expect(guilt('Kelly KNEW exactly what to do when the smoke alarm went off.')).toEqual([]);
    expect(guilt('Who called the upset at the homecoming game? Coach Reyes KNEW!')).toEqual([]);
    expect(guilt('SHE KNEW EVERY KID AT LINCOLN ELEMENTARY. Happy retirement!')).toEqual([]);
  });

  it('a habit of wrongs, not an officer stripping paint nor a man lifting weights', () => {
    expect(guilt("Pettiford's been lifting bikes off those racks since high school.")).toEqual([
      "Pettiford's been lifting",
    ]);
    expect(guilt("Vescio's been skipping state inspections for years.")).toEqual([
      "Vescio's been skipping state inspections",
    ]);
    expect(guilt("Maya's been stealing bases all season for the Wildcats.")).toEqual([]);
    expect(guilt('Dale has been lifting weights every morning before his shift.')).toEqual([]);
    expect(
      guilt('Deputy Amy Marsh has been lifting kids onto the fire truck all afternoon.'),
    ).toEqual([]);
  });
});

const personalData = (text: string) =>
  personalDataScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('personal data a format alone misses', () => {
  it('a street named after its type and a rural fire number', () => {
    expect(personalData('She lives at 4417 Calle Nogal with her kids.')).toEqual([
      '4417 Calle Nogal',
    ]);
    expect(personalData('Fire at N5318 County Road KK last night, the Brekke place.')).toEqual([
      'N5318 County Road KK',
    ]);
    expect(personalData('Traffic backed up for 3 Route 9 exits.')).toEqual([]);
    expect(personalData('Checkpoint 1800–0600 Hwy 90 at Coteau Rd.')).toEqual([]);
    expect(personalData('Checkpoint 0600–1800 Hwy 90 at Coteau Rd.')).toEqual([]);
    expect(personalData('Crash cleared at MM 147 Highway 20; take exit 213 Route 1.')).toEqual([]);
    expect(personalData('sábado 14 Calle Juárez cerrada de 7 a 1.')).toEqual([]);
    expect(personalData('PARADE: Saturday, Sept. 14\n\nAvenida Juárez will be closed.')).toEqual(
      [],
    );
  });

  it('a plate or case number introduced in Spanish, in shorthand or read out', () => {
    expect(personalData('Es un Civic gris, placas TXR-4481, se lo llevó una grúa.')).toEqual([
      'TXR-4481',
    ]);
    expect(personalData('RMS #25-047712 supplemental, Det. A. Kuntz')).toEqual(['RMS #25-047712']);
    expect(personalData('Gracias al oficial Ruiz, placa A17, por su ayuda.')).toEqual([]);
    expect(personalData('A witness read the tag as “J, L, R, four, zero, nine, one”.')).toEqual([
      'J, L, R, four, zero, nine, one',
    ]);
    expect(
      personalData('To the victim who asked: your case is 25 dash zero six six one nine.'),
    ).toEqual(['case is 25 dash zero six six one nine']);
    expect(personalData('The case is one hundred percent closed, thanks to you all.')).toEqual([]);
    expect(personalData('This case is nineteen ninety-eight all over again.')).toEqual([]);
  });
});
