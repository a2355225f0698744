import { DeskFailure } from '../ipc/desk-failure';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

const notYet = (what: string): never => {
  throw new DeskFailure('internal', `${what} is not built yet.`);
};

export function approvalHandlers(_context: HandlerContext): DomainHandlers<'approvals'> {
  return {
    'approvals:inbox': () => notYet('approvals:inbox'),
    'approvals:decide': () => notYet('approvals:decide'),
    'approvals:transcribe': () => notYet('approvals:transcribe'),
    'approvals:recordVerbal': () => notYet('approvals:recordVerbal'),
    'approvals:confirm': () => notYet('approvals:confirm'),
    'approvals:transcribeConfirmation': () => notYet('approvals:transcribeConfirmation'),
  };
}
