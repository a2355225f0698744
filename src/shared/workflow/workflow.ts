import { z } from 'zod';

/**
 * The approval workflow shared by the three things that go to the Chief (SPEC sections 1, 3, 5):
 * a post (a draft's revision), a page, and an intro-statement version. Each keeps its own list of
 * workflow steps; its status is read from those steps and its current content hash, so no status
 * field can disagree with the record of what happened.
 */
export const ITEM_KINDS = ['post', 'page', 'intro-statement'] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const STATUSES = [
  'draft',
  'submitted',
  'approved',
  'approved-with-changes',
  'changes-requested',
  'denied',
  'published',
  'archived',
] as const;
export type ItemStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted: waiting for the Chief’s decision',
  approved: 'Approved',
  'approved-with-changes': 'Approved with changes: make them and resubmit',
  'changes-requested': 'Changes requested',
  denied: 'Denied',
  published: 'Published',
  archived: 'Archived',
};

export const DECISIONS = ['approve', 'approve-with-changes', 'changes-requested', 'deny'] as const;
export const decisionSchema = z.enum(DECISIONS, {
  error: () => `A decision is one of ${DECISIONS.join(', ')}`,
});
export type Decision = z.infer<typeof decisionSchema>;

export const DECISION_LABELS: Readonly<Record<Decision, string>> = {
  approve: 'Approve',
  'approve-with-changes': 'Approve with changes',
  'changes-requested': 'Request changes',
  deny: 'Deny',
};

const STATUS_AFTER: Readonly<Record<Decision, ItemStatus>> = {
  approve: 'approved',
  'approve-with-changes': 'approved-with-changes',
  'changes-requested': 'changes-requested',
  deny: 'denied',
};

/** Post categories whose notices cannot wait for a signature (III.A.2.c.3 to 5). */
export const URGENT_CATEGORIES = ['missing-person', 'active-threat', 'weather-emergency'] as const;

export const COMMENT_MAX = 4_000;
export const REASON_MAX = 2_000;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
const stamp = { by: z.string().min(1), at: z.iso.datetime() };

/** A file attached to a step (a signed decision's scan): copied into the data folder and hashed. */
export const attachedFileSchema = z
  .object({ name: z.string().min(1).max(255), file: z.string().min(1), sha256: sha256Hex })
  .strict();
export type AttachedFile = z.infer<typeof attachedFileSchema>;

const submitStepSchema = z
  .object({
    move: z.literal('submit'),
    ...stamp,
    contentHash: sha256Hex,
    /** A post's revision number; pages and intro statements have none. */
    revision: z.number().int().min(1).optional(),
    /** The SHA-256 of the frozen packet's HTML: what the Chief reads, and what a decision names. */
    packetHash: sha256Hex.optional(),
  })
  .strict();

const withdrawStepSchema = z
  .object({ move: z.literal('withdraw'), ...stamp, reason: z.string().max(REASON_MAX) })
  .strict();

/**
 * A decision. `by` is the profile that recorded it. In the app (`in-app`) that is the approver;
 * from signed paper (`paper`) an administrator transcribes the Chief's decision, names who signed
 * and attaches the scan; a `verbal` approval (urgent posts only) names who gave it, when and how,
 * and waits for a written confirmation.
 */
const decideStepSchema = z
  .object({
    move: z.literal('decide'),
    ...stamp,
    decision: decisionSchema,
    comment: z.string().max(COMMENT_MAX),
    packetHash: sha256Hex.optional(),
    source: z.enum(['in-app', 'paper', 'verbal']),
    /** Paper and verbal: the Chief or designee who decided, as they signed or spoke. */
    decidedBy: z.string().min(1).max(200).optional(),
    /** Paper: the date on the signature; verbal: when it was given. */
    decidedAt: z.iso.datetime().optional(),
    /** Verbal: how it was given (telephone, in person, radio). */
    how: z.string().min(1).max(200).optional(),
    scan: attachedFileSchema.optional(),
  })
  .strict();

/** The written confirmation of a verbal approval: in the app by an approver, or from paper. */
const confirmStepSchema = z
  .object({
    move: z.literal('confirm'),
    ...stamp,
    comment: z.string().max(COMMENT_MAX),
    source: z.enum(['in-app', 'paper']),
    decidedBy: z.string().min(1).max(200).optional(),
    decidedAt: z.iso.datetime().optional(),
    scan: attachedFileSchema.optional(),
  })
  .strict();

/** Where and when the approved content went out; one step per page it was posted to. */
const publishStepSchema = z
  .object({
    move: z.literal('publish'),
    ...stamp,
    platform: z.string().min(1).max(40),
    url: z.url({ protocol: /^https?$/ }),
    publishedAt: z.iso.datetime(),
    pageId: z.uuid().optional(),
  })
  .strict();

const archiveStepSchema = z
  .object({ move: z.literal('archive'), ...stamp, reason: z.string().max(REASON_MAX) })
  .strict();

export const workflowStepSchema = z.discriminatedUnion('move', [
  submitStepSchema,
  withdrawStepSchema,
  decideStepSchema,
  confirmStepSchema,
  publishStepSchema,
  archiveStepSchema,
]);
export type WorkflowStep = z.infer<typeof workflowStepSchema>;
export type Move = WorkflowStep['move'] | 'edit';
export type StepOf<M extends WorkflowStep['move']> = Extract<WorkflowStep, { move: M }>;

/** What the machine needs to know of an item, whatever its kind. */
export interface WorkflowSubject {
  readonly kind: ItemKind;
  readonly steps: readonly WorkflowStep[];
  /** The hash of the content as it stands now (a post's latest revision). */
  readonly contentHash: string;
  /**
   * When the content last changed (a post's latest revision was saved, a page was last edited).
   * A change after the submission voids what was decided, even one that puts the very words back.
   */
  readonly changedAt?: string;
  /** Everyone who wrote any version of it (SPEC "nobody approves a packet for an item they drafted"). */
  readonly authors: readonly string[];
  /** A post's category; urgent ones may be approved verbally. */
  readonly category?: string;
}

export interface WorkflowState {
  readonly status: ItemStatus;
  /** The submission the status is about (undefined for a draft never submitted). */
  readonly submission: StepOf<'submit'> | undefined;
  readonly decision: StepOf<'decide'> | undefined;
  /** A verbal approval not yet confirmed in writing. */
  readonly awaitingConfirmation: StepOf<'decide'> | undefined;
  readonly publications: readonly StepOf<'publish'>[];
}

const DECIDED: ReadonlySet<ItemStatus> = new Set([
  'approved',
  'approved-with-changes',
  'changes-requested',
  'denied',
]);

/** The status the steps lead to, for the content as it is now. */
export function workflowState(
  subject: Pick<WorkflowSubject, 'steps' | 'contentHash' | 'changedAt'>,
): WorkflowState {
  let status: ItemStatus = 'draft';
  let submission: StepOf<'submit'> | undefined;
  let decision: StepOf<'decide'> | undefined;
  let awaiting: StepOf<'decide'> | undefined;
  const publications: StepOf<'publish'>[] = [];
  for (const step of subject.steps) {
    switch (step.move) {
      case 'submit':
        status = 'submitted';
        submission = step;
        decision = undefined;
        awaiting = undefined;
        break;
      case 'withdraw':
        status = 'draft';
        break;
      case 'decide':
        status = STATUS_AFTER[step.decision];
        decision = step;
        awaiting = step.source === 'verbal' ? step : undefined;
        break;
      case 'confirm':
        awaiting = undefined;
        break;
      case 'publish':
        status = 'published';
        publications.push(step);
        break;
      case 'archive':
        status = 'archived';
        break;
      default: {
        const unreachable: never = step;
        return unreachable;
      }
    }
  }
  // Content changed since it was submitted: whatever was decided was about other words.
  const edited =
    submission !== undefined &&
    (submission.contentHash !== subject.contentHash ||
      (subject.changedAt !== undefined &&
        Date.parse(subject.changedAt) > Date.parse(submission.at)));
  // A published post cannot be edited (refused below); a live page can, and needs approval again.
  if (edited && (status === 'submitted' || status === 'published' || DECIDED.has(status))) {
    return {
      status: 'draft',
      submission: undefined,
      decision: undefined,
      awaitingConfirmation: undefined,
      publications,
    };
  }
  return { status, submission, decision, awaitingConfirmation: awaiting, publications };
}

/** The moves each status allows; `edit` is a new revision (or a changed page or statement). */
const ALLOWED: Readonly<Record<ItemStatus, readonly Move[]>> = {
  draft: ['edit', 'submit', 'archive'],
  submitted: ['withdraw', 'decide'],
  approved: ['edit', 'publish', 'confirm', 'archive'],
  'approved-with-changes': ['edit', 'archive'],
  'changes-requested': ['edit', 'archive'],
  denied: ['edit', 'archive'],
  published: ['publish', 'confirm', 'archive'],
  archived: [],
};

export function allowedMoves(status: ItemStatus): readonly Move[] {
  return ALLOWED[status];
}

/**
 * A published post is a record and is never edited; a page that went live may change (its
 * administrators, its audience), and the change goes to the Chief again. (An intro-statement
 * version's words never change, a change is a new version; `edit` on one means its attestations.)
 */
export function allowedMovesOf(kind: ItemKind, status: ItemStatus): readonly Move[] {
  if (kind === 'page' && status === 'published') return [...ALLOWED.published, 'edit'];
  return ALLOWED[status];
}

const WHY_NOT: Readonly<Record<ItemStatus, string>> = {
  draft: 'It is a draft: submit it for approval first.',
  submitted:
    'It is submitted and read-only until the Chief decides or it is withdrawn (withdrawing returns it to draft).',
  approved: 'It is approved as it stands.',
  'approved-with-changes':
    'It was approved with changes: make the changes (a new revision) and resubmit it.',
  'changes-requested': 'Changes were requested: edit it (a new revision) and resubmit it.',
  denied: 'It was denied: edit it (a new revision) to submit it again, or archive it.',
  published: 'It is published: published content is a record and is not edited; start a new draft.',
  archived: 'It is archived: nothing more can be done with it.',
};

const MOVE_WORDS: Readonly<Record<Move, string>> = {
  edit: 'edited',
  submit: 'submitted',
  withdraw: 'withdrawn',
  decide: 'decided',
  confirm: 'confirmed in writing',
  publish: 'recorded as published',
  archive: 'archived',
};

/**
 * Why `move` by `actor` is refused, in words for the person; undefined when it is allowed. This is
 * the whole rule: the main process calls it before every change, the renderer to grey buttons out.
 */
export function moveRefusal(
  subject: WorkflowSubject,
  move: Move,
  actor: { readonly id: string; readonly name: string },
  step?: WorkflowStep,
): string | undefined {
  const state = workflowState(subject);
  if (!allowedMovesOf(subject.kind, state.status).includes(move)) {
    return `This ${KIND_WORDS[subject.kind]} cannot be ${MOVE_WORDS[move]} now. ${WHY_NOT[state.status]}`;
  }
  if (move === 'decide' || move === 'confirm') {
    const submitters = subject.steps.flatMap((s) => (s.move === 'submit' ? [s.by] : []));
    if (subject.authors.includes(actor.id) || submitters.includes(actor.id)) {
      return `${actor.name} drafted or submitted this ${KIND_WORDS[subject.kind]}, so cannot record its decision (separation of duties): another approver, or an administrator transcribing the Chief's signed decision, records it.`;
    }
  }
  if (move === 'decide' && step?.move === 'decide') {
    const frozen = state.submission?.packetHash;
    if (frozen !== undefined && step.packetHash !== undefined && step.packetHash !== frozen) {
      return `The decision names packet ${step.packetHash.slice(0, 12)}…, but the submitted packet is ${frozen.slice(0, 12)}…: reopen the inbox and decide on the packet as submitted.`;
    }
    if (step.source === 'verbal') {
      if (step.decision !== 'approve') return 'Only an approval may be given verbally.';
      if (!(URGENT_CATEGORIES as readonly string[]).includes(subject.category ?? '')) {
        return `A verbal approval is only for urgent notices (missing or endangered person, active threat, weather emergency); this one needs a written decision.`;
      }
    }
  }
  if (move === 'confirm' && state.awaitingConfirmation === undefined) {
    return `This ${KIND_WORDS[subject.kind]} has no verbal approval waiting for written confirmation.`;
  }
  if (move === 'confirm' && state.awaitingConfirmation?.by === actor.id) {
    return `${actor.name} recorded the verbal approval, so cannot also confirm it in writing: the confirmation is a second person's word (another approver, or an administrator transcribing the signed paper).`;
  }
  if (move === 'submit') {
    // The very words already judged are not sent back unchanged.
    const judged = subject.steps.some(
      (s, index) =>
        s.move === 'decide' &&
        (s.decision === 'changes-requested' || s.decision === 'deny') &&
        subject.steps
          .slice(0, index)
          .some((p) => p.move === 'submit' && p.contentHash === subject.contentHash),
    );
    if (judged) {
      return `The Chief already decided on these exact words; edit them (a new revision) before submitting again.`;
    }
  }
  return undefined;
}

export const KIND_WORDS: Readonly<Record<ItemKind, string>> = {
  post: 'draft',
  page: 'page',
  'intro-statement': 'intro statement',
};

/** How long a verbal approval has waited for its written confirmation, in words. */
export function waitedFor(since: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}
