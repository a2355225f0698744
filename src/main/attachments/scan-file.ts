import { SCAN_MAX_BYTES } from '../../shared/ipc/channels/workflow-channels';
import { decodeUpload } from './decode-upload';
import { fileTypeOf } from './file-signatures';

export type ScanMediaType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SCAN_TYPES: readonly ScanMediaType[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** The kind of file the bytes really are, if one a scan may be. */
export function scanKindOf(bytes: Uint8Array): ScanMediaType | undefined {
  return fileTypeOf(bytes, SCAN_TYPES);
}

/**
 * The scan's bytes, checked to be the PDF, PNG or JPEG it claims to be: a scan that is something
 * else (a renamed document, an executable) is refused before anything is written.
 */
export function decodeScan(upload: {
  readonly name: string;
  readonly mediaType: ScanMediaType;
  readonly base64: string;
}): Uint8Array {
  return decodeUpload(upload, {
    what: 'scan',
    types: SCAN_TYPES,
    maxBytes: SCAN_MAX_BYTES,
    noneOf: 'neither a PDF, a PNG nor a JPEG',
    ifEmpty: '',
    ifLarge: 'scan it at a lower resolution',
    ifOther: 'attach the signed page as a PDF, PNG or JPEG file',
  });
}
