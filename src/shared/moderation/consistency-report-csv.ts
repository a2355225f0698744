import { csvField } from '../csv-cell';

// Where the escaping lived first: the export still imports it from here.
export { csvField, neutralized } from '../csv-cell';
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
