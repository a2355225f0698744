import { unavailable } from './domain-handlers';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/** Issue 11: a comment's story and the journal's verification state (placeholders until built). */
export function commentStoryHandlers(
  _context: HandlerContext,
): Pick<ActingHandlers, 'comments:get' | 'comments:journalStatus'> {
  return {
    'comments:get': () => unavailable('A comment’s history'),
    'comments:journalStatus': () => unavailable('The journal’s verification state'),
  };
}
