import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { LOCK_FILE, lockDataFolder } from '../../src/main/storage/data-folder-lock';
import { REPO_ROOT, cli, failureOf, scratchFolder } from './records-fixtures';
import { RUNNING_AS_ROOT } from './temp-folder';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'bin', 'social-desk.js');
const BUILT_CLI = join(REPO_ROOT, 'out', 'main', 'cli.js');

/** The newest modification time of the sources the command line is built from. */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** `node bin/social-desk.js` needs out/main/cli.js: build it once if it is missing or older than src. */
function ensureBuiltCli(): void {
  const sources = Math.max(
    newestSource(join(REPO_ROOT, 'src', 'main')),
    newestSource(join(REPO_ROOT, 'src', 'shared')),
  );
  if (existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs >= sources) return;
  const built = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) {
    throw new Error(`npm run build failed, so the CLI cannot run:\n${built.stdout}${built.stderr}`);
  }
}

/** The pid of a process that has just ended: no process holds it now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const { pid } = child;
  if (pid === undefined) throw new Error('could not start a child process');
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}

/** A live process that is not this one, stopped when the test ends. */
function liveProcess(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
  const { pid } = child;
  if (pid === undefined) throw new Error('could not start a child process');
  onTestFinished(() => {
    child.kill();
  });
  return Object.assign(child, { pid });
}

function lockContent(owner: {
  pid: number;
  host?: string;
  command?: string;
  processStart?: string;
}): string {
  return JSON.stringify({
    host: hostname(),
    command: 'social-desk (the app)',
    since: '2026-10-03T08:00:00.000Z',
    ...owner,
  });
}

describe('the data folder lock', () => {
  it('is taken by the first writer, who is named in writer.lock', async () => {
    const folder = await scratchFolder();
    const lock = await lockDataFolder(folder, 'social-desk pages add');
    onTestFinished(() => lock.release());

    expect(lock.owner).toMatchObject({
      pid: process.pid,
      host: hostname(),
      command: 'social-desk pages add',
    });
    expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'))).toEqual(lock.owner);
  });

  it('refuses a second writer with folder-in-use, naming the holder, and leaves the lock alone', async () => {
    const folder = await scratchFolder();
    const lock = await lockDataFolder(folder, 'social-desk comments import');
    onTestFinished(() => lock.release());
    const held = await readFile(join(folder, LOCK_FILE), 'utf8');

    const failure = await failureOf(() => lockDataFolder(folder, 'social-desk pages add'));

    expect(failure.code).toBe('folder-in-use');
    expect(failure.message).toContain(folder);
    expect(failure.message).toContain('"social-desk comments import"');
    expect(failure.message).toContain(`process ${process.pid}`);
    expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(held);
  });

  it('can be taken again once released, and release removes writer.lock', async () => {
    const folder = await scratchFolder();
    const first = await lockDataFolder(folder, 'social-desk backup');
    await first.release();
    expect(await readdir(folder)).toEqual([]);

    const second = await lockDataFolder(folder, 'social-desk restore');
    expect(second.owner.command).toBe('social-desk restore');
    await second.release();
    expect(await readdir(folder)).toEqual([]);
  });

  it("does not remove another writer's lock when released late", async () => {
    const folder = await scratchFolder();
    const mine = await lockDataFolder(folder, 'social-desk backup');
    const other = liveProcess();
    // Someone else's lock now stands in the file (say a recoverer judged ours stale).
    const theirs = lockContent({ pid: other.pid });
    await writeFile(join(folder, LOCK_FILE), theirs);

    await mine.release();

    expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(theirs);
  });

  it('recovers a lock left by a process on this machine that has ended', async () => {
    const folder = await scratchFolder();
    const pid = await deadPid();
    await writeFile(join(folder, LOCK_FILE), lockContent({ pid, command: 'social-desk crashed' }));

    const lock = await lockDataFolder(folder, 'social-desk pages add');
    onTestFinished(() => lock.release());

    expect(lock.owner.pid).toBe(process.pid);
    expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'))).toEqual(lock.owner);
    expect(await readdir(folder)).toEqual([LOCK_FILE]);
  });

  it('recovers a lock file whose content is garbage (torn while it was being created)', async () => {
    const folder = await scratchFolder();
    await writeFile(join(folder, LOCK_FILE), '{"pid":12');

    const lock = await lockDataFolder(folder, 'social-desk pages add');
    onTestFinished(() => lock.release());

    expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'))).toEqual(lock.owner);
  });

  it('respects a lock held by another live process, and recovers it once that process has ended', async () => {
    const folder = await scratchFolder();
    const other = liveProcess();
    await writeFile(join(folder, LOCK_FILE), lockContent({ pid: other.pid }));

    const failure = await failureOf(() => lockDataFolder(folder, 'social-desk pages add'));
    expect(failure.code).toBe('folder-in-use');
    expect(failure.message).toContain(`process ${other.pid}`);
    expect(failure.message).toContain('"social-desk (the app)"');

    other.kill();
    await new Promise((resolve) => other.once('exit', resolve));
    const lock = await lockDataFolder(folder, 'social-desk pages add');
    await lock.release();
  });

  it('never presumes a lock from another machine stale (a shared folder)', async () => {
    const folder = await scratchFolder();
    const pid = await deadPid();
    await writeFile(
      join(folder, LOCK_FILE),
      lockContent({ pid, host: `not-${hostname()}`, command: 'social-desk (the app)' }),
    );

    const failure = await failureOf(() => lockDataFolder(folder, 'social-desk pages add'));

    expect(failure.code).toBe('folder-in-use');
    expect(failure.message).toContain(`not-${hostname()}`);
  });

  it('stops a writing command of the CLI run in this process while the app holds the folder', async () => {
    const folder = await scratchFolder();
    const lock = await lockDataFolder(folder, 'social-desk (the app)');
    onTestFinished(() => lock.release());

    const result = await cli(
      'pages',
      'add',
      '--data',
      folder,
      '--profile',
      'Admin',
      '--platform',
      'facebook',
      '--name',
      'Example PD',
      '--url',
      'https://www.facebook.com/examplepd',
    );

    expect(result.code).toBe(1);
    expect(result.err).toContain('in use');
    expect(result.err).toContain('"social-desk (the app)"');
    expect(result.out).toBe('');
    expect(await readdir(folder)).toEqual([LOCK_FILE]);
  });
});

describe('the data folder lock between processes', () => {
  beforeAll(() => {
    ensureBuiltCli();
  }, 240_000);

  it('stops `social-desk backup` in another process while this one holds the folder, and lets it run after', async () => {
    const folder = await scratchFolder();
    const out = join(await scratchFolder(), 'backup.tar');
    const passphrase = 'a long enough passphrase';
    const env = {
      ...process.env,
      SOCIAL_DESK_NEW_PASSPHRASE: passphrase,
      SOCIAL_DESK_PASSPHRASE: passphrase,
    };
    // A backup acts as a person with the administrator or records role: the first administrator.
    await run(
      process.execPath,
      [
        BIN,
        'profiles',
        'add',
        '--data',
        folder,
        '--name',
        'Dana Reyes',
        '--roles',
        'administrator',
      ],
      { encoding: 'utf8', env },
    );
    const backup = [BIN, 'backup', '--data', folder, '--out', out, '--profile', 'Dana Reyes'];
    const lock = await lockDataFolder(folder, 'social-desk (the app)');
    let released = false;
    onTestFinished(async () => {
      if (!released) await lock.release();
    });

    const refused = await run(process.execPath, backup, { encoding: 'utf8', env }).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(refused, 'the CLI should have been refused').toBeDefined();
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain('in use by "social-desk (the app)"');
    expect(refused?.stderr).toContain(`process ${process.pid}`);
    expect(existsSync(out)).toBe(false);

    await lock.release();
    released = true;
    const done = await run(process.execPath, backup, { encoding: 'utf8', env });
    expect(JSON.parse(done.stdout)).toMatchObject({ out });
    expect(existsSync(out)).toBe(true);
    // The CLI released the lock when it finished.
    expect(existsSync(join(folder, LOCK_FILE))).toBe(false);
  }, 30_000);

  /**
   * Several writers starting at the same moment, as when the app and a scheduled CLI job start
   * together, or both find the stale lock a crash left. Each child process takes the real lock
   * (bundled from src) in one round after another, one folder per round, holds it briefly and
   * reports when it held it: no two may ever have held the same folder at the same time.
   */
  describe('with writers starting at the same moment', () => {
    const CONTENDERS = 5;
    const ROUNDS = 12;
    let bundle = '';

    beforeAll(async () => {
      bundle = await mkdtemp(join(tmpdir(), 'social-desk-lock-bundle-'));
      await build({
        input: join(REPO_ROOT, 'src', 'main', 'storage', 'data-folder-lock.ts'),
        platform: 'node',
        logLevel: 'silent',
        output: { file: join(bundle, 'lock.mjs'), format: 'esm' },
      });
      await writeFile(
        join(bundle, 'contender.mjs'),
        `import { lockDataFolder } from './lock.mjs';
const [startAt, period, hold, ...folders] = process.argv.slice(2).map((arg, i) => (i < 3 ? Number(arg) : arg));
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const outcomes = [];
for (const [round, folder] of folders.entries()) {
  await pause(startAt + round * period - Date.now());
  try {
    const lock = await lockDataFolder(folder, 'contender ' + process.pid);
    const from = Date.now();
    await pause(hold);
    const to = Date.now();
    await lock.release();
    outcomes.push({ held: true, from, to });
  } catch (error) {
    outcomes.push({ held: false, code: error.code ?? String(error) });
  }
}
process.stdout.write(JSON.stringify(outcomes));
`,
      );
    }, 30_000);

    afterAll(async () => {
      if (bundle) await rm(bundle, { recursive: true, force: true });
    });

    interface Outcome {
      readonly held: boolean;
      readonly from?: number;
      readonly to?: number;
      readonly code?: string;
    }

    /** Runs the contenders over the folders, one round each; gives each round's outcomes. */
    async function contend(folders: readonly string[]): Promise<Outcome[][]> {
      const startAt = Date.now() + 1500;
      const perChild = await Promise.all(
        Array.from({ length: CONTENDERS }, async () => {
          const { stdout } = await run(
            process.execPath,
            [join(bundle, 'contender.mjs'), String(startAt), '250', '100', ...folders],
            { encoding: 'utf8' },
          );
          return JSON.parse(stdout) as Outcome[];
        }),
      );
      return folders.map((_, round) =>
        perChild.map((outcomes) => outcomes[round] ?? { held: false, code: 'no report' }),
      );
    }

    function overlapping(outcomes: readonly Outcome[]): number {
      const held = outcomes.filter((outcome) => outcome.held);
      let pairs = 0;
      for (const [i, a] of held.entries()) {
        for (const b of held.slice(i + 1)) {
          if ((a.from ?? 0) < (b.to ?? 0) && (b.from ?? 0) < (a.to ?? 0)) pairs += 1;
        }
      }
      return pairs;
    }

    it('lets only one hold the folder at a time, whether it was free or held a stale lock', async () => {
      const folders = await Promise.all(
        Array.from({ length: ROUNDS }, () => scratchFolder('social-desk-lock-race-')),
      );
      const pid = await deadPid();
      // Every other round starts from the stale lock of a crashed process.
      for (const folder of folders.filter((_, round) => round % 2 === 1)) {
        await writeFile(join(folder, LOCK_FILE), lockContent({ pid, command: 'social-desk' }));
      }

      const rounds = await contend(folders);

      for (const outcomes of rounds) {
        // Whoever did not get it was told the folder is in use: nothing failed some other way.
        for (const outcome of outcomes.filter((o) => !o.held))
          expect(outcome.code).toBe('folder-in-use');
        expect(outcomes.some((o) => o.held)).toBe(true);
      }
      expect(
        rounds.map(overlapping),
        'pairs of processes that held the lock at the same time, per round (even rounds free, odd ones stale)',
      ).toEqual(folders.map(() => 0));
    }, 30_000);
  });
});

/** Issue 8 item 12: a pid reused by another program, and a start on a full disk. */
describe('the data folder lock and the process it names', () => {
  const onLinux = process.platform === 'linux';
  if (!onLinux)
    console.warn('data-folder-lock: start-time tests skipped: they read /proc (Linux).');

  /** A live process that is not Social Desk: `sleep 30`, stopped when the test ends. */
  function sleeper(): ChildProcess & { pid: number } {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const { pid } = child;
    if (pid === undefined) throw new Error('could not start sleep');
    onTestFinished(() => {
      child.kill();
    });
    return Object.assign(child, { pid });
  }

  /** The process identity as /proc tells it, read here independently of the code under test. */
  async function startOf(pid: number): Promise<string> {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
    return `linux:${boot}:${ticks ?? ''}`;
  }

  it.skipIf(!onLinux)('records its own process start time in writer.lock', async () => {
    const folder = await scratchFolder();
    const lock = await lockDataFolder(folder, 'social-desk pages add');
    onTestFinished(() => lock.release());
    expect(lock.owner.processStart).toBe(await startOf(process.pid));
    expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'))).toEqual(lock.owner);
  });

  it.skipIf(!onLinux)(
    'breaks, as stale, a lock whose pid now belongs to another program (its start time differs)',
    async () => {
      const folder = await scratchFolder();
      const other = sleeper();
      const real = await startOf(other.pid);
      const recorded = real.replace(/:\d+$/, (ticks) => `:${Number(ticks.slice(1)) + 1}`);
      await writeFile(
        join(folder, LOCK_FILE),
        lockContent({ pid: other.pid, processStart: recorded }),
      );

      const lock = await lockDataFolder(folder, 'social-desk pages add');
      onTestFinished(() => lock.release());

      expect(JSON.parse(await readFile(join(folder, LOCK_FILE), 'utf8'))).toEqual(lock.owner);
      expect(other.exitCode).toBeNull(); // the other program was left alone
      expect(await readdir(folder)).toEqual([LOCK_FILE]);
    },
  );

  it.skipIf(!onLinux)(
    'respects a lock whose pid and start time are those of the live process',
    async () => {
      const folder = await scratchFolder();
      const other = sleeper();
      const held = lockContent({
        pid: other.pid,
        processStart: await startOf(other.pid),
      });
      await writeFile(join(folder, LOCK_FILE), held);

      const failure = await failureOf(() => lockDataFolder(folder, 'social-desk pages add'));
      expect(failure.code).toBe('folder-in-use');
      expect(failure.message).toContain(`process ${other.pid}`);
      expect(failure.message).toContain('Close it, then try again.');
      expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(held);
    },
  );

  it('says exactly how to check and clear a lock it cannot judge (no start time recorded)', async () => {
    const folder = await scratchFolder();
    const other = sleeper();
    const held = lockContent({ pid: other.pid });
    await writeFile(join(folder, LOCK_FILE), held);

    const failure = await failureOf(() => lockDataFolder(folder, 'social-desk pages add'));
    expect(failure.code).toBe('folder-in-use');
    expect(failure.message).toContain(
      process.platform === 'win32' ? 'Task Manager' : `ps -p ${other.pid} -o lstart,command`,
    );
    expect(failure.message).toContain(`delete ${join(folder, LOCK_FILE)}`);
    expect(failure.message).toContain('"social-desk (the app)"');
    expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(held);
  });
});

const canMount = RUNNING_AS_ROOT && process.platform === 'linux';
if (!canMount)
  console.warn('data-folder-lock: full-disk test skipped: mounting a tmpfs needs root on Linux.');

describe.skipIf(!canMount)('taking the lock on a full disk (a real tmpfs; needs root)', () => {
  it('says the disk is full, in words, and leaves no .writer.lock.PID.N behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'social-desk-lock-tmpfs-'));
    onTestFinished(async () => {
      spawnSync('umount', [folder]);
      await rm(folder, { recursive: true, force: true });
    });
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder]);
    if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr.toString()}`);
    const filler = join(folder, 'filler');
    const fd = openSync(filler, 'a');
    try {
      for (;;) writeSync(fd, Buffer.alloc(4096, 0x2e));
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
    } finally {
      closeSync(fd);
    }

    const failure = await failureOf(() => lockDataFolder(folder, 'social-desk (the app)'));
    expect(failure.code).toBe('write-failed');
    expect(failure.message).toContain('the disk is full');
    expect(failure.message).toContain('Nothing was changed');
    expect(await readdir(folder)).toEqual(['filler']);

    await rm(filler);
    const lock = await lockDataFolder(folder, 'social-desk (the app)');
    await lock.release();
    expect(await readdir(folder)).toEqual([]);
  });
});
