import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';

const DEPARTMENT = fileURLToPath(new URL('../fixtures/samples/department.json', import.meta.url));
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-check-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function check(name: string, content: string | Buffer, ...extra: string[]) {
  const file = join(folder, name);
  await writeFile(file, content);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', file, ...extra], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('social-desk check FILE', () => {
  it('exits 1 with every finding and the checklist for a post body with problems', async () => {
    const body = '🚓 Call (555) 555-0100. The thief who broke in confessed. INTERNAL USE ONLY';
    const { code, out } = await check('post.txt', body, '--department', DEPARTMENT);
    expect(code).toBe(1);
    const result = JSON.parse(out) as {
      findings: {
        kind: string;
        section: string;
        start: number;
        end: number;
        text: string;
        message: string;
      }[];
      checklist: { id: string; section: string; state: string }[];
    };
    expect(result.findings.map((f) => f.kind)).toEqual([
      'guilt-or-innocence',
      'guilt-or-innocence',
      'confidential',
    ]);
    for (const finding of result.findings)
      expect(body.slice(finding.start, finding.end)).toBe(finding.text);
    expect(result.checklist.find((i) => i.id === 'content.no-confidential')).toEqual({
      id: 'content.no-confidential',
      section: 'III.B.1.c',
      state: 'open',
    });
  });

  it('exits 0 for a clean draft in JSON, with the attestation items still waiting for a person', async () => {
    const draft = {
      title: 'Lock your car',
      body: 'Thefts from unlocked cars are up. Lock up tonight.',
      category: 'crime-prevention',
    };
    const { code, out } = await check('draft.json', JSON.stringify(draft));
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      findings: unknown[];
      checklist: { id: string; state: string }[];
    };
    expect(result.findings).toEqual([]);
    expect(result.checklist.find((i) => i.id === 'content.copyright')?.state).toBe(
      'needs-attestation',
    );
  });

  it('checks the platform limits of the pages a draft names, by department page or platform', async () => {
    const body = `Night Out is Tuesday at Riverside Park. ${'Bring the family, meet your officers. '.repeat(7)}#NightOut`;
    const draft = {
      title: 'Night Out',
      body,
      category: 'special-event',
      pages: ['@ExamplePD', 'threads'],
    };
    const { code, out } = await check(
      'night-out.json',
      JSON.stringify(draft),
      '--department',
      DEPARTMENT,
    );
    expect(code).toBe(1);
    const result = JSON.parse(out) as {
      findings: { kind: string; start: number; text: string; page?: string; field?: string }[];
      checklist: { id: string; section: string; state: string }[];
    };
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      kind: 'platform-limit',
      page: '@ExamplePD',
      field: 'body',
      start: 280,
    });
    expect(result.checklist.filter((i) => i.id.startsWith('limits.'))).toEqual([
      { id: 'limits.@ExamplePD.length', section: 'III.B.1.a', state: 'open' },
      { id: 'limits.@ExamplePD.hashtags', section: 'III.B.1.a', state: 'satisfied' },
      { id: 'limits.@ExamplePD.links', section: 'III.B.1.a', state: 'satisfied' },
      { id: 'limits.threads.length', section: 'III.B.1.a', state: 'satisfied' },
      { id: 'limits.threads.hashtags', section: 'III.B.1.a', state: 'satisfied' },
      { id: 'limits.threads.links', section: 'III.B.1.a', state: 'satisfied' },
    ]);
  });

  it('exits 2 naming a target page it cannot place', async () => {
    const draft = { title: 'Hello', body: 'Hello', category: 'other', pages: ['MySpace page'] };
    const { code, err } = await check('draft.json', JSON.stringify(draft));
    expect(code).toBe(2);
    expect(err).toContain('"MySpace page"');
    expect(err).toContain('facebook, instagram, x');
  });

  it('exits 2 for a department file that is missing or not a department', async () => {
    const missing = await check('post.txt', 'Hello', '--department', join(folder, 'none.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('There is no department file');
    const wrongFile = join(folder, 'wrong-department.json');
    await writeFile(wrongFile, JSON.stringify({ department: 'X' }));
    const wrong = await check('post.txt', 'Hello', '--department', wrongFile);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('The department file');
  });

  it('exits 2 with a message for input it cannot read', async () => {
    expect((await check('broken.json', '{"title":')).code).toBe(2);
    const wrong = await check(
      'wrong.json',
      JSON.stringify({ title: '', body: 'x', category: 'nope' }),
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('Choose a category');
    expect((await check('post.md', 'hello')).code).toBe(2);
    expect(
      (await check('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]).toString('latin1'))).code,
    ).toBe(0);
  });

  it('refuses a .txt larger than a draft body from its size, before decoding it: exit 2, the cap in words', async () => {
    // 5 MB that is not even UTF-8: refused for its size, so it was never decoded (or read whole).
    const started = Date.now();
    const huge = await check('huge.txt', Buffer.alloc(5 * 1024 * 1024, 0xff));
    expect(huge.code).toBe(2);
    expect(huge.err).toContain('a draft body has at most 100,000 characters');
    expect(huge.err).toContain(join(folder, 'huge.txt'));
    expect(huge.out).toBe('');
    expect(Date.now() - started).toBeLessThan(2000);
    const intro = await check('about.txt', 'a'.repeat(70_000), '--intro');
    expect(intro.code).toBe(2);
    expect(intro.err).toContain('an intro statement has at most 20,000 characters');
  });

  it('checks a body of exactly the cap and refuses one character more, naming both counts', async () => {
    const atCap = await check('at-cap.txt', 'a'.repeat(100_000));
    expect(atCap.code).toBe(0);
    const over = await check('over.txt', 'a'.repeat(100_001));
    expect(over.code).toBe(2);
    expect(over.err).toContain('has 100,001 characters: a draft body has at most 100,000');
    expect(over.out).toBe('');
  });

  it.each([
    { what: 'an empty file', text: '', said: 'is empty' },
    { what: 'white space only', text: ' \n\t\r\n  ', said: 'is only white space' },
  ])(
    'says there is nothing to check in $what (exit 2), rather than calling it clean',
    async ({ text, said }) => {
      for (const extra of [[], ['--intro']]) {
        const { code, out, err } = await check('empty.txt', text, ...extra);
        expect(code).toBe(2);
        expect(err).toContain(said);
        expect(err).toContain('nothing to check');
        expect(out).toBe('');
      }
    },
  );
});
