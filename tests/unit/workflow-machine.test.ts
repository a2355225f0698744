import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Draft, draftWorkflow } from '../../src/shared/drafts/draft';
import type { Inbox } from '../../src/shared/ipc/channels/workflow-channels';
import type { Profile } from '../../src/shared/profiles/profile';
import type { ItemStatus, Move } from '../../src/shared/workflow/workflow';
import { journalEvents } from './records-fixtures';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk();
}, 60_000);
afterAll(() => desk.close());

const OTHER_HASH = 'f'.repeat(64);

/**
 * The moves each status allows, written out here rather than read from the machine, so a change
 * to the machine's table shows up as a failing row.
 */
const ALLOWED: Readonly<Record<ItemStatus, readonly Move[]>> = {
  draft: ['edit', 'submit', 'archive'],
  submitted: ['withdraw', 'decide'],
  approved: ['edit', 'publish', 'archive'],
  'approved-with-changes': ['edit', 'archive'],
  'changes-requested': ['edit', 'archive'],
  denied: ['edit', 'archive'],
  published: ['publish', 'archive'],
  archived: [],
};
const MOVES: readonly Move[] = [
  'edit',
  'submit',
  'withdraw',
  'decide',
  'confirm',
  'publish',
  'archive',
];

/** Sends `move` on the draft through its channel, as the person who would ask for it. */
function tryMove(draft: Draft, move: Move) {
  const { pat, quinn } = desk.people;
  const id = draft.id;
  const latest = draft.revisions.at(-1);
  switch (move) {
    case 'edit':
      return desk.refusal(pat, 'drafts:save', {
        id,
        title: latest?.title ?? '',
        body: `${latest?.body ?? ''} Changed.`,
        category: latest?.category ?? 'other',
        pages: latest?.pages ?? [],
      });
    case 'submit':
      return desk.refusal(pat, 'drafts:submit', { id });
    case 'withdraw':
      return desk.refusal(pat, 'drafts:withdraw', { id, reason: 'not needed' });
    case 'decide': {
      const submit = draft.workflow.findLast((step) => step.move === 'submit');
      const packetHash = submit?.move === 'submit' ? (submit.packetHash ?? OTHER_HASH) : OTHER_HASH;
      return desk.refusal(quinn, 'approvals:decide', {
        kind: 'post',
        id,
        packetHash,
        decision: 'approve',
        comment: '',
      });
    }
    case 'confirm':
      return desk.refusal(quinn, 'approvals:confirm', { kind: 'post', id, comment: '' });
    case 'publish':
      return desk.refusal(pat, 'drafts:published', {
        id,
        pageId: desk.page.id,
        url: 'https://www.facebook.com/examplepd/posts/1',
        publishedAt: '2026-12-01T10:00:00.000Z',
      });
    case 'archive':
      return desk.refusal(pat, 'drafts:archive', { id, reason: '' });
    default: {
      const unknownMove: never = move;
      throw new Error(`no move ${String(unknownMove)}`);
    }
  }
}

async function decided(decision: string): Promise<Draft> {
  const { pat, quinn } = desk.people;
  const draft = await desk.submitted(pat, { title: `To be ${decision}` });
  await desk.call(quinn, 'approvals:decide', {
    kind: 'post',
    id: draft.id,
    packetHash: packetOf(draft),
    decision,
    comment: `${decision} for the test`,
  });
  return desk.services.drafts.get(draft.id);
}

/** One draft in each status, reached through the channels as a person would. */
async function reachable(): Promise<Record<ItemStatus, Draft>> {
  const { pat } = desk.people;
  const approved = await decided('approve');
  await desk.call(pat, 'drafts:published', {
    id: (await decided('approve')).id,
    pageId: desk.page.id,
    url: 'https://www.facebook.com/examplepd/posts/2',
    publishedAt: new Date().toISOString(),
  });
  const published = desk.services.drafts.list().find((summary) => summary.status === 'published');
  const archivedDraft = await desk.ready(pat, { title: 'To be archived' });
  await desk.call(pat, 'drafts:archive', { id: archivedDraft.id, reason: 'no longer needed' });
  const get = (id: string) => desk.services.drafts.get(id);
  return {
    draft: await desk.ready(pat, { title: 'Just a draft' }),
    submitted: await desk.submitted(pat, { title: 'Waiting' }),
    approved,
    'approved-with-changes': await decided('approve-with-changes'),
    'changes-requested': await decided('changes-requested'),
    denied: await decided('deny'),
    published: await get(published?.id ?? ''),
    archived: await get(archivedDraft.id),
  };
}

describe('every illegal move is refused by the main process, for every status', () => {
  it('refuses each move its status does not allow, naming what to do, and leaves the drafts byte-identical', async () => {
    const drafts = await reachable();
    const cells: string[] = [];
    for (const [status, draft] of Object.entries(drafts) as [ItemStatus, Draft][]) {
      expect(draftWorkflow(draft).status, `the ${status} draft`).toBe(status);
      for (const move of MOVES) {
        if (ALLOWED[status].includes(move)) continue;
        const before = await desk.draftsOnDisk();
        const refused = await tryMove(draft, move);
        expect(refused.code, `${move} while ${status}`).toBe('invalid-request');
        expect(refused.message, `${move} while ${status}`).toMatch(/Nothing was changed\.$/);
        expect(await desk.draftsOnDisk(), `${move} while ${status} wrote`).toEqual(before);
        cells.push(`${status}×${move}`);
      }
    }
    // 8 statuses × 7 moves, less the 16 allowed (confirm on an approval that was not verbal is
    // left out of the table above: it is refused by the confirmation rule, checked here too).
    expect(cells).toHaveLength(8 * 7 - 16);
    expect(cells).toContain('approved×confirm');
  }, 120_000);

  it('says why in the status machine’s words: submitted is read-only until withdrawn or decided', async () => {
    const draft = await desk.submitted(desk.people.pat, { title: 'Read-only' });
    const save = await tryMove(draft, 'edit');
    expect(save.message).toContain('cannot be edited now');
    expect(save.message).toContain('read-only until the Chief decides or it is withdrawn');
    const again = await tryMove(draft, 'submit');
    expect(again.message).toContain('cannot be submitted now');
  });

  it('refuses attestations and justifications once a draft is submitted: its checklist is read-only too', async () => {
    const { pat } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Attested and sent' });
    const before = await desk.draftsOnDisk();
    const attest = await desk.refusal(pat, 'drafts:attest', {
      id: draft.id,
      itemId: 'content.copyright',
    });
    expect(attest.message).toContain('Withdraw it first');
    expect(attest.message).toMatch(/Nothing was changed\.$/);
    const justify = await desk.refusal(pat, 'drafts:justify', {
      id: draft.id,
      kind: 'personal-data',
      text: 'Main St',
      reason: 'A public street, not anyone’s home address.',
    });
    expect(justify.message).toContain('Withdraw it first');
    expect(await desk.draftsOnDisk()).toEqual(before);
  });

  it('refuses the decision of the item’s own author and of its submitter (separation of duties)', async () => {
    const { alex, pat } = desk.people;
    const own = await desk.submitted(alex, { title: 'Alex wrote it' });
    const patWrote = await desk.ready(pat, { title: 'Pat wrote, Alex submitted' });
    const submitted = await desk.call<Draft>(alex, 'drafts:submit', { id: patWrote.id });
    const before = await desk.draftsOnDisk();
    const byAuthor = await desk.refusal(alex, 'approvals:decide', {
      kind: 'post',
      id: own.id,
      packetHash: packetOf(own),
      decision: 'approve',
      comment: '',
    });
    expect(byAuthor.message).toContain('Alex Both drafted or submitted this draft');
    expect(byAuthor.message).toContain('separation of duties');
    const bySubmitter = await desk.refusal(alex, 'approvals:decide', {
      kind: 'post',
      id: submitted.id,
      packetHash: packetOf(submitted),
      decision: 'deny',
      comment: '',
    });
    expect(bySubmitter.message).toContain('separation of duties');
    expect(await desk.draftsOnDisk()).toEqual(before);
    expect(draftWorkflow(await desk.services.drafts.get(submitted.id)).status).toBe('submitted');
  });

  it('refuses a decision naming another packet than the one submitted', async () => {
    const draft = await desk.submitted(desk.people.pat, { title: 'Packet check' });
    const before = await desk.draftsOnDisk();
    const refused = await desk.refusal(desk.people.quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: OTHER_HASH,
      decision: 'approve',
      comment: '',
    });
    expect(refused.message).toContain('decide on the packet as submitted');
    expect(await desk.draftsOnDisk()).toEqual(before);
  });

  it('refuses a verbal approval on a notice that is not urgent, and a confirmation with none to confirm', async () => {
    const { quinn } = desk.people;
    const draft = await desk.submitted(desk.people.pat, { title: 'Not urgent' });
    const before = await desk.draftsOnDisk();
    const verbal = await desk.refusal(quinn, 'approvals:recordVerbal', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      givenBy: 'Chief Ramos',
      givenAt: '2026-12-01T09:00:00.000Z',
      how: 'telephone',
      comment: '',
    });
    expect(verbal.message).toContain('only for urgent notices');
    const confirm = await desk.refusal(quinn, 'approvals:confirm', {
      kind: 'post',
      id: draft.id,
      comment: '',
    });
    expect(confirm.message).toContain('cannot be confirmed in writing now');
    expect(await desk.draftsOnDisk()).toEqual(before);
  });

  it('refuses a publication on a page the draft was not approved for', async () => {
    const { pat, quinn } = desk.people;
    const other = await desk.services.pages.add(
      { platform: 'instagram', name: 'Example PD IG', url: 'https://www.instagram.com/examplepd' },
      pat,
      desk.services.audit,
    );
    const draft = await desk.submitted(pat, { title: 'For Facebook', pages: [desk.page.id] });
    await desk.call(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
    });
    const before = await desk.draftsOnDisk();
    const refused = await desk.refusal(pat, 'drafts:published', {
      id: draft.id,
      pageId: other.id,
      url: 'https://www.instagram.com/p/1',
      publishedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(refused.message).toContain('not for “Example PD IG”');
    expect(await desk.draftsOnDisk()).toEqual(before);
  });
});

describe('the allowed paths', () => {
  const inbox = (who: Profile) => desk.call<Inbox>(who, 'approvals:inbox', {});

  it('draft → submit → approve → publish → archive, with the packet frozen before the submission and every decision audited with its hash', async () => {
    const { pat, quinn } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Whole path' });
    const packetHash = packetOf(draft);
    // The packet the step names exists, under that hash.
    expect(await desk.services.packets.read(packetHash)).toContain('<');
    const waiting = (await inbox(quinn)).submitted.find((item) => item.id === draft.id);
    expect(waiting).toMatchObject({ kind: 'post', packetHash, ownItem: false, urgent: false });
    expect((await inbox(pat)).submitted.find((item) => item.id === draft.id)?.ownItem).toBe(true);

    const approved = await desk.call(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash,
      decision: 'approve',
      comment: 'Good to go',
    });
    expect(approved).toEqual({
      kind: 'post',
      id: draft.id,
      status: 'approved',
      awaitingConfirmation: false,
    });
    expect((await inbox(quinn)).submitted.some((item) => item.id === draft.id)).toBe(false);

    const published = await desk.call<Draft>(pat, 'drafts:published', {
      id: draft.id,
      pageId: desk.page.id,
      url: 'https://www.facebook.com/examplepd/posts/9',
      publishedAt: new Date().toISOString(),
    });
    expect(published.workflow.at(-1)).toMatchObject({
      move: 'publish',
      platform: 'facebook',
      pageId: desk.page.id,
      by: pat.id,
    });
    const archived = await desk.call<Draft>(pat, 'drafts:archive', {
      id: draft.id,
      reason: 'done',
    });
    expect(draftWorkflow(archived).status).toBe('archived');
    expect(desk.services.drafts.list().find((s) => s.id === draft.id)?.status).toBe('archived');

    const summaries = (await journalEvents(desk.folder)).flatMap((event) => {
      const payload = event.payload as { document?: string; summary?: string } | undefined;
      return payload?.document === draft.id ? [payload.summary ?? ''] : [];
    });
    expect(summaries.some((s) => s.includes('submitted') && s.includes(packetHash))).toBe(true);
    expect(summaries.some((s) => s.includes('approve') && s.includes(packetHash))).toBe(true);
    expect(summaries.some((s) => s.includes('published'))).toBe(true);
    expect(summaries.some((s) => s.includes('archived'))).toBe(true);
  });

  it('an edit after approval is a new revision that voids it: status draft, nothing in the inbox', async () => {
    const { pat, quinn } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Approved then edited' });
    await desk.call(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
    });
    const latest = draft.revisions.at(-1);
    const edited = await desk.call<Draft>(pat, 'drafts:save', {
      id: draft.id,
      title: latest?.title,
      body: `${latest?.body ?? ''} Bring a helmet.`,
      category: latest?.category,
    });
    expect(edited.revisions).toHaveLength(2);
    expect(draftWorkflow(edited).status).toBe('draft');
    expect(desk.services.drafts.list().find((s) => s.id === draft.id)?.status).toBe('draft');
    const box = await inbox(quinn);
    expect(box.submitted.some((item) => item.id === draft.id)).toBe(false);
    expect(box.awaitingConfirmation.some((item) => item.id === draft.id)).toBe(false);
    // And it is no longer approved for publishing.
    const publish = await tryMove(edited, 'publish');
    expect(publish.message).toContain('It is a draft');
  });

  it('changes requested → edit → resubmit; the same words are not sent back unchanged', async () => {
    const { pat, quinn } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Needs changes' });
    await desk.call(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'changes-requested',
      comment: 'Say where to park',
    });
    const edited = await desk.ready(pat, {
      title: 'Needs changes',
      body: 'Bring your bike to the station lot on Saturday at 10 a.m. Park on Elm St.',
    });
    expect(edited.id).not.toBe(draft.id); // ready() starts a new draft; edit the old one instead
    const latest = draft.revisions.at(-1);
    const revised = await desk.call<Draft>(pat, 'drafts:save', {
      id: draft.id,
      title: latest?.title,
      body: `${latest?.body ?? ''} Park on Elm St.`,
      category: latest?.category,
    });
    const { ATTESTABLE } = await import('./workflow-fixtures');
    for (const itemId of ATTESTABLE)
      await desk.call(pat, 'drafts:attest', { id: revised.id, itemId });
    const resubmitted = await desk.call<Draft>(pat, 'drafts:submit', { id: draft.id });
    expect(draftWorkflow(resubmitted).status).toBe('submitted');
    expect(packetOf(resubmitted)).not.toBe(packetOf(draft));
    expect((await inbox(quinn)).submitted.some((item) => item.id === draft.id)).toBe(true);
  });

  it('a withdrawn draft is editable again', async () => {
    const { pat, quinn } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Withdrawn' });
    const withdrawn = await desk.call<Draft>(pat, 'drafts:withdraw', {
      id: draft.id,
      reason: 'wrong date',
    });
    expect(draftWorkflow(withdrawn).status).toBe('draft');
    expect((await inbox(quinn)).submitted.some((item) => item.id === draft.id)).toBe(false);
    const latest = draft.revisions.at(-1);
    const edited = await desk.call<Draft>(pat, 'drafts:save', {
      id: draft.id,
      title: latest?.title,
      body: 'Bring your bike to the station lot on Sunday at 10 a.m.',
      category: latest?.category,
    });
    expect(edited.revisions).toHaveLength(2);
  });
});
