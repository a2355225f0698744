import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Draft, latestRevision } from '../../shared/drafts/draft';
import {
  MEDIA_TYPES,
  PERMISSIONS_PER_DRAFT_MAX,
  type PermissionRecord,
} from '../../shared/drafts/media';
import type { Profile } from '../../shared/profiles/profile';
import { moveRefusal } from '../../shared/workflow/workflow';
import { AttachmentStore } from '../attachments/attachment-store';
import { decodeMedia, isMediaOfType, isVideo } from '../attachments/media-file';
import { decodeScan } from '../attachments/scan-file';
import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import { postSubject } from '../workflow/moves';
import { SIGNED_DATE_SLACK_MS } from '../workflow/publication-time';
import type { HandlerContext } from './domain-handlers';

const IMAGE_TYPES = MEDIA_TYPES.filter((type) => !isVideo(type));

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

/** Photos and videos copied in and hashed, and the written permissions that cover them. */
export function mediaHandlers({
  services,
}: HandlerContext): Pick<
  ActingHandlers,
  'drafts:uploadMedia' | 'drafts:mediaFile' | 'drafts:recordPermission'
> {
  const { attachments, drafts } = services;
  return {
    'drafts:uploadMedia': async ({ name, mediaType, base64 }) => {
      const bytes = decodeMedia({ name, mediaType, base64 });
      const kept = await attachments.keepAlone(name, bytes, {
        what: `The photo or video ${name}`,
        unrecorded: 'so it was not attached',
      });
      return { sha256: kept.sha256, name, mediaType, size: bytes.length };
    },

    'drafts:mediaFile': async ({ sha256 }) => {
      const file = join(attachments.dataFolder, AttachmentStore.relativePath(sha256));
      const there = await stat(file).then(
        (found) => found.isFile(),
        () => false,
      );
      if (!there) {
        throw new DeskFailure(
          'not-found',
          `No attached file has SHA-256 ${sha256} in this data folder (${file} is missing). Attach the photo again.`,
        );
      }
      const bytes = await attachments.read({ sha256 });
      const image = IMAGE_TYPES.find((type) => isMediaOfType(bytes, type));
      if (image !== undefined)
        return { mediaType: image, base64: Buffer.from(bytes).toString('base64') };
      const video = MEDIA_TYPES.some((type) => isVideo(type) && isMediaOfType(bytes, type));
      throw new DeskFailure(
        'invalid-request',
        video
          ? `The attached file ${sha256.slice(0, 12)}… is a video: videos are listed by name, without a picture.`
          : `The attached file ${sha256.slice(0, 12)}… is not a photo (JPEG, PNG, GIF or WebP), so it has no picture to show.`,
      );
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
