import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { type Draft, latestRevision } from '../../shared/drafts/draft';
import {
  MEDIA_TYPES,
  PERMISSIONS_PER_DRAFT_MAX,
  type PermissionRecord,
} from '../../shared/drafts/media';
import type { Profile } from '../../shared/profiles/profile';
import { moveRefusal } from '../../shared/workflow/workflow';
import { ATTACHMENTS_FOLDER, AttachmentStore } from '../attachments/attachment-store';
import { fileTypeOf, headAndSize } from '../attachments/file-signatures';
import { decodeMedia, isVideo } from '../attachments/media-file';
import { decodeScan } from '../attachments/scan-file';
import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import { postSubject } from '../workflow/moves';
import { SIGNED_DATE_SLACK_MS } from '../workflow/publication-time';
import type { HandlerContext } from './domain-handlers';

const IMAGE_TYPES = MEDIA_TYPES.filter((type) => !isVideo(type));
const VIDEO_TYPES = MEDIA_TYPES.filter(isVideo);

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A written permission is part of what the approver judges: once the draft is submitted (or
 * published, archived) it is as read-only as the words, by the same status machine.
 */
function assertPermissionsOpen(draft: Draft, by: Profile): void {
  const refused = moveRefusal(postSubject(draft), 'edit', by);
  if (refused === undefined) return;
  throw new DeskFailure(
    'invalid-request',
    `The written permission was not recorded: ${refused} Nothing was changed.`,
  );
}

function assertRoomForPermission(draft: Draft): void {
  if (draft.permissions.length < PERMISSIONS_PER_DRAFT_MAX) return;
  throw new DeskFailure(
    'invalid-request',
    `This draft already holds ${PERMISSIONS_PER_DRAFT_MAX} written permissions, the most one draft keeps. Nothing was changed: link an existing permission to the photo, or split the post.`,
  );
}

/** The date on the paper cannot be later than today (a permission not yet given covers nothing). */
function assertGrantedByNow(grantedOn: string, now: Date): void {
  if (Date.parse(`${grantedOn}T00:00:00.000Z`) <= now.getTime() + SIGNED_DATE_SLACK_MS) return;
  throw new DeskFailure(
    'invalid-request',
    `The permission is dated ${grantedOn}, later than today. Nothing was changed: give the date written on the signed permission.`,
  );
}

/** A thumbnail is drawn from a photo; a file larger than this is named, not read whole. */
export const THUMBNAIL_MAX_BYTES = 10 * 1024 * 1024;

/** How many just-attached files a person's thumbnails may show before a save names them. */
const RECENT_UPLOADS_MAX = 200;

/**
 * Photos and videos copied in and hashed, and the written permissions that cover them. The
 * attachments folder also holds signed decisions' scans, so a file is shown only to someone who
 * names a draft whose revisions name it, or who attached it in this session (a new draft's photo,
 * before the save names it): a hash alone opens nothing.
 */
export function mediaHandlers({
  services,
}: HandlerContext): Pick<
  ActingHandlers,
  'drafts:uploadMedia' | 'drafts:mediaFile' | 'drafts:recordPermission'
> {
  const { attachments, audit, drafts } = services;
  const recentUploads = new Map<string, Set<string>>();
  const rememberUpload = (by: Profile, sha256: string) => {
    const mine = recentUploads.get(by.id) ?? new Set<string>();
    mine.delete(sha256);
    mine.add(sha256);
    // The oldest first out: a long session keeps the files it attached lately, not every one.
    for (const oldest of mine) {
      if (mine.size <= RECENT_UPLOADS_MAX) break;
      mine.delete(oldest);
    }
    recentUploads.set(by.id, mine);
  };

  const assertMayShow = async (id: string | undefined, sha256: string, by: Profile) => {
    if (recentUploads.get(by.id)?.has(sha256) === true) return;
    if (id !== undefined) {
      const draft = await drafts.get(id);
      if (draft.revisions.some((revision) => revision.media?.some((m) => m.sha256 === sha256)))
        return;
    }
    throw new DeskFailure(
      'not-found',
      id === undefined
        ? `No photo with SHA-256 ${sha256} was attached by you in this session, and no draft was named. Open the draft that holds the photo to see it.`
        : `No revision of draft ${id} names a photo with SHA-256 ${sha256}, and you did not attach one in this session. Open the draft that holds the photo to see it.`,
    );
  };

  return {
    'drafts:uploadMedia': async ({ name, mediaType, base64 }, by) => {
      const bytes = decodeMedia({ name, mediaType, base64 });
      const stored = { sha256: sha256Of(bytes), name, mediaType, size: bytes.length };
      // The journal first, as for every store: each file in attachments/ has who brought it on
      // record, even one no draft names yet (left for retention to clear).
      const event = await audit.record({
        by,
        store: ATTACHMENTS_FOLDER,
        document: AttachmentStore.relativePath(stored.sha256),
        before: undefined,
        after: stored,
        summary: `photo or video "${name}" attached (${bytes.length.toLocaleString('en-US')} bytes, ${mediaType}, SHA-256 ${stored.sha256})`,
      });
      try {
        await attachments.keepAlone(name, bytes, {
          what: `The photo or video ${name}`,
          unrecorded: 'so it was not attached',
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await audit.notApplied(event, reason).catch(() => undefined);
        throw error;
      }
      rememberUpload(by, stored.sha256);
      return stored;
    },

    'drafts:mediaFile': async ({ id, sha256 }, by) => {
      await assertMayShow(id, sha256, by);
      const file = join(attachments.dataFolder, AttachmentStore.relativePath(sha256));
      // Judged by its size and first bytes before it is read: a whole video is never loaded.
      const kept = await headAndSize(file);
      if (kept === undefined || !kept.isFile) {
        throw new DeskFailure(
          'not-found',
          `No attached file has SHA-256 ${sha256} in this data folder (${file} is missing). Attach the photo again.`,
        );
      }
      const image = fileTypeOf(kept.head, IMAGE_TYPES);
      if (image === undefined) {
        const video = fileTypeOf(kept.head, VIDEO_TYPES) !== undefined;
        throw new DeskFailure(
          'invalid-request',
          video
            ? `The attached file ${sha256.slice(0, 12)}… is a video: videos are listed by name, without a picture.`
            : `The attached file ${sha256.slice(0, 12)}… is not a photo (JPEG, PNG, GIF or WebP), so it has no picture to show.`,
        );
      }
      if (kept.size > THUMBNAIL_MAX_BYTES) {
        throw new DeskFailure(
          'invalid-request',
          `The photo ${sha256.slice(0, 12)}… is ${(kept.size / 1024 / 1024).toFixed(1)} MB; a thumbnail is drawn from a photo of at most ${THUMBNAIL_MAX_BYTES / 1024 / 1024} MB, so it is listed by name only.`,
        );
      }
      const bytes = await attachments.read({ sha256 });
      return { mediaType: image, base64: Buffer.from(bytes).toString('base64') };
    },

    'drafts:recordPermission': async ({ id, grantedBy, grantedOn, scope, scan }, by) => {
      const now = new Date();
      assertGrantedByNow(grantedOn, now);
      const bytes = decodeScan(scan);
      // Judged before the scan is kept, so a locked draft leaves no file behind; judged again
      // inside the drafts' queue against the draft as it stands then.
      const before = await drafts.get(id);
      assertPermissionsOpen(before, by);
      assertRoomForPermission(before);
      const recordedAt = now.toISOString();
      const saved = await attachments.keepFor(
        scan.name,
        bytes,
        async (attached) =>
          (
            await drafts.update(
              id,
              (draft) => {
                assertPermissionsOpen(draft, by);
                assertRoomForPermission(draft);
                const record: PermissionRecord = {
                  id: randomUUID(),
                  grantedBy,
                  grantedOn,
                  scope,
                  scan: attached,
                  recordedBy: by.id,
                  recordedAt,
                };
                return { ...draft, permissions: [...draft.permissions, record] };
              },
              {
                by,
                summary: (draft) =>
                  `draft "${latestRevision(draft).title}": written permission from ${grantedBy} dated ${grantedOn} recorded, with its scan ${scan.name} (${attached.sha256})`,
              },
            )
          ).saved,
        { what: `The scan ${scan.name}`, unrecorded: 'so the permission was not recorded' },
      );
      return saved;
    },
  };
}
