import { describe, expect, it } from 'vitest';
import { CONTENT_FINDING_KINDS } from '../../src/shared/policy/finding';
import { loadCorpus, scoreCorpus } from '../scanners/corpus-score';

/**
 * tests/corpus/final was written by someone who saw neither the scanners nor the other corpora,
 * and nobody has tuned a scanner on it: it says what the scanners do on text they were not
 * written against. Its figures on 2026-11-26 are far below the development corpora's (see the
 * README): the content items therefore ask a person to attest as well. These floors, that day's
 * figures less 0.05, catch a change that makes the scanners worse on unseen text; they are not a
 * quality bar. Do not tune scanners on this set: write a new one.
 */
type ContentKind = (typeof CONTENT_FINDING_KINDS)[number];
const FLOORS: Readonly<Record<ContentKind, { recall: number; precision: number }>> = {
  'personal-data': { recall: 0.95, precision: 0.88 },
  'guilt-or-innocence': { recall: 0.36, precision: 0.95 },
  'pending-prosecution': { recall: 0.48, precision: 0.95 },
  confidential: { recall: 0.95, precision: 0.95 },
  obscenity: { recall: 0.9, precision: 0.53 },
  political: { recall: 0.7, precision: 0.95 },
  commercial: { recall: 0.66, precision: 0.84 },
  'juvenile-identity': { recall: 0.62, precision: 0.95 },
};

describe('the scanners on the held-out corpus (tests/corpus/final), never tuned on', () => {
  const corpus = loadCorpus('final/');
  const result = scoreCorpus(corpus);

  it('reports precision and recall per kind, as the README records them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    console.log(
      `held-out corpus\n${result.kinds
        .map(
          (k) =>
            `${k.kind.padEnd(20)} precision ${k.precision.toFixed(2)}  recall ${k.recall.toFixed(2)}`,
        )
        .join(
          '\n',
        )}\nclean posts raising any finding: ${result.noisyCleanPosts}/${result.cleanPosts}`,
    );
    expect(result.kinds.map((k) => k.kind).sort()).toEqual([...CONTENT_FINDING_KINDS].sort());
  });

  it.each(CONTENT_FINDING_KINDS)('%s: no worse than when first measured', (kind) => {
    const score = result.kinds.find((k) => k.kind === kind);
    expect(score?.recall, `${kind} missed: ${score?.misses.join('; ')}`).toBeGreaterThanOrEqual(
      FLOORS[kind].recall,
    );
    expect(
      score?.precision,
      `${kind} false alarms: ${score?.falseAlarms.join('; ')}`,
    ).toBeGreaterThanOrEqual(FLOORS[kind].precision);
  });

  it('raises a finding on no more clean posts than when first measured (12 of 71)', () => {
    expect(result.noisyCleanPosts).toBeLessThanOrEqual(12);
  });
});
