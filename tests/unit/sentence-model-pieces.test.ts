import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/shared/policy/scanners';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

// Named sentence-model-*, so the trainer does not learn these sentences as rule examples.

const words = (findings: readonly { text: string }[]) => findings.map((f) => f.text);

describe("the model's whole-text exceptions in a document scanned in pieces", () => {
  it('a benefit written pieces away from a call sets the call aside, and its removal brings it back', () => {
    const filler = 'Lock your car and take your valuables inside tonight. '.repeat(200);
    const call = 'Officer Ng was hurt on duty last week. Stand with her on Nov. 4.';
    const alone = `${call}\n\n${filler}`;
    const withBenefit = `${alone}\n\nThe benefit walk starts at noon.`;
    const inPieces = (document: string) => words(scanText(document, {}, [politicalScanner]));
    const whole = (document: string) => words(politicalScanner.scan(document));

    expect(inPieces(alone)).toEqual(['Stand with her on Nov. 4.']);
    // The piece holding the call is the same text both times; its remembered findings must not be.
    expect(inPieces(withBenefit)).toEqual([]);
    expect(inPieces(alone)).toEqual(['Stand with her on Nov. 4.']);
    expect(inPieces(withBenefit)).toEqual(whole(withBenefit));
    expect(inPieces(alone)).toEqual(whole(alone));
  });
});
