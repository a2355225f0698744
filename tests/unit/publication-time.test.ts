import { describe, expect, it } from 'vitest';
import { publicationTimeRefusal } from '../../src/main/workflow/publication-time';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';

const approval: WorkflowStep = {
  move: 'decide',
  by: 'approver',
  at: '2026-12-02T13:36:47.038Z',
  decision: 'approve',
  comment: '',
  source: 'in-app',
};
const NOW = new Date('2026-12-02T13:40:00.000Z');

describe('when an approved item may be recorded as published', () => {
  it('in the very minute of its approval: a time typed to the minute has no seconds', () => {
    expect(publicationTimeRefusal('2026-12-02T13:36:00.000Z', [approval], NOW)).toBeUndefined();
  });

  it('not in the minute before it', () => {
    expect(publicationTimeRefusal('2026-12-02T13:35:00.000Z', [approval], NOW)).toContain(
      'before the approval',
    );
  });

  it('not later than now, beyond a fast clock’s five minutes', () => {
    expect(publicationTimeRefusal('2026-12-02T13:44:00.000Z', [approval], NOW)).toBeUndefined();
    expect(publicationTimeRefusal('2026-12-02T13:46:00.000Z', [approval], NOW)).toContain(
      'later than now',
    );
  });
});
