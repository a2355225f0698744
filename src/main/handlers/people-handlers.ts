import { DeskFailure } from '../ipc/desk-failure';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

const notYet = (what: string): never => {
  throw new DeskFailure('internal', `${what} is not built yet.`);
};

export function peopleHandlers(
  _context: HandlerContext,
): DomainHandlers<'settings'> & DomainHandlers<'people'> {
  return {
    'settings:get': () => notYet('settings:get'),
    'settings:save': () => notYet('settings:save'),
    'settings:importDepartmentFile': () => notYet('settings:importDepartmentFile'),
    'people:list': () => notYet('people:list'),
    'people:add': () => notYet('people:add'),
    'people:setRoles': () => notYet('people:setRoles'),
    'people:resetPassphrase': () => notYet('people:resetPassphrase'),
    'people:deactivate': () => notYet('people:deactivate'),
    'people:reactivate': () => notYet('people:reactivate'),
  };
}
