import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import { type Draft, isSubmitted } from '../../src/shared/drafts/draft';
import { CONTENT_CHECKLIST } from '../../src/shared/policy/catalogue';
import type { Result } from '../../src/shared/result';

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
    expect(stored.submissions).toEqual([]);
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
    const automatic = await dispatch(
      'drafts:attest',
      { id: draft.id, itemId: 'content.no-political-activity' },
      true,
    );
    expect(automatic).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    for (const itemId of ATTESTABLE)
      valueOf(await dispatch('drafts:attest', { id: draft.id, itemId }, true));
    const submitted = valueOf(await dispatch('drafts:submit', { id: draft.id }, true));
    expect(isSubmitted(submitted)).toBe(true);
    expect(submitted.submissions[0]).toMatchObject({ revision: 1 });

    // An edit voids the attestations (they were for the old content) and the submission.
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
});
