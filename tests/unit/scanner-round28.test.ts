import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round twenty-eight: rules that were written twice, made to share their words; older misfires on
 * everyday news; and the near misses a fresh-eyes review of both found. Scanned without the
 * sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('the deed in the name called, both rounds sharing their words', () => {
  it('a word that names the deed needs no deed beside it; "thieving" and "murderous" do', () => {
    expect(guilt('Dale is a thieving, murdering bastard.')).toContain(
      'Dale is a thieving, murdering bastard',
    );
    expect(guilt('Kell is nothing but a wife-beating coward.')).toContain(
      'Kell is nothing but a wife-beating coward',
    );
    expect(guilt('Kell is nothing but a thieving coward.')).toEqual([]);
    expect(guilt('Kell is nothing but a thieving coward who stole my bike.')).toContain(
      'Kell is nothing but a thieving coward',
    );
    expect(guilt('Macbeth is a murderous tyrant, and the cast plays him well.')).toEqual([]);
  });

  it('not a bird, nor a pet, whichever word; a place named for one is no bird', () => {
    expect(guilt('Pip is a thieving little magpie who stole my earring.')).toEqual([]);
    expect(guilt('Pip is a murdering little crow to every sparrow.')).toEqual([]);
    expect(
      guilt("Devon's a thieving scumbag from Squirrel Hill, he stole my catalytic converter."),
    ).toContain("Devon's a thieving scumbag");
    expect(guilt("Devon's a thieving little rascal, he stole my bike.")).toContain(
      "Devon's a thieving little",
    );
  });

  it('a game’s killer is no one’s: "such a" and "one" only with a deed told', () => {
    expect(guilt('Dave is such a murdering maniac in Call of Duty lol')).toEqual([]);
    expect(guilt('Our Milo is a murdering little rascal when the mail comes.')).toEqual([]);
    expect(guilt('Sgt. Ruiz is a murdering machine on the bowling lanes.')).toEqual([]);
    expect(guilt('Ethan is one drug-dealing legend in Breaking Bad cosplay lol')).toEqual([]);
  });
});

describe('older misfires on everyday news, each beside the deed it still reads', () => {
  it('money carried to the bank is not money taken; money kept on the way is', () => {
    expect(guilt('Marla took the money to the bank after the bake sale.')).toEqual([]);
    expect(guilt('Marla took the cash to the credit union after the fair.')).toEqual([]);
    expect(guilt('She took the cash to the credit union and kept half of it.')).toContain(
      'She took the cash to the credit union',
    );
    expect(
      guilt('The treasurer, Tyler Nash, took the league’s money to cover his credit card debt.'),
    ).toContain('Tyler Nash, took the league’s money to cover his credit card');
    expect(
      guilt('The treasurer, Gail Moore, took the money to deposit it and never did.'),
    ).toContain('Gail Moore, took the money to deposit it and never');
    expect(guilt('Marla took the money from the register and ran.')).toContain(
      'Marla took the money from the register and ran',
    );
  });

  it('an illness that put someone in the hospital is nobody’s deed', () => {
    expect(guilt('Covid put him in the hospital for a month.')).toEqual([]);
    expect(guilt('Dale put him in the hospital.')).toContain('Dale put him in the hospital');
  });

  it('a fire started by a firefighter for a drill; not one started by a neighbour', () => {
    expect(guilt('The fire was started by Firefighter Kim for the training drill.')).toEqual([]);
    expect(guilt('The fire was started by Engineer Patel during the drill.')).toEqual([]);
    expect(guilt('The fire was started by Fire Marshal Dana Cole during the demo.')).toEqual([]);
    expect(guilt('The fire was started by Dale Briggs, neighbors say.')).toContain(
      'The fire was started by Dale Briggs',
    );
  });

  it('a gun in a magic show or a play; not one pulled outside a movie theater', () => {
    expect(guilt('At the magic show, Lily hid the gun under a hat.')).toEqual([]);
    expect(guilt('He pointed the prop gun at the villain in the play.')).toEqual([]);
    expect(guilt('At the magic show, he pointed the gun at a volunteer.')).toEqual([]);
    expect(
      guilt('Devon Price, wearing a Halloween costume, pointed a gun at the clerk.'),
    ).toContain('Devon Price, wearing a Halloween costume, pointed a gun at the clerk');
    expect(
      guilt('Marcus Bell pointed a gun at a mother near the play structure at Riverside Park.'),
    ).toContain('Marcus Bell pointed a gun at a mother');
    expect(guilt('Marcus Bell pulled a knife on a pizza driver outside the Magic Wok.')).toContain(
      'Marcus Bell pulled a knife on a pizza driver',
    );
    expect(
      guilt('Kyle Dunn tossed the baggie of fentanyl out the window of his Magic Carpet van.'),
    ).toContain('Kyle Dunn tossed the baggie of fentanyl out the window of his');
    expect(guilt('He hid the gun under the porch after the shooting.')).toContain(
      'He hid the gun under the porch',
    );
    expect(guilt('He pointed a gun at me outside the movie theater.')).toContain(
      'He pointed a gun at me outside the movie',
    );
  });
});
