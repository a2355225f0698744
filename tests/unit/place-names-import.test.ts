import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { DEPARTMENT_SETTINGS_FILE } from '../../src/main/department/settings-service';
import { type DeskShell, headlessShell } from '../../src/main/handlers/domain-handlers';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { placeNamesImportSchema } from '../../src/shared/ipc/channels/people-channels';
import { CHANNEL_PERMISSIONS, COMMAND_PERMISSIONS } from '../../src/shared/ipc/permissions';
import { appInfoSchema } from '../../src/shared/ipc/contract';
import { USAGE } from '../../src/main/cli/usage';
import type { Result } from '../../src/shared/result';
import { bytesOf } from './temp-folder';
import { cli, cliFirstAdministrator, journalEvents, scratchFolder } from './records-fixtures';

// Each profile hashes one passphrase at the real scrypt cost.
const TIMEOUT = 60_000;
const PASSPHRASE = 'a long enough passphrase';
const SETTINGS = {
  name: 'Example Police Department',
  website: 'https://police.example.gov',
  contactLines: [{ label: 'Front desk', value: '(555) 555-0199' }],
};

function valueOf<S extends z.ZodType>(schema: S, result: Result<unknown>): z.output<S> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return schema.parse(result.value);
}

/** The window's file dialog, answering with `answer` and counting how often it was opened. */
function dialogShell(answer: () => string | undefined) {
  const opened: string[] = [];
  const shell: DeskShell = {
    ...headlessShell,
    chooseOpenFile: (kind) => {
      opened.push(kind);
      return Promise.resolve(answer());
    },
  };
  return { shell, opened };
}

async function openDesk(
  folder: string,
  shell: DeskShell,
): Promise<{ services: Services; dispatch: Dispatch }> {
  const services = await openServices(folder, 'place names test');
  onTestFinished(() => services.close());
  const dispatch = createDispatcher(createHandlers(services, shell));
  valueOf(
    z.unknown(),
    await dispatch(
      'session:createFirstAdministrator',
      { name: 'Dana Reyes', passphrase: PASSPHRASE },
      true,
    ),
  );
  return { services, dispatch };
}

describe('importing place names in the app', () => {
  it(
    'imports a chosen file into the settings, recorded, says what it kept, and the scanners use it',
    async () => {
      const folder = await scratchFolder('social-desk-place-names-');
      const file = join(folder, '..', `streets-${Date.now()}.csv`);
      await writeFile(file, '\uFEFFstreet\nHooker Ave\nCumming Park\n\nhooker ave\n');
      const { shell, opened } = dialogShell(() => file);
      const { services, dispatch } = await openDesk(folder, shell);

      // Without saved settings there is nowhere to put them: refused, nothing written.
      const early = await dispatch('settings:importPlaceNames', {}, true);
      expect(early).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!early.ok)
        expect(early.error.message).toContain('save the department’s name and website first');
      expect(await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE))).toBeUndefined();

      valueOf(z.unknown(), await dispatch('settings:save', SETTINGS, true));
      const result = valueOf(
        placeNamesImportSchema.nullable(),
        await dispatch('settings:importPlaceNames', {}, true),
      );
      expect(opened).toEqual(['place-names', 'place-names']);
      expect(result).toMatchObject({
        imported: 2,
        duplicates: 1,
        blank: 1,
        headerSkipped: true,
        changed: true,
      });
      expect(result?.file).toMatch(/^streets-\d+\.csv$/);
      expect(result?.view.settings?.placeNames).toEqual(['Hooker Ave', 'Cumming Park']);
      const last = (await journalEvents(folder)).at(-1);
      expect(last?.payload).toMatchObject({ store: 'department' });
      expect(JSON.stringify(last?.payload)).toContain('place names imported from streets-');

      // The gate's scanners and the live checklist's (through app:info) both have them now.
      expect(services.department?.placeNames).toEqual(['Hooker Ave', 'Cumming Park']);
      const info = valueOf(appInfoSchema, await dispatch('app:info', {}, true));
      expect(info.department?.placeNames).toEqual(['Hooker Ave', 'Cumming Park']);

      // The same file again changes nothing and records nothing, and says so.
      const events = (await journalEvents(folder)).length;
      const again = valueOf(
        placeNamesImportSchema.nullable(),
        await dispatch('settings:importPlaceNames', {}, true),
      );
      expect(again?.changed).toBe(false);
      expect((await journalEvents(folder)).length).toBe(events);
    },
    TIMEOUT,
  );

  it(
    'changes nothing for a bad file or a cancelled dialog, and never opens it for a non-administrator',
    async () => {
      const folder = await scratchFolder('social-desk-place-names-');
      const bad = join(folder, '..', `columns-${Date.now()}.csv`);
      await writeFile(bad, 'a,b\nc,d\n');
      let answer: string | undefined = bad;
      const { shell, opened } = dialogShell(() => answer);
      const { services, dispatch } = await openDesk(folder, shell);
      valueOf(z.unknown(), await dispatch('settings:save', SETTINGS, true));
      const settingsBytes = await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE));
      const events = (await journalEvents(folder)).length;

      const refused = await dispatch('settings:importPlaceNames', {}, true);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!refused.ok) {
        expect(refused.error.message).toContain('none is headed name, street or place');
        expect(refused.error.message).toContain('Nothing was changed');
      }
      answer = undefined;
      expect(await dispatch('settings:importPlaceNames', {}, true)).toEqual({
        ok: true,
        value: null,
      });
      expect(await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE))).toEqual(settingsBytes);
      expect((await journalEvents(folder)).length).toBe(events);

      // A drafter is refused before any dialog opens (the role lives in permissions.ts).
      expect(CHANNEL_PERMISSIONS['settings:importPlaceNames']).toMatchObject({
        roles: ['administrator'],
      });
      const drafter = await services.profiles.add(
        { name: 'Sam Ortiz', roles: ['drafter'], passphrase: PASSPHRASE },
        services.session.current,
      );
      services.session.signIn(drafter);
      const openedBefore = opened.length;
      const notPermitted = await dispatch('settings:importPlaceNames', {}, true);
      expect(notPermitted).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
      if (!notPermitted.ok) expect(notPermitted.error.message).toContain('administrator role');
      expect(opened.length).toBe(openedBefore);
    },
    TIMEOUT,
  );
});

describe('social-desk settings place-names', () => {
  it(
    'imports a file as an administrator, prints what it kept, and refuses a bad file changing nothing',
    async () => {
      expect(COMMAND_PERMISSIONS['settings place-names']).toMatchObject({
        roles: ['administrator'],
      });
      expect(USAGE).toContain('settings place-names FILE --profile NAME');
      const folder = await scratchFolder('social-desk-place-names-');
      await cliFirstAdministrator(folder, 'Dana Reyes', 'administrator', PASSPHRASE);
      const text = join(folder, '..', `streets-${Date.now()}.txt`);
      await writeFile(text, 'Hooker Ave\nCumming Park\nCumming Park\n');

      // Settings not saved yet: refused, nothing written.
      const early = await cli(
        'settings',
        'place-names',
        text,
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(early.code).toBe(1);
      expect(early.err).toContain('save the department’s name and website first');

      const services = await openServices(folder, 'place names cli test');
      const dana = services.profiles.list().find((p) => p.name === 'Dana Reyes');
      if (!dana) throw new Error('Dana Reyes is missing');
      await services.departmentSettings.save(SETTINGS, dana);
      await services.close();

      const done = await cli(
        'settings',
        'place-names',
        text,
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(done.code).toBe(0);
      expect(JSON.parse(done.out)).toMatchObject({
        imported: 2,
        duplicates: 1,
        blank: 0,
        changed: true,
      });

      const settingsBytes = await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE));
      const bad = join(folder, '..', `latin-${Date.now()}.txt`);
      await writeFile(bad, Uint8Array.from([0x48, 0xf6, 0x6b, 0x0a]));
      const refused = await cli(
        'settings',
        'place-names',
        bad,
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('is not UTF-8 text');
      expect(refused.err).toContain('Nothing was changed');
      expect(await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE))).toEqual(settingsBytes);

      const usage = await cli(
        'settings',
        'place-names',
        '--data',
        folder,
        '--profile',
        'Dana Reyes',
      );
      expect(usage.code).toBe(2);
      expect((await cli('log', 'verify', '--data', folder)).code).toBe(0);
    },
    TIMEOUT,
  );
});
