import { describe, expect, it } from 'vitest';
import { isDeniedOrHypothetical } from '../../src/shared/policy/language/words';
import { analyse } from '../../src/shared/policy/language/analysis';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c, round six: near misses the blind eleventh corpus showed flagged, each written here by
 * hand in other words, beside the claim each guard must still leave flagged.
 */
const rules = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt: an appeal for someone unknown is no claim about a person', () => {
  it('leaves “looking for the two men responsible” and flags “arrested the two men responsible”', () => {
    expect(rules('We are still looking for the two men responsible. Call 555-555-0100.')).toEqual(
      [],
    );
    expect(rules('Officers arrested the two men responsible on Friday.')).toEqual([
      'the two men responsible',
    ]);
  });
});

describe('guilt: the person a thing happened to', () => {
  it('leaves a passive (“who got hit”) and flags the deed', () => {
    expect(rules('It was the Moreno girl who got hit by a car on Elm.')).toEqual([]);
    expect(rules('It was the Moreno girl who stole the bike.')).not.toEqual([]);
  });

  it('leaves a person after a preposition and flags the subject', () => {
    expect(rules('Our thoughts are with the family of the little girl hit on Ridge Road.')).toEqual(
      [],
    );
    expect(rules('The driver hit the cyclist and kept going.')).not.toEqual([]);
    // A count before "of" keeps the subject.
    expect(rules('One of the teens stole the car.')).not.toEqual([]);
    expect(rules('Two of the boys broke into the school and trashed it.')).not.toEqual([]);
  });
});

describe('guilt: “not that …” denies what follows', () => {
  it('reads the words after “not that” as denied, and the claim before it as made', () => {
    const text = 'The flyer says he is wanted for questioning, not that he did it.';
    const sentence = analyse(text).sentences[0];
    if (!sentence) throw new Error('no sentence');
    const he = sentence.words.findLastIndex((w) => w.lower === 'he');
    expect(isDeniedOrHypothetical(sentence, he)).toBe(true);
    expect(rules(text)).toEqual([]);
    expect(rules('He did it, not that anyone is surprised.')).toEqual(['He did it']);
    // "not that surprised" is an adverb, no denial.
    expect(rules('Honestly I’m not that surprised he stole it.')).not.toEqual([]);
  });
});
