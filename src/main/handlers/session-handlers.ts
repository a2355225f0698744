import { isActive } from '../../shared/profiles/profile';
import type { SessionStatus } from '../../shared/profiles/session';
import { APP_VERSION } from '../app-version';
import type { Services } from '../services';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

function sessionStatus(services: Services): SessionStatus {
  // As the store has the profile now: one deactivated since sign-in is no longer signed in.
  const signedIn = services.session.current && services.profiles.byId(services.session.current.id);
  return {
    profilesExist: !services.profiles.isEmpty(),
    signedIn: signedIn && isActive(signedIn) ? signedIn : null,
    // A deactivated profile cannot sign in, so it is not offered.
    profileNames: services.profiles
      .list()
      .filter(isActive)
      .map((profile) => profile.name),
  };
}

export function sessionHandlers({
  services,
}: HandlerContext): DomainHandlers<'app'> & DomainHandlers<'session'> {
  const { session, profiles } = services;
  return {
    'app:info': () => ({
      version: APP_VERSION,
      dataFolder: services.dataFolder,
      notices: [...services.notices],
      department: services.department
        ? {
            ...(services.departmentSettings.settings?.name
              ? { name: services.departmentSettings.settings.name }
              : {}),
            phones: [...services.department.phones],
            emails: [...services.department.emails],
            websites: [...services.department.websites],
            ...(services.department.placeNames
              ? { placeNames: [...services.department.placeNames] }
              : {}),
          }
        : null,
    }),
    'session:status': () => sessionStatus(services),
    'session:createFirstAdministrator': async ({ name, passphrase }) =>
      session.signIn(
        await profiles.add({ name, roles: ['administrator', 'drafter'], passphrase }, undefined),
      ),
    'session:signIn': async ({ name, passphrase }) =>
      session.signIn(await profiles.signIn(name, passphrase)),
    'session:signOut': () => {
      session.signOut();
      return sessionStatus(services);
    },
  };
}
