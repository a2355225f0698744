import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round twenty-eight: rules that were written twice, made one, held to what each half read.
 * Scanned without the sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('the deed in the name called, one rule for both rounds', () => {
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

  it('not a bird, nor a pet, whichever word', () => {
    expect(guilt('Pip is a thieving little magpie who stole my earring.')).toEqual([]);
    expect(guilt('Pip is a murdering little crow to every sparrow.')).toEqual([]);
  });
});

describe('older misfires on everyday news, each beside the deed it still reads', () => {
  it('money carried to the bank is not money taken', () => {
    expect(guilt('Marla took the money to the bank after the bake sale.')).toEqual([]);
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
    expect(guilt('The fire was started by Dale Briggs, neighbors say.')).toContain(
      'The fire was started by Dale Briggs',
    );
  });

  it('a gun in a magic show or a play; not one pulled outside a movie theater', () => {
    expect(guilt('At the magic show, Lily hid the gun under a hat.')).toEqual([]);
    expect(guilt('He pointed the prop gun at the villain in the play.')).toEqual([]);
    expect(guilt('At the magic show, he pointed the gun at a volunteer.')).toEqual([]);
    expect(guilt('He hid the gun under the porch after the shooting.')).toContain(
      'He hid the gun under the porch',
    );
    expect(guilt('He pointed a gun at me outside the movie theater.')).toContain(
      'He pointed a gun at me outside the movie',
    );
  });
});
