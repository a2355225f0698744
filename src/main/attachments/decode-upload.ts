import { DeskFailure } from '../ipc/desk-failure';
import { type SignedFileType, fileTypeOf, fileTypeWords } from './file-signatures';

/** What an upload is called and what to do when it is refused, in the person's words. */
export interface UploadKind<T extends SignedFileType> {
  /** "screenshot", "scan". */
  readonly what: string;
  readonly types: readonly T[];
  readonly maxBytes: number;
  /** "neither a PNG nor a JPEG image" */
  readonly noneOf: string;
  /** What to do, after "Nothing was changed:", when it is empty, too large, or another kind. */
  readonly ifEmpty: string;
  readonly ifLarge: string;
  readonly ifOther: string;
}

/**
 * An upload's bytes, decoded from the base64 the window sent and checked by their first bytes to
 * be the kind they claim: a renamed document or program is refused before anything is written.
 */
export function decodeUpload<T extends SignedFileType>(
  upload: { readonly name: string; readonly mediaType: T; readonly base64: string },
  kind: UploadKind<T>,
): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(upload.base64, 'base64'));
  const refuse = (problem: string, then: string) =>
    new DeskFailure('invalid-request', `${problem} Nothing was changed${then ? `: ${then}` : ''}.`);
  if (bytes.length === 0) throw refuse(`The ${kind.what} ${upload.name} is empty.`, kind.ifEmpty);
  if (bytes.length > kind.maxBytes) {
    throw refuse(
      `The ${kind.what} ${upload.name} has ${bytes.length.toLocaleString('en-US')} bytes; a ${kind.what} is at most ${kind.maxBytes / 1024 / 1024} MB.`,
      kind.ifLarge,
    );
  }
  const actual = fileTypeOf(bytes, kind.types);
  if (actual !== upload.mediaType) {
    const is = actual === undefined ? kind.noneOf : fileTypeWords(actual);
    throw refuse(
      `The ${kind.what} ${upload.name} was sent as ${fileTypeWords(upload.mediaType)}, but its contents are ${is}.`,
      kind.ifOther,
    );
  }
  return bytes;
}
