import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const JOURNAL_FOLDER = 'journal';
const SEGMENT_NAME = /^segment-(\d{12})\.jsonl$/;

export interface Segment {
  readonly file: string;
  /** The sequence number of the first event in it, which also names it. */
  readonly firstSeq: number;
}

export function segmentFile(folder: string, firstSeq: number): string {
  return join(folder, `segment-${String(firstSeq).padStart(12, '0')}.jsonl`);
}

/** Segments in order; files that are not segments are left alone. */
export async function listSegments(folder: string): Promise<Segment[]> {
  const names = await readdir(folder).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  });
  return names
    .flatMap((name) => {
      const match = SEGMENT_NAME.exec(name);
      return match?.[1] ? [{ file: join(folder, name), firstSeq: Number(match[1]) }] : [];
    })
    .sort((a, b) => a.firstSeq - b.firstSeq);
}
