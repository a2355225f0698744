import { REASON_LABELS } from './consistency-report-reading';
import type { ConsistencyReport } from './report-view';

const HEADER = [
  'month',
  'page',
  'page_id',
  'moderator',
  'moderator_id',
  'action',
  'reason',
  'reason_label',
  'count',
] as const;

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before one) as a
 * formula: a page or profile name like "=HYPERLINK(...)" would run on the supervisor's machine. A
 * leading apostrophe makes it text, as OWASP's CSV-injection advice says.
 */
export function neutralized(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  const text = neutralized(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One row per count, with a header. CRLF line ends (RFC 4180), and a byte-order mark so spreadsheet
 * programs read the names as UTF-8 rather than guessing a code page.
 */
export function consistencyReportCsv(report: ConsistencyReport): string {
  const rows = report.cells.map((cell) =>
    [
      cell.month,
      cell.pageName,
      cell.pageId,
      cell.moderatorName,
      cell.moderator,
      cell.action,
      cell.reason,
      REASON_LABELS[cell.reason],
      String(cell.count),
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[HEADER.join(','), ...rows].map((line) => `${line}\r\n`).join('')}`;
}
