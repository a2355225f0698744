import { SCAN_MAX_BYTES } from '../../shared/ipc/channels/workflow-channels';
import { DeskFailure } from '../ipc/desk-failure';
import { fileTypeOf, fileTypeWords } from './file-signatures';

export type ScanMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SCAN_TYPES: readonly ScanMediaType[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** The kind of file the bytes really are, if one a scan may be. */
export function scanKindOf(bytes: Uint8Array): ScanMediaType | undefined {
  return fileTypeOf(bytes, SCAN_TYPES);
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
    const is = actual === undefined ? 'neither a PDF, a PNG nor a JPEG' : fileTypeWords(actual);
    throw new DeskFailure(
      'invalid-request',
      `The scan ${upload.name} was sent as ${fileTypeWords(upload.mediaType)}, but its contents are ${is}. Nothing was changed: attach the signed page as a PDF, PNG or JPEG file.`,
    );
  }
  return bytes;
}
