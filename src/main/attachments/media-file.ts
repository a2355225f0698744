import { MEDIA_MAX_BYTES, type MEDIA_TYPES } from '../../shared/drafts/media';
import { DeskFailure } from '../ipc/desk-failure';

type MediaType = (typeof MEDIA_TYPES)[number];

/** A byte pattern at an offset; `undefined` in the pattern matches any byte (a length field). */
interface Signature {
  readonly at: number;
  readonly bytes: readonly (number | undefined)[];
}

const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

/**
 * How each kind of file begins: a file is taken for what its bytes are, not what its name says.
 * MP4 and QuickTime share the ISO box layout ('ftyp' after the first box's length), so either
 * declared type is accepted for it: the brand inside varies by camera, not by container.
 */
const SIGNATURES: Readonly<
  Record<MediaType, { readonly any: readonly Signature[]; readonly what: string }>
> = {
  'image/jpeg': { any: [{ at: 0, bytes: [0xff, 0xd8, 0xff] }], what: 'a JPEG photo' },
  'image/png': { any: [{ at: 0, bytes: [0x89, 0x50, 0x4e, 0x47] }], what: 'a PNG image' },
  'image/gif': { any: [{ at: 0, bytes: ascii('GIF8') }], what: 'a GIF image' },
  'image/webp': {
    any: [
      {
        at: 0,
        bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')],
      },
    ],
    what: 'a WebP image',
  },
  'video/mp4': { any: [{ at: 4, bytes: ascii('ftyp') }], what: 'an MP4 or MOV video' },
  'video/quicktime': { any: [{ at: 4, bytes: ascii('ftyp') }], what: 'an MP4 or MOV video' },
  'video/webm': { any: [{ at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] }], what: 'a WebM video' },
};

function matches(bytes: Uint8Array, signature: Signature): boolean {
  return signature.bytes.every(
    (byte, index) => byte === undefined || bytes[signature.at + index] === byte,
  );
}

/** Whether the bytes really are a file of `type`. */
export function isMediaOfType(bytes: Uint8Array, type: MediaType): boolean {
  return SIGNATURES[type].any.some((signature) => matches(bytes, signature));
}

/** What the bytes really are, in words, for a refusal ("a PNG image"); undefined if no media. */
export function mediaKindWords(bytes: Uint8Array): string | undefined {
  const found = (Object.keys(SIGNATURES) as MediaType[]).find((type) => isMediaOfType(bytes, type));
  return found === undefined ? undefined : SIGNATURES[found].what;
}

export function mediaTypeWords(type: MediaType): string {
  return SIGNATURES[type].what;
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
      `${upload.name} was sent as ${SIGNATURES[upload.mediaType].what}, but its contents are ${is}. Nothing was changed: attach a JPEG, PNG, GIF or WebP photo, or an MP4, WebM or MOV video.`,
    );
  }
  return bytes;
}
