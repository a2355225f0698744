import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { DIRECTIVE_SECTIONS } from '../../src/shared/policy/directive';
import { publishedRemovalReasons } from '../../src/shared/policy/intro-statement';
import { pageDesignChecklist } from '../../src/shared/policy/page-checklist';
import { DEPARTMENT } from '../scanners/corpus-score';
import { loadIntroStatements, scoreIntroStatements } from '../scanners/intro-score';

const COMPLETE = `Welcome to the official Facebook page of the Example Police Department. We use this page to share crime-prevention tips, road closures, community events and recruiting news.

This page is maintained by the Example Police Department’s Community Action Team. Non-emergency: (555) 555-0100 · pio@cityofexample.gov · www.cityofexample.gov/police. In an emergency, call 911.

Comments are monitored. We reserve the right to remove obscenities, off-topic comments and personal attacks. Opinions expressed by visitors to this page do not reflect those of the department. Anything posted or submitted here is subject to public disclosure under the open records law.`;

const entries = loadIntroStatements();

describe('intro statements on the labelled corpus (tests/corpus/intro-statements.json)', () => {
  const scores = scoreIntroStatements(entries);

  it('is large enough to mean something, with both answers for every requirement', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const score of scores) {
      expect(score.met, score.requirement).toBeGreaterThanOrEqual(10);
      expect(entries.length - score.met, score.requirement).toBeGreaterThanOrEqual(10);
    }
    console.log(
      scores
        .map(
          (s) =>
            `${s.requirement.padEnd(26)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}`,
        )
        .join('\n'),
    );
  });

  it.each(scores.map((s) => [s.requirement, s] as const))(
    '%s: agrees with the labels (precision and recall at least 0.9)',
    (_requirement, score) => {
      expect(score.precision, score.wrong.join('; ')).toBeGreaterThanOrEqual(0.9);
      expect(score.recall, score.wrong.join('; ')).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('reads the removal reasons a statement publishes', () => {
    const disagreements = entries.filter(
      (entry) =>
        [...publishedRemovalReasons(entry.text).keys()].sort().join() !==
        [...entry.removalReasons].sort().join(),
    );
    expect(
      disagreements.map((e) => e.id),
      'statements whose removal reasons were read wrong',
    ).toHaveLength(0);
  });
});

describe('the page-design checklist for a page and its intro statement', () => {
  it('meets what the statement says, shows the words, and leaves people to attest the rest', () => {
    const { findings, items } = pageDesignChecklist(
      { audience: 'general public' },
      COMPLETE,
      new Set(),
      { department: DEPARTMENT },
    );
    expect(findings).toEqual([]);
    const state = Object.fromEntries(items.map((e) => [e.item.id, e.state]));
    expect(state).toEqual({
      'page-design.purpose-and-scope': 'needs-attestation',
      'page-design.links-official-website': 'satisfied',
      'page-design.target-audience': 'satisfied',
      'page-design.chief-approval': 'needs-attestation',
      'page-design.administered-by-cat': 'needs-attestation',
      'page-design.maintained-by-department': 'satisfied',
      'page-design.records-retention': 'needs-attestation',
      'page-design.records-retrieval': 'needs-attestation',
      'page-design.visitor-opinions': 'satisfied',
      'page-design.comments-monitored': 'satisfied',
      'page-design.public-disclosure': 'satisfied',
    });
    for (const evaluation of items) {
      expect(Object.keys(DIRECTIVE_SECTIONS)).toContain(evaluation.item.section);
      for (const span of evaluation.evidence)
        expect(COMPLETE.slice(span.start, span.end)).toBe(span.text);
    }
    const monitored = items.find((e) => e.item.id === 'page-design.comments-monitored');
    expect(monitored?.evidence.map((s) => s.text)).toEqual(
      expect.arrayContaining(['obscenities', 'off-topic', 'personal attacks']),
    );
  });

  it('keeps an item open with what to add when the statement leaves it out', () => {
    const statement = COMPLETE.replace(' and personal attacks', '').replace(
      'Opinions expressed by visitors to this page do not reflect those of the department. ',
      '',
    );
    const { items } = pageDesignChecklist({ audience: '' }, statement, new Set(), {
      department: DEPARTMENT,
    });
    const open = Object.fromEntries(
      items.filter((e) => e.state === 'open').map((e) => [e.item.id, e.reason]),
    );
    expect(Object.keys(open).sort()).toEqual([
      'page-design.comments-monitored',
      'page-design.target-audience',
      'page-design.visitor-opinions',
    ]);
    expect(open['page-design.comments-monitored']).toContain('personal attacks');
    expect(open['page-design.comments-monitored']).toContain('III.B.3.d.1');
    expect(open['page-design.target-audience']).toContain('III.B.2.c');
  });

  it('takes a toll-free line as the contact when it is the department’s only one', () => {
    const statement =
      'This is the official page of the Example Police Department. Call us at 1-800-555-0100.';
    const check = (phones: string[]) =>
      pageDesignChecklist({ audience: 'general public' }, statement, new Set(), {
        department: { phones, emails: [], websites: [] },
      }).items.find((e) => e.item.id === 'page-design.maintained-by-department')?.state;
    expect(check(['1-800-555-0100'])).toBe('satisfied');
    // Beside a local line, a toll-free number is a tip line, not the page's contact.
    expect(check(['(555) 555-0100', '1-800-555-0100'])).toBe('open');
  });

  it('leaves the website item to a person when the department’s website is not known', () => {
    const { items } = pageDesignChecklist({ audience: 'general public' }, COMPLETE, new Set());
    const website = items.find((e) => e.item.id === 'page-design.links-official-website');
    expect(website?.state).toBe('needs-attestation');
  });

  it('satisfies a person-checked item once it is attested', () => {
    const { items } = pageDesignChecklist(
      { audience: 'general public' },
      COMPLETE,
      new Set(['page-design.purpose-and-scope', 'page-design.chief-approval']),
      { department: DEPARTMENT },
    );
    const state = (id: string) => items.find((e) => e.item.id === id)?.state;
    expect(state('page-design.purpose-and-scope')).toBe('satisfied');
    expect(state('page-design.chief-approval')).toBe('satisfied');
  });
});

describe('social-desk check --intro', () => {
  const department = fileURLToPath(new URL('../fixtures/samples/department.json', import.meta.url));
  const run = async (name: string, content: string, ...options: string[]) => {
    const folder = await mkdtemp(join(tmpdir(), 'social-desk-intro-'));
    try {
      await writeFile(join(folder, name), content);
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['check', join(folder, name), ...options], {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };

  it('exits 0 for a complete statement, with the person-checked items waiting', async () => {
    const page = {
      platform: 'facebook',
      name: 'Example Police Department',
      url: 'https://www.facebook.com/examplepd',
      audience: 'general public',
      introStatement: COMPLETE,
    };
    const { code, out } = await run('page.json', JSON.stringify(page), '--department', department);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { checklist: { id: string; state: string }[] };
    expect(result.checklist.filter((i) => i.state === 'open')).toEqual([]);
    expect(result.checklist).toHaveLength(11);
  });

  it('takes the audience from --audience for a page file without one, and refuses a draft as one', async () => {
    const page = { introStatement: COMPLETE };
    const withAudience = await run(
      'page.json',
      JSON.stringify(page),
      '--department',
      department,
      '--audience',
      'general public',
    );
    expect(withAudience.code).toBe(0);
    const draft = { title: 'T', body: 'B', category: 'other' };
    const refused = await run('draft.json', JSON.stringify(draft), '--intro');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('introStatement');
  });

  it('exits 1 naming what a statement leaves out', async () => {
    const { code, out } = await run(
      'intro.txt',
      'Welcome to our page! Stay safe out there.',
      '--intro',
      '--audience',
      'general public',
    );
    expect(code).toBe(1);
    const result = JSON.parse(out) as {
      checklist: { id: string; section: string; state: string; missing?: string }[];
    };
    const disclosure = result.checklist.find((i) => i.id === 'page-design.public-disclosure');
    expect(disclosure).toMatchObject({ section: 'III.B.3.d.2', state: 'open' });
    expect(disclosure?.missing).toContain('subject to public disclosure');
  });
});
