import { describe, expect, it } from 'vitest';
import {
  type Row,
  logisticRegression,
  rowsOf,
  setEntries,
} from '../../scripts/train-sentence-model';

/**
 * A retrain must not move the model's verdicts on sentences nothing new was said about: every
 * round adds test sentences to the rule examples, and a trainer whose result hangs on the order
 * of its rows moved single held-out figures by up to 0.05 with each one, burying real changes.
 */
describe('training the sentence model', () => {
  const rows: Row[] = [...setEntries('second/'), ...setEntries('third/')].flatMap(rowsOf);
  const probes: Row[] = setEntries('fourth/').flatMap(rowsOf);
  const added = rowsOf({
    text: 'The pancake breakfast at Station 4 starts at eight on Saturday morning.',
    expect: [],
  });
  const score = (weights: Map<string, number>, row: Row) =>
    row.features.reduce((z, f) => z + (weights.get(f) ?? 0), 0);

  // Measured on these sets: with the old shuffled, unaveraged descent, one added sentence moved the
  // probes' scores by 0.09 to 0.14 at the median and up to 1.6, and turned one verdict; now by
  // 0.001 to 0.003 and at most 0.15.
  it('gives the same verdicts on unseen sentences when one unrelated sentence is added', () => {
    for (const kind of ['guilt-or-innocence', 'political'] as const) {
      const before = logisticRegression(rows, kind);
      const after = logisticRegression([...rows.slice(0, 40), ...added, ...rows.slice(40)], kind);
      const changed = probes.filter((row) => score(before, row) > 0 !== score(after, row) > 0);
      const drift = probes
        .map((row) => Math.abs(score(before, row) - score(after, row)))
        .sort((a, b) => a - b);
      expect(changed.length, kind).toBe(0);
      expect(drift[drift.length >> 1], kind).toBeLessThan(0.02);
      expect(drift.at(-1), kind).toBeLessThan(0.5);
    }
  });

  it('is the same model whatever order the rows come in', () => {
    const before = logisticRegression(rows, 'guilt-or-innocence');
    const after = logisticRegression([...rows].reverse(), 'guilt-or-innocence');
    expect(Math.max(...probes.map((row) => Math.abs(score(before, row) - score(after, row))))).toBe(
      0,
    );
  });
});
