import { describe, expect, it } from 'vitest';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { obscenityScanner } from '../../src/shared/policy/scanners/obscenity';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';

/*
 * Issue 13, seventh corpus: a records number that opens a pasted row with no label, the
 * dispatcher's "RP advises" narration, and obscene words side by side reported as one.
 */

const texts = (found: readonly { text: string }[]) => found.map((f) => f.text);

describe('a records row pasted with its number and field separators (III.B.3.c)', () => {
  it('flags the record number that opens or fills a row of fields', () => {
    for (const [text, number] of [
      ['Stats below.\n24-00913 | 88 Elm St | susp fled on foot\nThanks!', '24-00913'],
      ['Row: 2026-004512 | burglary | closed | Unit 4', '2026-004512'],
      ['ref 25-118204 | RP on scene | vandalism', '25-118204'],
    ] as const)
      expect(texts(personalDataScanner.scan(text)), text).toContain(number);
  });
  it('leaves the same shape with no row around it clean', () => {
    for (const text of [
      'The 2025-26 season opens Friday; 10-12345 fans are expected, about.',
      'Our record: burglaries down 24-00913 is not a number anyone uses.',
      'Scores | Home 21 | Away 14',
    ])
      expect(
        texts(personalDataScanner.scan(text)).filter((t) => /\d{2,4}-\d{5,6}/.test(t)),
        text,
      ).toEqual([]);
  });
});

describe('the dispatcher narrating what the reporting party said (III.B.1.c)', () => {
  it('flags "RP advises / states / reports" inside a pasted entry', () => {
    for (const text of [
      '[CAD 26-0101 | RP advises side window smashed, laptop gone]',
      'Entry: RP states neighbor’s dog loose again, no injuries.',
      'RP reported two males in hoodies checking car doors on Oak.',
    ])
      expect(confidentialScanner.scan(text).length, text).toBeGreaterThan(0);
  });
  it('leaves ordinary advice and a bare "advises" clean', () => {
    for (const text of [
      'The National Weather Service advises residents to stay off the roads tonight.',
      'Our records unit advises anyone who needs a report to request it online.',
      'RP is short for reporting party, the person who calls us.',
    ])
      expect(texts(confidentialScanner.scan(text)), text).toEqual([]);
  });
});

describe('obscene words side by side are one finding (III.B.1.a)', () => {
  it('reports "b!tch ass" once, covering both words', () => {
    expect(texts(obscenityScanner.scan('Some b!tch ass dude took my purse.'))).toEqual([
      'b!tch ass',
    ]);
  });
  it('keeps obscenities apart when other words stand between them', () => {
    expect(
      texts(obscenityScanner.scan('What a b!tch of a day, and that guy was an ass.')),
    ).toHaveLength(2);
  });
});
