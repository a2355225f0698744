import { type Draft, draftWorkflow, latestRevision } from '../../shared/drafts/draft';
import type { ChecklistItem } from '../../shared/policy/catalogue';
import { findingKey, openItems } from '../../shared/policy/checklist';
import {
  type DraftCheckContext,
  draftChecklist,
  draftItems,
  scanDraftContent,
} from '../../shared/policy/draft-checklist';
import type { FindingKind } from '../../shared/policy/finding';
import { STATUS_LABELS, type StepOf } from '../../shared/workflow/workflow';
import { DeskFailure } from '../ipc/desk-failure';

/**
 * The approval gate, enforced here whatever the renderer shows: a draft is submitted only when
 * every item of its content checklist is satisfied for the saved revision.
 */
export function assertChecklistComplete(draft: Draft, context: DraftCheckContext): void {
  const latest = latestRevision(draft);
  const { items } = draftChecklist(latest, draft, latest.contentHash, context);
  const open = openItems(items);
  if (open.length === 0) return;
  const lines = open.map(({ item, reason }) => `- ${item.section} ${item.title}: ${reason}`);
  throw new DeskFailure(
    'checklist-open',
    `This draft cannot be submitted while ${open.length} checklist item(s) are open:\n${lines.join('\n')}`,
  );
}

/**
 * Attestations and justifications are a drafter's word on the words about to be submitted: once
 * submitted (or decided, published, archived) the draft is read-only to them as to its text.
 */
function assertStillDraft(draft: Draft, doing: string): void {
  const { status } = draftWorkflow(draft);
  if (status === 'draft') return;
  throw new DeskFailure(
    'invalid-request',
    `${doing} is recorded while a draft is being prepared; this one is “${STATUS_LABELS[status]}”. ${
      status === 'submitted'
        ? 'Withdraw it first to change anything.'
        : 'Edit it (a new revision) to prepare it again.'
    } Nothing was changed.`,
  );
}

/** The item a person may attest, by id, or the refusal in words: none is attested blind. */
function attestableItem(itemId: string, context: DraftCheckContext): ChecklistItem {
  const item = draftItems(context.targets).find((candidate) => candidate.id === itemId);
  if (!item)
    throw new DeskFailure(
      'invalid-request',
      `There is no content checklist item ${itemId} on this draft. Nothing was changed.`,
    );
  if (item.satisfiedBy === 'automatic') {
    throw new DeskFailure(
      'invalid-request',
      `${item.section} "${item.title}" is checked automatically; it cannot be attested. Nothing was changed.`,
    );
  }
  return item;
}

/** A standing attestation of the item for the saved text: given for it, and not withdrawn. */
function liveAttestation(draft: Draft, itemId: string, contentHash: string): number {
  return draft.attestations.findLastIndex(
    (a) => a.itemId === itemId && a.contentHash === contentHash && a.withdrawn === undefined,
  );
}

export function attest(
  draft: Draft,
  itemId: string,
  by: string,
  at: string,
  context: DraftCheckContext,
): Draft {
  return attestSeveral(draft, [itemId], by, at, context);
}

/**
 * Several reviewed items attested in one deliberate step, each recorded as its own attestation.
 * Every item is checked before any is recorded: one unknown or automatic item refuses them all.
 */
export function attestSeveral(
  draft: Draft,
  itemIds: readonly string[],
  by: string,
  at: string,
  context: DraftCheckContext,
): Draft {
  assertStillDraft(draft, 'An attestation');
  for (const itemId of itemIds) attestableItem(itemId, context);
  const { contentHash } = latestRevision(draft);
  // An item already attested for the same saved text records nothing: the first word stands (a
  // withdrawn one no longer stands, so it is attested anew). When every item stands, the very
  // draft given is handed back so the caller can tell nothing changed.
  const fresh = itemIds.filter((itemId) => liveAttestation(draft, itemId, contentHash) === -1);
  if (fresh.length === 0) return draft;
  return {
    ...draft,
    attestations: [
      ...draft.attestations,
      ...fresh.map((itemId) => ({ itemId, contentHash, by, at })),
    ],
  };
}

/**
 * Takes back the standing attestation of an item for the saved text, before submission. It is
 * marked withdrawn, never deleted: the record keeps that it was given, by whom, and taken back.
 */
export function withdrawAttestation(
  draft: Draft,
  itemId: string,
  by: string,
  at: string,
  context: DraftCheckContext,
): Draft {
  assertStillDraft(draft, 'An attestation’s withdrawal');
  const item = attestableItem(itemId, context);
  const index = liveAttestation(draft, itemId, latestRevision(draft).contentHash);
  if (index === -1) {
    throw new DeskFailure(
      'invalid-request',
      `${item.section} "${item.title}" has no attestation for the saved text to withdraw. Nothing was changed.`,
    );
  }
  const attestations = draft.attestations.map((attestation, i) =>
    i === index ? { ...attestation, withdrawn: { by, at } } : attestation,
  );
  return { ...draft, attestations };
}

/** A justification must name a finding the saved text really raises: none is recorded blind. */
export function justify(
  draft: Draft,
  finding: { kind: FindingKind; text: string; reason: string },
  by: string,
  at: string,
  context: DraftCheckContext,
): Draft {
  assertStillDraft(draft, 'A justification');
  const key = findingKey(finding);
  const raised = scanDraftContent(latestRevision(draft), context).filter(
    (f) => findingKey(f) === key,
  );
  if (raised.some((f) => f.kind === 'template-placeholder')) {
    throw new DeskFailure(
      'invalid-request',
      `“${finding.text.slice(0, 80)}” marks a template detail not filled in: no justification can change that. Fill in the detail, or write it into the text. Nothing was changed.`,
    );
  }
  if (raised.some((f) => f.mustEdit)) {
    throw new DeskFailure(
      'invalid-request',
      `“${finding.text.slice(0, 80)}” would be cut or refused by a target page’s platform: no justification can change that. Edit the text, or take the page off the draft’s targets.`,
    );
  }
  if (raised.length === 0) {
    throw new DeskFailure(
      'invalid-request',
      `The saved draft raises no ${finding.kind} finding for “${finding.text}”. Save the draft first, then justify what is flagged.`,
    );
  }
  const justification = {
    findingKey: key,
    kind: finding.kind,
    text: finding.text,
    reason: finding.reason,
    by,
    at,
  };
  return { ...draft, justifications: [...draft.justifications, justification] };
}

/**
 * The submit step for the draft's latest revision, once the gate holds. `freeze` stores the packet
 * composed from this very draft and gives its SHA-256: the packet exists before the step names it.
 */
export async function submissionStep(
  draft: Draft,
  by: string,
  at: string,
  context: DraftCheckContext,
  freeze: (draft: Draft) => Promise<string>,
): Promise<StepOf<'submit'>> {
  assertChecklistComplete(draft, context);
  const latest = latestRevision(draft);
  const packetHash = await freeze(draft);
  return {
    move: 'submit',
    revision: latest.number,
    contentHash: latest.contentHash,
    packetHash,
    by,
    at,
  };
}
