import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyExport } from '../../src/main/export/verify-export';
import { ExportRefused, writeExport } from '../../src/main/export/write-export';
import { errorOf, scratchFolder } from './records-fixtures';
import {
  BY,
  NO_JOURNAL,
  comment,
  draftWithFile,
  exported,
  handMadeSource,
} from './export-fixtures';

describe('writing an export', () => {
  it('writes a range of records as JSON, CSV, attachments, an index and a manifest, and a zip; verify finds them all as written', async () => {
    const data = await scratchFolder();
    const out = await scratchFolder();
    const draft = await draftWithFile(data, 'draft-1', '2026-03-02T15:00:00.000Z');
    const source = handMadeSource([
      comment(7, 'Lost dog on Elm', '2026-03-01T15:00:00.000Z'),
      comment(8, 'Too late', '2026-04-20T15:00:00.000Z'),
      draft,
    ]);
    const target = join(out, 'PRR-2026-114');
    const written = await writeExport({
      dataFolder: data,
      source,
      request: { request: 'PRR 2026-114', from: '2026-03-01', to: '2026-03-31' },
      target,
      by: BY,
      head: NO_JOURNAL,
      timeZone: 'UTC',
    });
    expect(written.counts).toEqual({ comment: 1, draft: 1 });
    expect(existsSync(`${target}.zip`)).toBe(true);
    expect(existsSync(`${target}.partial`)).toBe(false);
    const comments = await exported(target, 'comment');
    expect(comments.map((record) => record.id)).toEqual(['7']);
    const drafts = await exported(target, 'draft');
    const attachment = drafts[0]?.files[0]?.attachment ?? 'none';
    expect(await readFile(join(target, attachment), 'utf8')).toBe(
      await readFile(join(data, 'drafts', 'draft-1.json'), 'utf8'),
    );
    const index = await readFile(join(target, 'index.html'), 'utf8');
    expect(index).toContain('PRR 2026-114');
    expect(index).toContain('Casey Records');
    expect(index).not.toMatch(/<script|src=/i);
    const check = await verifyExport(target);
    expect(check).toMatchObject({ ok: true });
  });

  it('escapes CSV cells a spreadsheet would run as a formula', async () => {
    const data = await scratchFolder();
    const target = join(await scratchFolder(), 'out');
    const texts = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1:A2)'];
    await writeExport({
      dataFolder: data,
      source: handMadeSource(
        texts.map((text, i) => comment(i + 1, text, '2026-03-01T12:00:00.000Z')),
      ),
      request: { request: 'PRR 1' },
      target,
      by: BY,
      head: NO_JOURNAL,
    });
    const csv = await readFile(join(target, 'records', 'comment.csv'), 'utf8');
    const rows = csv.split('\r\n').slice(1, -1);
    // type,id,title,...: the title and text cells start with an apostrophe, so they are text.
    expect(rows.map((row) => row.split(',')[2])).toEqual(texts.map((text) => `'${text}`));
    for (const text of texts) expect(csv).not.toMatch(new RegExp(`,${escapeRegExp(text)}`));
  });

  it('refuses a target folder that exists already, and writes over nothing', async () => {
    const data = await scratchFolder();
    const out = await scratchFolder();
    await writeFile(join(out, 'taken.zip'), 'someone else’s zip');
    const error = await errorOf(() =>
      writeExport({
        dataFolder: data,
        source: handMadeSource([comment(1, 'Hi', '2026-03-01T12:00:00.000Z')]),
        request: { request: 'PRR 2' },
        target: join(out, 'taken'),
        by: BY,
        head: NO_JOURNAL,
      }),
    );
    expect(error).toBeInstanceOf(ExportRefused);
    expect(error.message).toContain('already exists');
    expect(await readdir(out)).toEqual(['taken.zip']);
    expect(await readFile(join(out, 'taken.zip'), 'utf8')).toBe('someone else’s zip');
  });

  it('a cancel part-way leaves no folder, no zip and nothing partial', async () => {
    const data = await scratchFolder();
    const out = await scratchFolder();
    const controller = new AbortController();
    const records = Array.from({ length: 50 }, (_, i) =>
      comment(i + 1, `Comment ${i}`, '2026-03-01T12:00:00.000Z'),
    );
    const error = await errorOf(() =>
      writeExport({
        dataFolder: data,
        source: handMadeSource(records),
        request: { request: 'PRR 3' },
        target: join(out, 'cancelled'),
        by: BY,
        head: NO_JOURNAL,
        signal: controller.signal,
        onProgress: ({ phase, written }) => {
          if (phase === 'writing' && written === 20) controller.abort();
        },
      }),
    );
    expect(error.name).toBe('AbortError');
    expect(await readdir(out)).toEqual([]);
  });

  it('a file that cannot be read part-way leaves nothing looking complete', async () => {
    const data = await scratchFolder();
    const out = await scratchFolder();
    const good = await draftWithFile(data, 'good', '2026-03-01T12:00:00.000Z');
    const bad = await draftWithFile(data, 'bad', '2026-03-01T12:00:00.000Z');
    // The draft's file is a folder now: reading it fails after the first draft was written.
    await rm(join(data, 'drafts', 'bad.json'));
    await mkdir(join(data, 'drafts', 'bad.json'));
    const error = await errorOf(() =>
      writeExport({
        dataFolder: data,
        source: handMadeSource([good, bad]),
        request: { request: 'PRR 4' },
        target: join(out, 'failed'),
        by: BY,
        head: NO_JOURNAL,
      }),
    );
    expect(error.message).toMatch(/EISDIR|directory/i);
    expect(await readdir(out)).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
