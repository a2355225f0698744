import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DepartmentContacts, Finding, FindingKind } from '../../src/shared/policy/finding';
import { CONTENT_FINDING_KINDS } from '../../src/shared/policy/finding';
import { scanText } from '../../src/shared/policy/scanners';

export interface CorpusEntry {
  readonly id: string;
  readonly category: string;
  readonly text: string;
  readonly expect: readonly { readonly kind: FindingKind; readonly text: string }[];
}

const here = (name: string) => fileURLToPath(new URL(`../corpus/${name}`, import.meta.url));

/**
 * A corpus by folder: the main one; the second and third (each written without the scanners,
 * measured held out, then used to widen them); the final one (written after, never tuned on).
 */
export function loadCorpus(
  folder:
    | ''
    | 'second/'
    | 'third/'
    | 'fourth/'
    | 'fifth/'
    | 'sixth/'
    | 'seventh/'
    | 'eighth/'
    | 'ninth/'
    | 'tenth/'
    | 'eleventh/'
    | 'twelfth/'
    | 'thirteenth/'
    | 'fourteenth/'
    | 'fifteenth/'
    | 'sixteenth/'
    | 'seventeenth/'
    | 'eighteenth/'
    | 'nineteenth/'
    | 'twentieth/'
    | 'twenty-first/'
    | 'twenty-second/'
    | 'twenty-third/'
    | 'twenty-fourth/'
    | 'twenty-fifth/'
    | 'twenty-sixth/'
    | 'twenty-seventh/'
    | 'twenty-eighth/'
    | 'twenty-ninth/'
    | 'thirtieth/'
    | 'thirty-first/'
    | 'thirty-second/'
    | 'thirty-third/'
    | 'thirty-fourth/'
    | 'thirty-fifth/'
    | 'thirty-sixth/'
    | 'thirty-seventh/'
    | 'thirty-eighth/'
    | 'thirty-ninth/'
    | 'fortieth/'
    | 'forty-first/'
    | 'forty-second/'
    | 'forty-third/'
    | 'forty-fourth/'
    | 'forty-fifth/'
    | 'forty-sixth/'
    | 'forty-seventh/'
    | 'forty-eighth/'
    | 'forty-ninth/'
    | 'fiftieth/'
    | 'fifty-first/'
    | 'fifty-second/'
    | 'fifty-third/'
    | 'fifty-fourth/'
    | 'fifty-fifth/'
    | 'fifty-sixth/'
    | 'fifty-seventh/'
    | 'fifty-eighth/'
    | 'fifty-ninth/'
    | 'sixtieth/'
    | 'sixty-first/'
    | 'sixty-second/'
    | 'sixty-third/'
    | 'sixty-fourth/'
    | 'sixty-fifth/'
    | 'sixty-sixth/'
    | 'sixty-seventh/'
    | 'sixty-eighth/'
    | 'sixty-ninth/'
    | 'seventieth/'
    | 'seventy-first/'
    | 'seventy-second/'
    | 'seventy-third/'
    | 'seventy-fourth/'
    | 'seventy-fifth/'
    | 'seventy-sixth/'
    | 'seventy-seventh/'
    | 'seventy-eighth/'
    | 'seventy-ninth/'
    | 'eightieth/'
    | 'eighty-first/'
    | 'eighty-second/'
    | 'eighty-third/'
    | 'eighty-fourth/'
    | 'eighty-fifth/'
    | 'eighty-sixth/'
    | 'eighty-seventh/'
    | 'eighty-eighth/'
    | 'eighty-ninth/'
    | 'ninetieth/'
    | 'ninety-first/'
    | 'ninety-second/'
    | 'ninety-third/'
    | 'ninety-fourth/'
    | 'ninety-fifth/'
    | 'ninety-sixth/'
    | 'ninety-seventh/'
    | 'ninety-eighth/'
    | 'ninety-ninth/'
    | 'one-hundredth/'
    | 'one-hundred-first/'
    | 'one-hundred-second/'
    | 'one-hundred-third/'
    | 'one-hundred-fourth/'
    | 'one-hundred-fifth/'
    | 'one-hundred-sixth/'
    | 'one-hundred-seventh/'
    | 'one-hundred-eighth/'
    | 'final/'
    | 'final-2/'
    | 'final-3/'
    | 'final-4/'
    | 'final-5/'
    | 'final-6/'
    | 'final-7/'
    | 'final-8/'
    | 'final-9/'
    | 'final-10/' = '',
): CorpusEntry[] {
  return [
    ...(JSON.parse(readFileSync(here(`${folder}posts.json`), 'utf8')) as CorpusEntry[]),
    ...(JSON.parse(readFileSync(here(`${folder}comments.json`), 'utf8')) as CorpusEntry[]),
  ];
}

/** The sample department of ../shared/samples/department.json, as the corpus was written for it. */
export const DEPARTMENT: DepartmentContacts = {
  phones: ['911', '(555) 555-0100', '(555) 555-0123', '1-800-222-8477'],
  emails: ['pio@cityofexample.gov'],
  websites: ['https://www.cityofexample.gov/police'],
};

export interface KindScore {
  readonly kind: FindingKind;
  readonly expected: number;
  readonly recalled: number;
  readonly found: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly misses: string[];
  readonly falseAlarms: string[];
}

const overlaps = (finding: Finding, start: number, end: number) =>
  finding.start < end && start < finding.end;

/**
 * Span-level scores: an expected span is recalled when a finding of its kind overlaps it; a finding
 * is correct when it overlaps an expected span of its kind.
 */
export function scoreCorpus(entries: readonly CorpusEntry[]) {
  const scores = new Map<
    FindingKind,
    {
      expected: number;
      recalled: number;
      found: number;
      correct: number;
      misses: string[];
      falseAlarms: string[];
    }
  >(
    CONTENT_FINDING_KINDS.map((kind) => [
      kind,
      { expected: 0, recalled: 0, found: 0, correct: 0, misses: [], falseAlarms: [] },
    ]),
  );
  let cleanPosts = 0;
  let noisyCleanPosts = 0;
  for (const entry of entries) {
    const findings = scanText(entry.text, { department: DEPARTMENT });
    const spans = entry.expect.map((e) => {
      const start = entry.text.indexOf(e.text);
      return { kind: e.kind, start, end: start + e.text.length, text: e.text };
    });
    for (const span of spans) {
      const score = scores.get(span.kind);
      if (!score) continue;
      score.expected += 1;
      if (findings.some((f) => f.kind === span.kind && overlaps(f, span.start, span.end)))
        score.recalled += 1;
      else score.misses.push(`${entry.id}: “${span.text}”`);
    }
    for (const finding of findings) {
      const score = scores.get(finding.kind);
      if (!score) continue;
      score.found += 1;
      if (spans.some((s) => s.kind === finding.kind && overlaps(finding, s.start, s.end)))
        score.correct += 1;
      else score.falseAlarms.push(`${entry.id}: “${finding.text}”`);
    }
    if (entry.category !== 'comment' && entry.expect.length === 0) {
      cleanPosts += 1;
      if (findings.length > 0) noisyCleanPosts += 1;
    }
  }
  const kinds: KindScore[] = [...scores.entries()].map(([kind, s]) => ({
    kind,
    ...s,
    precision: s.found === 0 ? 1 : s.correct / s.found,
    recall: s.expected === 0 ? 1 : s.recalled / s.expected,
  }));
  return {
    kinds,
    cleanPosts,
    noisyCleanPosts,
    noisyCleanRate: noisyCleanPosts / Math.max(1, cleanPosts),
  };
}
