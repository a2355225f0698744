import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUDIT_CHANGE } from '../../src/main/audit/audit-trail';
import { Journal } from '../../src/main/journal/journal';
import { pageSchema } from '../../src/shared/pages/page';
import { type Profile, profileSchema } from '../../src/shared/profiles/profile';
import {
  type CliRun,
  cli,
  journalEvents,
  sample,
  scratchFolder,
  segmentFiles,
  setEnv,
  sharedFolder,
} from './records-fixtures';

// Every writing command signs in with a real scrypt check (about 0.3 s or more): allow for it.
const SIGN_IN_TIMEOUT = 30_000;
const ADMIN = 'Avery Admin';
const ADMIN_PASSPHRASE = 'correct horse battery staple';
const MODERATOR = 'Sam Moderator';
const MODERATOR_PASSPHRASE = 'moderate, never censor';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Runs one command with the given passphrases in the environment, as a script would. */
async function cliWith(
  passphrases: { passphrase?: string; newPassphrase?: string },
  ...argv: string[]
): Promise<CliRun> {
  const saved = {
    SOCIAL_DESK_PASSPHRASE: process.env.SOCIAL_DESK_PASSPHRASE,
    SOCIAL_DESK_NEW_PASSPHRASE: process.env.SOCIAL_DESK_NEW_PASSPHRASE,
  };
  const set = (name: keyof typeof saved, value: string | undefined) => {
    if (value === undefined) Reflect.deleteProperty(process.env, name);
    else process.env[name] = value;
  };
  set('SOCIAL_DESK_PASSPHRASE', passphrases.passphrase);
  set('SOCIAL_DESK_NEW_PASSPHRASE', passphrases.newPassphrase);
  try {
    return await cli(...argv);
  } finally {
    set('SOCIAL_DESK_PASSPHRASE', saved.SOCIAL_DESK_PASSPHRASE);
    set('SOCIAL_DESK_NEW_PASSPHRASE', saved.SOCIAL_DESK_NEW_PASSPHRASE);
  }
}

/** A command's output, which must have succeeded quietly and printed JSON of this shape. */
function json<S extends z.ZodType>(run: CliRun, schema: S): z.output<S> {
  expect(run.err, 'nothing on stderr').toBe('');
  expect(run.code, 'exit code').toBe(0);
  return schema.parse(JSON.parse(run.out));
}

const backupOutput = z.object({
  out: z.string(),
  files: z.number(),
  journal: z.object({ events: z.number(), head: z.string() }),
  sha256: z.string(),
  recorded: z.object({ seq: z.number() }),
});
const restoreOutput = z.object({
  files: z.number(),
  events: z.number(),
  head: z.string(),
  previous: z.string(),
  setAside: z.object({ events: z.number(), folder: z.string() }),
  recorded: z.object({ seq: z.number() }),
});

/** Memoizes a setup step several tests share, so each still runs alone (`-t`). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/**
 * One data folder for the file: its first administrator is made in beforeAll (by the command
 * under test), the rest on first use. A passphrase hash is slow, so they are made once.
 */
let folder = '';
let firstAdd: CliRun;

beforeAll(async () => {
  folder = await sharedFolder('social-desk-cli-records-');
  firstAdd = await cliWith(
    { newPassphrase: ADMIN_PASSPHRASE },
    'profiles',
    'add',
    '--data',
    folder,
    '--name',
    ADMIN,
    '--roles',
    'administrator,moderator',
  );
}, SIGN_IN_TIMEOUT);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const admin = (): Profile => profileSchema.parse(JSON.parse(firstAdd.out));

const moderator = once(async () =>
  json(
    await cliWith(
      { passphrase: ADMIN_PASSPHRASE, newPassphrase: MODERATOR_PASSPHRASE },
      'profiles',
      'add',
      '--data',
      folder,
      '--profile',
      ADMIN,
      '--name',
      MODERATOR,
      '--roles',
      'moderator',
    ),
    profileSchema,
  ),
);

const page = once(async () =>
  json(
    await cliWith(
      { passphrase: ADMIN_PASSPHRASE },
      'pages',
      'add',
      '--data',
      folder,
      '--profile',
      ADMIN,
      '--platform',
      'Facebook',
      '--name',
      'Example PD Facebook',
      '--url',
      'https://www.facebook.com/examplepd',
      '--audience',
      'Residents of Example City',
    ),
    pageSchema,
  ),
);

describe('social-desk profiles', () => {
  it('adds the first profile without --profile and prints it as JSON with its id', async () => {
    // The first administrator starts the (empty) data folder, and says so.
    expect(firstAdd.err).toBe(`social-desk: started a new data folder at ${folder}.`);
    const profile = json({ ...firstAdd, err: '' }, profileSchema);
    expect(profile).toEqual({
      id: expect.stringMatching(UUID) as unknown,
      name: ADMIN,
      roles: ['administrator', 'moderator'],
      createdAt: expect.any(String) as unknown,
      createdBy: 'first-start',
    });
    const listed = json(await cli('profiles', 'list', '--data', folder), z.array(profileSchema));
    expect(listed[0]).toEqual(profile);
    expect(await readFile(join(folder, 'profiles.json'), 'utf8')).not.toContain(ADMIN_PASSPHRASE);
  });

  it(
    'refuses a second profile without --profile (exit 2), and adds it when an administrator signs in',
    async () => {
      const refused = await cliWith(
        { newPassphrase: 'someone else entirely' },
        'profiles',
        'add',
        '--data',
        folder,
        '--name',
        'Walk-in',
        '--roles',
        'administrator',
      );
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('--profile');
      expect(refused.out).toBe('');

      const added = await moderator();
      expect(added).toMatchObject({ name: MODERATOR, roles: ['moderator'], createdBy: admin().id });
      const names = json(
        await cli('profiles', 'list', '--data', folder),
        z.array(profileSchema),
      ).map((profile) => profile.name);
      expect(names).not.toContain('Walk-in');
      expect(names).toContain(MODERATOR);
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'refuses a wrong passphrase (exit 1, "Wrong passphrase") and changes no record',
    async () => {
      const own = await scratchFolder('social-desk-cli-records-');
      const first = await cliWith(
        { newPassphrase: ADMIN_PASSPHRASE },
        'profiles',
        'add',
        '--data',
        own,
        '--name',
        ADMIN,
        '--roles',
        'administrator',
      );
      expect(first.code).toBe(0);
      const events = (await journalEvents(own)).length;

      const refused = await cliWith(
        { passphrase: 'not the passphrase' },
        'pages',
        'add',
        '--data',
        own,
        '--profile',
        ADMIN,
        '--platform',
        'facebook',
        '--name',
        'Example PD',
        '--url',
        'https://www.facebook.com/examplepd',
      );

      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`Wrong passphrase for "${ADMIN}"`);
      expect(refused.out).toBe('');
      expect(await readdir(own)).not.toContain('pages.json');
      // The one thing recorded is the failed attempt itself, which makes the next one wait.
      const after = await journalEvents(own);
      expect(after).toHaveLength(events + 1);
      expect(after.at(-1)?.payload).toMatchObject({
        store: 'profiles',
        summary: `wrong passphrase for "${ADMIN}" (1 in a row)`,
      });
      // The lock was let go: the next command is not told the folder is in use.
      expect(await readdir(own)).not.toContain('writer.lock');
    },
    SIGN_IN_TIMEOUT,
  );
});

describe('social-desk pages and comments', () => {
  it(
    'records a page and prints it with its id',
    async () => {
      const added = await page();
      // A new page has not been to the Chief yet: no workflow step.
      expect(added).toMatchObject({ workflow: [] });
      expect(added).toMatchObject({
        id: expect.stringMatching(UUID) as unknown,
        platform: 'facebook',
        name: 'Example PD Facebook',
        url: 'https://www.facebook.com/examplepd',
        audience: 'Residents of Example City',
        createdAt: expect.any(String) as unknown,
        createdBy: admin().id,
      });
      const listed = json(await cli('pages', 'list', '--data', folder), z.array(pageSchema));
      expect(listed).toContainEqual(added);
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'imports a comment export and prints {imported, duplicates, rejected, mapping}',
    async () => {
      const { id } = await page();
      const result = json(
        await cliWith(
          { passphrase: ADMIN_PASSPHRASE },
          'comments',
          'import',
          sample('malformed-comments.csv'),
          '--data',
          folder,
          '--profile',
          ADMIN,
          '--page',
          id,
        ),
        z.unknown(),
      );
      expect(result).toEqual({
        imported: 1,
        edited: 0,
        duplicates: 0,
        rejected: [3, 4, 5, 6, 7].map((line) => ({ line, reason: expect.any(String) as unknown })),
        mapping: {
          id: 'id',
          text: 'message',
          author: 'from',
          time: 'created_time',
          permalink: 'permalink_url',
        },
      });
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'takes --map field=column,... for a file whose headers it does not know',
    async () => {
      const { id } = await page();
      const file = join(await scratchFolder(), 'unusual.csv');
      await writeFile(
        file,
        'Kommentar,Verfasser,Zeitpunkt\n"Danke, officers",Dana,2026-10-03T14:00:00Z\nSlow down on Elm,Greg,\n',
      );
      const bad = await cli(
        'comments',
        'import',
        file,
        '--data',
        folder,
        '--page',
        id,
        '--map',
        'text',
      );
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('--map text: write field=column');

      const result = json(
        await cliWith(
          { passphrase: ADMIN_PASSPHRASE },
          'comments',
          'import',
          file,
          '--data',
          folder,
          '--profile',
          ADMIN,
          '--page',
          id,
          '--map',
          'text=Kommentar, author=Verfasser,time=Zeitpunkt',
        ),
        z.unknown(),
      );
      expect(result).toEqual({
        imported: 2,
        edited: 0,
        duplicates: 0,
        rejected: [],
        mapping: { text: 'Kommentar', author: 'Verfasser', time: 'Zeitpunkt' },
      });
      const texts = (await journalEvents(folder))
        .filter((event) => event.header.type === 'comment.captured')
        .map((event) => (event.payload as { text: string }).text);
      expect(texts).toContain('Danke, officers');
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'leaves an audit.change naming the acting profile for every profile and page change',
    async () => {
      const [second, added] = [await moderator(), await page()];
      const audits = (await journalEvents(folder)).filter(
        (event) => event.header.type === AUDIT_CHANGE,
      );
      const summary = audits.map((event) => ({
        by: event.header.by,
        ...(event.payload as { store: string; document: string }),
      }));
      expect(summary).toEqual([
        expect.objectContaining({ by: admin().id, store: 'profiles', document: admin().id }),
        expect.objectContaining({ by: admin().id, store: 'profiles', document: second.id }),
        expect.objectContaining({ by: admin().id, store: 'pages', document: added.id }),
      ]);
      for (const event of audits) {
        expect(event.payload).toMatchObject({
          before: null,
          after: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
          summary: expect.stringContaining('added') as unknown,
        });
      }
    },
    SIGN_IN_TIMEOUT * 2,
  );
});

describe('social-desk log', () => {
  it('verifies the journal (exit 0) and prints the same head as log checkpoint', async () => {
    const count = (await journalEvents(folder)).length;
    const verify = await cli('log', 'verify', '--data', folder);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/^\{"ok":true,"events":\d+,"head":"[0-9a-f]{64}"\}$/);
    const verified = JSON.parse(verify.out) as { events: number; head: string };
    expect(verified.events).toBe(count);

    const checkpoint = await cli('log', 'checkpoint', '--data', folder);
    expect(checkpoint.code).toBe(0);
    expect(JSON.parse(checkpoint.out)).toEqual({ events: count, head: verified.head });
  });

  it('checks a kept checkpoint: exit 0 when it holds, 1 when its hash differs, 2 when malformed', async () => {
    const { events, head } = JSON.parse((await cli('log', 'checkpoint', '--data', folder)).out) as {
      events: number;
      head: string;
    };
    const holds = await cli('log', 'verify', '--data', folder, '--checkpoint', `${events}:${head}`);
    expect(holds.code).toBe(0);

    const wrong = `${head.slice(0, -1)}${head.endsWith('0') ? '1' : '0'}`;
    const differs = await cli(
      'log',
      'verify',
      '--data',
      folder,
      '--checkpoint',
      `${events}:${wrong}`,
    );
    expect(differs.code).toBe(1);
    expect(JSON.parse(differs.out)).toMatchObject({ ok: false, firstBad: events });

    const malformed = await cli('log', 'verify', '--data', folder, '--checkpoint', 'latest');
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('SEQ:HASH');
  });

  it('exits 1 and names the first bad event after one byte of the journal is changed', async () => {
    const copy = join(await scratchFolder(), 'data');
    await cp(folder, copy, { recursive: true });
    const [segment = ''] = await segmentFiles(copy);
    const text = await readFile(segment, 'utf8');
    // The first event records the first profile: change one letter of its summary.
    const at = text.indexOf(`${ADMIN}\\" added`);
    expect(at).toBeGreaterThan(0);
    expect(text.indexOf('\n')).toBeGreaterThan(at);
    await writeFile(segment, `${text.slice(0, at)}E${text.slice(at + 1)}`);

    const result = await cli('log', 'verify', '--data', copy);

    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toMatchObject({
      ok: false,
      firstBad: 1,
      reason: expect.stringContaining('changed') as unknown,
    });
    expect((await cli('log', 'verify', '--data', folder)).code).toBe(0);
  });
});

describe('social-desk backup and restore', () => {
  it(
    'backs up as a person and records it, restores only for an administrator or records custodian',
    async () => {
      await moderator();
      const parent = await scratchFolder();
      const data = join(parent, 'data');
      await cp(folder, data, { recursive: true });
      const out = join(parent, 'desk.tar');

      const anonymous = await cli('backup', '--data', data, '--out', out);
      expect(anonymous.code).toBe(2);
      expect(anonymous.err).toContain('--profile NAME');
      expect((await readdir(parent)).sort()).toEqual(['data']);

      const backedUp = json(
        await cliWith(
          { passphrase: ADMIN_PASSPHRASE },
          'backup',
          '--data',
          data,
          '--out',
          out,
          '--profile',
          ADMIN,
        ),
        backupOutput,
      );
      const { events } = JSON.parse((await cli('log', 'checkpoint', '--data', data)).out) as {
        events: number;
      };
      // The backup holds the log up to its own record, which follows it.
      expect(backedUp).toMatchObject({
        out,
        journal: { events: events - 1 },
        recorded: { seq: events },
      });
      expect(backedUp.files).toBeGreaterThanOrEqual(3);
      const last = (await journalEvents(data)).at(-1);
      expect(last?.header).toMatchObject({ type: 'records.backup', by: admin().id });
      expect(last?.payload).toMatchObject({ sha256: backedUp.sha256 });

      const notAllowed = await cliWith(
        { passphrase: MODERATOR_PASSPHRASE },
        'restore',
        out,
        '--data',
        data,
        '--profile',
        MODERATOR,
      );
      expect(notAllowed.code).toBe(1);
      expect(notAllowed.err).toMatch(/administrator or records/);
      expect((await readdir(parent)).sort()).toEqual(['data', 'desk.tar']);

      const restored = json(
        await cliWith(
          { passphrase: ADMIN_PASSPHRASE },
          'restore',
          out,
          '--data',
          data,
          '--profile',
          ADMIN,
        ),
        restoreOutput,
      );
      expect(restored).toMatchObject({
        files: backedUp.files,
        events: events - 1,
        recorded: { seq: events },
      });
      expect(basename(restored.previous)).toMatch(/^data\.before-restore-/);
      expect((await cli('log', 'verify', '--data', data)).code).toBe(0);
      const restoredLast = (await journalEvents(data)).at(-1);
      expect(restoredLast?.header).toMatchObject({ type: 'records.restore', by: admin().id });
    },
    SIGN_IN_TIMEOUT * 2,
  );

  it(
    'restores a backup older than the log only with --allow-older, and says where the newer events are',
    async () => {
      const parent = await scratchFolder();
      const data = join(parent, 'data');
      await cp(folder, data, { recursive: true });
      const out = join(parent, 'desk.tar');
      json(
        await cliWith(
          { passphrase: ADMIN_PASSPHRASE },
          'backup',
          '--data',
          data,
          '--out',
          out,
          '--profile',
          ADMIN,
        ),
        backupOutput,
      );
      // Work goes on after the backup.
      const { journal } = await Journal.open(data);
      await journal.append([{ type: 'comment.captured', by: admin().id, payload: { n: 1 } }]);
      await journal.close();
      const restoreAs = (...extra: string[]) =>
        cliWith(
          { passphrase: ADMIN_PASSPHRASE },
          'restore',
          out,
          '--data',
          data,
          '--profile',
          ADMIN,
          ...extra,
        );

      const refused = await restoreAs();
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('would set aside 2 newer events');
      expect(refused.err).toContain('Nothing was changed');
      expect(refused.err).toContain('--allow-older');
      expect((await readdir(parent)).sort()).toEqual(['data', 'desk.tar']);

      const allowed = json(await restoreAs('--allow-older'), restoreOutput);
      expect(allowed.setAside).toEqual({ events: 2, folder: allowed.previous });
      expect(basename(allowed.previous)).toMatch(/^data\.before-restore-/);
      expect(await journalEvents(allowed.previous)).toHaveLength(allowed.events + 2);
      expect((await cli('log', 'verify', '--data', data)).code).toBe(0);
    },
    SIGN_IN_TIMEOUT * 2,
  );

  it('exits 2 when backup is not told where to write', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: undefined });
    const result = await cli('backup', '--data', folder);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out FILE');
  });
});
