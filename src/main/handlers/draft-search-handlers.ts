import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import type { HandlerContext } from './domain-handlers';

/** Word search over the drafts’ text. */
export function draftSearchHandlers(
  _context: HandlerContext,
): Pick<ActingHandlers, 'drafts:search'> {
  const notYet = (): never => {
    throw new DeskFailure('internal', 'Not built yet.');
  };
  return {
    'drafts:search': notYet,
  };
}
