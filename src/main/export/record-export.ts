import { basename } from 'node:path';
import type { Profile } from '../../shared/profiles/profile';
import type { ExportRequest } from '../../shared/records/export-view';
import { RECORD_TYPE_WORDS, type RecordType } from '../../shared/records/record-types';
import { RecordCatalogue } from '../retention/record-catalogue';
import type { Services } from '../services';
import { type ExportProgress, type WrittenExport, writeExport } from './write-export';

export const EXPORT_STORE = 'export';

export interface RecordExportOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  readonly now?: Date;
}

/**
 * Exports the records a request asks for, from the record catalogue, into `target` and its zip,
 * and records the export in the audit trail: who exported what, when, for which request, and the
 * manifest's SHA-256. The audit entry is written before the folder and zip are renamed into
 * place, so no finished export exists without its entry.
 */
export async function exportRecords(
  services: Services,
  by: Profile,
  request: ExportRequest,
  target: string,
  options: RecordExportOptions = {},
): Promise<WrittenExport> {
  const now = options.now ?? new Date();
  return writeExport({
    dataFolder: services.dataFolder,
    source: new RecordCatalogue(services),
    request,
    target,
    by: { id: by.id, name: by.name },
    head: services.journal.head(),
    ...(services.department ? { department: services.department } : {}),
    now,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    beforeRename: async (written) => {
      await services.audit.record({
        by,
        store: EXPORT_STORE,
        document: request.request,
        before: undefined,
        after: {
          request,
          folder: basename(target),
          exportedAt: now.toISOString(),
          counts: written.counts,
          manifestSha256: written.manifestSha256,
        },
        summary: exportSummary(by, request, written, now),
      });
    },
  });
}

export function exportSummary(
  by: Profile,
  request: ExportRequest,
  written: Pick<WrittenExport, 'records' | 'counts' | 'redactions' | 'manifestSha256'>,
  now: Date,
): string {
  const counts = (Object.entries(written.counts) as [RecordType, number][])
    .map(([type, count]) => `${count} ${RECORD_TYPE_WORDS[type].many.toLowerCase()}`)
    .join(', ');
  return `${by.name} exported ${written.records} record(s)${counts ? ` (${counts})` : ''} for ${request.request} on ${now.toISOString()}${written.redactions > 0 ? `, with ${written.redactions} redaction(s)` : ''}; manifest SHA-256 ${written.manifestSha256}`;
}
