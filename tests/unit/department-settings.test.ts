import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DEPARTMENT_FILE } from '../../src/main/department';
import { DEPARTMENT_SETTINGS_FILE } from '../../src/main/department/settings-service';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { z } from 'zod';
import { settingsViewSchema } from '../../src/shared/ipc/channels/people-channels';
import { appInfoSchema } from '../../src/shared/ipc/contract';
import type { Result } from '../../src/shared/result';
import { bytesOf } from './temp-folder';
import { cli, failureOf, journalEvents, sample, scratchFolder } from './records-fixtures';

// Making the first administrator hashes one passphrase at the real scrypt cost.
const TIMEOUT = 30_000;
const PASSPHRASE = 'a long enough passphrase';

const SETTINGS = {
  name: 'Example Police Department',
  website: 'https://police.example.gov',
  contactLines: [
    { label: 'Front desk', value: '(555) 555-0199' },
    { label: 'Public information office', value: 'pio@police.example.gov' },
  ],
};

/** The answer's value, parsed with the contract's own schema (or any other). */
function valueOf<S extends z.ZodType>(schema: S, result: Result<unknown>): z.output<S> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return schema.parse(result.value);
}
const anything = z.unknown();
const saved = z.object({ id: z.string() });

/** The app's services on a folder, with its first administrator signed in. */
async function openDesk(
  folder: string,
  first = true,
): Promise<{ services: Services; dispatch: Dispatch }> {
  const services = await openServices(folder, 'department settings test');
  let open = true;
  onTestFinished(async () => {
    if (open) await services.close();
  });
  const close = services.close.bind(services);
  services.close = async () => {
    open = false;
    await close();
  };
  const dispatch = createDispatcher(createHandlers(services));
  if (first) {
    valueOf(
      anything,
      await dispatch(
        'session:createFirstAdministrator',
        { name: 'Dana Reyes', passphrase: PASSPHRASE },
        true,
      ),
    );
  }
  return { services, dispatch };
}

/** Signs in again without a passphrase check: the tests count their scrypt runs. */
function signInAgain(services: Services) {
  const dana = services.profiles.list().find((profile) => profile.name === 'Dana Reyes');
  if (!dana) throw new Error('Dana Reyes is missing');
  services.session.signIn(dana);
}

const phonesOf = async (dispatch: Dispatch) =>
  valueOf(appInfoSchema, await dispatch('app:info', {}, true)).department?.phones;

describe('department settings', () => {
  it(
    'reads department.json while nothing is saved, offers it, and imports it recorded, leaving the file in place',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      const file = join(folder, DEPARTMENT_FILE);
      await writeFile(file, await readFile(sample('department.json')));
      const fileBytes = await readFile(file);
      const { services, dispatch } = await openDesk(folder);

      expect(await phonesOf(dispatch)).toContain('(555) 555-0100');
      const offered = valueOf(settingsViewSchema, await dispatch('settings:get', {}, true));
      expect(offered.settings).toBeNull();
      expect(offered.departmentFileProblem).toBeNull();
      expect(offered.departmentFile?.file).toBe(file);
      expect(offered.departmentFile?.settings).toMatchObject({
        name: 'Example Police Department',
        website: 'https://www.cityofexample.gov/police',
      });
      expect(offered.departmentFile?.settings.contactLines).toContainEqual({
        label: 'Non emergency',
        value: '(555) 555-0100',
      });

      const imported = valueOf(
        settingsViewSchema,
        await dispatch('settings:importDepartmentFile', {}, true),
      );
      expect(imported.settings).toEqual(offered.departmentFile?.settings);
      // Imported once, not offered again; the file itself is untouched.
      expect(imported.departmentFile).toBeNull();
      expect(await readFile(file)).toEqual(fileBytes);
      const last = (await journalEvents(folder)).at(-1);
      expect(last?.header.type).toBe('audit.change');
      expect(last?.payload).toMatchObject({ store: 'department' });
      expect(JSON.stringify(last?.payload)).toContain('imported from');

      // The settings outlive a restart, still not offering the file they came from.
      await services.close();
      const again = await openDesk(folder, false);
      signInAgain(again.services);
      const view = valueOf(settingsViewSchema, await again.dispatch('settings:get', {}, true));
      expect(view.settings?.name).toBe('Example Police Department');
      expect(view.departmentFile).toBeNull();
      await again.services.close();
      const verified = await cli('log', 'verify', '--data', folder);
      expect(verified.code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'puts a saved change before the scanners and app:info at once, without a restart',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      await writeFile(join(folder, DEPARTMENT_FILE), await readFile(sample('department.json')));
      const { dispatch } = await openDesk(folder);
      const body = 'Questions about the parade? Call (555) 555-0199.';
      const before = valueOf(
        saved,
        await dispatch('drafts:save', { title: 'Parade', body, category: 'other' }, true),
      );
      // Not yet the department's line: the gate flags it as a person's number.
      valueOf(
        anything,
        await dispatch(
          'drafts:justify',
          {
            id: before.id,
            kind: 'personal-data',
            text: '(555) 555-0199',
            reason: 'The parade office line, listed in the city directory.',
          },
          true,
        ),
      );

      const savedView = valueOf(
        settingsViewSchema,
        await dispatch('settings:save', SETTINGS, true),
      );
      expect(savedView.settings).toEqual(SETTINGS);
      // The file is still there and still offered (never imported), but the settings count now.
      expect(savedView.departmentFile?.settings.name).toBe('Example Police Department');
      const phones = await phonesOf(dispatch);
      expect(phones).toEqual(['(555) 555-0199']);
      const after = valueOf(
        saved,
        await dispatch('drafts:save', { title: 'Parade', body, category: 'other' }, true),
      );
      const refused = await dispatch(
        'drafts:justify',
        {
          id: after.id,
          kind: 'personal-data',
          text: '(555) 555-0199',
          reason: 'The parade office line, listed in the city directory.',
        },
        true,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      if (!refused.ok) expect(refused.error.message).toContain('raises no personal-data finding');

      // Saving the same settings again records nothing.
      const events = (await journalEvents(folder)).length;
      valueOf(anything, await dispatch('settings:save', SETTINGS, true));
      expect((await journalEvents(folder)).length).toBe(events);
    },
    TIMEOUT,
  );

  it(
    'refuses settings that do not fit, saying why at the field, and changes nothing',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      const { dispatch } = await openDesk(folder);
      const refused = await dispatch(
        'settings:save',
        {
          ...SETTINGS,
          website: 'ftp://police.example.gov',
          contactLines: [{ label: '', value: '1' }],
        },
        true,
      );
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.message).toContain('The website starts with https://');
        expect(refused.error.message).toContain('Label the line');
      }
      expect(await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE))).toBeUndefined();
      const none = await dispatch('settings:importDepartmentFile', {}, true);
      expect(none).toMatchObject({ ok: false, error: { code: 'not-found' } });
      if (!none.ok) expect(none.error.message).toContain('Nothing was changed');
      expect(await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE))).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'names a damaged department.json and never writes it: it stops a start without settings, and is only told with them',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      const file = join(folder, DEPARTMENT_FILE);
      const first = await openDesk(folder);
      valueOf(anything, await first.dispatch('settings:save', SETTINGS, true));
      await writeFile(file, '{"department": "Example PD"');
      const damaged = await readFile(file);

      // Asked while the app runs: named, not imported, nothing changed.
      const view = valueOf(settingsViewSchema, await first.dispatch('settings:get', {}, true));
      expect(view.departmentFile).toBeNull();
      expect(view.departmentFileProblem).toContain(file);
      expect(view.departmentFileProblem).toContain('cannot be read');
      const settingsBytes = await readFile(join(folder, DEPARTMENT_SETTINGS_FILE));
      const refused = await first.dispatch('settings:importDepartmentFile', {}, true);
      expect(refused).toMatchObject({ ok: false, error: { code: 'store-damaged' } });
      if (!refused.ok) expect(refused.error.message).toContain(file);
      expect(await readFile(join(folder, DEPARTMENT_SETTINGS_FILE))).toEqual(settingsBytes);
      await first.services.close();

      // With settings saved, the start goes on and says so once.
      const second = await openDesk(folder, false);
      expect(second.services.notices).toEqual([expect.stringContaining(file)]);
      expect(second.services.department?.phones).toEqual(['(555) 555-0199']);
      await second.services.close();
      expect(await readFile(file)).toEqual(damaged);

      // Without settings (a folder that never had any), the start stops, named, as before.
      const bare = await scratchFolder('social-desk-settings-');
      await writeFile(join(bare, DEPARTMENT_FILE), damaged);
      const stopped = await failureOf(() => openServices(bare, 'test'));
      expect(stopped.code).toBe('store-damaged');
      expect(stopped.message).toContain(join(bare, DEPARTMENT_FILE));
      expect(await readFile(join(bare, DEPARTMENT_FILE))).toEqual(damaged);
    },
    TIMEOUT,
  );

  it(
    'names a department.json that cannot become settings instead of offering it',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      const department = JSON.parse(await readFile(sample('department.json'), 'utf8')) as {
        website: string;
      };
      // department.json has always taken any URL; the settings take only a web address.
      await writeFile(
        join(folder, DEPARTMENT_FILE),
        JSON.stringify({ ...department, website: 'ftp://files.example.gov' }),
      );
      const { dispatch } = await openDesk(folder);
      const view = valueOf(settingsViewSchema, await dispatch('settings:get', {}, true));
      expect(view.departmentFile).toBeNull();
      expect(view.departmentFileProblem).toContain('The website starts with https://');
      const refused = await dispatch('settings:importDepartmentFile', {}, true);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(await bytesOf(join(folder, DEPARTMENT_SETTINGS_FILE))).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'has log verify name settings put back to an earlier saved state',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      const { services, dispatch } = await openDesk(folder);
      const store = join(folder, DEPARTMENT_SETTINGS_FILE);
      valueOf(anything, await dispatch('settings:save', SETTINGS, true));
      const earlier = await readFile(store);
      valueOf(
        anything,
        await dispatch('settings:save', { ...SETTINGS, name: 'Example City Police' }, true),
      );
      await services.close();
      // The earlier file is one Social Desk wrote, stamped and whole: only the journal knows better.
      await writeFile(store, earlier);
      const verified = await cli('log', 'verify', '--data', folder);
      expect(verified.code).toBe(1);
      expect(verified.out + verified.err).toContain(store);
      expect(verified.out + verified.err).toContain('put back to an earlier state');
    },
    TIMEOUT,
  );

  it(
    'refuses to start on settings changed outside Social Desk',
    async () => {
      const folder = await scratchFolder('social-desk-settings-');
      const { services, dispatch } = await openDesk(folder);
      valueOf(anything, await dispatch('settings:save', SETTINGS, true));
      await services.close();
      const store = join(folder, DEPARTMENT_SETTINGS_FILE);
      const text = await readFile(store, 'utf8');
      await writeFile(store, text.replace('(555) 555-0199', '(555) 555-0000'));
      const refused = await failureOf(() => openServices(folder, 'test'));
      expect(refused.code).toBe('store-damaged');
      expect(refused.message).toContain(store);
      expect(refused.message).toContain('changed outside Social Desk');
    },
    TIMEOUT,
  );
});
