import { DeskFailure } from '../ipc/desk-failure';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

const notYet = (what: string): never => {
  throw new DeskFailure('internal', `${what} is not built yet.`);
};

export function pageHandlers(context: HandlerContext): DomainHandlers<'pages'> {
  return {
    'pages:list': () => [...context.services.pages.list()],
    'pages:get': () => notYet('pages:get'),
    'pages:save': () => notYet('pages:save'),
    'pages:submit': () => notYet('pages:submit'),
    'pages:published': () => notYet('pages:published'),
    'pages:introSave': () => notYet('pages:introSave'),
    'pages:introAttest': () => notYet('pages:introAttest'),
    'pages:introSubmit': () => notYet('pages:introSubmit'),
    'pages:introPublished': () => notYet('pages:introPublished'),
    'pages:introInForce': () => notYet('pages:introInForce'),
  };
}
