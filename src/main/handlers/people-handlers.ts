import { readPlaceNamesFile } from '../department/place-names-file';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

/**
 * The department settings and the people. Who may call each is checked before a handler runs
 * (permissions.ts); the rules that are not roles (the last administrator stays, a deactivated
 * profile cannot sign in) are the services' own.
 */
export function peopleHandlers({
  services,
  shell,
}: HandlerContext): DomainHandlers<'settings'> & DomainHandlers<'people'> {
  const { departmentSettings, profiles } = services;
  return {
    'settings:get': () => departmentSettings.view(),
    'settings:save': (settings, by) => departmentSettings.save(settings, by),
    'settings:importDepartmentFile': (_request, by) => departmentSettings.importDepartmentFile(by),
    // Chosen in the main process's dialog: the renderer never holds the file's path.
    'settings:importPlaceNames': async (_request, by) => {
      const path = await shell.chooseOpenFile('place-names');
      if (path === undefined) return null;
      return departmentSettings.importPlaceNames(await readPlaceNamesFile(path), by);
    },
    // Deactivated profiles stay on the list: records name them.
    'people:list': () => profiles.list(),
    'people:add': ({ name, roles, passphrase }, by) =>
      profiles.add({ name, roles, passphrase }, by),
    'people:setRoles': ({ id, roles }, by) => profiles.setRoles(id, roles, by),
    'people:resetPassphrase': ({ id, passphrase }, by) =>
      profiles.resetPassphrase(id, passphrase, by),
    'people:deactivate': ({ id, reason }, by) => profiles.deactivate(id, reason, by),
    'people:reactivate': ({ id }, by) => profiles.reactivate(id, by),
  };
}
