import { describe, expect, it } from 'vitest';
import { lastTextTest } from '../../src/shared/policy/scanners/whole-document';

describe('a whole-text test answered once per text', () => {
  it('answers each text by its own words, the same text again from memory', () => {
    const caseNamed = lastTextTest(/\bcharged\b/i);
    expect(caseNamed('He was charged on Monday.')).toBe(true);
    expect(caseNamed('Lock your car tonight.')).toBe(false);
    expect(caseNamed('He was charged on Monday.')).toBe(true);
  });

  // A global pattern keeps its lastIndex between texts, so the same text could answer
  // differently the second time; such a pattern is refused when the test is made.
  it('refuses a global or sticky pattern', () => {
    expect(() => lastTextTest(/charged/g)).toThrow(/must not be global or sticky/);
    expect(() => lastTextTest(/charged/y)).toThrow(/must not be global or sticky/);
  });
});
