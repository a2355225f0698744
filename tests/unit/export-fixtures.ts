import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueRecord } from '../../src/main/retention/record-catalogue';
import type { ExportSource } from '../../src/main/export/write-export';
import type { RecordType } from '../../src/shared/records/record-types';
import type { ExportedRecord } from '../../src/main/export/exported-record';
import { readFile } from 'node:fs/promises';

/** records/<type>.json of an export. */
export async function exported(target: string, type: RecordType): Promise<ExportedRecord[]> {
  return JSON.parse(
    await readFile(join(target, 'records', `${type}.json`), 'utf8'),
  ) as ExportedRecord[];
}

/** A small hand-made record source, shaped as the record catalogue is. */
export function handMadeSource(records: readonly CatalogueRecord[]): ExportSource {
  return {
    async *records(filter?: { readonly types?: readonly RecordType[] }) {
      for (const record of records) {
        if (!filter?.types || filter.types.includes(record.type))
          yield await Promise.resolve(record);
      }
    },
  };
}

export function comment(id: number, text: string, created: string): CatalogueRecord {
  return {
    type: 'comment',
    id: String(id),
    // A visitor's words start the title, as a comment with an author named "=..." would.
    title: text.slice(0, 80),
    pages: ['4f1c3a52-8e2b-4c1d-9a3f-2b6e7d8c9f01'],
    created,
    content: { seq: id, author: 'Visitor', text, originalText: text },
    text,
    seqs: [],
    files: [],
  };
}

/** A draft naming one file in the data folder, which this writes. */
export async function draftWithFile(
  dataFolder: string,
  id: string,
  created: string,
): Promise<CatalogueRecord> {
  await mkdir(join(dataFolder, 'drafts'), { recursive: true });
  await writeFile(
    join(dataFolder, 'drafts', `${id}.json`),
    JSON.stringify({ id, title: 'Coat drive' }),
  );
  return {
    type: 'draft',
    id,
    title: 'Coat drive',
    pages: [],
    created,
    content: { id, title: 'Coat drive' },
    text: 'Coat drive',
    seqs: [],
    files: [`drafts/${id}.json`],
  };
}

export const NO_JOURNAL = { events: 0, hash: '0'.repeat(64) } as const;
export const BY = { id: 'c1d2e3f4-0000-4000-8000-000000000001', name: 'Casey Records' } as const;
