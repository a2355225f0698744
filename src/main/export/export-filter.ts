import type { ExportRequest } from '../../shared/records/export-view';
import { holdCovers, recordWords } from '../../shared/records/legal-hold';
import type { CatalogueRecord } from '../retention/record-catalogue';

/**
 * Whether a record is one the request asks for: created on a day in its range (local days, both
 * ends included), on one of its pages, of one of its types, with any of its words. The same
 * whole-word rule a legal hold uses, so an export and a hold with the same scope name the same
 * records.
 */
export function exportCovers(
  request: ExportRequest,
  record: CatalogueRecord,
  dayOf: (at: string) => string,
): boolean {
  return holdCovers(
    {
      ...(request.from === undefined ? {} : { from: request.from }),
      ...(request.to === undefined ? {} : { to: request.to }),
      ...(request.pages === undefined ? {} : { pages: request.pages }),
      ...(request.types === undefined ? {} : { types: request.types }),
      ...(request.words === undefined ? {} : { words: request.words }),
    },
    {
      type: record.type,
      pages: record.pages,
      day: dayOf(record.created),
      // Words are read only when the request has some: 100,000 records are a lot of text.
      words: request.words ? recordWords(record.text) : EMPTY,
    },
  );
}

const EMPTY: ReadonlySet<string> = new Set();
