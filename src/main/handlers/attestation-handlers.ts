import { type Draft, latestRevision } from '../../shared/drafts/draft';
import type { DraftCheckContext } from '../../shared/policy/draft-checklist';
import { attestSeveral, withdrawAttestation } from '../drafts/draft-gate';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/** Attesting several items in one step, and withdrawing an attestation before submission. */
export function attestationHandlers(
  context: HandlerContext,
): Pick<ActingHandlers, 'drafts:attestSeveral' | 'drafts:withdrawAttestation'> {
  const { services } = context;
  // The same items the single attest and the gate know: the content checklist and each target
  // page's limits, for the draft's saved revision.
  const checkContext = (draft: Draft): DraftCheckContext => ({
    department: services.department,
    targets: services.pages.targets(latestRevision(draft).pages),
  });
  return {
    // One audited update for the whole step (the journal event, then the draft's file), naming
    // every item attested; items that already stood record nothing, and nothing at all is written
    // when every one of them stood.
    'drafts:attestSeveral': async ({ id, itemIds }, by) => {
      const at = new Date().toISOString();
      let recorded: readonly string[] = [];
      const { saved } = await services.drafts.update(
        id,
        (draft) => {
          const next = attestSeveral(draft, itemIds, by.id, at, checkContext(draft));
          recorded = next.attestations.slice(draft.attestations.length).map((a) => a.itemId);
          return next;
        },
        {
          by,
          summary: () =>
            `draft attested ${recorded.length} item${recorded.length === 1 ? '' : 's'} in one step: ${recorded.join(', ')}`,
        },
      );
      return saved;
    },
    'drafts:withdrawAttestation': async ({ id, itemId }, by) => {
      const at = new Date().toISOString();
      const { saved } = await services.drafts.update(
        id,
        (draft) => withdrawAttestation(draft, itemId, by.id, at, checkContext(draft)),
        { by, summary: () => `draft withdrew the attestation of ${itemId}` },
      );
      return saved;
    },
  };
}
