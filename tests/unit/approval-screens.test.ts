import { describe, expect, it } from 'vitest';
import {
  COMMENT_REQUIRED,
  base64OfDataUrl,
  decisionArea,
  decisionFormSchema,
  isoToLocal,
  localToIso,
  localToday,
  pastMoment,
  scanProblem,
  transcribeConfirmationFormSchema,
  transcribeFormSchema,
  verbalFormSchema,
} from '../../src/renderer/src/approvals/decision-forms';
import {
  decisionLine,
  isLocked,
  nextStep,
  publishFormSchema,
  saveWarning,
  submitRefusal,
  withdrawFormSchema,
} from '../../src/renderer/src/drafts/draft-status';
import { type Draft, draftWorkflow } from '../../src/shared/drafts/draft';
import { SCAN_MAX_BYTES } from '../../src/shared/ipc/channels/workflow-channels';
import { CONTRACT } from '../../src/shared/ipc/contract';
import { DECISIONS, STATUSES, type WorkflowStep } from '../../src/shared/workflow/workflow';

const HASH = 'a'.repeat(64);
const OTHER_HASH = 'b'.repeat(64);
const AUTHOR = '11111111-1111-4111-8111-111111111111';
const CHIEF = '22222222-2222-4222-8222-222222222222';
const PAGE = '33333333-3333-4333-8333-333333333333';
const names: Record<string, string> = { [AUTHOR]: 'Dana Reyes', [CHIEF]: 'Chief Morgan' };
const nameOf = (id: string) => names[id] ?? id;
const at = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function draftWith(workflow: WorkflowStep[], contentHash = HASH): Draft {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    createdAt: '2026-12-01T08:00:00.000Z',
    revisions: [
      {
        title: 'Missing: Alex',
        body: 'Alex was last seen…',
        category: 'missing-person',
        pages: [PAGE],
        number: 1,
        savedAt: '2026-12-01T08:00:00.000Z',
        savedBy: AUTHOR,
        contentHash,
      },
    ],
    attestations: [],
    justifications: [],
    workflow,
    permissions: [],
  };
}
const submitted: WorkflowStep = {
  move: 'submit',
  by: AUTHOR,
  at: '2026-12-01T09:00:00.000Z',
  contentHash: HASH,
  revision: 1,
  packetHash: OTHER_HASH,
};
const decided = (step: Partial<Extract<WorkflowStep, { move: 'decide' }>>): WorkflowStep => ({
  move: 'decide',
  by: CHIEF,
  at: '2026-12-01T10:00:00.000Z',
  decision: 'approve',
  comment: '',
  source: 'in-app',
  packetHash: OTHER_HASH,
  ...step,
});

describe('the decision form, before the request goes', () => {
  it('takes Approve without comments', () => {
    expect(decisionFormSchema.safeParse({ decision: 'approve', comment: '' }).success).toBe(true);
  });

  it('asks for comments for every decision but Approve, at the comments field', () => {
    for (const decision of DECISIONS.filter((d) => d !== 'approve')) {
      const parsed = decisionFormSchema.safeParse({ decision, comment: '   ' });
      expect(parsed.success, decision).toBe(false);
      expect(parsed.error?.issues).toEqual([
        expect.objectContaining({ path: ['comment'], message: COMMENT_REQUIRED }),
      ]);
      expect(
        decisionFormSchema.safeParse({ decision, comment: 'Add the contact line' }).success,
      ).toBe(true);
    }
  });

  it('asks for a decision when none is chosen', () => {
    const parsed = decisionFormSchema.safeParse({ comment: '' });
    expect(parsed.error?.issues[0]?.message).toBe('Choose a decision');
  });
});

describe('the scan of signed paper', () => {
  const file = (type: string, size: number) => ({ name: 'signed.pdf', type, size });

  it('takes a PDF, PNG or JPEG up to 20 MB exactly', () => {
    for (const type of ['application/pdf', 'image/png', 'image/jpeg']) {
      expect(scanProblem(file(type, SCAN_MAX_BYTES))).toBeUndefined();
    }
  });

  it('refuses one byte over 20 MB, saying the size and the limit, before reading it', () => {
    expect(scanProblem(file('application/pdf', SCAN_MAX_BYTES + 1))).toBe(
      '“signed.pdf” is 20.0 MB; a scan is at most 20 MB: scan it at a lower resolution or as a PDF.',
    );
  });

  it('refuses other kinds of file and empty files', () => {
    expect(scanProblem(file('image/gif', 10))).toMatch(/not a PDF, PNG or JPEG/);
    expect(scanProblem(file('', 10))).toMatch(/not a PDF, PNG or JPEG/);
    expect(scanProblem(file('application/pdf', 0))).toMatch(/is empty/);
  });

  it('sends the data of a data URL without its prefix', () => {
    expect(base64OfDataUrl('data:application/pdf;base64,JVBERi0=')).toBe('JVBERi0=');
    expect(base64OfDataUrl('nonsense')).toBe('');
  });

  it('is required to transcribe a signed decision', () => {
    const form = {
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief Morgan',
      decidedOn: '2026-12-01',
      scan: null,
    };
    const parsed = transcribeFormSchema.safeParse(form);
    expect(parsed.error?.issues.map((issue) => issue.path)).toEqual([['scan']]);
    expect(parsed.error?.issues[0]?.message).toMatch(/^Attach the scan of the signed paper/);
    const scan = { name: 'signed.pdf', mediaType: 'application/pdf', base64: 'JVBERi0=' };
    expect(transcribeFormSchema.safeParse({ ...form, scan }).success).toBe(true);
  });
});

describe('moments typed in datetime-local inputs', () => {
  it('round-trips a local time to the instant and back', () => {
    const local = isoToLocal('2026-12-01T09:30:00.000Z');
    expect(localToIso(local)).toBe('2026-12-01T09:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('2026-13-45T99:00')).toBeUndefined();
    expect(localToIso('yesterday')).toBeUndefined();
  });

  it('refuses a moment in the future, beyond a few minutes of clock difference', () => {
    const now = () => Date.parse('2026-12-01T12:00:00.000Z');
    const schema = pastMoment('when it was given', now);
    expect(schema.safeParse(isoToLocal('2026-12-01T11:00:00.000Z')).success).toBe(true);
    expect(schema.safeParse(isoToLocal('2026-12-01T12:04:00.000Z')).success).toBe(true);
    expect(schema.safeParse(isoToLocal('2026-12-01T13:00:00.000Z')).error?.issues[0]?.message).toBe(
      'When it was given cannot be in the future',
    );
  });
});

describe('which decision forms a packet shows', () => {
  const approver = { name: 'Chief Morgan', roles: ['approver' as const] };
  const administrator = { name: 'Pat Okafor', roles: ['administrator' as const] };
  const drafter = { name: 'Dana Reyes', roles: ['drafter' as const] };
  const waiting = { kind: 'post' as const, ownItem: false, urgent: false };

  it('shows none on a preview or a packet no longer waiting', () => {
    expect(decisionArea(approver, { frozen: false }, waiting).blocked).toMatch(/preview/);
    expect(decisionArea(approver, { frozen: true }, undefined).blocked).toMatch(
      /not waiting for a decision/,
    );
  });

  it('shows why, instead of the forms, to whoever drafted or submitted it', () => {
    const own = { ...waiting, ownItem: true, urgent: true };
    for (const person of [approver, administrator]) {
      const area = decisionArea(person, { frozen: true }, own);
      expect(area).toMatchObject({ decide: false, transcribe: false, verbal: false });
      expect(area.blocked).toMatch(/separation of duties/);
    }
  });

  it('shows the approver the in-app decision and the administrator the transcription', () => {
    expect(decisionArea(approver, { frozen: true }, waiting)).toEqual({
      blocked: undefined,
      decide: true,
      transcribe: false,
      verbal: false,
    });
    expect(decisionArea(administrator, { frozen: true }, waiting)).toEqual({
      blocked: undefined,
      decide: false,
      transcribe: true,
      verbal: false,
    });
  });

  it('offers a verbal approval for urgent notices only', () => {
    const urgent = { ...waiting, urgent: true };
    expect(decisionArea(approver, { frozen: true }, urgent).verbal).toBe(true);
    expect(decisionArea(administrator, { frozen: true }, urgent).verbal).toBe(true);
  });

  it('tells a drafter which roles decide', () => {
    expect(decisionArea(drafter, { frozen: true }, waiting).blocked).toBe(
      'Recording a decision needs the approver role (or administrator, to transcribe signed paper); Dana Reyes has drafter.',
    );
  });
});

describe('the draft editor’s status', () => {
  it('locks the text exactly when the status machine allows no edit', () => {
    const locked = STATUSES.filter((status) => isLocked(status));
    expect(locked).toEqual(['submitted', 'published', 'archived']);
  });

  it('says before saving that an edit voids an approval', () => {
    expect(saveWarning('approved', true)).toMatch(/voids the approval/);
    expect(saveWarning('approved-with-changes', true)).toMatch(/voids the approval/);
    expect(saveWarning('approved', false)).toBeUndefined();
    expect(saveWarning('draft', true)).toBeUndefined();
  });

  it('says who submitted it and when, and that the text is locked', () => {
    const draft = draftWith([submitted]);
    expect(nextStep(draft, nameOf, at)).toBe(
      'Submitted on 2026-12-01 09:00 by Dana Reyes: it is in the approver’s inbox; the text is locked until the Chief decides or you withdraw it.',
    );
    expect(submitRefusal(draft)).toMatch(/cannot be submitted now/);
  });

  it('says what a decision was, who made it and where it came from', () => {
    const inApp = draftWorkflow(draftWith([submitted, decided({ comment: 'Fine' })]));
    expect(decisionLine(inApp, nameOf, at)).toBe(
      'Approve: recorded in the app by Chief Morgan on 2026-12-01 10:00.',
    );
    const paper = draftWorkflow(
      draftWith([
        submitted,
        decided({
          source: 'paper',
          by: AUTHOR,
          decision: 'deny',
          comment: 'No',
          decidedBy: 'Chief Morgan',
          decidedAt: '2026-11-30T00:00:00.000Z',
          scan: { name: 'signed.pdf', file: 'scans/x.pdf', sha256: HASH },
        }),
      ]),
    );
    expect(decisionLine(paper, nameOf, at)).toBe(
      'Deny: signed on paper by Chief Morgan, dated 2026-11-30, transcribed by Dana Reyes on 2026-12-01 10:00 (scan attached).',
    );
    const verbal = draftWorkflow(
      draftWith([
        submitted,
        decided({ source: 'verbal', decidedBy: 'Chief Morgan', how: 'telephone' }),
      ]),
    );
    expect(decisionLine(verbal, nameOf, at)).toMatch(
      /^Approve: given verbally by Chief Morgan by telephone .*; awaiting written confirmation\.$/,
    );
  });

  it('says an earlier decision does not hold for a new revision', () => {
    const edited = draftWith([submitted, decided({})], OTHER_HASH);
    expect(draftWorkflow(edited).status).toBe('draft');
    expect(nextStep(edited, nameOf, at)).toMatch(/earlier revision/);
    expect(submitRefusal(edited)).toBeUndefined();
  });

  it('asks a reason to withdraw, and a real address and a past time to record publishing', () => {
    expect(withdrawFormSchema.safeParse({ reason: ' ' }).error?.issues[0]?.message).toMatch(
      /Say why/,
    );
    const good = {
      pageId: PAGE,
      url: 'https://www.facebook.com/examplepd/posts/1',
      publishedAt: isoToLocal(new Date(Date.now() - 60_000)),
    };
    expect(publishFormSchema.safeParse(good).success).toBe(true);
    expect(publishFormSchema.safeParse({ ...good, url: 'javascript:alert(1)' }).success).toBe(
      false,
    );
    expect(publishFormSchema.safeParse({ ...good, pageId: '' }).error?.issues[0]?.message).toBe(
      'Choose the page it was posted to',
    );
  });
});

describe('the date on a signed paper', () => {
  it('may be today or earlier, never later', () => {
    const form = {
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief Morgan',
      scan: { name: 'signed.pdf', mediaType: 'application/pdf', base64: 'JVBERi0=' },
    };
    const today = localToday();
    expect(transcribeFormSchema.safeParse({ ...form, decidedOn: today }).success).toBe(true);
    const tomorrow = localToday(new Date(Date.now() + 36 * 3_600_000));
    expect(
      transcribeFormSchema.safeParse({ ...form, decidedOn: tomorrow }).error?.issues[0]?.message,
    ).toBe('The date on the signature cannot be after today');
  });
});

describe('what the forms send is what the contract takes', () => {
  const ref = { kind: 'post' as const, id: '44444444-4444-4444-8444-444444444444' };
  const scan = { name: 'signed.pdf', mediaType: 'application/pdf' as const, base64: 'JVBERi0=' };

  it('a decision, a transcription, a verbal approval and the confirmations', () => {
    const decided = decisionFormSchema.parse({ decision: 'deny', comment: ' Not now ' });
    expect(
      CONTRACT['approvals:decide'].request.safeParse({ ...ref, packetHash: HASH, ...decided })
        .success,
    ).toBe(true);
    const paper = transcribeFormSchema.parse({
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief Morgan',
      decidedOn: '2026-11-30',
      scan,
    });
    expect(
      CONTRACT['approvals:transcribe'].request.safeParse({ ...ref, packetHash: HASH, ...paper })
        .success,
    ).toBe(true);
    const verbal = verbalFormSchema.parse({
      givenBy: 'Chief Morgan',
      givenAt: isoToLocal('2026-11-30T22:15:00.000Z'),
      how: 'telephone',
      comment: '',
    });
    expect(
      CONTRACT['approvals:recordVerbal'].request.safeParse({
        ...ref,
        packetHash: HASH,
        ...verbal,
        givenAt: localToIso(verbal.givenAt),
      }).success,
    ).toBe(true);
    const confirmation = transcribeConfirmationFormSchema.parse({
      comment: 'Signed memo',
      decidedBy: 'Chief Morgan',
      decidedOn: '2026-11-30',
      scan,
    });
    expect(
      CONTRACT['approvals:transcribeConfirmation'].request.safeParse({ ...ref, ...confirmation })
        .success,
    ).toBe(true);
  });

  it('a publication and a withdrawal', () => {
    const published = publishFormSchema.parse({
      pageId: PAGE,
      url: 'https://www.facebook.com/examplepd/posts/1',
      publishedAt: isoToLocal('2026-11-30T22:15:00.000Z'),
    });
    expect(
      CONTRACT['drafts:published'].request.safeParse({
        id: ref.id,
        ...published,
        publishedAt: localToIso(published.publishedAt),
      }).success,
    ).toBe(true);
    const withdrawn = withdrawFormSchema.parse({ reason: 'Wrong date' });
    expect(
      CONTRACT['drafts:withdraw'].request.safeParse({ id: ref.id, ...withdrawn }).success,
    ).toBe(true);
  });
});
