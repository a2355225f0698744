import { MEDIA_MAX_BYTES, MEDIA_TYPES } from '../../shared/drafts/media';
import { DeskFailure } from '../ipc/desk-failure';
import { fileTypeOf, fileTypeWords, isFileOfType } from './file-signatures';

type MediaType = (typeof MEDIA_TYPES)[number];

/** Whether the bytes really are a file of `type`. */
export function isMediaOfType(bytes: Uint8Array, type: MediaType): boolean {
  return isFileOfType(bytes, type);
}

/** What the bytes really are, in words, for a refusal ("a PNG image"); undefined if no media. */
export function mediaKindWords(bytes: Uint8Array): string | undefined {
  const found = fileTypeOf(bytes, MEDIA_TYPES);
  return found === undefined ? undefined : fileTypeWords(found);
}

export function mediaTypeWords(type: MediaType): string {
  return fileTypeWords(type);
}

export function isVideo(type: MediaType): boolean {
  return type.startsWith('video/');
}

/**
 * The photo's or video's bytes, decoded from the base64 the window sent and checked to be what it
 * claims: a renamed document or program is refused before anything is written.
 */
export function decodeMedia(upload: {
  readonly name: string;
  readonly mediaType: MediaType;
  readonly base64: string;
}): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(upload.base64, 'base64'));
  if (bytes.length === 0) {
    throw new DeskFailure('invalid-request', `${upload.name} is empty. Nothing was changed.`);
  }
  if (bytes.length > MEDIA_MAX_BYTES) {
    throw new DeskFailure(
      'invalid-request',
      `${upload.name} has ${bytes.length.toLocaleString('en-US')} bytes; a photo or video is at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB. Nothing was changed: shorten the video or attach a smaller photo.`,
    );
  }
  if (!isMediaOfType(bytes, upload.mediaType)) {
    const actual = mediaKindWords(bytes);
    const is = actual === undefined ? 'not a photo or video Social Desk knows' : actual;
    throw new DeskFailure(
      'invalid-request',
      `${upload.name} was sent as ${fileTypeWords(upload.mediaType)}, but its contents are ${is}. Nothing was changed: attach a JPEG, PNG, GIF or WebP photo, or an MP4, WebM or MOV video.`,
    );
  }
  return bytes;
}
