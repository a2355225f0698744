import type { SessionStatus } from '../../shared/profiles/session';
import { APP_VERSION } from '../app-version';
import type { Services } from '../services';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

function sessionStatus(services: Services): SessionStatus {
  return {
    profilesExist: !services.profiles.isEmpty(),
    signedIn: services.session.current ?? null,
    // A deactivated profile cannot sign in, so it is not offered.
    profileNames: services.profiles
      .list()
      .filter((profile) => profile.deactivatedAt === undefined)
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
            phones: [...services.department.phones],
            emails: [...services.department.emails],
            websites: [...services.department.websites],
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
