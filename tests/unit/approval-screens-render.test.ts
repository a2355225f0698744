import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AwaitingItem, SubmittedItem } from '../../src/renderer/src/approvals/InboxScreen';
import { decisionArea } from '../../src/renderer/src/approvals/decision-forms';
import { DraftStatusPanel } from '../../src/renderer/src/drafts/DraftStatusPanel';
import {
  PacketDecision,
  PacketFrame,
  PacketHash,
  type Target,
} from '../../src/renderer/src/packets/PacketView';
import type { Draft } from '../../src/shared/drafts/draft';
import type { InboxItem } from '../../src/shared/ipc/channels/workflow-channels';
import type { Page } from '../../src/shared/pages/page';
import type { Profile, Role } from '../../src/shared/profiles/profile';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';

// The screens' first render, as markup: the headings, labels and buttons a person (and the lead's
// Playwright spec) finds before any click. Their actions run end to end in that spec.
const HASH = 'c'.repeat(64);
const ID = '44444444-4444-4444-8444-444444444444';
const PAGE_ID = '33333333-3333-4333-8333-333333333333';
const person = (name: string, roles: Role[], id: string): Profile => ({
  id,
  name,
  roles,
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'first-start',
});
const DANA = person('Dana Reyes', ['drafter'], '11111111-1111-4111-8111-111111111111');
const QUINN = person('Quinn Chief', ['approver'], '22222222-2222-4222-8222-222222222222');
const ROBIN = person('Robin Admin', ['administrator'], '55555555-5555-4555-8555-555555555555');
const PAGE: Page = {
  id: PAGE_ID,
  platform: 'facebook',
  name: 'Example PD',
  url: 'https://www.facebook.com/examplepd',
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: ROBIN.id,
  workflow: [],
};
const ITEM: InboxItem = {
  kind: 'post',
  id: ID,
  title: 'Missing: Alex',
  category: 'missing-person',
  urgent: true,
  pages: ['Example PD'],
  submittedBy: 'Dana Reyes',
  submittedAt: '2026-12-02T09:00:00.000Z',
  packetHash: HASH,
  ownItem: false,
};
const target: Target = { item: { kind: 'post', id: ID }, packetHash: HASH, onDone: () => {} };
const render = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element);
const labels = (html: string) =>
  [...html.matchAll(/<label[^>]*>([^<]*)<\/label>/g)].map((m) => m[1]);

describe('the packet view', () => {
  it('shows the packet in a frame with no permission at all, and its hash or "preview"', () => {
    const html = render(
      createElement(PacketFrame, { packet: { title: 'Missing: Alex', html: '<p>x</p>' } }),
    );
    expect(html).toMatch(
      /^<iframe class="packet-frame" sandbox="" srcDoc="&lt;p&gt;x&lt;\/p&gt;" title="Packet: Missing: Alex">/i,
    );
    expect(render(createElement(PacketHash, { sha256: HASH }))).toContain(
      `SHA-256 <code>${HASH}</code>`,
    );
    expect(render(createElement(PacketHash, { sha256: null }))).toContain(
      'Preview — not submitted',
    );
  });

  it('offers an approver "Record decision" with the four decisions and the comment rule said first', () => {
    const area = decisionArea(QUINN, { frozen: true }, { ...ITEM, urgent: false });
    const html = render(
      createElement(PacketDecision, { area, target, outcome: undefined, onInbox: () => {} }),
    );
    expect(html).toContain('<h3 id="packet-decide-heading">Record decision</h3>');
    expect(labels(html)).toEqual([
      'Approve',
      'Approve with changes',
      'Request changes',
      'Deny',
      'Comments',
    ]);
    expect(html).toContain('Required for anything but Approve');
    expect(html).toContain('>Record decision</button>');
    expect(html).not.toContain('Transcribe a signed decision');
    expect(html).not.toContain('Record a verbal approval');
  });

  it('offers an administrator the transcription with the scan limit, and the verbal approval when urgent', () => {
    const area = decisionArea(ROBIN, { frozen: true }, ITEM);
    const html = render(
      createElement(PacketDecision, { area, target, outcome: undefined, onInbox: () => {} }),
    );
    expect(html).not.toContain('packet-decide-heading');
    expect(html).toContain('Transcribe a signed decision');
    expect(html).toContain('<legend>Decision on the signed paper</legend>');
    expect(labels(html)).toEqual(
      expect.arrayContaining([
        'Signed by',
        'Date on the signature',
        'Scan of the signed paper',
        'Given by',
        'When it was given',
        'How it was given',
      ]),
    );
    expect(html).toContain('PDF, PNG or JPEG, at most 20 MB');
    expect(html).toContain('accept="application/pdf,image/png,image/jpeg');
    expect(html).toContain('>Record transcribed decision</button>');
    expect(html).toContain('>Record verbal approval</button>');
  });

  it('shows whoever drafted or submitted it why they cannot decide, and no form', () => {
    const area = decisionArea(QUINN, { frozen: true }, { ...ITEM, ownItem: true });
    const html = render(
      createElement(PacketDecision, { area, target, outcome: undefined, onInbox: () => {} }),
    );
    expect(html).toContain('separation of duties');
    expect(html).not.toContain('<form');
  });

  it('after a decision, says the new status and leads back to the inbox', () => {
    const area = decisionArea(QUINN, { frozen: true }, ITEM);
    const outcome = {
      kind: 'post' as const,
      id: ID,
      status: 'changes-requested' as const,
      awaitingConfirmation: false,
    };
    const html = render(
      createElement(PacketDecision, { area, target, outcome, onInbox: () => {} }),
    );
    expect(html).toContain('role="status"');
    expect(html).toContain('Status now: <strong>Changes requested</strong>');
    expect(html).toContain('>Back to the approvals inbox</button>');
    expect(html).not.toContain('<form');
  });
});

describe('the approvals inbox', () => {
  it('shows a submitted item in words with how long it has waited and "Open packet"', () => {
    const html = render(
      createElement(SubmittedItem, {
        item: ITEM,
        now: new Date('2026-12-02T12:30:00.000Z'),
        pageName: (page: string) => page,
        nameOf: (id: string) => id,
        onOpen: () => {},
      }),
    );
    for (const words of [
      'Missing: Alex',
      'Urgent',
      'Post',
      'Missing or endangered person',
      'Example PD',
      'Dana Reyes',
      '3 h 30 min',
    ])
      expect(html).toContain(words);
    expect(html).toContain('aria-label="Open packet: Missing: Alex"');
  });

  it('offers the approver the written confirmation, the administrator its transcription', () => {
    const item = {
      kind: 'post' as const,
      id: ID,
      title: 'Missing: Alex',
      givenBy: 'Chief Morgan',
      givenAt: '2026-12-02T09:00:00.000Z',
      how: 'telephone',
      recordedBy: 'Robin Admin',
      waited: '3 h 30 min',
    };
    const props = { item, nameOf: (id: string) => id, onConfirmed: () => {} };
    const approver = render(createElement(AwaitingItem, { ...props, me: QUINN }));
    expect(approver).toContain('>Confirm in writing</button>');
    expect(approver).not.toContain('Transcribe written confirmation');
    for (const words of ['Chief Morgan', 'telephone', 'Robin Admin', '3 h 30 min'])
      expect(approver).toContain(words);
    const administrator = render(createElement(AwaitingItem, { ...props, me: ROBIN }));
    expect(administrator).toContain('>Transcribe written confirmation</button>');
    expect(administrator).not.toContain('>Confirm in writing</button>');
  });
});

describe('the draft editor’s status panel', () => {
  const submit: WorkflowStep = {
    move: 'submit',
    by: DANA.id,
    at: '2026-12-02T09:00:00.000Z',
    contentHash: HASH,
    revision: 1,
    packetHash: HASH,
  };
  const approve: WorkflowStep = {
    move: 'decide',
    by: QUINN.id,
    at: '2026-12-02T10:00:00.000Z',
    decision: 'approve',
    comment: 'Good to go',
    source: 'in-app',
    packetHash: HASH,
  };
  const draft = (workflow: WorkflowStep[]): Draft => ({
    id: ID,
    createdAt: '2026-12-02T08:00:00.000Z',
    revisions: [
      {
        title: 'Missing: Alex',
        body: 'Alex…',
        category: 'missing-person',
        pages: [PAGE_ID],
        number: 1,
        savedAt: '2026-12-02T08:00:00.000Z',
        savedBy: DANA.id,
        contentHash: HASH,
      },
    ],
    attestations: [],
    justifications: [],
    workflow,
    permissions: [],
  });
  const panel = (workflow: WorkflowStep[]) =>
    render(
      createElement(DraftStatusPanel, {
        draft: draft(workflow),
        me: DANA,
        pages: [PAGE],
        onDraftChange: () => {},
        onOpenPacket: () => {},
      }),
    );

  it('says a submitted draft is locked and offers to withdraw it', () => {
    const html = panel([submit]);
    expect(html).toContain('Status: Submitted: waiting for the Chief’s decision</h2>');
    expect(html).toContain('the text is locked until the Chief decides or you withdraw it');
    expect(html).toContain('>Open packet</button>');
    expect(html).toContain('>Withdraw…</button>');
    expect(html).not.toContain('Archive…');
    expect(html).not.toContain('Record publishing');
  });

  it('shows an approval with its comment and offers publishing on the target pages', () => {
    const html = panel([submit, approve]);
    expect(html).toContain('Status: Approved</h2>');
    expect(html).toContain('Approve: recorded in the app by');
    expect(html).toContain('Good to go');
    expect(labels(html)).toEqual(['Page', 'Post URL', 'When it was posted']);
    expect(html).toContain(`<option value="${PAGE_ID}">Example PD</option>`);
    expect(html).toContain('>Record publishing</button>');
    expect(html).toContain('>Archive…</button>');
    expect(html).not.toContain('Withdraw…');
  });

  it('lists the publications', () => {
    const publish: WorkflowStep = {
      move: 'publish',
      by: DANA.id,
      at: '2026-12-02T11:00:00.000Z',
      platform: 'facebook',
      url: 'https://www.facebook.com/examplepd/posts/1',
      publishedAt: '2026-12-02T10:55:00.000Z',
      pageId: PAGE_ID,
    };
    const html = panel([submit, approve, publish]);
    expect(html).toContain('Status: Published</h2>');
    expect(html).toContain('<caption>Publications</caption>');
    expect(html).toContain('facebook (Example PD)');
    expect(html).toContain('https://www.facebook.com/examplepd/posts/1');
    expect(html).toContain('Dana Reyes');
  });
});
