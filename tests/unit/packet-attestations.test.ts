import { describe, expect, it } from 'vitest';
import type { Attestation } from '../../src/shared/drafts/draft';
import { composePostPacket } from '../../src/shared/packets/compose-packet';
import { renderPacketHtml } from '../../src/shared/packets/packet-html';
import { packetDraft, postInput } from './packet-fixtures';

const ITEM = 'content.identifies-department';

function packetWith(attestations: (hash: string) => Attestation[]) {
  const draft = packetDraft();
  const hash = draft.revisions.at(-1)?.contentHash ?? '';
  const packet = composePostPacket(
    postInput({ draft: { ...draft, attestations: attestations(hash) } }),
  );
  const item = packet.checklist[0]?.items.find((i) => i.id === ITEM);
  if (!item) throw new Error(`no ${ITEM} in the packet`);
  return { packet, item };
}

describe('a packet names only the attestation that stands', () => {
  it('after “Dana attests, Dana withdraws, Sam attests” it says Sam attested, and Dana withdrew', () => {
    const { packet, item } = packetWith((hash) => [
      {
        itemId: ITEM,
        contentHash: hash,
        by: 'p-dana',
        at: '2026-12-01T09:40:00.000Z',
        withdrawn: { by: 'p-dana', at: '2026-12-01T09:41:00.000Z' },
      },
      { itemId: ITEM, contentHash: hash, by: 'p-sam', at: '2026-12-01T09:42:00.000Z' },
    ]);
    expect(item.state).toBe('satisfied');
    expect(item.resolutions).toContain('Attested by Sam <Ortiz> & Co on 2026-12-01 09:42 UTC');
    expect(item.resolutions).toContain(
      'Attested by Dana Reyes on 2026-12-01 09:40 UTC, withdrawn by Dana Reyes on 2026-12-01 09:41 UTC',
    );
    expect(item.resolutions).not.toContain('Attested by Dana Reyes on 2026-12-01 09:40 UTC');
    expect(renderPacketHtml(packet)).toContain('withdrawn by Dana Reyes');
  });

  it('a withdrawn attestation alone names nobody as having attested and leaves the item waiting', () => {
    const { item } = packetWith((hash) => [
      {
        itemId: ITEM,
        contentHash: hash,
        by: 'p-dana',
        at: '2026-12-01T09:40:00.000Z',
        withdrawn: { by: 'p-sam', at: '2026-12-01T09:41:00.000Z' },
      },
    ]);
    expect(item.state).toBe('needs-attestation');
    expect(item.resolutions.filter((r) => r.startsWith('Attested by Dana Reyes on'))).toEqual([
      'Attested by Dana Reyes on 2026-12-01 09:40 UTC, withdrawn by Sam <Ortiz> & Co on 2026-12-01 09:41 UTC',
    ]);
  });

  it('of two standing attestations, the latest is named', () => {
    const { item } = packetWith((hash) => [
      { itemId: ITEM, contentHash: hash, by: 'p-dana', at: '2026-12-01T09:40:00.000Z' },
      { itemId: ITEM, contentHash: hash, by: 'p-sam', at: '2026-12-01T09:42:00.000Z' },
    ]);
    expect(item.resolutions.filter((r) => r.startsWith('Attested'))).toEqual([
      'Attested by Sam <Ortiz> & Co on 2026-12-01 09:42 UTC',
    ]);
  });
});
