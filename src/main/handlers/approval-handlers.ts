import type { z } from 'zod';
import type {
  Inbox,
  InboxItem,
  ItemRef,
  itemStatusSchema,
} from '../../shared/ipc/channels/workflow-channels';
import type { Profile } from '../../shared/profiles/profile';
import {
  DECISION_LABELS,
  type Decision,
  URGENT_CATEGORIES,
  type WorkflowStep,
  waitedFor,
  workflowState,
} from '../../shared/workflow/workflow';
import { decodeScan } from '../attachments/scan-file';
import { DeskFailure } from '../ipc/desk-failure';
import { CLOCK_SLACK_MS, SIGNED_DATE_SLACK_MS } from '../workflow/publication-time';
import { assertFrozenPacket, assertSigner } from '../workflow/decision-checks';
import { assertMove } from '../workflow/moves';
import { type WorkflowRegistry, workflowRegistry } from '../workflow/registry';
import type { WorkflowItem } from '../workflow/workflow-records';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

type ItemStatus = z.infer<typeof itemStatusSchema>;

function notInFuture(at: string, what: string, now: Date, slack = CLOCK_SLACK_MS): void {
  if (Date.parse(at) > now.getTime() + slack) {
    throw new DeskFailure(
      'invalid-request',
      `${what} (${at}) is later than now: give the time it really happened. Nothing was changed.`,
    );
  }
}

/** The date on a signed paper, as the step's time: the day itself, as written. */
function signedOn(date: string, now: Date): string {
  const at = `${date}T00:00:00.000Z`;
  notInFuture(at, 'The date on the signed paper', now, SIGNED_DATE_SLACK_MS);
  return at;
}

function isUrgent(category: string | null): boolean {
  return (URGENT_CATEGORIES as readonly string[]).includes(category ?? '');
}

export function approvalHandlers({ services }: HandlerContext): DomainHandlers<'approvals'> {
  const { profiles, attachments, packets } = services;
  const registry: WorkflowRegistry = workflowRegistry(services);
  const nameOf = (id: string) => profiles.byId(id)?.name ?? id;

  const statusOf = async (ref: ItemRef): Promise<ItemStatus> => {
    const { subject } = await registry[ref.kind].item(ref.id);
    const state = workflowState(subject);
    return {
      kind: ref.kind,
      id: ref.id,
      status: state.status,
      awaitingConfirmation: state.awaitingConfirmation !== undefined,
    };
  };

  /** The packet the item was submitted with: every decision and confirmation names it. */
  const frozenPacket = (item: WorkflowItem): string =>
    workflowState(item.subject).submission?.packetHash ?? 'none (submitted before packets)';

  /**
   * Records one decision or confirmation: judged by the status machine first, its frozen packet
   * read back and its signer checked, then the scan kept and the step appended (which judges it
   * again inside the records' own queue against the state it finds there). A step refused there
   * takes its scan away again, so a refusal leaves nothing behind.
   */
  const record = async (
    ref: ItemRef,
    by: Profile,
    step: WorkflowStep,
    scan: { readonly name: string; readonly bytes: Uint8Array } | undefined,
    summary: (item: WorkflowItem) => string,
  ): Promise<ItemStatus> => {
    const records = registry[ref.kind];
    const item = await records.item(ref.id);
    assertMove(item.subject, step.move, by, step);
    await assertFrozenPacket(packets, item);
    assertSigner(item, step, (id) => profiles.byId(id)?.name);
    if (scan === undefined || (step.move !== 'decide' && step.move !== 'confirm')) {
      await records.append(ref.id, step, by, summary(item));
    } else {
      await attachments.keepFor(scan.name, scan.bytes, (attached) =>
        records.append(ref.id, { ...step, scan: attached }, by, summary(item)),
      );
    }
    return statusOf(ref);
  };

  const decisionWords = (decision: Decision) => DECISION_LABELS[decision].toLowerCase();

  return {
    'approvals:inbox': async (_request, actor) => {
      const now = new Date();
      const submitted: InboxItem[] = [];
      const awaiting: Inbox['awaitingConfirmation'] = [];
      for (const records of Object.values(registry)) {
        for (const item of await records.pending()) {
          const state = workflowState(item.subject);
          const submission = state.submission;
          if (state.status === 'submitted' && submission?.packetHash !== undefined) {
            const submitters = item.subject.steps.flatMap((s) =>
              s.move === 'submit' ? [s.by] : [],
            );
            submitted.push({
              kind: item.ref.kind,
              id: item.ref.id,
              title: item.title,
              category: item.category,
              urgent: isUrgent(item.category),
              pages: [...item.pages],
              submittedBy: nameOf(submission.by),
              submittedAt: submission.at,
              packetHash: submission.packetHash,
              ownItem: item.subject.authors.includes(actor.id) || submitters.includes(actor.id),
            });
          }
          const verbal = state.awaitingConfirmation;
          if (verbal !== undefined) {
            const givenAt = verbal.decidedAt ?? verbal.at;
            awaiting.push({
              kind: item.ref.kind,
              id: item.ref.id,
              title: item.title,
              givenBy: verbal.decidedBy ?? nameOf(verbal.by),
              givenAt,
              how: verbal.how ?? '',
              recordedBy: nameOf(verbal.by),
              waited: waitedFor(givenAt, now),
            });
          }
        }
      }
      // Oldest first: the one waiting longest is decided (or confirmed) first.
      submitted.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
      awaiting.sort((a, b) => a.givenAt.localeCompare(b.givenAt));
      return { submitted, awaitingConfirmation: awaiting };
    },

    'approvals:decide': ({ kind, id, packetHash, decision, comment }, by) =>
      record(
        { kind, id },
        by,
        {
          move: 'decide',
          by: by.id,
          at: new Date().toISOString(),
          decision,
          comment,
          packetHash,
          source: 'in-app',
        },
        undefined,
        (item) =>
          `"${item.title}": ${decisionWords(decision)}, decided in the app by ${by.name} on packet ${packetHash}`,
      ),

    'approvals:transcribe': (request, by) => {
      const { kind, id, packetHash, decision, comment, decidedBy, decidedOn, scan } = request;
      const bytes = decodeScan(scan);
      return record(
        { kind, id },
        by,
        {
          move: 'decide',
          by: by.id,
          at: new Date().toISOString(),
          decision,
          comment,
          packetHash,
          source: 'paper',
          decidedBy,
          decidedAt: signedOn(decidedOn, new Date()),
        },
        { name: scan.name, bytes },
        (item) =>
          `"${item.title}": ${decisionWords(decision)}, signed by ${decidedBy} on ${decidedOn}, transcribed by ${by.name} on packet ${packetHash}`,
      );
    },

    'approvals:recordVerbal': ({ kind, id, packetHash, givenBy, givenAt, how, comment }, by) => {
      notInFuture(givenAt, 'When the approval was given', new Date());
      return record(
        { kind, id },
        by,
        {
          move: 'decide',
          by: by.id,
          at: new Date().toISOString(),
          decision: 'approve',
          comment,
          packetHash,
          source: 'verbal',
          decidedBy: givenBy,
          decidedAt: givenAt,
          how,
        },
        undefined,
        (item) =>
          `"${item.title}": approved verbally by ${givenBy} (${how}) at ${givenAt}, recorded by ${by.name} on packet ${packetHash}; written confirmation awaited`,
      );
    },

    'approvals:confirm': ({ kind, id, comment }, by) =>
      record(
        { kind, id },
        by,
        { move: 'confirm', by: by.id, at: new Date().toISOString(), comment, source: 'in-app' },
        undefined,
        (item) =>
          `"${item.title}": verbal approval confirmed in writing in the app by ${by.name} on packet ${frozenPacket(item)}`,
      ),

    'approvals:transcribeConfirmation': ({ kind, id, comment, decidedBy, decidedOn, scan }, by) => {
      const bytes = decodeScan(scan);
      return record(
        { kind, id },
        by,
        {
          move: 'confirm',
          by: by.id,
          at: new Date().toISOString(),
          comment,
          source: 'paper',
          decidedBy,
          decidedAt: signedOn(decidedOn, new Date()),
        },
        { name: scan.name, bytes },
        (item) =>
          `"${item.title}": verbal approval confirmed on paper signed by ${decidedBy} on ${decidedOn}, transcribed by ${by.name} on packet ${frozenPacket(item)}`,
      );
    },
  };
}
