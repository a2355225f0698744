import { describe, expect, it } from 'vitest';
import { CONTENT_FINDING_KINDS } from '../../src/shared/policy/finding';
import { scanText } from '../../src/shared/policy/scanners';
import { DEPARTMENT, loadCorpus, scoreCorpus } from '../scanners/corpus-score';

/** Each development corpus, and how large it must stay to mean something. */
const CORPORA = [
  { name: 'main', folder: '', posts: 150, comments: 60, perKind: 20, cleanPosts: 60 },
  { name: 'second', folder: 'second/', posts: 90, comments: 45, perKind: 10, cleanPosts: 40 },
  { name: 'third', folder: 'third/', posts: 100, comments: 60, perKind: 12, cleanPosts: 45 },
  // Written blind for issue 13's sentence rules, then developed on.
  { name: 'fourth', folder: 'fourth/', posts: 110, comments: 70, perKind: 18, cleanPosts: 45 },
  { name: 'fifth', folder: 'fifth/', posts: 120, comments: 70, perKind: 18, cleanPosts: 50 },
  { name: 'sixth', folder: 'sixth/', posts: 160, comments: 80, perKind: 13, cleanPosts: 70 },
  { name: 'seventh', folder: 'seventh/', posts: 140, comments: 70, perKind: 12, cleanPosts: 60 },
  { name: 'eighth', folder: 'eighth/', posts: 150, comments: 80, perKind: 11, cleanPosts: 60 },
  {
    name: 'ninth',
    folder: 'ninth/',
    posts: 150,
    comments: 80,
    perKind: 8,
    cleanPosts: 60,
  },
  { name: 'tenth', folder: 'tenth/', posts: 150, comments: 90, perKind: 11, cleanPosts: 60 },
  // Written blind for issue 13 after the sentence model, leaning on the kinds still under the bar.
  { name: 'eleventh', folder: 'eleventh/', posts: 200, comments: 110, perKind: 14, cleanPosts: 70 },
  // And after round six, leaning on guilt and political text.
  { name: 'twelfth', folder: 'twelfth/', posts: 300, comments: 120, perKind: 20, cleanPosts: 110 },
  {
    name: 'thirteenth',
    folder: 'thirteenth/',
    posts: 300,
    comments: 120,
    perKind: 18,
    cleanPosts: 110,
  },
  // After round six's review, leaning on guilt, pending prosecution, juveniles and politics.
  {
    name: 'fourteenth',
    folder: 'fourteenth/',
    posts: 300,
    comments: 120,
    perKind: 18,
    cleanPosts: 120,
  },
  {
    name: 'fifteenth',
    folder: 'fifteenth/',
    posts: 300,
    comments: 120,
    perKind: 18,
    cleanPosts: 120,
  },
  // Round nine: half its posts near misses of a rule.
  {
    name: 'sixteenth',
    folder: 'sixteenth/',
    posts: 300,
    comments: 120,
    perKind: 18,
    cleanPosts: 140,
  },
  // Round nine: the held-out sets' general brief, every kind mixed as it comes.
  {
    name: 'seventeenth',
    folder: 'seventeenth/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  // Round ten: the general brief again.
  {
    name: 'eighteenth',
    folder: 'eighteenth/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'nineteenth',
    folder: 'nineteenth/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'twentieth',
    folder: 'twentieth/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  // Round thirteen: the general brief, and one with other subjects and two comment sections.
  {
    name: 'twenty-first',
    folder: 'twenty-first/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'twenty-second',
    folder: 'twenty-second/',
    posts: 200,
    comments: 220,
    perKind: 18,
    cleanPosts: 90,
  },
  // Round fourteen: the general brief; a rural sheriff's office, a school season, phone comments.
  {
    name: 'twenty-third',
    folder: 'twenty-third/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'twenty-fourth',
    folder: 'twenty-fourth/',
    posts: 200,
    comments: 220,
    perKind: 18,
    cleanPosts: 90,
  },
  // Round fifteen: the general brief; a blotter, a neighbourhood page, verdict and community threads.
  {
    name: 'twenty-fifth',
    folder: 'twenty-fifth/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'twenty-sixth',
    folder: 'twenty-sixth/',
    posts: 200,
    comments: 220,
    perKind: 18,
    cleanPosts: 90,
  },
  // Round sixteen: the general brief; a campus page, a small town, use-of-force threads.
  {
    name: 'twenty-seventh',
    folder: 'twenty-seventh/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'twenty-eighth',
    folder: 'twenty-eighth/',
    posts: 200,
    comments: 220,
    perKind: 18,
    cleanPosts: 90,
  },
  {
    name: 'twenty-ninth',
    folder: 'twenty-ninth/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'thirtieth',
    folder: 'thirtieth/',
    posts: 200,
    comments: 220,
    perKind: 18,
    cleanPosts: 90,
  },
  {
    name: 'thirty-first',
    folder: 'thirty-first/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  {
    name: 'thirty-second',
    folder: 'thirty-second/',
    posts: 200,
    comments: 220,
    perKind: 18,
    cleanPosts: 90,
  },
  {
    name: 'thirty-third',
    folder: 'thirty-third/',
    posts: 300,
    comments: 110,
    perKind: 18,
    cleanPosts: 130,
  },
  // Round twenty-two: the first of the later sets to meet the bars on every kind.
  {
    name: 'thirty-eighth',
    folder: 'thirty-eighth/',
    posts: 200,
    comments: 220,
    perKind: 30,
    cleanPosts: 90,
  },
] as const;

describe.each(CORPORA)('the scanners on the $name labelled corpus', (spec) => {
  const corpus = loadCorpus(spec.folder);
  const result = scoreCorpus(corpus);

  it('is large enough to mean something', () => {
    expect(corpus.filter((e) => e.category !== 'comment').length).toBeGreaterThanOrEqual(
      spec.posts,
    );
    expect(corpus.filter((e) => e.category === 'comment').length).toBeGreaterThanOrEqual(
      spec.comments,
    );
  });

  it('reports precision and recall per kind', () => {
    const table = result.kinds.map(
      (k) =>
        `${k.kind.padEnd(20)} precision ${k.precision.toFixed(2)}  recall ${k.recall.toFixed(2)}  (${k.recalled}/${k.expected} expected, ${k.correct}/${k.found} findings right)`,
    );
    console.log(
      `${spec.name} corpus\n${table.join('\n')}\nclean posts raising any finding: ${result.noisyCleanPosts}/${result.cleanPosts}`,
    );
    expect(result.kinds.map((k) => k.kind).sort()).toEqual([...CONTENT_FINDING_KINDS].sort());
  });

  it.each(CONTENT_FINDING_KINDS)('%s: recall at least 0.9 and precision at least 0.85', (kind) => {
    const score = result.kinds.find((k) => k.kind === kind);
    expect(score?.expected, `${kind} has labelled examples`).toBeGreaterThanOrEqual(spec.perKind);
    expect(score?.recall, `${kind} missed: ${score?.misses.join('; ')}`).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(
      score?.precision,
      `${kind} false alarms: ${score?.falseAlarms.join('; ')}`,
    ).toBeGreaterThanOrEqual(0.85);
  });

  it('raises nothing on at most 1 clean post in 10', () => {
    expect(result.cleanPosts).toBeGreaterThanOrEqual(spec.cleanPosts);
    expect(result.noisyCleanRate).toBeLessThanOrEqual(0.1);
  });
});

describe('finding offsets', () => {
  it('point at the matched words in text with emoji and accented letters', () => {
    const text =
      '🚨🚓 Zoë Hartman, 14, was found. José said his cell is 555-867-5309 and the thief who broke in confessed. Use code SAFE20! Internal use only. Vote for Mayor Peña. This is sh*t.';
    const findings = scanText(text, { department: DEPARTMENT });
    expect(findings.map((f) => f.kind).sort()).toEqual(
      [
        'commercial',
        'confidential',
        'guilt-or-innocence',
        'guilt-or-innocence',
        'juvenile-identity',
        'obscenity',
        'personal-data',
        'political',
      ].sort(),
    );
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.message.length).toBeGreaterThan(40);
      expect(finding.section).toMatch(/^III\.B\./);
    }
  });

  it('find ballot measures however they are capitalised', () => {
    for (const text of ['Vote for prop 5!', 'Please vote against measure B.', 'Vote for Prop 5'])
      expect(
        scanText(text)
          .filter((f) => f.kind === 'political')
          .map((f) => f.text.toLowerCase()),
        text,
      ).toEqual([expect.stringMatching(/^vote (?:for|against) (?:prop 5|measure b)$/)]);
  });

  it('leave the department’s own contact lines, website and public places alone', () => {
    const text =
      'Questions? Call (555) 555-0100, e-mail pio@cityofexample.gov or visit https://www.cityofexample.gov/police. Crime Stoppers: 1-800-222-8477. Road work in the 400 block of Main St and at 5th Ave & Elm St; the suspect was charged with burglary and is presumed innocent until proven guilty. Our confidential tip line is open.';
    expect(scanText(text, { department: DEPARTMENT })).toEqual([]);
  });
});
