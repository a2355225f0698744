import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import type { HandlerContext } from './domain-handlers';

/** Photos and videos copied in and hashed, and the written permissions that cover them. */
export function mediaHandlers(
  _context: HandlerContext,
): Pick<ActingHandlers, 'drafts:uploadMedia' | 'drafts:mediaFile' | 'drafts:recordPermission'> {
  const notYet = (): never => {
    throw new DeskFailure('internal', 'Not built yet.');
  };
  return {
    'drafts:uploadMedia': notYet,
    'drafts:mediaFile': notYet,
    'drafts:recordPermission': notYet,
  };
}
