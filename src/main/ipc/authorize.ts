import { CHANNELS, type Channel, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { CHANNEL_PERMISSIONS, type Permission, refusal } from '../../shared/ipc/permissions';
import type { Profile } from '../../shared/profiles/profile';
import { DeskFailure } from './desk-failure';
import type { Handlers } from './dispatcher';

/** The profile a handler acts as: none for channels open to anyone, the signed-in one otherwise. */
export type ActorOf<C extends Channel> = (typeof CHANNEL_PERMISSIONS)[C]['kind'] extends 'anyone'
  ? undefined
  : Profile;

export type ActingHandlers = {
  readonly [C in Channel]: (
    request: RequestOf<C>,
    actor: ActorOf<C>,
  ) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/**
 * Wraps every handler with its row of the permission table. The actor is looked up afresh on every
 * call (`currentActor`), so a role taken away after sign-in is taken away at once.
 */
export function authorizeHandlers(
  handlers: ActingHandlers,
  currentActor: () => Profile | undefined,
): Handlers {
  const wrapped: Partial<Record<Channel, (request: unknown) => unknown>> = {};
  for (const channel of CHANNELS) {
    const permission: Permission = CHANNEL_PERMISSIONS[channel];
    // The table pairs each channel with its handler; TypeScript cannot correlate the two unions.
    const handler = handlers[channel] as (request: unknown, actor: Profile | undefined) => unknown;
    wrapped[channel] = (request) => {
      const actor = currentActor();
      const refused = refusal(permission, actor);
      if (refused !== undefined) {
        throw new DeskFailure(actor ? 'not-permitted' : 'not-signed-in', refused);
      }
      return handler(request, permission.kind === 'anyone' ? undefined : actor);
    };
  }
  return wrapped as Handlers;
}
