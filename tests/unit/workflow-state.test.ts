// The status machine itself (src/shared/workflow/workflow.ts), pure: what its steps lead to and
// who may move it. The main process's enforcement is tested through the channels in
// workflow-machine.test.ts; these pin the rules that depend on time and on who recorded a step.
import { describe, expect, it } from 'vitest';
import {
  type WorkflowStep,
  type WorkflowSubject,
  moveRefusal,
  workflowState,
} from '../../src/shared/workflow/workflow';

const WORDS = 'a'.repeat(64);
const OTHER_WORDS = 'b'.repeat(64);
const PACKET = 'c'.repeat(64);
const DRAFTER = { id: 'drafter', name: 'Pat Okafor' };
const APPROVER = { id: 'approver', name: 'Chief Ramos' };
const DESIGNEE = { id: 'designee', name: 'Captain Lee' };

const submitted: WorkflowStep = {
  move: 'submit',
  by: DRAFTER.id,
  at: '2026-12-01T10:00:00.000Z',
  contentHash: WORDS,
  revision: 1,
  packetHash: PACKET,
};
const approved: WorkflowStep = {
  move: 'decide',
  by: APPROVER.id,
  at: '2026-12-01T11:00:00.000Z',
  decision: 'approve',
  comment: '',
  packetHash: PACKET,
  source: 'in-app',
};
const verbal: WorkflowStep = {
  ...approved,
  source: 'verbal',
  decidedBy: 'Chief Ramos',
  decidedAt: '2026-12-01T10:55:00.000Z',
  how: 'telephone',
};

function post(steps: WorkflowStep[], changes: Partial<WorkflowSubject> = {}): WorkflowSubject {
  return {
    kind: 'post',
    steps,
    contentHash: WORDS,
    changedAt: '2026-12-01T09:00:00.000Z',
    authors: [DRAFTER.id],
    category: 'missing-person',
    ...changes,
  };
}

describe('what the steps lead to', () => {
  it('an approval stands for the words submitted, saved before the submission', () => {
    expect(workflowState(post([submitted, approved])).status).toBe('approved');
  });

  it('other words after the approval void it: a draft again', () => {
    const state = workflowState(post([submitted, approved], { contentHash: OTHER_WORDS }));
    expect(state.status).toBe('draft');
    expect(state.decision).toBeUndefined();
  });

  it('an edit that puts the approved words back still voids it: any later edit does', () => {
    const reverted = post([submitted, approved], { changedAt: '2026-12-01T12:00:00.000Z' });
    expect(workflowState(reverted).status).toBe('draft');
  });
});

describe('who may confirm a verbal approval in writing', () => {
  it('not the person who recorded it: the confirmation is a second person’s word', () => {
    const subject = post([submitted, { ...verbal, by: DESIGNEE.id }]);
    expect(workflowState(subject).awaitingConfirmation).toBeDefined();
    expect(moveRefusal(subject, 'confirm', DESIGNEE)).toContain('recorded the verbal approval');
    expect(moveRefusal(subject, 'confirm', APPROVER)).toBeUndefined();
  });

  it('not its author either', () => {
    const subject = post([submitted, { ...verbal, by: DESIGNEE.id }]);
    expect(moveRefusal(subject, 'confirm', DRAFTER)).toContain('separation of duties');
  });
});
