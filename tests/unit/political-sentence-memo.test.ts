import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

// The political sentence rules' spans are remembered by sentence, so a key press re-reads one
// sentence. What a sentence means depends on its neighbours (an election named near it), so the
// same sentence must be read again when they change.
const PRAISE = 'Dana Whitfield is exactly the leader this county needs.';

describe('a remembered political sentence', () => {
  it('is read anew when an election comes to stand beside it, and when it goes', () => {
    const alone = `Thanks to everyone who came to the picnic. ${PRAISE}`;
    const inRace = `Dana Whitfield is running for sheriff this November. ${PRAISE}`;
    const found = (text: string) =>
      politicalScanner
        .scan(text, {})
        .some((finding) => text.slice(finding.start, finding.end).includes('leader'));
    expect(found(alone)).toBe(false);
    expect(found(inRace)).toBe(true);
    expect(found(alone)).toBe(false);
  });
});
