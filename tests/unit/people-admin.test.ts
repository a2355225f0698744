import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { JOURNAL_FOLDER } from '../../src/main/journal/segments';
import { PROFILES_FILE } from '../../src/main/profiles/profile-store';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { sessionStatusSchema } from '../../src/shared/profiles/session';
import { type Profile, profileSchema } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import { journalEvents, sharedFolder } from './records-fixtures';

// Every passphrase hashed or checked costs one scrypt at the real cost (about 0.3 s): this file
// runs eight in all, so the timeouts are generous.
const TIMEOUT = 60_000;
const DANA = 'Dana Reyes passphrase';
const SAM_FIRST = 'Sam Ortiz first passphrase';
const SAM_NEW = 'Sam Ortiz second passphrase';
const ROBIN = 'Robin Lee passphrase';

let folder: string;
let services: Services;
let dispatch: Dispatch;
let dana: Profile;
let sam: Profile;
let robin: Profile;

function valueOf<S extends z.ZodType>(schema: S, result: Result<unknown>): z.output<S> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return schema.parse(result.value);
}

/** Signs a profile in to the window as sign-in would, without paying for a passphrase check. */
function actAs(profile: Profile) {
  services.session.signIn(profile);
}

const profilesBytes = () => readFile(join(folder, PROFILES_FILE));

/** A refusal: its code and message, and proof it left profiles.json byte for byte as it was. */
async function refused(channel: string, request: unknown) {
  const before = await profilesBytes();
  const answer = await dispatch(channel, request, true);
  expect(answer.ok).toBe(false);
  expect(await profilesBytes()).toEqual(before);
  if (answer.ok) throw new Error(`${channel} was accepted`);
  return answer.error;
}

const listed = async () => valueOf(z.array(profileSchema), await dispatch('people:list', {}, true));

beforeAll(async () => {
  folder = await sharedFolder('social-desk-people-');
  services = await openServices(folder, 'people test');
  dispatch = createDispatcher(createHandlers(services));
  dana = valueOf(
    profileSchema,
    await dispatch(
      'session:createFirstAdministrator',
      { name: 'Dana Reyes', passphrase: DANA },
      true,
    ),
  );
  sam = valueOf(
    profileSchema,
    await dispatch(
      'people:add',
      { name: 'Sam Ortiz', roles: ['drafter'], passphrase: SAM_FIRST },
      true,
    ),
  );
  robin = valueOf(
    profileSchema,
    await dispatch(
      'people:add',
      { name: 'Robin Lee', roles: ['approver'], passphrase: ROBIN },
      true,
    ),
  );
}, TIMEOUT);
afterAll(async () => {
  await services.close();
  await rm(folder, { recursive: true, force: true });
});

describe('people, through the window’s channels', () => {
  it('changes roles, recorded, and never takes the administrator role from the last one', async () => {
    actAs(dana);
    const changed = valueOf(
      profileSchema,
      await dispatch('people:setRoles', { id: sam.id, roles: ['drafter', 'moderator'] }, true),
    );
    expect(changed.roles).toEqual(['drafter', 'moderator']);
    const event = (await journalEvents(folder)).at(-1);
    expect(event?.header.by).toBe(dana.id);
    expect(event?.payload).toMatchObject({
      store: 'profiles',
      document: sam.id,
      summary: 'roles of "Sam Ortiz" changed from drafter to drafter, moderator',
    });

    const self = await refused('people:setRoles', { id: dana.id, roles: ['drafter'] });
    expect(self.code).toBe('invalid-request');
    expect(self.message).toContain('You are the last active administrator');
    expect(self.message).toContain('Nothing was changed');
    const unknown = await refused('people:setRoles', {
      id: '00000000-0000-4000-8000-000000000000',
      roles: ['drafter'],
    });
    expect(unknown.code).toBe('not-found');

    // With a second administrator, either may step down; the one left may not.
    valueOf(
      profileSchema,
      await dispatch(
        'people:setRoles',
        { id: robin.id, roles: ['approver', 'administrator'] },
        true,
      ),
    );
    actAs(robin);
    valueOf(
      profileSchema,
      await dispatch('people:setRoles', { id: dana.id, roles: ['drafter'] }, true),
    );
    const other = await refused('people:setRoles', { id: robin.id, roles: ['approver'] });
    expect(other.message).toContain('You are the last active administrator');
    valueOf(
      profileSchema,
      await dispatch('people:setRoles', { id: dana.id, roles: ['administrator', 'drafter'] }, true),
    );
  });

  it(
    'resets a passphrase: the old one is refused, the new one accepted, and neither reaches the records',
    async () => {
      actAs(dana);
      // A wrong guess first, so the reset has a run of failures to forget.
      const guess = await dispatch(
        'session:signIn',
        { name: 'Sam Ortiz', passphrase: 'a wrong guess!!' },
        true,
      );
      expect(guess.ok).toBe(false);
      actAs(dana);
      valueOf(
        profileSchema,
        await dispatch('people:resetPassphrase', { id: sam.id, passphrase: SAM_NEW }, true),
      );
      const stored = JSON.parse((await profilesBytes()).toString('utf8')) as {
        profiles: {
          id: string;
          failedSignIns: number;
          passphrase: { hash: string; salt: string };
        }[];
      };
      const samStored = stored.profiles.find((profile) => profile.id === sam.id);
      expect(samStored?.failedSignIns).toBe(0);
      const event = (await journalEvents(folder)).at(-1);
      expect(event?.payload).toMatchObject({
        summary: 'passphrase of "Sam Ortiz" reset by Dana Reyes',
      });
      const journal = (
        await Promise.all(
          (await readdir(join(folder, JOURNAL_FOLDER)))
            .filter((name) => name.endsWith('.jsonl'))
            .map((name) => readFile(join(folder, JOURNAL_FOLDER, name), 'utf8')),
        )
      ).join('');
      for (const secret of [
        SAM_NEW,
        SAM_FIRST,
        samStored?.passphrase.hash,
        samStored?.passphrase.salt,
      ])
        expect(journal).not.toContain(secret);

      const old = await dispatch(
        'session:signIn',
        { name: 'Sam Ortiz', passphrase: SAM_FIRST },
        true,
      );
      expect(old).toMatchObject({ ok: false, error: { code: 'sign-in-refused' } });
      const signedIn = valueOf(
        profileSchema,
        await dispatch('session:signIn', { name: 'Sam Ortiz', passphrase: SAM_NEW }, true),
      );
      expect(signedIn.id).toBe(sam.id);
    },
    TIMEOUT,
  );

  it(
    'deactivates: sign-in refused, a signed-in session refused at once, and records still name them',
    async () => {
      // Sam saves a draft while active: the record names Sam.
      actAs(sam);
      const draft = valueOf(
        z.object({ id: z.string(), revisions: z.array(z.object({ savedBy: z.string() })) }),
        await dispatch(
          'drafts:save',
          { title: 'Bike day', body: 'Join us.', category: 'other' },
          true,
        ),
      );
      expect(draft.revisions[0]?.savedBy).toBe(sam.id);

      // Sam is still signed in to the window when an administrator deactivates the profile.
      const deactivated = await services.profiles.deactivate(sam.id, 'Left the unit', dana);
      expect(deactivated).toMatchObject({
        deactivatedBy: dana.id,
        deactivationReason: 'Left the unit',
      });
      const next = await dispatch('drafts:list', {}, true);
      expect(next).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
      const status = valueOf(sessionStatusSchema, await dispatch('session:status', {}, true));
      expect(status.signedIn).toBeNull();
      expect(status.profileNames).not.toContain('Sam Ortiz');

      // Signing in is refused in words, before any passphrase is checked, and changes nothing.
      const signIn = await refused('session:signIn', { name: 'Sam Ortiz', passphrase: SAM_NEW });
      expect(signIn.code).toBe('sign-in-refused');
      expect(signIn.message).toContain('"Sam Ortiz" was deactivated on');
      expect(signIn.message).toContain('by Dana Reyes (Left the unit)');
      expect(signIn.message).toContain('Nothing was changed');

      // Never deleted: the list still names the author of the draft.
      actAs(dana);
      const people = await listed();
      expect(people.find((profile) => profile.id === draft.revisions[0]?.savedBy)?.name).toBe(
        'Sam Ortiz',
      );
      valueOf(z.unknown(), await dispatch('drafts:get', { id: draft.id }, true));
      const again = await refused('people:deactivate', { id: sam.id, reason: 'Again' });
      expect(again.message).toContain('already deactivated');
    },
    TIMEOUT,
  );

  it(
    'refuses to deactivate the last active administrator, and takes an administrator who deactivates themselves out at once',
    async () => {
      // Two administrators: Robin may step down by deactivating their own profile.
      actAs(robin);
      valueOf(
        profileSchema,
        await dispatch('people:deactivate', { id: robin.id, reason: 'On leave until March' }, true),
      );
      const gone = await dispatch('people:list', {}, true);
      expect(gone).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });

      actAs(dana);
      const last = await refused('people:deactivate', { id: dana.id, reason: 'Leaving' });
      expect(last.code).toBe('invalid-request');
      expect(last.message).toContain('You are the last active administrator');
      expect(last.message).toContain('deactivating your profile');
    },
    TIMEOUT,
  );

  it(
    'reactivates: the person signs in again; an active profile is not reactivated',
    async () => {
      actAs(dana);
      const back = valueOf(
        profileSchema,
        await dispatch('people:reactivate', { id: sam.id }, true),
      );
      expect(back).not.toHaveProperty('deactivatedAt');
      expect(back).not.toHaveProperty('deactivationReason');
      const active = await refused('people:reactivate', { id: dana.id });
      expect(active.message).toContain('nothing to reactivate');
      const signedIn = valueOf(
        profileSchema,
        await dispatch('session:signIn', { name: 'Sam Ortiz', passphrase: SAM_NEW }, true),
      );
      expect(signedIn.id).toBe(sam.id);
      // Sam is a drafter and moderator, not an administrator: the role table refuses, unchanged.
      const notAdmin = await refused('people:reactivate', { id: robin.id });
      expect(notAdmin.code).toBe('not-permitted');
      const status = valueOf(sessionStatusSchema, await dispatch('session:status', {}, true));
      expect(status.profileNames).toEqual(['Dana Reyes', 'Sam Ortiz']);
    },
    TIMEOUT,
  );
});
