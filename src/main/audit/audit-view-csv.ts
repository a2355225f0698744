import { csvField } from '../../shared/csv-cell';
import { type AuditEntry, auditKindWords } from '../../shared/records/audit-view';

const HEADER = [
  'seq',
  'at',
  'by',
  'by_id',
  'kind',
  'kind_words',
  'what',
  'store',
  'document',
  'before',
  'after',
  'not_applied',
  'disposed',
  'hash',
] as const;

/**
 * The header line, after a byte-order mark so spreadsheet programs read names as UTF-8 rather than
 * guessing a code page. CRLF line ends (RFC 4180).
 */
export function auditCsvStart(): string {
  return `\uFEFF${HEADER.join(',')}\r\n`;
}

/**
 * One entry as a row. Every cell goes through csvField: a summary or a visitor's comment quoted in
 * `what` can start with = + - @, and a spreadsheet would run it as a formula.
 */
export function auditCsvRow(entry: AuditEntry): string {
  return `${[
    String(entry.seq),
    entry.at,
    entry.byName,
    entry.by,
    entry.kind,
    auditKindWords(entry.kind),
    entry.what,
    entry.store ?? '',
    entry.document ?? '',
    hashCell(entry.before),
    hashCell(entry.after),
    entry.notApplied ? 'yes' : 'no',
    entry.disposed ? 'yes' : 'no',
    entry.hash,
  ]
    .map(csvField)
    .join(',')}\r\n`;
}

/** No document before (created) or after (removed) is said, not left blank like "not known". */
function hashCell(hash: string | null | undefined): string {
  if (hash === undefined) return '';
  return hash ?? 'none';
}
