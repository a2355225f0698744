import { SCAN_MAX_BYTES } from '../../shared/ipc/channels/workflow-channels';
import { DeskFailure } from '../ipc/desk-failure';

export type ScanMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** How each kind of file begins: a file is taken for what its bytes are, not what its name says. */
const MAGIC: Readonly<
  Record<ScanMediaType, { readonly bytes: readonly number[]; readonly what: string }>
> = {
  // "%PDF-"
  'application/pdf': { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF' },
  'image/png': { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  'image/jpeg': { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
};

/** The kind of file the bytes really are, if one a scan may be. */
export function scanKindOf(bytes: Uint8Array): ScanMediaType | undefined {
  return (Object.keys(MAGIC) as ScanMediaType[]).find((type) =>
    MAGIC[type].bytes.every((byte, index) => bytes[index] === byte),
  );
}

/**
 * The scan's bytes, decoded from the base64 the window sent and checked to be the PDF, PNG or
 * JPEG it claims to be: a scan that is something else (a renamed document, an executable) is
 * refused before anything is written.
 */
export function decodeScan(upload: {
  readonly name: string;
  readonly mediaType: ScanMediaType;
  readonly base64: string;
}): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(upload.base64, 'base64'));
  if (bytes.length === 0) {
    throw new DeskFailure(
      'invalid-request',
      `The scan ${upload.name} is empty. Nothing was changed.`,
    );
  }
  if (bytes.length > SCAN_MAX_BYTES) {
    throw new DeskFailure(
      'invalid-request',
      `The scan ${upload.name} has ${bytes.length.toLocaleString('en-US')} bytes; a scan is at most 20 MB. Nothing was changed: scan it at a lower resolution.`,
    );
  }
  const actual = scanKindOf(bytes);
  if (actual !== upload.mediaType) {
    const is = actual === undefined ? 'neither a PDF, a PNG nor a JPEG' : MAGIC[actual].what;
    throw new DeskFailure(
      'invalid-request',
      `The scan ${upload.name} was sent as ${MAGIC[upload.mediaType].what}, but its contents are ${is}. Nothing was changed: attach the signed page as a PDF, PNG or JPEG file.`,
    );
  }
  return bytes;
}
