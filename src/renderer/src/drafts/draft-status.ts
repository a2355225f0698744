import { z } from 'zod';
import {
  type Draft,
  draftAuthors,
  draftWorkflow,
  latestRevision,
} from '../../../shared/drafts/draft';
import {
  type ItemStatus,
  type StepOf,
  type WorkflowState,
  allowedMoves,
  DECISION_LABELS,
  moveRefusal,
  REASON_MAX,
} from '../../../shared/workflow/workflow';
import { pastMoment } from '../approvals/decision-forms';

/**
 * What the draft editor says about where a draft stands and what happens next, in words. Pure, so
 * each sentence is tested without a window; the status itself comes from the shared machine.
 */

export type NameOf = (profileId: string) => string;
export type FormatTime = (iso: string) => string;

/** The text is read-only when the machine allows no edit (submitted, published, archived). */
export function isLocked(status: ItemStatus): boolean {
  return !allowedMoves(status).includes('edit');
}

export function canMove(status: ItemStatus, move: 'withdraw' | 'publish' | 'archive'): boolean {
  return allowedMoves(status).includes(move);
}

/** Said before saving: an approval holds for one revision's exact words only. */
export function saveWarning(status: ItemStatus, unsaved: boolean): string | undefined {
  if (!unsaved) return undefined;
  if (status === 'approved' || status === 'approved-with-changes') {
    return 'Saving makes a new revision and voids the approval: the new revision needs approval again.';
  }
  if (status === 'changes-requested' || status === 'denied') {
    return 'Saving makes a new revision; submit it again for a new decision.';
  }
  return undefined;
}

/** Why the draft cannot be submitted now, in words; undefined when it can. */
export function submitRefusal(draft: Draft): string | undefined {
  const latest = latestRevision(draft);
  // Who asks does not matter for a submission (only decisions check the person): its author.
  const actor = { id: latest.savedBy, name: latest.savedBy };
  return moveRefusal(
    {
      kind: 'post',
      steps: draft.workflow,
      contentHash: latest.contentHash,
      authors: draftAuthors(draft),
      category: latest.category,
    },
    'submit',
    actor,
  );
}

/** Where a decision came from, in words. */
export function decisionSource(
  decision: StepOf<'decide'>,
  awaitingConfirmation: boolean,
  nameOf: NameOf,
  formatTime: FormatTime,
): string {
  switch (decision.source) {
    case 'in-app':
      return `recorded in the app by ${nameOf(decision.by)} on ${formatTime(decision.at)}`;
    case 'paper': {
      const signed = decision.decidedBy ?? 'the Chief';
      const dated = decision.decidedAt ? `, dated ${decision.decidedAt.slice(0, 10)}` : '';
      return `signed on paper by ${signed}${dated}, transcribed by ${nameOf(decision.by)} on ${formatTime(decision.at)}${decision.scan ? ' (scan attached)' : ''}`;
    }
    case 'verbal': {
      const given = decision.decidedAt ?? decision.at;
      const how = decision.how ? ` by ${decision.how}` : '';
      const confirmation = awaitingConfirmation
        ? 'awaiting written confirmation'
        : 'since confirmed in writing';
      return `given verbally by ${decision.decidedBy ?? 'the Chief'}${how} on ${formatTime(given)}, recorded by ${nameOf(decision.by)}; ${confirmation}`;
    }
    default: {
      const unreachable: never = decision.source;
      return unreachable;
    }
  }
}

/** "Approved — recorded in the app by …": the decision in one line. */
export function decisionLine(
  state: WorkflowState,
  nameOf: NameOf,
  formatTime: FormatTime,
): string | undefined {
  const { decision } = state;
  if (decision === undefined) return undefined;
  const source = decisionSource(
    decision,
    state.awaitingConfirmation !== undefined,
    nameOf,
    formatTime,
  );
  return `${DECISION_LABELS[decision.decision]}: ${source}.`;
}

/** What happens next, in one sentence. */
export function nextStep(draft: Draft, nameOf: NameOf, formatTime: FormatTime): string {
  const state = draftWorkflow(draft);
  const decided = state.decision
    ? ` on ${formatTime(state.decision.at)} by ${state.decision.decidedBy ?? nameOf(state.decision.by)}`
    : '';
  const last = draft.workflow.at(-1);
  switch (state.status) {
    case 'draft':
      if (last?.move === 'withdraw') {
        return `Withdrawn on ${formatTime(last.at)} by ${nameOf(last.by)}: edit it as needed and submit it again when every checklist item is satisfied.`;
      }
      if (draft.workflow.some((step) => step.move === 'decide')) {
        return 'The last decision was about an earlier revision: this revision needs its own approval, so submit it when every checklist item is satisfied.';
      }
      return 'When every checklist item is satisfied, submit it for approval: it then goes to the approver’s inbox.';
    case 'submitted': {
      const submission = state.submission;
      const when = submission ? ` on ${formatTime(submission.at)} by ${nameOf(submission.by)}` : '';
      return `Submitted${when}: it is in the approver’s inbox; the text is locked until the Chief decides or you withdraw it.`;
    }
    case 'approved':
      return `Approved${decided}: copy the text to the page by hand, then record where it was published. Editing it makes a new revision that voids the approval.${state.awaitingConfirmation ? ' The verbal approval still waits for written confirmation.' : ''}`;
    case 'approved-with-changes':
      return `Approved with changes${decided}: make the changes the comment names, save (a new revision) and submit it again.`;
    case 'changes-requested':
      return `Changes requested${decided}: edit the text as the comment asks, save and submit it again.`;
    case 'denied':
      return `Denied${decided}: it may not be published as it stands; edit it to submit again, or archive it.`;
    case 'published': {
      const count = state.publications.length;
      return `Published (${count} ${count === 1 ? 'page' : 'pages'}): published content is a record and is not edited; record another page it went to, or archive it.`;
    }
    case 'archived':
      return last?.move === 'archive'
        ? `Archived on ${formatTime(last.at)} by ${nameOf(last.by)}: nothing more can be done with it.`
        : 'Archived: nothing more can be done with it.';
    default: {
      const unreachable: never = state.status;
      return unreachable;
    }
  }
}

const reasonField = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(REASON_MAX, `Say why in at most ${REASON_MAX.toLocaleString('en-US')} characters`);

export const withdrawFormSchema = z.object({
  reason: reasonField('Say why it is withdrawn: the record keeps the reason'),
});
export const archiveFormSchema = z.object({
  reason: reasonField('Say why it is archived: the record keeps the reason'),
});

export const publishFormSchema = z.object({
  pageId: z.uuid({ error: 'Choose the page it was posted to' }),
  url: z.url({
    protocol: /^https?$/,
    error: 'The post’s address, as the platform shows it, starting with https://',
  }),
  publishedAt: pastMoment('when it was posted'),
});
