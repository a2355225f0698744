import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../src/main/attachments/attachment-store';
import { AUDIT_CHANGE } from '../../src/main/audit/audit-trail';
import { THUMBNAIL_MAX_BYTES } from '../../src/main/handlers/media-handlers';
import { readEvents } from '../../src/main/journal/read-events';
import type { Draft } from '../../src/shared/drafts/draft';
import type { DraftMedia, StoredMedia } from '../../src/shared/drafts/media';
import { CAN_MOUNT, warnIfCannotMount } from './tmpfs';
import { ATTESTABLE, type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

warnIfCannotMount('draft-media: a photo kept on a full disk');

let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-media-');
}, 60_000);
afterAll(() => desk.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
let made = 0;
/** The first bytes of each kind of file, then something unique, so each test has its own file. */
function file(head: readonly number[] | string): Buffer {
  made += 1;
  const start = typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head);
  return Buffer.concat([start, Buffer.from(` test file ${made} ${'x'.repeat(64)}`)]);
}
const JPEG = () => file([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PNG = () => file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF = () => file('%PDF-1.7\nsigned permission\n');

const attachmentsOnDisk = async () =>
  (await readdir(join(desk.folder, ATTACHMENTS_FOLDER)).catch(() => [])).sort();

function upload(name: string, mediaType: string, bytes: Buffer) {
  return desk.call<StoredMedia>(desk.people.pat, 'drafts:uploadMedia', {
    name,
    mediaType,
    base64: bytes.toString('base64'),
  });
}

const EVENT = {
  title: 'Academy graduation',
  body: 'Congratulations to the new officers who graduated from the academy today.',
  category: 'special-event',
  pages: [],
};

function attached(stored: StoredMedia, depicts: string[], permissions: string[] = []): DraftMedia {
  return { ...stored, depicts, permissions } as DraftMedia;
}

async function attestAll(draft: Draft): Promise<Draft> {
  for (const itemId of ATTESTABLE)
    await desk.call<Draft>(desk.people.pat, 'drafts:attest', { id: draft.id, itemId });
  return desk.call<Draft>(desk.people.pat, 'drafts:get', { id: draft.id });
}

function recordPermission(id: string, scan: Buffer, grantedBy = 'Lt. Dana Reyes') {
  return desk.call<Draft>(desk.people.pat, 'drafts:recordPermission', {
    id,
    grantedBy,
    grantedOn: '2026-11-30',
    scope: 'Photos of the November academy class at the range, for the department’s pages',
    scan: { name: 'permission.pdf', mediaType: 'application/pdf', base64: scan.toString('base64') },
  });
}

describe('drafts:uploadMedia', () => {
  it('keeps the photo under the SHA-256 of its bytes, and answers what it kept', async () => {
    const bytes = JPEG();
    const stored = await upload('range-day.jpg', 'image/jpeg', bytes);
    expect(stored).toEqual({
      sha256: sha256(bytes),
      name: 'range-day.jpg',
      mediaType: 'image/jpeg',
      size: bytes.length,
    });
    const kept = await readFile(join(desk.folder, ATTACHMENTS_FOLDER, stored.sha256));
    expect(kept.equals(bytes)).toBe(true);
    expect(sha256(kept)).toBe(stored.sha256);
  });

  it('records who attached which file, its size and SHA-256, in the audit trail', async () => {
    const bytes = PNG();
    const stored = await upload('ava.png', 'image/png', bytes);
    const events = [];
    for await (const event of readEvents(desk.folder))
      if (event.header.type === AUDIT_CHANGE) events.push(event);
    const last = events.at(-1);
    expect(last?.header.by).toBe(desk.people.pat.id);
    expect(last?.payload).toMatchObject({
      store: 'attachments',
      document: `attachments/${stored.sha256}`,
      summary: `photo or video "ava.png" attached (${bytes.length.toLocaleString('en-US')} bytes, image/png, SHA-256 ${stored.sha256})`,
    });
  });

  it('refuses base64 that is not base64, or cut short, and keeps nothing', async () => {
    const before = await attachmentsOnDisk();
    const notBase64 = await desk.refusal(desk.people.pat, 'drafts:uploadMedia', {
      name: 'ava.png',
      mediaType: 'image/png',
      base64: 'iVBORw0$$$',
    });
    expect(notBase64.message).toContain('The photo or video is not base64');
    const whole = PNG().toString('base64').replace(/=+$/, '');
    const cut = whole.length % 4 === 0 ? whole.slice(0, -1) : whole;
    const short = await desk.refusal(desk.people.pat, 'drafts:uploadMedia', {
      name: 'ava.png',
      mediaType: 'image/png',
      base64: cut,
    });
    expect(short.message).toContain('cut short');
    expect(await attachmentsOnDisk()).toEqual(before);
  });

  it.each([
    ['image/gif', file('GIF89a')],
    ['image/webp', file('RIFF\x24\x00\x00\x00WEBPVP8 ')],
    ['video/mp4', file('\x00\x00\x00\x18ftypisom')],
    ['video/quicktime', file('\x00\x00\x00\x14ftypqt  ')],
    ['video/webm', file([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86])],
  ])('takes %s by its first bytes', async (mediaType, bytes) => {
    const stored = await upload(`clip.${mediaType.split('/')[1] ?? 'bin'}`, mediaType, bytes);
    expect(stored.sha256).toBe(sha256(bytes));
  });

  it('refuses a file whose bytes are not the type it was sent as, and keeps nothing', async () => {
    const before = await attachmentsOnDisk();
    const png = await desk.refusal(desk.people.pat, 'drafts:uploadMedia', {
      name: 'range-day.jpg',
      mediaType: 'image/jpeg',
      base64: PNG().toString('base64'),
    });
    expect(png.message).toContain('range-day.jpg was sent as a JPEG image');
    expect(png.message).toContain('its contents are a PNG image');
    expect(png.message).toContain('Nothing was changed');
    const program = await desk.refusal(desk.people.pat, 'drafts:uploadMedia', {
      name: 'briefing.mp4',
      mediaType: 'video/mp4',
      base64: file('MZ\x90\x00 a program, renamed').toString('base64'),
    });
    expect(program.message).toContain('not a photo or video Social Desk knows');
    expect(await attachmentsOnDisk()).toEqual(before);
  });

  it.skipIf(!CAN_MOUNT)(
    'says the disk is full and leaves no file, whole or part, when the disk is full',
    async () => {
      const folder = join(desk.folder, ATTACHMENTS_FOLDER);
      await mkdir(folder, { recursive: true });
      const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', folder]);
      expect(mounted.status, mounted.stderr.toString()).toBe(0);
      onTestFinished(() => {
        spawnSync('umount', [folder]);
      });
      const big = Buffer.concat([JPEG(), Buffer.alloc(1024 * 1024, 0x41)]);
      const refused = await desk.refusal(desk.people.pat, 'drafts:uploadMedia', {
        name: 'parade.jpg',
        mediaType: 'image/jpeg',
        base64: big.toString('base64'),
      });
      expect(refused.code).toBe('write-failed');
      expect(refused.message).toContain('The photo or video parade.jpg could not be saved');
      expect(refused.message).toContain('is full. Nothing was changed');
      expect(await readdir(folder)).toEqual([]);
    },
  );
});

describe('drafts:mediaFile', () => {
  it('gives an image’s bytes for its thumbnail: to whoever names a draft that holds it', async () => {
    const bytes = PNG();
    const stored = await upload('badge.png', 'image/png', bytes);
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [attached(stored, ['uniform'])],
    });
    const answer = await desk.call<{ mediaType: string; base64: string }>(
      desk.people.quinn,
      'drafts:mediaFile',
      { id: draft.id, sha256: stored.sha256 },
    );
    expect(answer.mediaType).toBe('image/png');
    expect(Buffer.from(answer.base64, 'base64').equals(bytes)).toBe(true);
  });

  it('gives a just-attached photo to the person who attached it, before any save names it', async () => {
    const bytes = JPEG();
    const stored = await upload('fresh.jpg', 'image/jpeg', bytes);
    const answer = await desk.call<{ base64: string }>(desk.people.pat, 'drafts:mediaFile', {
      sha256: stored.sha256,
    });
    expect(Buffer.from(answer.base64, 'base64').equals(bytes)).toBe(true);
    // Someone else, naming no draft, or a draft that does not hold it, is refused.
    const other = await desk.refusal(desk.people.quinn, 'drafts:mediaFile', {
      sha256: stored.sha256,
    });
    expect(other.code).toBe('not-found');
    expect(other.message).toContain('was attached by you in this session');
    const unrelated = await desk.call<Draft>(desk.people.pat, 'drafts:save', EVENT);
    const elsewhere = await desk.refusal(desk.people.quinn, 'drafts:mediaFile', {
      id: unrelated.id,
      sha256: stored.sha256,
    });
    expect(elsewhere.message).toContain(`No revision of draft ${unrelated.id} names a photo`);
  });

  it('never gives a permission’s or a decision’s scan, though it is kept in the same folder', async () => {
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', EVENT);
    const scan = file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // a PNG scan: an image
    const recorded = await desk.call<Draft>(desk.people.pat, 'drafts:recordPermission', {
      id: draft.id,
      grantedBy: 'Lt. Dana Reyes',
      grantedOn: '2026-11-30',
      scope: 'The range photos',
      scan: { name: 'signed.png', mediaType: 'image/png', base64: scan.toString('base64') },
    });
    const refused = await desk.refusal(desk.people.pat, 'drafts:mediaFile', {
      id: recorded.id,
      sha256: sha256(scan),
    });
    expect(refused.code).toBe('not-found');
    expect(await readFile(join(desk.folder, ATTACHMENTS_FOLDER, sha256(scan)))).toEqual(scan);
  });

  it('refuses a video, and a photo too large for a thumbnail, from their size and first bytes', async () => {
    const video = await upload('k9.webm', 'video/webm', file([0x1a, 0x45, 0xdf, 0xa3]));
    const refusedVideo = await desk.refusal(desk.people.pat, 'drafts:mediaFile', {
      sha256: video.sha256,
    });
    expect(refusedVideo.message).toContain('is a video');
    const large = Buffer.concat([JPEG(), Buffer.alloc(THUMBNAIL_MAX_BYTES, 0x41)]);
    const stored = await upload('poster.jpg', 'image/jpeg', large);
    const refusedLarge = await desk.refusal(desk.people.pat, 'drafts:mediaFile', {
      sha256: stored.sha256,
    });
    expect(refusedLarge.message).toContain('a thumbnail is drawn from a photo of at most 10 MB');
    const exactly = Buffer.concat([JPEG()]);
    const small = await upload('small.jpg', 'image/jpeg', exactly);
    await desk.call(desk.people.pat, 'drafts:mediaFile', { sha256: small.sha256 });
  });

  it('says a file named by a draft but gone from the folder is missing', async () => {
    const stored = await upload('gone.png', 'image/png', PNG());
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [attached(stored, ['none'])],
    });
    await rm(join(desk.folder, ATTACHMENTS_FOLDER, stored.sha256));
    const refused = await desk.refusal(desk.people.quinn, 'drafts:mediaFile', {
      id: draft.id,
      sha256: stored.sha256,
    });
    expect(refused.code).toBe('not-found');
    expect(refused.message).toContain(`No attached file has SHA-256 ${stored.sha256}`);
  });
});

describe('drafts:save with media', () => {
  it('names the photo in the revision and in its content hash', async () => {
    const stored = await upload('range-day.jpg', 'image/jpeg', JPEG());
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [attached(stored, ['uniform'])],
    });
    const [revision] = draft.revisions;
    expect(revision?.media).toEqual([attached(stored, ['uniform'])]);
    const plain = await desk.call<Draft>(desk.people.pat, 'drafts:save', EVENT);
    expect(plain.revisions[0]?.contentHash).not.toBe(revision?.contentHash);
  });

  it('refuses a photo not kept in the data folder, or not as named, and writes nothing', async () => {
    const before = await desk.draftsOnDisk();
    const unknown = await desk.refusal(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [
        {
          sha256: 'cd'.repeat(32),
          name: 'missing.jpg',
          mediaType: 'image/jpeg',
          size: 100,
          depicts: [],
          permissions: [],
        },
      ],
    });
    expect(unknown.message).toContain(
      'The photo or video missing.jpg is not kept in this data folder',
    );
    expect(unknown.message).toContain(
      'Nothing was changed: remove it from the draft and attach it again',
    );
    const stored = await upload('range-day.jpg', 'image/jpeg', JPEG());
    const wrongSize = await desk.refusal(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [{ ...attached(stored, []), size: stored.size + 1 }],
    });
    expect(wrongSize.message).toContain('range-day.jpg does not match the file kept for it');
    const wrongType = await desk.refusal(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [{ ...attached(stored, []), mediaType: 'image/png' }],
    });
    expect(wrongType.message).toContain('does not match the file kept for it');
    expect(await desk.draftsOnDisk()).toEqual(before);
  });

  it('refuses a permission link that is not a record of this draft', async () => {
    const stored = await upload('class.jpg', 'image/jpeg', JPEG());
    const stranger = '5d4c7b1e-9a0f-4c2b-8e3d-2f1a6b7c8d9e';
    const before = await desk.draftsOnDisk();
    const fresh = await desk.refusal(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [attached(stored, ['training'], [stranger])],
    });
    expect(fresh.message).toContain(
      'class.jpg links a written permission, but a new draft has none',
    );
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', EVENT);
    const saved = await desk.draftsOnDisk();
    const foreign = await desk.refusal(desk.people.pat, 'drafts:save', {
      ...EVENT,
      id: draft.id,
      media: [attached(stored, ['training'], [stranger])],
    });
    expect(foreign.message).toContain(
      `links written permission ${stranger}, which is not one of this draft's records`,
    );
    expect(await desk.draftsOnDisk()).toEqual(saved);
    expect(saved).not.toEqual(before);
  });

  it('changes the content hash when what a photo shows changes, which voids an approval', async () => {
    const stored = await upload('cruiser.jpg', 'image/jpeg', JPEG());
    const first = await desk.call<Draft>(desk.people.pat, 'drafts:save', {
      ...EVENT,
      media: [attached(stored, ['vehicle'])],
    });
    const submitted = await desk.call<Draft>(desk.people.pat, 'drafts:submit', {
      id: (await attestAll(first)).id,
    });
    await desk.call(desk.people.quinn, 'approvals:decide', {
      kind: 'post',
      id: first.id,
      packetHash: packetOf(submitted),
      decision: 'approve',
      comment: 'Fine to post.',
    });
    const approved = desk.services.drafts.list().find((s) => s.id === first.id);
    expect(approved?.status).toBe('approved');
    const changed = await desk.call<Draft>(desk.people.pat, 'drafts:save', {
      ...EVENT,
      id: first.id,
      media: [attached(stored, ['vehicle', 'uniform'])],
    });
    expect(changed.revisions).toHaveLength(2);
    expect(changed.revisions[1]?.contentHash).not.toBe(changed.revisions[0]?.contentHash);
    expect(desk.services.drafts.list().find((s) => s.id === first.id)?.status).toBe('draft');
  });
});

describe('drafts:recordPermission', () => {
  it('records who granted it, when, for what, with its scan kept under its hash and audited', async () => {
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', EVENT);
    const scan = PDF();
    const saved = await recordPermission(draft.id, scan);
    expect(saved.permissions).toHaveLength(1);
    const [permission] = saved.permissions;
    expect(permission).toMatchObject({
      grantedBy: 'Lt. Dana Reyes',
      grantedOn: '2026-11-30',
      recordedBy: desk.people.pat.id,
      scan: { name: 'permission.pdf', sha256: sha256(scan), file: `attachments/${sha256(scan)}` },
    });
    const kept = await readFile(join(desk.folder, ATTACHMENTS_FOLDER, sha256(scan)));
    expect(kept.equals(scan)).toBe(true);
    let last: unknown;
    for await (const event of readEvents(desk.folder))
      if (event.header.type === AUDIT_CHANGE) last = event.payload;
    expect(JSON.stringify(last)).toContain(
      'written permission from Lt. Dana Reyes dated 2026-11-30 recorded, with its scan permission.pdf',
    );
  });

  it('is refused on a submitted draft, keeps no scan and changes nothing', async () => {
    const submitted = await desk.submitted(desk.people.pat, { title: 'Submitted already' });
    const before = await desk.draftsOnDisk();
    const files = await attachmentsOnDisk();
    const refused = await desk.refusal(desk.people.pat, 'drafts:recordPermission', {
      id: submitted.id,
      grantedBy: 'Lt. Dana Reyes',
      grantedOn: '2026-11-30',
      scope: 'The range photos',
      scan: { name: 'late.pdf', mediaType: 'application/pdf', base64: PDF().toString('base64') },
    });
    expect(refused.message).toContain('The written permission was not recorded');
    expect(refused.message).toContain('Nothing was changed');
    expect(await desk.draftsOnDisk()).toEqual(before);
    expect(await attachmentsOnDisk()).toEqual(files);
  });

  it('refuses a scan that is not the PDF, PNG or JPEG it claims, and a date still to come', async () => {
    const draft = await desk.call<Draft>(desk.people.pat, 'drafts:save', EVENT);
    const notPdf = await desk.refusal(desk.people.pat, 'drafts:recordPermission', {
      id: draft.id,
      grantedBy: 'Lt. Dana Reyes',
      grantedOn: '2026-11-30',
      scope: 'The range photos',
      scan: {
        name: 'permission.pdf',
        mediaType: 'application/pdf',
        base64: JPEG().toString('base64'),
      },
    });
    expect(notPdf.message).toContain('its contents are a JPEG image');
    const later = await desk.refusal(desk.people.pat, 'drafts:recordPermission', {
      id: draft.id,
      grantedBy: 'Lt. Dana Reyes',
      grantedOn: '2999-01-01',
      scope: 'The range photos',
      scan: {
        name: 'permission.pdf',
        mediaType: 'application/pdf',
        base64: PDF().toString('base64'),
      },
    });
    expect(later.message).toContain('dated 2999-01-01, later than today');
    expect(
      (await desk.call<Draft>(desk.people.pat, 'drafts:get', { id: draft.id })).permissions,
    ).toEqual([]);
  });
});

describe('the gate: a photo that needs written permission (III.B.1.c)', () => {
  it('refuses submission while nobody has said what a photo shows, until “None of these” is ticked', async () => {
    const stored = await upload('ava.png', 'image/png', PNG());
    const draft = await attestAll(
      await desk.call<Draft>(desk.people.pat, 'drafts:save', {
        ...EVENT,
        media: [attached(stored, [])],
      }),
    );
    const refused = await desk.refusal(desk.people.pat, 'drafts:submit', { id: draft.id });
    expect(refused.code).toBe('checklist-open');
    expect(refused.message).toContain('Say what “ava.png” shows');
    const both = await desk.refusal(desk.people.pat, 'drafts:save', {
      ...EVENT,
      id: draft.id,
      media: [attached(stored, ['none', 'minor'])],
    });
    expect(both.message).toContain(
      '“None of these” cannot be ticked with something the file shows',
    );
    const decided = await attestAll(
      await desk.call<Draft>(desk.people.pat, 'drafts:save', {
        ...EVENT,
        id: draft.id,
        media: [attached(stored, ['none'])],
      }),
    );
    const submitted = await desk.call<Draft>(desk.people.pat, 'drafts:submit', { id: decided.id });
    expect(submitted.workflow.at(-1)?.move).toBe('submit');
  });

  it('refuses submission while a training photo links no permission, and allows it once linked', async () => {
    const stored = await upload('range-training.jpg', 'image/jpeg', JPEG());
    const draft = await attestAll(
      await desk.call<Draft>(desk.people.pat, 'drafts:save', {
        ...EVENT,
        media: [attached(stored, ['training', 'uniform'])],
      }),
    );
    const refused = await desk.refusal(desk.people.pat, 'drafts:submit', { id: draft.id });
    expect(refused.code).toBe('checklist-open');
    expect(refused.message).toContain(
      'III.B.1.c Every photo or video that needs written permission has one: No written permission linked for range-training.jpg (shows department training)',
    );
    // Attesting cannot stand in for the permission: the item is met only by the record.
    const attest = await desk.refusal(desk.people.pat, 'drafts:attest', {
      id: draft.id,
      itemId: 'content.media-permissions',
    });
    expect(attest.message).toContain('checked automatically');

    const permitted = await recordPermission(draft.id, PDF());
    const permission = permitted.permissions[0]?.id ?? '';
    const linked = await attestAll(
      await desk.call<Draft>(desk.people.pat, 'drafts:save', {
        ...EVENT,
        id: draft.id,
        media: [attached(stored, ['training', 'uniform'], [permission])],
      }),
    );
    const submitted = await desk.call<Draft>(desk.people.pat, 'drafts:submit', { id: linked.id });
    expect(submitted.workflow.at(-1)?.move).toBe('submit');
  });
});
