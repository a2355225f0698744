import { open } from 'node:fs/promises';

/** A byte pattern at an offset; `undefined` in the pattern matches any byte (a length field). */
interface Signature {
  readonly at: number;
  readonly bytes: readonly (number | undefined)[];
}

const ascii = (text: string): number[] => Array.from(Buffer.from(text, 'latin1'));

/**
 * How each kind of file Social Desk keeps begins (photos, videos, scans): a file is taken for what
 * its bytes are, not what its name says. MP4 and QuickTime share the ISO box layout ('ftyp' after
 * the first box's length), so either declared type is accepted for it: the brand inside varies by
 * camera, not by container.
 */
export const FILE_SIGNATURES = {
  'image/jpeg': { any: [{ at: 0, bytes: [0xff, 0xd8, 0xff] }], what: 'a JPEG image' },
  'image/png': {
    any: [{ at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
    what: 'a PNG image',
  },
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
  'application/pdf': { any: [{ at: 0, bytes: ascii('%PDF-') }], what: 'a PDF' },
} as const satisfies Readonly<
  Record<string, { readonly any: readonly Signature[]; readonly what: string }>
>;

export type SignedFileType = keyof typeof FILE_SIGNATURES;

/** Enough of a file's head for every signature above. */
export const HEAD_BYTES = 16;

function matches(bytes: Uint8Array, signature: Signature): boolean {
  return signature.bytes.every(
    (byte, index) => byte === undefined || bytes[signature.at + index] === byte,
  );
}

/** Whether the bytes (or the file's first HEAD_BYTES) really are a file of `type`. */
export function isFileOfType(bytes: Uint8Array, type: SignedFileType): boolean {
  return FILE_SIGNATURES[type].any.some((signature) => matches(bytes, signature));
}

/** The first of `types` the bytes really are, if any. */
export function fileTypeOf<T extends SignedFileType>(
  bytes: Uint8Array,
  types: readonly T[],
): T | undefined {
  return types.find((type) => isFileOfType(bytes, type));
}

/** A type in words, for a refusal ("a PNG image"). */
export function fileTypeWords(type: SignedFileType): string {
  return FILE_SIGNATURES[type].what;
}

/**
 * A kept file's size and first bytes, read without reading it whole (a 50 MB video is judged by
 * its head); undefined when there is no such file.
 */
export async function headAndSize(
  file: string,
): Promise<
  { readonly head: Uint8Array; readonly size: number; readonly isFile: boolean } | undefined
> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const found = await handle.stat();
    if (!found.isFile()) return { head: new Uint8Array(0), size: found.size, isFile: false };
    const head = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    return { head: head.subarray(0, bytesRead), size: found.size, isFile: true };
  } finally {
    await handle.close();
  }
}
