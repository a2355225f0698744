import type { AuditFilter } from '../../shared/records/audit-view';
import type { AuditView } from './audit-view';
import { auditCsvRow, auditCsvStart } from './audit-view-csv';
import { auditFilterWords, auditHtmlEnd, auditHtmlRow, auditHtmlStart } from './audit-view-html';

export type AuditFileFormat = 'csv' | 'html';

/** "audit-trail-2026-01-01-to-2026-12-31.csv", or what an open end means. */
export function auditFileName(filter: AuditFilter, format: AuditFileFormat): string {
  const period =
    filter.from || filter.to ? `-${filter.from ?? 'start'}-to-${filter.to ?? 'now'}` : '';
  return `audit-trail${period}.${format}`;
}

/** Every entry the filter holds, as the text of a CSV or HTML file, a piece at a time. */
export async function* auditFileContent(
  view: AuditView,
  filter: AuditFilter,
  format: AuditFileFormat,
  context: {
    readonly personName: (id: string) => string;
    readonly department?: string | undefined;
    readonly now?: Date;
  },
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield auditCsvStart();
    for await (const entry of view.entries(filter)) yield auditCsvRow(entry);
    return;
  }
  yield auditHtmlStart({
    department: context.department,
    filter: auditFilterWords(filter, context.personName),
    generatedAt: (context.now ?? new Date()).toISOString(),
  });
  let count = 0;
  for await (const entry of view.entries(filter)) {
    count += 1;
    yield auditHtmlRow(entry);
  }
  yield auditHtmlEnd(count);
}
