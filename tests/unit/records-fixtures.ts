import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { runCli } from '../../src/main/cli/run-cli';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import type { EventLine } from '../../src/main/journal/journal-line';
import { readEvents } from '../../src/main/journal/read-events';
import { JOURNAL_FOLDER, listSegments } from '../../src/main/journal/segments';
import type { Profile } from '../../src/shared/profiles/profile';

/** The repository's root folder (tests/unit/../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The sample inputs from shared/samples, copied into tests/fixtures/samples so the tests need
 * nothing outside the repository; a missing file is a setup problem, said plainly.
 */
export const SAMPLES = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));

export function sample(name: string): string {
  const file = join(SAMPLES, name);
  if (!existsSync(file)) {
    throw new Error(
      `The sample input ${file} is missing: copy shared/samples into tests/fixtures/samples.`,
    );
  }
  return file;
}

/** A fresh real folder, removed when the test ends. */
export async function scratchFolder(prefix = 'social-desk-records-'): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** A fresh real folder for a whole `describe` (created in beforeAll); the caller removes it. */
export function sharedFolder(prefix = 'social-desk-records-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A signed-in person, as the services receive one, without paying for a passphrase hash. */
export function personProfile(name = 'Riley Moderator'): Profile {
  return {
    id: randomUUID(),
    name,
    roles: ['moderator'],
    createdAt: '2026-10-03T12:00:00.000Z',
    createdBy: 'first-start',
  };
}

/** Runs `action` and returns the DeskFailure it rejects with, failing the test otherwise. */
export async function failureOf(action: () => unknown): Promise<DeskFailure> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DeskFailure) return error;
    throw error;
  }
  throw new Error('Expected a DeskFailure, but the action succeeded');
}

/** Runs `action` and returns whatever Error it rejects with, failing the test otherwise. */
export async function errorOf(action: () => unknown): Promise<Error> {
  try {
    await action();
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('Expected an error, but the action succeeded');
}

/** Every file under `folder` (recursively) with the SHA-256 of its bytes, by relative path. */
export async function folderDigest(folder: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const name = relative(folder, path).split(sep).join('/');
      if (entry.isDirectory()) await walk(path);
      else
        digest[name] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
    }
  }
  await walk(folder);
  return digest;
}

/** Every event in the data folder's journal, in order. */
export async function journalEvents(folder: string): Promise<EventLine[]> {
  const events: EventLine[] = [];
  for await (const event of readEvents(folder)) events.push(event);
  return events;
}

/** The journal's segment files, in order. */
export async function segmentFiles(folder: string): Promise<string[]> {
  return (await listSegments(join(folder, JOURNAL_FOLDER))).map((segment) => segment.file);
}

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in this process with its output captured. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * Sets environment variables for one test and puts the previous values back when it ends
 * (a variable given as undefined is removed).
 */
export function setEnv(variables: Readonly<Record<string, string | undefined>>): void {
  const previous = Object.fromEntries(
    Object.keys(variables).map((name) => [name, process.env[name]]),
  );
  const apply = (values: Readonly<Record<string, string | undefined>>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  };
  apply(variables);
  onTestFinished(() => {
    apply(previous);
  });
}

/**
 * A data folder made through the command line, as a custodian would: its first administrator
 * (`name`, holding `roles`), signed in later with `passphrase` from the environment.
 */
export async function cliFirstAdministrator(
  folder: string,
  name: string,
  roles: string,
  passphrase: string,
): Promise<void> {
  setEnv({ SOCIAL_DESK_NEW_PASSPHRASE: passphrase, SOCIAL_DESK_PASSPHRASE: passphrase });
  const first = await cli('profiles', 'add', '--data', folder, '--name', name, '--roles', roles);
  if (first.code !== 0) throw new Error(`profiles add failed: ${first.err}`);
}

/** Records a page through the command line as `profile`, returning its id. */
export async function cliPage(
  folder: string,
  profile: string,
  page: { platform: string; name: string; url: string } = {
    platform: 'facebook',
    name: 'Example PD Facebook',
    url: 'https://www.facebook.com/examplepd',
  },
): Promise<string> {
  const added = await cli(
    'pages',
    'add',
    '--data',
    folder,
    '--profile',
    profile,
    '--platform',
    page.platform,
    '--name',
    page.name,
    '--url',
    page.url,
  );
  if (added.code !== 0) throw new Error(`pages add failed: ${added.err}`);
  return (JSON.parse(added.out) as { id: string }).id;
}
