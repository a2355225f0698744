import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { type Draft, isSubmitted } from '../../src/shared/drafts/draft';
import { CONTENT_CHECKLIST } from '../../src/shared/policy/catalogue';
import type { Result } from '../../src/shared/result';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

let folder: string;
let services: Services;
let dispatch: ReturnType<typeof createDispatcher>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-gate-'));
  services = await openServices(folder, 'gate test');
  dispatch = createDispatcher(createHandlers(services));
  const first = await dispatch(
    'session:createFirstAdministrator',
    { name: 'Pat Okafor', passphrase: 'a long enough passphrase' },
    true,
  );
  expect(first.ok).toBe(true);
}, 30_000);
afterAll(async () => {
  await services.close();
  await rm(folder, { recursive: true, force: true });
});

const valueOf = (result: Result<unknown>) => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Draft;
};
const ATTESTABLE = CONTENT_CHECKLIST.filter((item) => item.satisfiedBy !== 'automatic').map(
  (item) => item.id,
);

describe('the approval gate, enforced by the main process', () => {
  it('refuses a submission with open items, listing them, whatever the renderer shows', async () => {
    const draft = valueOf(
      await dispatch(
        'drafts:save',
        {
          title: 'Patrol map',
          body: 'INTERNAL USE ONLY: tonight’s patrol zones.',
          category: 'other',
        },
        true,
      ),
    );
    const refused = await dispatch('drafts:submit', { id: draft.id }, true);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('checklist-open');
    expect(refused.error.message).toContain('III.B.1.c No confidential information');
    expect(refused.error.message).toContain('1 finding to resolve');
    expect(refused.error.message).toContain('III.B.1.h Copyright');
    const stored = await services.drafts.get(draft.id);
    expect(stored.workflow).toEqual([]);
  });

  it('accepts it once every finding is justified and every person-checked item attested', async () => {
    const draft = valueOf(
      await dispatch(
        'drafts:save',
        { title: 'Roster note', body: 'Shift change at 6. INTERNAL USE ONLY', category: 'other' },
        true,
      ),
    );
    const blind = await dispatch(
      'drafts:justify',
      { id: draft.id, kind: 'political', text: 'Vote Smith', reason: 'not in the text at all' },
      true,
    );
    expect(blind).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    valueOf(
      await dispatch(
        'drafts:justify',
        {
          id: draft.id,
          kind: 'confidential',
          text: 'INTERNAL USE ONLY',
          reason: 'Chief’s written permission of 2026-11-20, on file',
        },
        true,
      ),
    );
    const unknown = await dispatch(
      'drafts:attest',
      { id: draft.id, itemId: 'content.no-such-item' },
      true,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    for (const itemId of ATTESTABLE)
      valueOf(await dispatch('drafts:attest', { id: draft.id, itemId }, true));
    const submitted = valueOf(await dispatch('drafts:submit', { id: draft.id }, true));
    expect(isSubmitted(submitted)).toBe(true);
    expect(submitted.workflow[0]).toMatchObject({ move: 'submit', revision: 1 });

    // A submitted draft is read-only: it is withdrawn first, then edited. The edit voids the
    // attestations (they were for the old content).
    valueOf(await dispatch('drafts:withdraw', { id: draft.id, reason: 'shift moved' }, true));
    const edited = valueOf(
      await dispatch(
        'drafts:save',
        {
          id: draft.id,
          title: 'Roster note',
          body: 'Shift change at 7. INTERNAL USE ONLY',
          category: 'other',
        },
        true,
      ),
    );
    expect(isSubmitted(edited)).toBe(false);
    const again = await dispatch('drafts:submit', { id: draft.id }, true);
    expect(again).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    // The justification follows the flagged words, so the marking no longer counts as a finding to resolve.
    if (!again.ok) expect(again.error.message).not.toContain('finding to resolve');
  });

  it('keeps every attestation, justification and submission in the audit trail', async () => {
    let audited = 0;
    const { readEvents } = await import('../../src/main/journal/read-events');
    for await (const event of readEvents(folder)) {
      const payload = event.payload as { store?: string; summary?: string } | undefined;
      if (
        event.header.type === 'audit.change' &&
        payload?.store === 'drafts' &&
        /attested|justified|submitted/.test(payload.summary ?? '')
      )
        audited += 1;
    }
    expect(audited).toBe(ATTESTABLE.length + 2);
  });

  it('records an item attested twice for the same saved text once: one attestation, one audit event, no write', async () => {
    const { readEvents } = await import('../../src/main/journal/read-events');
    const auditedFor = async (id: string) => {
      let count = 0;
      for await (const event of readEvents(folder)) {
        const payload = event.payload as { document?: string; summary?: string } | undefined;
        if (payload?.document === id && /attested/.test(payload.summary ?? '')) count += 1;
      }
      return count;
    };
    const draft = valueOf(
      await dispatch(
        'drafts:save',
        { title: 'Bike rodeo', body: 'Bring your bike Saturday.', category: 'special-event' },
        true,
      ),
    );
    const [itemId = ''] = ATTESTABLE;
    const once = valueOf(await dispatch('drafts:attest', { id: draft.id, itemId }, true));
    const { snapshotTree } = await import('./temp-folder');
    const before = await snapshotTree(join(folder, 'drafts'));
    const twice = valueOf(await dispatch('drafts:attest', { id: draft.id, itemId }, true));

    expect(twice).toEqual(once);
    expect(twice.attestations.filter((a) => a.itemId === itemId)).toHaveLength(1);
    expect(await snapshotTree(join(folder, 'drafts'))).toEqual(before);
    expect(await auditedFor(draft.id)).toBe(1);

    // A new revision is new text: attesting it again is a new word, recorded.
    const edited = valueOf(
      await dispatch(
        'drafts:save',
        {
          id: draft.id,
          title: 'Bike rodeo',
          body: 'Bring your bike Sunday.',
          category: 'special-event',
        },
        true,
      ),
    );
    const again = valueOf(await dispatch('drafts:attest', { id: edited.id, itemId }, true));
    expect(again.attestations.filter((a) => a.itemId === itemId)).toHaveLength(2);
    expect(await auditedFor(draft.id)).toBe(2);
  });
});

describe('target pages and their platforms’ limits, enforced by the main process', () => {
  const addPage = async (platform: string, name: string, url: string) => {
    const by = services.session.current;
    if (!by) throw new Error('signed in above');
    return services.pages.add({ platform, name, url }, by, services.audit);
  };

  it('lists the recorded pages to the renderer', async () => {
    const page = await addPage('facebook', 'Example PD', 'https://www.facebook.com/examplepd');
    const listed = await dispatch('pages:list', {}, true);
    expect(listed).toMatchObject({ ok: true, value: expect.arrayContaining([page]) as unknown });
  });

  it('refuses to save a draft for a page that does not exist, and writes nothing', async () => {
    const before = services.drafts.list().length;
    const refused = await dispatch(
      'drafts:save',
      {
        title: 'Ghost page',
        body: 'Hello',
        category: 'other',
        pages: ['6a0f2b1c-4d3e-4f5a-8b7c-9d0e1f2a3b4c'],
      },
      true,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(services.drafts.list().length).toBe(before);
  });

  it('refuses a post too long for X, and will not let the overflow be justified', async () => {
    const x = await addPage('x', '@ExamplePD', 'https://x.com/ExamplePD');
    const body =
      'Road work on Main St between 1st and 3rd from 7 a.m. to 5 p.m. Use Elm St. '.repeat(4);
    const draft = valueOf(
      await dispatch(
        'drafts:save',
        {
          title: 'Main St work',
          body,
          category: 'road-closure',
          fields: TEMPLATE_FIELDS_FOR['road-closure'],
          pages: [x.id],
        },
        true,
      ),
    );
    expect(draft.revisions[0]?.pages).toEqual([x.id]);
    const overflow = body.slice(280);
    const justified = await dispatch(
      'drafts:justify',
      { id: draft.id, kind: 'platform-limit', text: overflow, reason: 'The Chief wants it all.' },
      true,
    );
    expect(justified).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!justified.ok) expect(justified.error.message).toContain('cut or refused');
    // What the machine checks (the length) is not a person's to attest.
    const attested = await dispatch(
      'drafts:attest',
      { id: draft.id, itemId: `limits.${x.id}.length` },
      true,
    );
    expect(attested).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    for (const itemId of ATTESTABLE)
      valueOf(await dispatch('drafts:attest', { id: draft.id, itemId }, true));
    const refused = await dispatch('drafts:submit', { id: draft.id }, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('III.B.1.a At most 280 characters on “@ExamplePD”');
      expect(refused.error.message).toMatch(/checklist item\(s\) are open:\n[^\n]+280/);
    }

    // Taking X off the targets is a new revision that fits: it submits once attested.
    const noX = valueOf(
      await dispatch(
        'drafts:save',
        {
          id: draft.id,
          title: 'Main St work',
          body,
          category: 'road-closure',
          fields: TEMPLATE_FIELDS_FOR['road-closure'],
          pages: [],
        },
        true,
      ),
    );
    for (const itemId of ATTESTABLE)
      valueOf(await dispatch('drafts:attest', { id: noX.id, itemId }, true));
    expect(isSubmitted(valueOf(await dispatch('drafts:submit', { id: noX.id }, true)))).toBe(true);
  });

  it('knows a page recorded under another name for its platform by its URL', async () => {
    const old = await addPage('tw', 'Old account', 'https://twitter.com/examplepd_old');
    const draft = valueOf(
      await dispatch(
        'drafts:save',
        { title: 'Long', body: 'a'.repeat(300), category: 'other', pages: [old.id] },
        true,
      ),
    );
    const refused = await dispatch('drafts:submit', { id: draft.id }, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    if (!refused.ok) expect(refused.error.message).toContain('At most 280 characters');
  });

  it('asks for an attestation for a platform it has no limits for, and takes one', async () => {
    const forum = await addPage(
      'nextdoor',
      'Example PD on Nextdoor',
      'https://nextdoor.com/agency/x',
    );
    const draft = valueOf(
      await dispatch(
        'drafts:save',
        {
          title: 'Coffee with a cop',
          body: 'Join us Friday.',
          category: 'special-event',
          pages: [forum.id],
        },
        true,
      ),
    );
    for (const itemId of ATTESTABLE)
      valueOf(await dispatch('drafts:attest', { id: draft.id, itemId }, true));
    const refused = await dispatch('drafts:submit', { id: draft.id }, true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'checklist-open' } });
    if (!refused.ok) expect(refused.error.message).toContain('nextdoor');
    valueOf(await dispatch('drafts:attest', { id: draft.id, itemId: `limits.${forum.id}` }, true));
    expect(isSubmitted(valueOf(await dispatch('drafts:submit', { id: draft.id }, true)))).toBe(
      true,
    );
  });
});
