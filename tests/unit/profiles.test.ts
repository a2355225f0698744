import { randomUUID } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AuditTrail } from '../../src/main/audit/audit-trail';
import { Journal } from '../../src/main/journal/journal';
import { ProfileService, signInDelayMs } from '../../src/main/profiles/profile-service';
import { PROFILES_FILE } from '../../src/main/profiles/profile-store';
import type { Profile } from '../../src/shared/profiles/profile';
import { failureOf, journalEvents, scratchFolder } from './records-fixtures';

// Each passphrase hash or check costs one scrypt at the real cost (about 0.3 s): the tests count them.
const SCRYPT_TEST_TIMEOUT = 30_000;
const ADMIN_PASSPHRASE = 'correct horse battery staple';
const CLOCK = () => new Date('2026-10-03T09:30:00.000Z');

/** The service with its waits recorded instead of slept, as the sign-in screen would sleep them. */
async function openService(folder: string) {
  const waits: number[] = [];
  // Every change to a profile is recorded in the journal first, as in the app.
  const { journal } = await Journal.open(folder);
  onTestFinished(() => journal.close());
  const service = await ProfileService.open(folder, {
    audit: new AuditTrail(journal),
    now: CLOCK,
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { service, waits };
}

async function storedFile(folder: string) {
  const text = await readFile(join(folder, PROFILES_FILE), 'utf8');
  const json = JSON.parse(text) as {
    profiles: {
      name: string;
      failedSignIns: number;
      lastFailedAt?: string;
      passphrase: { algorithm: string; N: number; salt: string; hash: string };
    }[];
  };
  return { text, json };
}

async function withAdministrator(): Promise<{ folder: string; admin: Profile }> {
  const folder = await scratchFolder('social-desk-profiles-');
  const { service } = await openService(folder);
  const admin = await service.add(
    { name: 'Avery Admin', roles: ['administrator'], passphrase: ADMIN_PASSPHRASE },
    undefined,
  );
  return { folder, admin };
}

describe('profiles', () => {
  it('refuses a first profile that is not an administrator, or has a short passphrase, storing nothing', async () => {
    const folder = await scratchFolder('social-desk-profiles-');
    const { service } = await openService(folder);

    const notAdmin = await failureOf(() =>
      service.add(
        { name: 'Mo Moderator', roles: ['moderator'], passphrase: ADMIN_PASSPHRASE },
        undefined,
      ),
    );
    expect(notAdmin.code).toBe('invalid-request');
    expect(notAdmin.message).toContain('administrator');

    const short = await failureOf(() =>
      service.add({ name: 'Avery', roles: ['administrator'], passphrase: 'short' }, undefined),
    );
    expect(short.code).toBe('invalid-request');
    expect(short.message).toContain('at least 10 characters');

    expect(service.isEmpty()).toBe(true);
    expect(await readdir(folder)).not.toContain(PROFILES_FILE);
    expect(await journalEvents(folder)).toEqual([]);
  });

  it(
    'adds the first administrator, then only an administrator adds the others, under unique names',
    async () => {
      const { folder, admin } = await withAdministrator();
      expect(admin).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        name: 'Avery Admin',
        roles: ['administrator'],
        createdAt: '2026-10-03T09:30:00.000Z',
        createdBy: 'first-start',
      });
      const { service } = await openService(folder);
      expect(service.list()).toEqual([admin]);
      const moderator: Profile = { ...admin, id: randomUUID(), roles: ['moderator'] };
      const request = {
        name: 'Sam Moderator',
        roles: ['moderator'] as const,
        passphrase: ADMIN_PASSPHRASE,
      };

      const noOne = await failureOf(() => service.add(request, undefined));
      expect(noOne.code).toBe('invalid-request');
      expect(noOne.message).toContain('already has profiles');
      const notAdmin = await failureOf(() => service.add(request, moderator));
      expect(notAdmin.code).toBe('not-permitted');
      expect(notAdmin.message).toContain('needs the administrator role');
      const duplicate = await failureOf(() =>
        service.add({ ...request, name: '  avery ADMIN ' }, admin),
      );
      expect(duplicate.code).toBe('invalid-request');
      expect(duplicate.message).toContain('already a profile named');
      expect(service.list()).toEqual([admin]);

      // The same passphrase as the administrator's, on purpose: its stored hash must differ.
      const sam = await service.add(request, admin);
      expect(sam).toMatchObject({
        name: 'Sam Moderator',
        roles: ['moderator'],
        createdBy: admin.id,
      });
      expect((await openService(folder)).service.list()).toEqual([admin, sam]);

      const { text, json } = await storedFile(folder);
      expect(text).not.toContain(ADMIN_PASSPHRASE);
      expect(text).not.toContain(Buffer.from(ADMIN_PASSPHRASE).toString('base64'));
      const [first, second] = json.profiles.map((profile) => profile.passphrase);
      expect(first).toMatchObject({ algorithm: 'scrypt', N: 2 ** 17 });
      expect(second).toMatchObject({ algorithm: 'scrypt', N: 2 ** 17 });
      expect(Buffer.from(first?.salt ?? '', 'base64')).toHaveLength(16);
      expect(first?.salt).not.toBe(second?.salt);
      expect(first?.hash).not.toBe(second?.hash);
    },
    SCRYPT_TEST_TIMEOUT,
  );

  it('refuses an unknown name without checking any passphrase', async () => {
    const folder = await scratchFolder('social-desk-profiles-');
    const { service, waits } = await openService(folder);
    const failure = await failureOf(() => service.signIn('Nobody', ADMIN_PASSPHRASE));
    expect(failure.code).toBe('sign-in-refused');
    expect(failure.message).toContain('no profile named "Nobody"');
    expect(waits).toEqual([]);
  });

  it('computes the wait after n wrong passphrases: 0, 1 s, 2 s, 4 s ... at most 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(signInDelayMs)).toEqual([
      0, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it(
    'makes each wrong passphrase in a row wait longer, remembers it across restarts, and resets on the right one',
    async () => {
      const { folder, admin } = await withAdministrator();
      const first = await openService(folder);

      const messages: string[] = [];
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const refused = await failureOf(() =>
          first.service.signIn('Avery Admin', 'wrong passphrase!'),
        );
        expect(refused.code).toBe('sign-in-refused');
        messages.push(refused.message);
      }
      expect(first.waits).toEqual([0, 1000]);
      expect(messages[0]).toContain('Wrong passphrase for "Avery Admin"');
      expect(messages.map((message) => /will wait (\d+) s/.exec(message)?.[1])).toEqual(['1', '2']);
      const stored = (await storedFile(folder)).json.profiles[0];
      expect(stored).toMatchObject({ failedSignIns: 2, lastFailedAt: '2026-10-03T09:30:00.000Z' });

      // A new process (the app restarted, or the next CLI command) keeps counting.
      const second = await openService(folder);
      const refused = await failureOf(() =>
        second.service.signIn('Avery Admin', 'still the wrong one'),
      );
      expect(refused.message).toContain('will wait 4 s');
      expect(second.waits).toEqual([2000]);

      // The right passphrase, after the wait, gives back the profile and never its hash.
      const third = await openService(folder);
      const signedIn = await third.service.signIn(' avery admin ', ADMIN_PASSPHRASE);
      expect(signedIn).toEqual(admin);
      expect(Object.keys(signedIn).sort()).toEqual([
        'createdAt',
        'createdBy',
        'id',
        'name',
        'roles',
      ]);
      expect(third.waits).toEqual([4000]);
      const reset = (await storedFile(folder)).json.profiles[0];
      expect(reset?.failedSignIns).toBe(0);
      expect(reset).not.toHaveProperty('lastFailedAt');

      // After the reset, a wrong passphrase starts again from no wait.
      const fourth = await openService(folder);
      const again = await failureOf(() => fourth.service.signIn('Avery Admin', 'wrong again!!'));
      expect(again.message).toContain('will wait 1 s');
      expect(fourth.waits).toEqual([0]);
    },
    SCRYPT_TEST_TIMEOUT,
  );

  // A compromised renderer (or a script) can ask several sign-ins at once: each must still count.
  it(
    'counts every wrong passphrase when several attempts arrive at once',
    async () => {
      const { folder } = await withAdministrator();
      const { service, waits } = await openService(folder);

      const attempts = await Promise.allSettled(
        ['guess one!!', 'guess two!!'].map((guess) => service.signIn('Avery Admin', guess)),
      );

      expect(attempts.map((attempt) => attempt.status)).toEqual(['rejected', 'rejected']);
      // Both count, and the second waits as if they had come one after the other.
      expect((await storedFile(folder)).json.profiles[0]?.failedSignIns).toBe(2);
      expect(waits).toEqual([0, 1000]);
    },
    SCRYPT_TEST_TIMEOUT,
  );
});

describe('the first administrator', () => {
  it(
    'is made once when three first-start requests arrive at once, and names differ ignoring case',
    async () => {
      const folder = await scratchFolder('social-desk-profiles-');
      const { service } = await openService(folder);
      const results = await Promise.allSettled(
        ['Dana', 'dana', 'Robin'].map((name) =>
          service.add({ name, roles: ['administrator'], passphrase: ADMIN_PASSPHRASE }, undefined),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
      expect((await openService(folder)).service.list().map((p) => p.name)).toEqual(['Dana']);
    },
    SCRYPT_TEST_TIMEOUT,
  );

  it(
    'is refused when profiles.json is lost or emptied in a folder whose journal has events',
    async () => {
      const { folder, admin } = await withAdministrator();
      const file = join(folder, PROFILES_FILE);
      const kept = await readFile(file);
      for (const damage of ['deleted', 'emptied'] as const) {
        if (damage === 'deleted') await rm(file);
        else await writeFile(file, JSON.stringify({ schemaVersion: 1, profiles: [] }));
        const failure = await failureOf(() => openService(folder));
        expect(failure.code).toBe('store-damaged');
        expect(failure.message).toContain(file);
        expect(failure.message).toContain(
          damage === 'deleted' ? 'is missing' : 'holds no profiles',
        );
        expect(failure.message).toContain('will not make a new first administrator');
      }
      await writeFile(file, kept);
      expect((await openService(folder)).service.list()).toEqual([admin]);
    },
    SCRYPT_TEST_TIMEOUT,
  );

  it(
    'records the profile in the journal before profiles.json holds it, stamped with that event',
    async () => {
      const { folder, admin } = await withAdministrator();
      const events = await journalEvents(folder);
      expect(events.map((e) => [e.header.type, e.header.seq])).toEqual([['audit.change', 1]]);
      const { json } = await storedFile(folder);
      const stamp = (json as unknown as { audit: { seq: number; storeHash: string } }).audit;
      expect(stamp.seq).toBe(1);
      expect(events[0]?.payload).toMatchObject({
        store: 'profiles',
        document: admin.id,
        storeHash: stamp.storeHash,
      });
    },
    SCRYPT_TEST_TIMEOUT,
  );
});
