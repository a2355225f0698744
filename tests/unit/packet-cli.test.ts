import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { findChromium } from '../../src/main/packets/chromium-pdf';
import { PREVIEW_MARK } from '../../src/shared/packets/packet-html';
import { snapshotTree, tempFolder } from './temp-folder';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

const chromium = await findChromium().catch((error: unknown) => {
  console.warn(`packet --pdf test skipped: ${(error as Error).message}`);
  return undefined;
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('social-desk packet ID --out FILE.html [--pdf FILE.pdf]', () => {
  let desk: WorkflowDesk;
  let out: string;
  beforeEach(async () => {
    desk = await openWorkflowDesk('social-desk-packet-cli-');
    out = await tempFolder();
  });
  afterEach(async () => {
    await desk.close();
  });

  it('writes the frozen packet of a submitted draft, byte for byte, and reads only', async () => {
    const draft = await desk.submitted(desk.people.pat);
    const before = await snapshotTree(desk.folder);
    const html = join(out, 'packet.html');
    const run = await cli('packet', draft.id, '--out', html, '--data', desk.folder);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({
      kind: 'post',
      id: draft.id,
      frozen: true,
      sha256: packetOf(draft),
      html,
      pdf: null,
    });
    expect(sha256(await readFile(html))).toBe(packetOf(draft));
    expect(await snapshotTree(desk.folder)).toEqual(before);
  });

  it.skipIf(chromium === undefined)(
    'prints it to PDF with the machine’s Chromium',
    async () => {
      const draft = await desk.submitted(desk.people.pat);
      const pdf = join(out, 'packet.pdf');
      const run = await cli(
        'packet',
        draft.id,
        '--out',
        join(out, 'p.html'),
        '--pdf',
        pdf,
        '--data',
        desk.folder,
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toMatchObject({ frozen: true, pdf });
      expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );

  it('a draft not submitted, or a page, gets a preview marked and said to be one', async () => {
    const draft = await desk.ready(desk.people.pat);
    const html = join(out, 'draft.html');
    const run = await cli('packet', draft.id, '--out', html, '--data', desk.folder);
    expect(run.code).toBe(0);
    expect(run.err).toContain('this draft is not submitted');
    expect(JSON.parse(run.out)).toMatchObject({ frozen: false, sha256: null });
    expect(await readFile(html, 'utf8')).toContain(
      `<p class="preview" role="note">${PREVIEW_MARK}</p>`,
    );

    const page = await cli(
      'packet',
      desk.page.id,
      '--out',
      join(out, 'page.html'),
      '--data',
      desk.folder,
    );
    expect(page.code).toBe(0);
    expect(JSON.parse(page.out)).toMatchObject({ kind: 'page', frozen: false });
  });

  it('an unknown id is named and nothing is written; a missing --out is a usage error', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const run = await cli('packet', unknown, '--out', join(out, 'x.html'), '--data', desk.folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`No draft, page or intro-statement version has the id ${unknown}`);
    expect(await readdir(out)).toEqual([]);
    expect((await cli('packet', unknown, '--data', desk.folder)).code).toBe(2);
    expect((await cli('packet', 'not-an-id', '--out', 'x.html', '--data', desk.folder)).code).toBe(
      2,
    );
  });

  it('refuses a place in the data folder (named, through a link, or the folder itself), a folder, and one file for both; writes nothing', async () => {
    const draft = await desk.submitted(desk.people.pat);
    const before = await snapshotTree(desk.folder);
    await symlink(join(desk.folder, 'pages.json'), join(out, 'to-pages.html'));
    await symlink(desk.folder, join(out, 'data-link'));
    await mkdir(join(out, 'a-folder'));
    await symlink(out, join(out, 'here'));
    const refused = async (options: string[], said: string) => {
      const run = await cli('packet', draft.id, ...options, '--data', desk.folder);
      expect(run.code).toBe(2);
      expect(run.err).toContain(said);
      expect(run.err).toContain('nothing was written');
      expect(run.out).toBe('');
    };
    const pages = join(desk.folder, 'pages.json');
    await refused(['--out', pages], `--out ${pages} is inside the data folder`);
    await refused(
      ['--out', join(out, 'p.html'), '--pdf', join(desk.folder, 'packet.pdf')],
      'is inside the data folder',
    );
    await refused(['--out', join(out, 'to-pages.html')], 'is inside the data folder');
    await refused(['--out', join(out, 'data-link', 'profiles.json')], 'is inside the data folder');
    await refused(['--out', desk.folder], 'is inside the data folder');
    await refused(['--out', join(out, 'a-folder')], 'is a folder');
    await refused(['--out', join(out, 'p.html'), '--pdf', join(out, 'a-folder')], 'is a folder');
    await refused(
      ['--out', join(out, 'same'), '--pdf', join(out, 'here', 'same')],
      'name the same file',
    );
    expect(await snapshotTree(desk.folder)).toEqual(before);
    expect((await readdir(out)).sort()).toEqual(['a-folder', 'data-link', 'here', 'to-pages.html']);
  });

  it('without Chromium, --out and --pdf write neither file, as the message says', async () => {
    const draft = await desk.submitted(desk.people.pat);
    const noChromium = join(out, 'no-chromium-here');
    const chosen = process.env.SOCIAL_DESK_CHROMIUM;
    process.env.SOCIAL_DESK_CHROMIUM = noChromium;
    onTestFinished(() => {
      if (chosen === undefined) delete process.env.SOCIAL_DESK_CHROMIUM;
      else process.env.SOCIAL_DESK_CHROMIUM = chosen;
    });
    const html = join(out, 'p.html');
    await writeFile(html, 'the packet saved yesterday');
    const run = await cli(
      'packet',
      draft.id,
      '--out',
      html,
      '--pdf',
      join(out, 'p.pdf'),
      '--data',
      desk.folder,
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain(noChromium);
    expect(run.err).toContain('Nothing was written');
    expect(await readdir(out)).toEqual(['p.html']);
    expect(await readFile(html, 'utf8')).toBe('the packet saved yesterday');
  });
});
