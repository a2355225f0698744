import { join } from 'node:path';
import type { Draft, DraftSaveRequest } from '../../shared/drafts/draft';
import { AttachmentStore } from '../attachments/attachment-store';
import { headAndSize } from '../attachments/file-signatures';
import { isMediaOfType, mediaTypeWords } from '../attachments/media-file';
import { DeskFailure } from '../ipc/desk-failure';

/**
 * A save names its photos and videos by hash and their permissions by id; the window sent those
 * and may be wrong (or compromised), so each is checked here before anything is written: the file
 * is kept in the data folder with the size and kind the revision claims, and every permission it
 * links is one of this draft's own records. `existing` is the draft as saved (undefined for a new
 * one, which has no records yet). Permissions are only ever added to a draft, never taken away,
 * so one found here is still there when the save is written.
 */
export async function assertMediaKept(
  dataFolder: string,
  request: Pick<DraftSaveRequest, 'media'>,
  existing: Pick<Draft, 'permissions'> | undefined,
): Promise<void> {
  const known = new Set((existing?.permissions ?? []).map((permission) => permission.id));
  for (const media of request.media ?? []) {
    const file = join(dataFolder, AttachmentStore.relativePath(media.sha256));
    const kept = await headAndSize(file);
    if (kept === undefined || !kept.isFile) {
      throw new DeskFailure(
        'invalid-request',
        `The photo or video ${media.name} is not kept in this data folder (no ${file}). Nothing was changed: remove it from the draft and attach it again.`,
      );
    }
    if (kept.size !== media.size || !isMediaOfType(kept.head, media.mediaType)) {
      throw new DeskFailure(
        'invalid-request',
        `The photo or video ${media.name} does not match the file kept for it (${file} holds ${kept.size.toLocaleString('en-US')} bytes; the draft names ${mediaTypeWords(media.mediaType)} of ${media.size.toLocaleString('en-US')} bytes). Nothing was changed: remove it from the draft and attach it again.`,
      );
    }
    for (const permission of media.permissions) {
      if (known.has(permission)) continue;
      throw new DeskFailure(
        'invalid-request',
        existing === undefined
          ? `The photo or video ${media.name} links a written permission, but a new draft has none yet. Nothing was changed: save the draft without the link, record the permission, then link it.`
          : `The photo or video ${media.name} links written permission ${permission}, which is not one of this draft's records. Nothing was changed: record the permission on this draft, then link it.`,
      );
    }
  }
}
