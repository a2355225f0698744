import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/shared/drafts/draft';
import type { DraftMedia, StoredMedia } from '../../src/shared/drafts/media';
import { escapeHtml } from '../../src/shared/packets/packet-html';
import { ATTESTABLE, type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-packet-media-');
}, 60_000);
afterAll(() => desk.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(' the range')]);
const MP4 = Buffer.concat([
  Buffer.from('\x00\x00\x00\x18ftypisom', 'latin1'),
  Buffer.from(' clip'),
]);
const SCAN = Buffer.from('%PDF-1.7\nsigned by Lt. Reyes\n%%EOF\n');

describe('a post packet’s media and written permissions', () => {
  it('names each file of the submitted revision, what it shows and its permission in words', async () => {
    const { pat, quinn } = desk.people;
    const upload = (name: string, mediaType: string, bytes: Buffer) =>
      desk.call<StoredMedia>(pat, 'drafts:uploadMedia', {
        name,
        mediaType,
        base64: bytes.toString('base64'),
      });
    const photo = await upload('range-day.jpg', 'image/jpeg', JPEG);
    const clip = await upload('cruiser.mp4', 'video/mp4', MP4);
    const content = {
      title: 'Range day',
      body: 'Our officers trained at the range today.',
      category: 'special-event',
      pages: [desk.page.id],
    };
    const first = await desk.call<Draft>(pat, 'drafts:save', content);
    const permitted = await desk.call<Draft>(pat, 'drafts:recordPermission', {
      id: first.id,
      grantedBy: 'Lt. Dana Reyes',
      grantedOn: '2026-11-30',
      scope: 'Photos of the range training, for the department’s pages',
      scan: {
        name: 'permission.pdf',
        mediaType: 'application/pdf',
        base64: SCAN.toString('base64'),
      },
    });
    const permission = permitted.permissions[0]?.id ?? '';
    const media: DraftMedia[] = [
      { ...photo, depicts: ['uniform', 'training'], permissions: [permission] },
      { ...clip, depicts: ['vehicle'], permissions: [] },
    ];
    const saved = await desk.call<Draft>(pat, 'drafts:save', { ...content, id: first.id, media });
    for (const itemId of ATTESTABLE)
      await desk.call(pat, 'drafts:attest', { id: saved.id, itemId });
    const submitted = await desk.call<Draft>(pat, 'drafts:submit', { id: saved.id });

    const packet = await desk.call<{ html: string; sha256: string | null; frozen: boolean }>(
      quinn,
      'packets:get',
      { kind: 'post', id: saved.id },
    );
    expect(packet.frozen).toBe(true);
    expect(packet.sha256).toBe(packetOf(submitted));
    const { html } = packet;
    expect(html).toContain(
      `<tr><td>range-day.jpg</td><td class="hash">${sha256(JPEG)}</td><td>Uniform, badge or patch, Department training</td><td>${escapeHtml(`Granted by Lt. Dana Reyes on 2026-11-30: Photos of the range training, for the department’s pages (scan ${sha256(SCAN).slice(0, 12)})`)}</td></tr>`,
    );
    expect(html).toContain(
      `<tr><td>cruiser.mp4</td><td class="hash">${sha256(MP4)}</td><td>Police vehicle or equipment</td><td>None recorded</td></tr>`,
    );
    expect(html).not.toContain('No media attached.');
  });

  it('says so when a post has no media', async () => {
    const draft = await desk.submitted(desk.people.pat, { title: 'Nothing attached' });
    const { html } = await desk.call<{ html: string }>(desk.people.quinn, 'packets:get', {
      kind: 'post',
      id: draft.id,
    });
    expect(html).toContain('No media attached.');
  });
});
