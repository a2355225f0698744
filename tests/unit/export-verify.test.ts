import { appendFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyExport } from '../../src/main/export/verify-export';
import { writeExport } from '../../src/main/export/write-export';
import { scratchFolder } from './records-fixtures';
import { BY, NO_JOURNAL, comment, draftWithFile, handMadeSource } from './export-fixtures';

async function anExport(): Promise<string> {
  const data = await scratchFolder();
  const target = join(await scratchFolder(), 'PRR-7');
  await writeExport({
    dataFolder: data,
    source: handMadeSource([
      comment(1, 'Lost dog', '2026-03-01T12:00:00.000Z'),
      await draftWithFile(data, 'd1', '2026-03-01T12:00:00.000Z'),
    ]),
    request: { request: 'PRR 7' },
    target,
    by: BY,
    head: NO_JOURNAL,
  });
  return target;
}

describe('export verify', () => {
  it('finds every file as written, with a count', async () => {
    const check = await verifyExport(await anExport());
    expect(check.ok).toBe(true);
    // comment json+csv, draft json+csv, one attachment, events, head, how-to, redactions, index, manifest
    expect(check.ok && check.files).toBe(11);
  });

  it('names a changed file', async () => {
    const target = await anExport();
    await appendFile(join(target, 'records', 'comment.csv'), 'comment,99,forged\r\n');
    expect(await verifyExport(target)).toMatchObject({
      ok: false,
      problem: 'changed',
      file: 'records/comment.csv',
    });
  });

  it('names a missing file', async () => {
    const target = await anExport();
    await rm(join(target, 'journal', 'HOW-TO-VERIFY.txt'));
    expect(await verifyExport(target)).toMatchObject({
      ok: false,
      problem: 'missing',
      file: 'journal/HOW-TO-VERIFY.txt',
    });
  });

  it('names an added file', async () => {
    const target = await anExport();
    await writeFile(join(target, 'records', 'extra.json'), '[]');
    expect(await verifyExport(target)).toMatchObject({
      ok: false,
      problem: 'added',
      file: 'records/extra.json',
    });
  });

  it('says so when the manifest itself was changed', async () => {
    const target = await anExport();
    await appendFile(join(target, 'manifest.json'), 'x');
    expect(await verifyExport(target)).toMatchObject({ ok: false, problem: 'manifest' });
  });
});
