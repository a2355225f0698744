import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportJobs } from '../../src/main/export/export-jobs';
import { writeExport } from '../../src/main/export/write-export';
import { failureOf, scratchFolder } from './records-fixtures';
import { BY, NO_JOURNAL, comment, handMadeSource } from './export-fixtures';

/** A source that yields one record, then waits until the export is cancelled. */
function stalledSource(signal: { wait: Promise<void> }) {
  return {
    async *records() {
      yield comment(1, 'first', '2026-03-01T12:00:00.000Z');
      await signal.wait;
      yield comment(2, 'second', '2026-03-01T12:00:00.000Z');
    },
  };
}

describe('export jobs', () => {
  it('run one at a time per person, are seen only by who started them, and a cancel leaves nothing', async () => {
    const data = await scratchFolder();
    const out = await scratchFolder();
    const jobs = new ExportJobs();
    let release: () => void = () => undefined;
    const wait = new Promise<void>((resolve) => {
      release = resolve;
    });
    const target = join(out, 'PRR-5');
    const job = jobs.start('casey', target, (control) =>
      writeExport({
        dataFolder: data,
        source: stalledSource({ wait }),
        request: { request: 'PRR 5' },
        target,
        by: BY,
        head: NO_JOURNAL,
        ...control,
      }),
    );
    expect(jobs.status(job, 'casey').state).toBe('running');
    const second = await failureOf(() =>
      jobs.start('casey', join(out, 'other'), () => Promise.reject(new Error('not run'))),
    );
    expect(second.message).toContain('already running');
    expect((await failureOf(() => jobs.status(job, 'sam'))).code).toBe('not-found');

    const cancelling = jobs.cancel(job, 'casey');
    release();
    const status = await cancelling;
    expect(status).toMatchObject({ state: 'cancelled' });
    expect(status.message).toContain('no folder and no zip were left');
    expect(await readdir(out)).toEqual([]);
  });

  it('a finished job gives names only, never a path on this computer', async () => {
    const data = await scratchFolder();
    const out = await scratchFolder();
    const jobs = new ExportJobs();
    const target = join(out, 'PRR-6');
    const job = jobs.start('casey', target, (control) =>
      writeExport({
        dataFolder: data,
        source: handMadeSource([comment(1, 'Hi', '2026-03-01T12:00:00.000Z')]),
        request: { request: 'PRR 6' },
        target,
        by: BY,
        head: NO_JOURNAL,
        ...control,
      }),
    );
    await jobs.settle();
    const status = jobs.status(job, 'casey');
    expect(status).toMatchObject({
      state: 'done',
      phase: 'done',
      written: 1,
      total: 1,
      result: { folder: 'PRR-6', zip: 'PRR-6.zip', records: 1 },
    });
    expect(JSON.stringify(status)).not.toContain(out);
    // Signing out drops the person's jobs.
    jobs.forget('casey');
    expect((await failureOf(() => jobs.status(job, 'casey'))).code).toBe('not-found');
  });
});
