import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../src/main/journal/read-events';
import { type Draft, draftWorkflow } from '../../src/shared/drafts/draft';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import { latestRevision } from '../../src/shared/drafts/draft';
import { ATTESTABLE, type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

// Attesting several reviewed items in one step and withdrawing an attestation before submission,
// through the real dispatcher, handlers and services on a real data folder.
let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-attestations-');
}, 60_000);
afterAll(async () => {
  await desk.close();
});

const BIKE_RODEO = {
  title: 'Bike rodeo',
  body: 'Bring your bike to the station lot on Saturday at 10 a.m.',
  category: 'special-event',
  pages: [],
};

/** The audit summaries recorded for one draft, oldest first. */
async function summariesOf(id: string): Promise<string[]> {
  const summaries: string[] = [];
  for await (const event of readEvents(desk.folder)) {
    const payload = event.payload as { document?: string; summary?: string } | undefined;
    if (event.header.type === 'audit.change' && payload?.document === id && payload.summary)
      summaries.push(payload.summary);
  }
  return summaries;
}

/** The items still open on the draft's saved revision, as the gate counts them. */
function openIds(draft: Draft): string[] {
  const latest = latestRevision(draft);
  return draftChecklist(latest, draft, latest.contentHash)
    .items.filter((e) => e.state !== 'satisfied')
    .map((e) => e.item.id);
}

describe('attesting several items in one step', () => {
  it('records each item as its own attestation, by the signed-in person, in one audited update naming them', async () => {
    const { pat } = desk.people;
    const saved = await desk.call<Draft>(pat, 'drafts:save', BIKE_RODEO);
    const before = Date.now();
    const draft = await desk.call<Draft>(pat, 'drafts:attestSeveral', {
      id: saved.id,
      itemIds: ATTESTABLE,
    });

    expect(draft.attestations.map((a) => a.itemId)).toEqual(ATTESTABLE);
    for (const attestation of draft.attestations) {
      expect(attestation.by).toBe(pat.id);
      expect(attestation.contentHash).toBe(latestRevision(draft).contentHash);
      expect(Date.parse(attestation.at)).toBeGreaterThanOrEqual(before - 1000);
      expect(attestation.withdrawn).toBeUndefined();
    }
    expect(openIds(draft)).toEqual([]);
    const attested = (await summariesOf(draft.id)).filter((s) => /attested/.test(s));
    expect(attested).toHaveLength(1);
    for (const itemId of ATTESTABLE) expect(attested[0]).toContain(itemId);
    // The step was enough: the gate lets it through.
    const submitted = await desk.call<Draft>(pat, 'drafts:submit', { id: draft.id });
    expect(draftWorkflow(submitted).status).toBe('submitted');
  });

  it('refuses the whole step, recording nothing, when one item is unknown or checked automatically', async () => {
    const { pat } = desk.people;
    const saved = await desk.call<Draft>(pat, 'drafts:save', {
      ...BIKE_RODEO,
      pages: [desk.page.id],
    });
    // A target page's length limit is counted by the machine: nobody's word can satisfy it.
    const automatic = `limits.${desk.page.id}.length`;
    const before = await desk.draftsOnDisk();
    const unknown = await desk.refusal(pat, 'drafts:attestSeveral', {
      id: saved.id,
      itemIds: [ATTESTABLE[0], 'content.no-such-item'],
    });
    expect(unknown.message).toMatch(/no content checklist item content\.no-such-item/);
    expect(unknown.message).toContain('Nothing was changed.');
    const counted = await desk.refusal(pat, 'drafts:attestSeveral', {
      id: saved.id,
      itemIds: [ATTESTABLE[0], automatic],
    });
    expect(counted.message).toMatch(/checked automatically; it cannot be attested/);
    expect(await desk.draftsOnDisk()).toEqual(before);
  });

  it('records nothing and audits nothing when every item already stands', async () => {
    const { pat } = desk.people;
    const draft = await desk.ready(pat, BIKE_RODEO);
    const before = await desk.draftsOnDisk();
    const audited = (await summariesOf(draft.id)).length;
    const again = await desk.call<Draft>(pat, 'drafts:attestSeveral', {
      id: draft.id,
      itemIds: ATTESTABLE.slice(0, 3),
    });
    expect(again).toEqual(draft);
    expect(await desk.draftsOnDisk()).toEqual(before);
    expect(await summariesOf(draft.id)).toHaveLength(audited);
  });
});

describe('withdrawing an attestation before submission', () => {
  it('keeps the attestation in the record, marked withdrawn by whom and when, and the item is open again', async () => {
    const { pat, alex } = desk.people;
    const draft = await desk.ready(pat, BIKE_RODEO);
    const [itemId = ''] = ATTESTABLE;
    const withdrawn = await desk.call<Draft>(alex, 'drafts:withdrawAttestation', {
      id: draft.id,
      itemId,
    });

    const mine = withdrawn.attestations.filter((a) => a.itemId === itemId);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.by).toBe(pat.id);
    expect(mine[0]?.withdrawn?.by).toBe(alex.id);
    expect(Date.parse(mine[0]?.withdrawn?.at ?? '')).not.toBeNaN();
    expect(withdrawn.attestations).toHaveLength(draft.attestations.length);
    expect(openIds(withdrawn)).toEqual([itemId]);
    expect((await summariesOf(draft.id)).at(-1)).toBe(
      `draft withdrew the attestation of ${itemId}`,
    );

    // Nothing stands to withdraw now: refused in words, nothing written.
    const before = await desk.draftsOnDisk();
    const twice = await desk.refusal(pat, 'drafts:withdrawAttestation', { id: draft.id, itemId });
    expect(twice.message).toMatch(/has no attestation for the saved text to withdraw/);
    expect(twice.message).toContain('Nothing was changed.');
    expect(await desk.draftsOnDisk()).toEqual(before);

    // Attesting again after a withdrawal is a new word, recorded beside the withdrawn one.
    const again = await desk.call<Draft>(pat, 'drafts:attest', { id: draft.id, itemId });
    const both = again.attestations.filter((a) => a.itemId === itemId);
    expect(both).toHaveLength(2);
    expect(both[0]?.withdrawn).toBeDefined();
    expect(both[1]?.withdrawn).toBeUndefined();
    expect(openIds(again)).toEqual([]);
  });

  it('refuses a submission after a withdrawal: the withdrawn attestation vouches for nothing', async () => {
    const { pat } = desk.people;
    const draft = await desk.ready(pat, BIKE_RODEO);
    const itemId = ATTESTABLE.at(-1) ?? '';
    await desk.call<Draft>(pat, 'drafts:withdrawAttestation', { id: draft.id, itemId });
    const refused = await desk.refusal(pat, 'drafts:submit', { id: draft.id });
    expect(refused.code).toBe('checklist-open');
    expect(refused.message).toContain('1 checklist item(s) are open');
    const stored = await desk.call<Draft>(pat, 'drafts:get', { id: draft.id });
    expect(draftWorkflow(stored).status).toBe('draft');
  });

  it('refuses a withdrawal once the draft is submitted, in words, changing nothing', async () => {
    const { pat } = desk.people;
    const submitted = await desk.submitted(pat, BIKE_RODEO);
    const [itemId = ''] = ATTESTABLE;
    const before = await desk.draftsOnDisk();
    const refused = await desk.refusal(pat, 'drafts:withdrawAttestation', {
      id: submitted.id,
      itemId,
    });
    expect(refused.code).toBe('invalid-request');
    expect(refused.message).toMatch(/this one is “Submitted/);
    expect(refused.message).toContain('Withdraw it first');
    expect(refused.message).toContain('Nothing was changed.');
    expect(await desk.draftsOnDisk()).toEqual(before);
    // Attesting several is refused the same way.
    const several = await desk.refusal(pat, 'drafts:attestSeveral', {
      id: submitted.id,
      itemIds: [itemId],
    });
    expect(several.message).toMatch(/this one is “Submitted/);
  });
});
