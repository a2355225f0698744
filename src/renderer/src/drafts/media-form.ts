import { z } from 'zod';
import {
  DEPICTIONS,
  type DepictionId,
  type DraftMedia,
  MEDIA_MAX_BYTES,
  MEDIA_PER_DRAFT_MAX,
  MEDIA_TYPES,
  NO_DEPICTION,
  type PermissionRecord,
} from '../../../shared/drafts/media';
import { DRAFTING_CHANNELS } from '../../../shared/ipc/channels/drafting-channels';
import { SCAN_LIMIT_WORDS, localToday, scanProblem } from '../approvals/decision-forms';

/**
 * The media section's rules that need no DOM: what may be attached (said before it is chosen),
 * what each file shows in a fixed order, and the permission form's schema. The main process checks
 * all of it again.
 */

const MEGABYTE = 1024 * 1024;

export const MEDIA_LIMIT_WORDS = `JPEG, PNG, GIF or WebP photos; MP4, WebM or MOV videos; at most ${MEDIA_MAX_BYTES / MEGABYTE} MB each, ${MEDIA_PER_DRAFT_MAX} per draft`;

/** The file input's accept list: the types, and the names a file picker filters by. */
export const MEDIA_ACCEPT = [
  ...MEDIA_TYPES,
  '.jpg',
  '.jpeg',
  '.png',
  '.gif',
  '.webp',
  '.mp4',
  '.webm',
  '.mov',
].join(',');

/** A size as a person reads it: "850 KB", "12.4 MB". */
export function sizeWords(bytes: number): string {
  if (bytes < MEGABYTE)
    return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

export function isImage(media: Pick<DraftMedia, 'mediaType'>): boolean {
  return media.mediaType.startsWith('image/');
}

/** What is wrong with a chosen file before it is read; undefined when it may be attached. */
export function mediaProblem(
  file: { readonly name: string; readonly type: string; readonly size: number },
  attached: number,
): string | undefined {
  if (attached >= MEDIA_PER_DRAFT_MAX) {
    return `A draft has at most ${MEDIA_PER_DRAFT_MAX} photos and videos: remove one before attaching “${file.name}”.`;
  }
  if (!(MEDIA_TYPES as readonly string[]).includes(file.type)) {
    return `“${file.name}” is not a photo or video Social Desk takes (${MEDIA_LIMIT_WORDS}).`;
  }
  if (file.size === 0) return `“${file.name}” is empty: choose the file again.`;
  if (file.size > MEDIA_MAX_BYTES) {
    return `“${file.name}” is ${sizeWords(file.size)}; a photo or video is at most ${MEDIA_MAX_BYTES / MEGABYTE} MB: shorten the video or export a smaller copy.`;
  }
  return undefined;
}

/**
 * What a file shows after a box is ticked or cleared, in the catalogue's order (the hash's too).
 * "None of these" and the others exclude each other: ticking one clears the other side, as the
 * contract refuses both together.
 */
export function withDepiction(
  depicts: readonly DepictionId[],
  id: DepictionId,
  shown: boolean,
): DepictionId[] {
  const chosen = new Set(depicts);
  if (shown && id === NO_DEPICTION) chosen.clear();
  if (shown && id !== NO_DEPICTION) chosen.delete(NO_DEPICTION);
  if (shown) chosen.add(id);
  else chosen.delete(id);
  return DEPICTIONS.filter((d) => chosen.has(d.id)).map((d) => d.id);
}

/** The permissions a file links after a box is ticked or cleared, in the draft's record order. */
export function withPermission(
  linked: readonly string[],
  id: string,
  on: boolean,
  records: readonly Pick<PermissionRecord, 'id'>[],
): string[] {
  const chosen = new Set(linked);
  if (on) chosen.add(id);
  else chosen.delete(id);
  return records.filter((r) => chosen.has(r.id)).map((r) => r.id);
}

/** A permission record in one line, for its checkbox and the list. */
export function permissionWords(
  record: Pick<PermissionRecord, 'grantedBy' | 'grantedOn' | 'scope'>,
) {
  const scope = record.scope.length > 80 ? `${record.scope.slice(0, 79)}…` : record.scope;
  return `${record.grantedBy}, ${record.grantedOn}: ${scope}`;
}

const request = DRAFTING_CHANNELS['drafts:recordPermission'].request.shape;

/** The "Record a written permission" form: the contract's words, said before the request goes. */
export const permissionFormSchema = z.object({
  grantedBy: request.grantedBy,
  grantedOn: request.grantedOn.refine(
    (date) => date <= localToday(),
    'The date on the permission cannot be after today',
  ),
  scope: request.scope,
  scan: request.scan
    .nullable()
    .refine((scan) => scan !== null, `Attach the scanned permission (${SCAN_LIMIT_WORDS})`),
});
export type PermissionFormInput = z.input<typeof permissionFormSchema>;
export type PermissionFormValues = z.output<typeof permissionFormSchema>;

export const EMPTY_PERMISSION: PermissionFormInput = {
  grantedBy: '',
  grantedOn: '',
  scope: '',
  scan: null,
};

/** A chosen scan's problem before it is read, in the permission's words. */
export function permissionScanProblem(file: {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}): string | undefined {
  return scanProblem(file)?.replace('scan the signed paper', 'scan the signed permission');
}
