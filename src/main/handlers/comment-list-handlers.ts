import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

export function commentListHandlers({
  services,
}: HandlerContext): Pick<ActingHandlers, 'comments:list'> {
  return {
    'comments:list': (filter) => services.comments.list(filter, profileNames(services)),
  };
}
