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
