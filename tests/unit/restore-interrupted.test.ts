import { spawn } from 'node:child_process';
import { copyFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../src/main/journal/read-events';
import { verifyJournal } from '../../src/main/journal/verify';
import { type BackupManifest, backupDataFolder } from '../../src/main/records/backup';
import { restoreDataFolder } from '../../src/main/records/restore';
import {
  RESTORE_EVENT,
  intentFile,
  recoverInterruptedRestore,
} from '../../src/main/records/restore-intent';
import { LOCK_FILE, lockDataFolder } from '../../src/main/storage/data-folder-lock';
import { failureOf, folderDigest, sharedFolder } from './records-fixtures';
import { CUSTODIAN, appendEvents, copyInto, recordsFolder } from './restore-fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD_OUT = join(ROOT, 'out', 'test-restore-crash');
const CHILD = join(CHILD_OUT, 'restore-child.mjs');

/**
 * The old state: a data folder that went on after its backup (more events, a changed page file).
 * The new state: that backup. After any interruption and the recovery that follows, the folder
 * must be wholly one or the other, and its log must verify.
 */
let workspace = '';
let template = '';
let backup = '';
let manifest: BackupManifest;
let oldFiles: Record<string, string> = {};

beforeAll(async () => {
  // Bundled once with the project's own Vite, so each start is a plain, quick `node`.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: join(ROOT, 'tests/crash/restore-child.ts'),
      outDir: CHILD_OUT,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: 'restore-child.mjs', format: 'es' } },
    },
  });
  workspace = await sharedFolder('social-desk-restore-interrupted-');
  template = await recordsFolder(workspace, 'data', 30, 'old');
  backup = join(workspace, 'backup.tar');
  ({ manifest } = await backupDataFolder(template, backup, { by: CUSTODIAN }));
  await appendEvents(template, 20, 'later');
  await writeFile(join(template, 'pages.json'), '{"schemaVersion":1,"pages":["later"]}\n');
  oldFiles = await folderDigest(template);
}, 60_000);

afterAll(async () => {
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

interface ChildRun {
  readonly steps: string[];
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
}

/** Runs a restore in a child process that stops at `stopAt` (killed, or paused until killed). */
function runChild(
  folder: string,
  archive: string,
  stopAt: string,
  how: 'kill' | 'pause' = 'kill',
  onStep: (step: string) => void = () => undefined,
): { done: Promise<ChildRun>; kill: () => void } {
  const child = spawn(process.execPath, [CHILD, folder, archive, stopAt, how], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const steps: string[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('step ')) {
        steps.push(line.slice(5));
        onStep(line.slice(5));
      }
    }
  });
  const done = new Promise<ChildRun>((resolve) =>
    child.on('exit', (code, signal) => resolve({ steps, signal, code })),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

async function siblings(parent: string): Promise<string[]> {
  return (await readdir(parent)).sort();
}

/** The folder holds exactly the backup's records, plus the restore's own chained record. */
async function expectNewState(folder: string): Promise<void> {
  const files = await folderDigest(folder);
  expect(Object.keys(files).sort()).toEqual(manifest.files.map((file) => file.path).sort());
  for (const file of manifest.files) {
    // The journal's files took the restore's record; every other file is the backup's, byte for byte.
    if (!file.path.startsWith('journal')) expect(files[file.path], file.path).toBe(file.sha256);
  }
  expect(await verifyJournal(folder)).toMatchObject({
    ok: true,
    events: manifest.journal.events + 1,
  });
  const types: string[] = [];
  for await (const event of readEvents(folder)) types.push(event.header.type);
  expect(types.at(-1)).toBe(RESTORE_EVENT);
  expect(types.filter((type) => type === RESTORE_EVENT)).toHaveLength(1);
}

describe('a restore interrupted at any step is rolled back or finished at the next open', () => {
  it('a SIGKILL at each step of the swap leaves the old records or the new, never a mix', async () => {
    // First, an uninterrupted run names every step a restore goes through.
    const whole = await copyInto(template);
    await copyFile(backup, join(whole.parent, 'backup.tar'));
    const clean = await runChild(whole.folder, join(whole.parent, 'backup.tar'), 'never').done;
    expect(clean.code).toBe(0);
    const steps = clean.steps;
    expect(steps).toEqual(
      expect.arrayContaining(['unpacking', 'intent-written', 'moved-out:journal', 'swapped']),
    );
    expect(steps.filter((step) => step.startsWith('moved-in:')).length).toBeGreaterThan(2);

    const outcomes: string[] = [];
    for (const step of steps) {
      const { parent, folder } = await copyInto(template);
      const archive = join(parent, 'backup.tar');
      await copyFile(backup, archive);

      const run = await runChild(folder, archive, step).done;
      expect(run.signal, step).toBe('SIGKILL');
      expect(run.steps.at(-1), step).toBe(step);

      const report = await recoverInterruptedRestore(folder);
      outcomes.push(`${step}: ${report?.outcome ?? 'nothing to do'}`);

      const beside = await siblings(parent);
      expect(
        beside.filter((name) => name.startsWith('.')),
        step,
      ).toEqual([]);
      if (report?.outcome === 'finished') {
        await expectNewState(folder);
        const previous = beside.filter((name) => name.startsWith('data.before-restore-'));
        expect(previous, step).toHaveLength(1);
        expect(await folderDigest(join(parent, previous[0] ?? '')), step).toEqual(oldFiles);
      } else {
        expect(report?.outcome, step).toBe('rolled-back');
        expect(await folderDigest(folder), step).toEqual(oldFiles);
        expect(beside, step).toEqual(['backup.tar', 'data']);
        expect(await verifyJournal(folder), step).toMatchObject({ ok: true, events: 51 });
      }
      expect(await recoverInterruptedRestore(folder), step).toBeUndefined();
      // The stale lock of the killed restore is gone: the folder takes writes again.
      const lock = await lockDataFolder(folder, 'social-desk comments import');
      await lock.release();
    }
    const rolledBack = steps.slice(0, steps.indexOf('swapped'));
    expect(outcomes).toEqual([
      ...rolledBack.map((step) => `${step}: rolled-back`),
      ...steps.slice(rolledBack.length).map((step) => `${step}: finished`),
    ]);
  }, 180_000);

  it('leaves a restore that is still running alone', async () => {
    const { parent, folder } = await copyInto(template);
    const archive = join(parent, 'backup.tar');
    await copyFile(backup, archive);
    let reached: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => (reached = resolve));
    const child = runChild(folder, archive, 'moved-in:journal', 'pause', (step) => {
      if (step === 'moved-in:journal') reached();
    });
    await paused;
    const midSwap = await folderDigest(folder);
    const beside = await siblings(parent);

    const failure = await failureOf(() => recoverInterruptedRestore(folder));

    expect(failure.code).toBe('folder-in-use');
    expect(failure.message).toContain('social-desk restore');
    expect(await folderDigest(folder)).toEqual(midSwap);
    expect(await siblings(parent)).toEqual(beside);

    child.kill();
    await child.done;
    expect(await recoverInterruptedRestore(folder)).toMatchObject({ outcome: 'rolled-back' });
    expect(await folderDigest(folder)).toEqual(oldFiles);
  }, 60_000);

  it('a rename failing halfway puts everything back and reports that first error', async () => {
    const { parent, folder } = await copyInto(template);
    const lock = await lockDataFolder(folder, 'social-desk restore');

    const failure = await failureOf(() =>
      restoreDataFolder(folder, backup, {
        by: CUSTODIAN,
        allowOlder: true,
        atStep: (step) => {
          if (step === 'moved-in:journal')
            throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        },
      }),
    );

    expect(failure.code).toBe('write-failed');
    expect(failure.message).toContain('could not be restored (EIO: i/o error, rename)');
    expect(failure.message).toContain('Nothing was changed');
    expect(await siblings(parent)).toEqual(['data']);
    await lock.release();
    expect(await folderDigest(folder)).toEqual(oldFiles);
    expect(await readdir(parent)).not.toContain(intentFile(folder));
  });

  it('a killed restore whose record is damaged stops the open and says what to compare', async () => {
    const { parent, folder } = await copyInto(template);
    await writeFile(intentFile(folder), '{"format":"social-desk-restore-intent"');

    const failure = await failureOf(() => recoverInterruptedRestore(folder));

    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain('data.before-restore-');
    expect(await siblings(parent)).toEqual(['.data.restore-intent.json', 'data']);
    expect(Object.keys(await folderDigest(folder))).not.toContain(LOCK_FILE);
  });
});
