import { DeskFailure } from '../ipc/desk-failure';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

const notYet = (what: string): never => {
  throw new DeskFailure('internal', `${what} is not built yet.`);
};

export function packetHandlers(_context: HandlerContext): DomainHandlers<'packets'> {
  return {
    'packets:get': () => notYet('packets:get'),
    'packets:saveHtml': () => notYet('packets:saveHtml'),
    'packets:savePdf': () => notYet('packets:savePdf'),
    'packets:print': () => notYet('packets:print'),
  };
}
