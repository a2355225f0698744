import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { versionInForce } from '../../src/shared/pages/in-force';
import type { IntroStatementVersion } from '../../src/shared/pages/page';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';

const PAGE = randomUUID();
const HASH = 'a'.repeat(64);

function version(number: number, steps: WorkflowStep[]): IntroStatementVersion {
  return {
    id: randomUUID(),
    pageId: PAGE,
    number,
    text: `Version ${number}`,
    categories: ['obscenity'],
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'someone',
    contentHash: HASH,
    attestations: [],
    workflow: steps,
  };
}
const submit: WorkflowStep = {
  move: 'submit',
  by: 'a',
  at: '2026-01-02T00:00:00.000Z',
  contentHash: HASH,
};
const approve: WorkflowStep = {
  move: 'decide',
  by: 'chief',
  at: '2026-01-03T00:00:00.000Z',
  decision: 'approve',
  comment: '',
  source: 'in-app',
};
function posted(publishedAt: string, recordedAt = '2026-12-01T00:00:00.000Z'): WorkflowStep {
  return {
    move: 'publish',
    by: 'a',
    at: recordedAt,
    platform: 'facebook',
    url: 'https://www.facebook.com/examplepd',
    publishedAt,
    pageId: PAGE,
  };
}

const first = version(1, [submit, approve, posted('2026-02-01T12:00:00.000Z')]);
const second = version(2, [submit, approve, posted('2026-05-01T12:00:00.000Z')]);
/** Approved after the second, never posted: it was never in force. */
const approvedOnly = version(3, [submit, approve]);
const all = [first, second, approvedOnly];

describe('the intro statement in force at a past date', () => {
  it('is none before the first publication', () => {
    expect(versionInForce(all, '2026-02-01T11:59:59.999Z')).toBeUndefined();
    expect(versionInForce([], '2030-01-01T00:00:00.000Z')).toBeUndefined();
  });

  it('is the version posted at that exact instant', () => {
    expect(versionInForce(all, '2026-02-01T12:00:00.000Z')).toEqual({
      version: first,
      since: '2026-02-01T12:00:00.000Z',
    });
  });

  it('is the earlier version until the newer one is posted, then the newer one', () => {
    expect(versionInForce(all, '2026-05-01T11:59:59.999Z')?.version).toBe(first);
    expect(versionInForce(all, '2026-05-01T12:00:00.000Z')?.version).toBe(second);
    expect(versionInForce(all, new Date('2027-01-01T00:00:00.000Z'))?.version).toBe(second);
  });

  it('never is a version approved but never posted', () => {
    expect(versionInForce([approvedOnly], '2030-01-01T00:00:00.000Z')).toBeUndefined();
    expect(versionInForce(all, '2030-01-01T00:00:00.000Z')?.version).toBe(second);
  });

  it('goes by when it was posted, not when that was recorded, nor the version number', () => {
    // The first version was put back on the page in June, recorded before the May posting was.
    const putBack = version(1, [
      ...first.workflow,
      posted('2026-06-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'),
    ]);
    expect(versionInForce([putBack, second], '2026-05-15T00:00:00.000Z')?.version).toBe(second);
    expect(versionInForce([putBack, second], '2026-06-01T00:00:00.000Z')).toEqual({
      version: putBack,
      since: '2026-06-01T00:00:00.000Z',
    });
  });
});
