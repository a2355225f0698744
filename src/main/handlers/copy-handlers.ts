import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import type { HandlerContext } from './domain-handlers';

/** A post’s text as one target page shows it, onto the clipboard. */
export function copyHandlers(_context: HandlerContext): Pick<ActingHandlers, 'drafts:copyText'> {
  const notYet = (): never => {
    throw new DeskFailure('internal', 'Not built yet.');
  };
  return {
    'drafts:copyText': notYet,
  };
}
