import { type Draft, draftAuthors, latestRevision } from '../../shared/drafts/draft';
import {
  type Move,
  type WorkflowStep,
  type WorkflowSubject,
  moveRefusal,
} from '../../shared/workflow/workflow';
import { DeskFailure } from '../ipc/desk-failure';

/** A draft as the status machine sees it: its steps, its latest words, everyone who wrote them. */
export function postSubject(draft: Draft): WorkflowSubject {
  const latest = latestRevision(draft);
  return {
    kind: 'post',
    steps: draft.workflow,
    contentHash: latest.contentHash,
    changedAt: latest.savedAt,
    authors: draftAuthors(draft),
    category: latest.category,
  };
}

/**
 * Refuses a move the status machine does not allow, in its words (what the item is, what to do);
 * nothing has been written when it throws.
 */
export function assertMove(
  subject: WorkflowSubject,
  move: Move,
  actor: { readonly id: string; readonly name: string },
  step?: WorkflowStep,
): void {
  const refused = moveRefusal(subject, move, actor, step);
  if (refused !== undefined)
    throw new DeskFailure('invalid-request', `${refused} Nothing was changed.`);
}
