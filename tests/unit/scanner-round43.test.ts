import { describe, expect, it } from 'vitest';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round forty-three: shapes the blind one-hundred-first and one-hundred-second sets wrote and the
 * rules did not read, and round forty-one's phrase rule for evidence that sinks a defendant folded
 * into the structural rule that reads it. Scanned without the sentence model, so each test holds a
 * rule, not the model's training; each rule sits beside a near miss in the same words.
 */
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
