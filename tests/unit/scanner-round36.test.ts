import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round thirty-six: shapes the blind eighty-seventh and eighty-eighth sets wrote and the rules did
 * not read: a named person vouched for in a few words ("Trevor had no part in this", "Ray's
 * innocent"), blame put as a fault ("it's Maki's fault"), a hunch put as a bet ("Our money is on
 * Tobias Kreutzer") and a deed laid on the person spoken to ("we know it's you, Lorraine", "Was it
 * you, Gordy?"). Each sits beside a near miss in the same words. Scanned without the sentence
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
    expect(guilt('Tell a trusted adult today. It is NOT their fault.')).toEqual([]);
    expect(guilt("Broke his wrist on the steps. His own fault, he won't wear the cleats.")).toEqual(
      [],
    );
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
    expect(pending("He's doing ten years in the Navy, and his mom is proud of him.")).toEqual([]);
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
      pending("She's charged with theft, and she should get twice the sentence Lindell got."),
    ).toEqual(['should get twice the sentence']);
    expect(
      pending('Is there a way to report it online if we were overcharged on registration?'),
    ).toEqual([]);
  });

  it('custody relished beside a case, not a retirement wished well', () => {
    expect(pending('He was arrested for the crash. Enjoy the next five to ten years.')).toEqual([
      'Enjoy the next five to ten years',
    ]);
    expect(pending('Happy retirement, Sgt. Ruiz! Enjoy the next twenty years.')).toEqual([]);
  });
});
