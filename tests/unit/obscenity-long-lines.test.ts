import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/policy/finding';
import { obscenityScanner } from '../../src/shared/policy/scanners/obscenity';
import { DEPARTMENT, loadCorpus } from '../scanners/corpus-score';

// A long line is matched sentence by sentence (cut after ". " and "? "), so a key press in one
// long paragraph re-reads one sentence. What it finds must be what the whole line gives.
const FILLER = 'Lock your car and take your valuables inside tonight. '.repeat(5);
const scan = (text: string) =>
  obscenityScanner.scan(text, { department: DEPARTMENT }).map((f: Finding) => [f.start, f.text]);
const shifted = (text: string, by: number) =>
  scan(text).map(([start, word]) => [(start as number) + by, word]);

describe('obscenity in one long paragraph', () => {
  it.each([
    'What the f*ck. Who does that?',
    'S.H.I.T. Nobody cares.',
    'This is bullshit? Yes it is.',
    'Shut the hell up, you f u c k. Seriously.',
    'Go f—k yourself. And stay out.',
    'Quit jerking off. Work harder.',
    'F*CK! Sh!t. Again.',
  ])('finds “%s” beside the cuts as it does alone', (sentence) => {
    const line = `${FILLER}${sentence} ${FILLER}`;
    const found = scan(line).filter(
      ([start]) =>
        (start as number) >= FILLER.length && (start as number) < FILLER.length + sentence.length,
    );
    expect(found).toEqual(shifted(sentence, FILLER.length));
    expect(found.length).toBeGreaterThan(0);
  });

  it('finds in every development entry, set among long sentences, what it finds in the entry', () => {
    const entries = (['', 'fourth/', 'seventh/', 'ninth/', 'tenth/'] as const).flatMap((folder) =>
      loadCorpus(folder).filter((entry) => entry.expect.some((e) => e.kind === 'obscenity')),
    );
    expect(entries.length).toBeGreaterThan(40);
    for (const { text } of entries) {
      const flat = text.replace(/\n/g, ' ');
      const line = `${FILLER}${flat} ${FILLER}`;
      const inside = scan(line).filter(
        ([start]) =>
          (start as number) >= FILLER.length && (start as number) < FILLER.length + flat.length,
      );
      expect(inside, flat).toEqual(shifted(flat, FILLER.length));
    }
  }, 60_000);
});
