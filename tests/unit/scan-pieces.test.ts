import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared/policy/finding';
import { SCANNERS, scanText } from '../../src/shared/policy/scanners';
import { linePieces } from '../../src/shared/policy/language/analysis';
import { scanPieces } from '../../src/shared/policy/scanners/scan-pieces';
import { DEPARTMENT, loadCorpus } from '../scanners/corpus-score';

const where = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.kind} ${f.start}-${f.end} ${f.text}`).sort();

/** The scanners over the whole text at once: how every text was scanned before pieces. */
const scannedWhole = (text: string, context = {}) =>
  SCANNERS.flatMap((scanner) => scanner.scan(text, context));

describe('scanning a long document in pieces', () => {
  it('leaves a post of ordinary length whole', () => {
    const post = loadCorpus('').find((entry) => entry.text.length > 1_000)?.text ?? '';
    expect(scanPieces(post)).toEqual([{ start: 0, text: post, keepFrom: 0, keepTo: post.length }]);
  });

  it('cuts only where the parser starts a paragraph, and the kept parts join back', () => {
    for (const joint of ['\n\n', '\n', ' ']) {
      const document = loadCorpus('fourth/')
        .map((entry) => entry.text)
        .join(joint);
      const pieces = scanPieces(document);
      expect(pieces.length, JSON.stringify(joint)).toBeGreaterThan(4);
      expect(pieces.map((p) => p.text.slice(p.keepFrom, p.keepTo)).join('')).toBe(document);
      const parserStarts = new Set([0, document.length]);
      for (const line of document.matchAll(/[^\r\n]+/g))
        for (const [offset] of linePieces(line[0])) parserStarts.add(line.index + offset);
      for (const piece of pieces) {
        expect(document.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
        for (const at of [0, piece.keepFrom, piece.keepTo, piece.text.length])
          expect(parserStarts.has(piece.start + at), `${piece.start + at}`).toBe(true);
      }
    }
  });

  it('reads every piece as the parser reads the whole text, even beside a pasted run without spaces', () => {
    const startsOf = (text: string) => {
      const starts = new Set([0, text.length]);
      for (const line of text.matchAll(/[^\r\n]+/g))
        for (const [offset] of linePieces(line[0])) starts.add(line.index + offset);
      return [...starts].sort((a, b) => a - b);
    };
    const filler = 'Lock your car and take your valuables inside tonight. '.repeat(160);
    // Two pasted links, each longer than a third of a parser piece, one space between them.
    const blob = `https://example.com/${'x'.repeat(780)} https://example.org/${'y'.repeat(780)}`;
    let checked = 0;
    for (let at = 2_000; at < 7_000; at += 29) {
      const document = `${filler.slice(0, at)} ${blob} ${filler.slice(at)}`;
      const whole = startsOf(document);
      for (const piece of scanPieces(document)) {
        const own = startsOf(piece.text).map((start) => start + piece.start);
        const end = piece.start + piece.text.length;
        expect(own, `blob at ${at}`).toEqual(whole.filter((s) => s >= piece.start && s <= end));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it(
    'finds across every cut of one long paragraph what the scanners find in the whole',
    { timeout: 60_000 },
    () => {
      const filler = 'Lock your car and take your valuables inside tonight. '.repeat(200);
      for (const [snippet, kind, words] of [
        ['Have you seen Tobias? He is 12.', 'juvenile-identity', 'Tobias'],
        [
          'Get 50% off all items at our store! Hurry, first 20 customers get a free mug.',
          'commercial',
          'first 20 customers',
        ],
        ['The suspect lives at 1234 N. Main St. in Riverside.', 'personal-data', '1234 N. Main'],
      ] as const) {
        // The snippet laid over the first cut at every offset from wholly before it to wholly after.
        const cut = scanPieces(filler)[0]?.keepTo ?? 0;
        expect(cut).toBeGreaterThan(0);
        for (let shift = -snippet.length - 2; shift <= 2; shift += 3) {
          const at = cut + shift;
          const document = `${filler.slice(0, at)} ${snippet} ${filler.slice(at)}`;
          expect(scanPieces(document).length).toBeGreaterThan(1);
          const found = scanText(document, { department: DEPARTMENT });
          const whole = scannedWhole(document, { department: DEPARTMENT });
          expect(where(found), `at ${shift}`).toEqual(where(whole));
          expect(
            found.some((f) => f.kind === kind && f.text.includes(words)),
            `${kind} “${words}” at ${shift} from the cut`,
          ).toBe(true);
        }
      }
    },
  );

  it.each([
    [
      'obscenity',
      'Please welcome Officer Dana Hooker to the team.',
      'Hooker did great work today.',
    ],
    [
      'pending-prosecution',
      'John Smith, 34, was charged with burglary and is held on bail.',
      'Nice try, John.',
    ],
    [
      'political',
      'The mayoral election and the sheriff race are on November 5.',
      "I'm all in for Lopez.",
    ],
    [
      'political',
      'Teresa Morales-Lund spoke at the candidate forum on Tuesday.',
      'See you at the picnic! #MoralesLund2024',
    ],
    // The rest of the document beside a call, not the rest of its piece (round thirty-four).
    [
      'political',
      'Thank you to the poll workers at the rec center for putting up with our patrols on election day.',
      'Councilwoman Ileana Marsh fought for our gang-unit funding, and she has earned your support on November 5.',
    ],
    [
      'political',
      'The recall election is on March 3, and polling places are listed on the county website.',
      'Sign the petition at the farmers market Saturday.',
    ],
  ] as const)(
    'judges a sentence by the whole document even when what it depends on is pieces away (%s)',
    (kind, early, late) => {
      const filler = 'Lock your car and take your valuables inside tonight. '.repeat(180);
      const document = `${early} ${filler}${late}`;
      expect(scanPieces(document).length).toBeGreaterThan(1);
      const context = { department: DEPARTMENT };
      const ofKind = (findings: readonly Finding[]) =>
        where(findings.filter((f) => f.kind === kind));
      const whole = ofKind(scannedWhole(document, context));
      // What the late sentence is judged by decides: found in the whole, or (obscenity) not.
      expect(whole.length, 'findings of the kind in the whole').toBe(kind === 'obscenity' ? 0 : 1);
      expect(ofKind(scanText(document, context))).toEqual(whole);
      // And the late sentence alone, as a short post, is judged on its own words.
      expect(where(scanText(late, context))).toEqual(where(scannedWhole(late, context)));
    },
    60_000,
  );

  it.each([
    // A recall's own word in the call, and one more (a car-seat recall) far before it: only the
    // document's count of the word tells whether the rest of the text speaks of a recall.
    [
      'The recall notice for those booster seats is on our website.',
      'Please lock your doors and windows tonight, everyone.',
      'Reject the recall on June 2.',
    ],
    // A contest named far away makes the votes beside a benefit a contest's (review, round
    // thirty-four): the contest's answer is in the key too.
    [
      'Thanks to the voters at the benefit walk. Pick a favorite in the comments.',
      'Thanks to the voters at the benefit walk. Go team.',
      'Anyone but Kevin.',
    ],
    [
      'The recall notice for those booster seats is on our website. Trophy fun.',
      'The recall notice for those booster seats is on our website. Thanks all.',
      'Reject the recall on June 2.',
    ],
  ] as const)(
    'judges a remembered piece again when a word beside its call changes pieces away (%s)',
    (early, other, late) => {
      const filler = 'Lock your car and take your valuables inside tonight. '.repeat(180);
      const withWord = `${early} ${filler}${late}`;
      const without = `${other} ${filler}${late}`;
      const context = { department: DEPARTMENT };
      const political = (findings: readonly Finding[]) =>
        where(findings.filter((f) => f.kind === 'political'));
      expect(political(scannedWhole(withWord, context))).not.toEqual(
        political(scannedWhole(without, context)),
      );
      for (const [first, second] of [
        [withWord, without],
        [without, withWord],
      ] as const) {
        scanText(first, context);
        expect(political(scanText(second, context))).toEqual(
          political(scannedWhole(second, context)),
        );
      }
    },
  );

  it(
    'finds in pieces exactly what the scanners find in the whole document, in paragraphs or one',
    { timeout: 120_000 },
    () => {
      for (const folder of ['', 'sixth/', 'seventh/'] as const) {
        for (const joint of ['\n\n', ' ']) {
          const document = loadCorpus(folder)
            .map((entry) => entry.text)
            .join(joint);
          const context = { department: DEPARTMENT };
          const pieced = scanText(document, context);
          expect(pieced.length).toBeGreaterThan(100);
          expect(where(pieced), `${folder} ${JSON.stringify(joint)}`).toEqual(
            where(scannedWhole(document, context)),
          );
        }
      }
    },
  );

  it(
    'finds what is typed into the middle of a long document, where it was typed',
    { timeout: 60_000 },
    () => {
      const document = loadCorpus('second/')
        .map((entry) => entry.text)
        .join('\n\n');
      const before = scanText(document, { department: DEPARTMENT });
      const middle = document.indexOf('\n\n', document.length / 2) + 2;
      const typed = 'Call her at (555) 555-0199 tonight.\n\n';
      const after = `${document.slice(0, middle)}${typed}${document.slice(middle)}`;
      const found = scanText(after, { department: DEPARTMENT });
      expect(where(found)).toEqual(where(scannedWhole(after, { department: DEPARTMENT })));
      const phone = found.find((f) => f.kind === 'personal-data' && f.text.includes('555-0199'));
      expect(phone?.start).toBe(middle + typed.indexOf('(555)'));
      expect(found).toHaveLength(before.length + 1);
    },
  );

  it('scans again when the department changes: its own line is not personal data', () => {
    const document = `${'Lock your car and take your valuables inside tonight. '.repeat(200)}Call (555) 555-0100 with tips.`;
    const asDepartment = scanText(document, { department: DEPARTMENT });
    const asStranger = scanText(document, {
      department: { phones: ['(555) 555-0999'], emails: [], websites: [] },
    });
    expect(asDepartment.filter((f) => f.kind === 'personal-data')).toHaveLength(0);
    expect(asStranger.filter((f) => f.kind === 'personal-data').map((f) => f.text)).toEqual([
      '(555) 555-0100',
    ]);
  });
});
