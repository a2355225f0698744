import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import type { HandlerContext } from './domain-handlers';

/** Attesting several items in one step, and withdrawing an attestation before submission. */
export function attestationHandlers(
  _context: HandlerContext,
): Pick<ActingHandlers, 'drafts:attestSeveral' | 'drafts:withdrawAttestation'> {
  const notYet = (): never => {
    throw new DeskFailure('internal', 'Not built yet.');
  };
  return {
    'drafts:attestSeveral': notYet,
    'drafts:withdrawAttestation': notYet,
  };
}
