import { csvField } from '../../shared/moderation/consistency-report-csv';
import type { CatalogueRecord } from '../retention/record-catalogue';
import type { RedactedRecord } from './redaction';

/** A file a record names, as the export holds it: by its SHA-256, or said to be missing. */
export interface ExportedFile {
  readonly path: string;
  readonly attachment?: string;
  readonly missing?: true;
}

/** One record as records/<type>.json holds it. */
export interface ExportedRecord {
  readonly type: string;
  readonly id: string;
  readonly title: string;
  readonly pages: readonly string[];
  readonly created: string;
  readonly published?: string;
  readonly superseded?: string;
  readonly closed?: string;
  readonly disposed?: boolean;
  readonly journalEvents: readonly number[];
  readonly files: readonly ExportedFile[];
  /** The fields withheld from this copy (see redactions.json); the stored record has them. */
  readonly redacted?: readonly string[];
  readonly text: string;
  readonly content: unknown;
}

export function exportedRecord(
  record: CatalogueRecord,
  redacted: RedactedRecord,
  files: readonly ExportedFile[],
): ExportedRecord {
  const fields = [...new Set(redacted.redactions.map((redaction) => redaction.field))];
  return {
    type: record.type,
    id: record.id,
    title: redacted.title,
    pages: record.pages,
    created: record.created,
    ...(record.published === undefined ? {} : { published: record.published }),
    ...(record.superseded === undefined ? {} : { superseded: record.superseded }),
    ...(record.closed === undefined ? {} : { closed: record.closed }),
    ...(record.disposed ? { disposed: true } : {}),
    journalEvents: record.seqs,
    files,
    ...(fields.length > 0 ? { redacted: fields } : {}),
    text: redacted.text,
    content: redacted.content,
  };
}

export const CSV_COLUMNS = [
  'type',
  'id',
  'title',
  'pages',
  'created',
  'published',
  'superseded',
  'closed',
  'disposed',
  'journal_events',
  'attachments',
  'redacted',
  'text',
  'content_json',
] as const;

/**
 * A byte-order mark so spreadsheet programs read UTF-8, the header, CRLF line ends (RFC 4180).
 * Every cell goes through csvField, which turns a cell a spreadsheet would run as a formula into
 * text: visitors' comments start with "=" and "+" today.
 */
export const CSV_HEAD = `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;

export function csvRow(record: ExportedRecord): string {
  return `${[
    record.type,
    record.id,
    record.title,
    record.pages.join(';'),
    record.created,
    record.published ?? '',
    record.superseded ?? '',
    record.closed ?? '',
    record.disposed ? 'yes' : '',
    record.journalEvents.join(';'),
    record.files.map((file) => file.attachment ?? `missing: ${file.path}`).join(';'),
    (record.redacted ?? []).join(';'),
    record.text,
    JSON.stringify(record.content ?? null),
  ]
    .map(csvField)
    .join(',')}\r\n`;
}
