import { CommentIndex } from '../../moderation/comment-index';
import { DepartmentSettingsService } from '../../department/settings-service';
import { consistencyReportOf } from '../../handlers/consistency-report-source';
import { reportPlace, saveReport } from '../../handlers/report-file';
import { Journal } from '../../journal/journal';
import { PageService } from '../../pages/page-service';
import { ProfileService } from '../../profiles/profile-service';
import { rangeProblem } from '../../../shared/moderation/consistency-report';
import { consistencyReportCsv } from '../../../shared/moderation/consistency-report-csv';
import { consistencyReportHtml } from '../../../shared/moderation/consistency-report-html';
import { type ReportRange, reportRangeSchema } from '../../../shared/moderation/report-view';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

/**
 * `comments report [--from DATE] [--to DATE] [--out FILE.html]`: the consistency report, as JSON on
 * stdout, or written as HTML (CSV for a name ending .csv). It only reads: no lock, no repair, and
 * nothing written in the data folder, so it runs beside the open app.
 */
export async function commentsReport(context: CliContext): Promise<number> {
  if (context.args.length > 0) {
    throw new CliUsageError(
      `comments report takes no ${context.args.length === 1 ? 'word' : 'words'} (${context.args.join(' ')}): social-desk comments report [--from DATE] [--to DATE] [--out FILE.html].`,
    );
  }
  const range = parseRange(context.options.from, context.options.to);
  const { out } = context.options;
  if (out !== undefined && (typeof out !== 'string' || out === '')) {
    throw new CliUsageError('--out takes a file name: --out FILE.html (or FILE.csv).');
  }
  const folder = await context.readFolder();
  if (typeof out === 'string') {
    // Checked before the log is read: a wrong place is said at once, and nothing is written.
    const where = await reportPlace(out, folder);
    if ('refused' in where) throw new CliUsageError(`--out ${where.refused}`);
  }
  const reading = { quarantine: false } as const;
  const [profiles, pages, department] = await Promise.all([
    ProfileService.open(folder, reading),
    PageService.open(folder, reading),
    DepartmentSettingsService.open(folder, reading),
  ]);
  const { journal, report: opened } = await Journal.open(folder, { readOnly: true });
  if (opened.tornTail) {
    context.io.err(
      `social-desk: the journal ends with an unfinished write (${opened.tornTail.bytes} bytes) from an interrupted run; it is left out of the report, and the app will cut it away when it next opens.`,
    );
  }
  // A reader never saves the index's snapshot: nothing is written in the data folder.
  const index = CommentIndex.open(folder, journal, { readOnly: true });
  try {
    const report = await consistencyReportOf(index, range, {
      pageName: (id) => pages.list().find((page) => page.id === id)?.name ?? id,
      moderatorName: (id) => profiles.byId(id)?.name ?? id,
      department: department.settings?.name,
    });
    if (typeof out !== 'string') {
      context.io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const csv = out.toLowerCase().endsWith('.csv');
    await saveReport(
      out,
      folder,
      csv ? consistencyReportCsv(report) : consistencyReportHtml(report),
    );
    context.io.out(
      JSON.stringify({ saved: out, format: csv ? 'csv' : 'html', counts: report.cells.length }),
    );
    return 0;
  } finally {
    await index.close();
    await journal.close();
  }
}

function parseRange(
  from: string | boolean | undefined,
  to: string | boolean | undefined,
): ReportRange {
  for (const [name, value] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') {
      throw new CliUsageError(`${name} takes a date: ${name} YYYY-MM-DD.`);
    }
  }
  const parsed = reportRangeSchema.safeParse({ from, to });
  if (!parsed.success) {
    const bad = parsed.error.issues[0]?.path[0] === 'to' ? ['--to', to] : ['--from', from];
    throw new CliUsageError(
      `${bad[0]} ${String(bad[1])} is not a date: write it as YYYY-MM-DD (for example 2026-01-31).`,
    );
  }
  const problem = rangeProblem(parsed.data);
  if (problem) throw new CliUsageError(problem.replace('From', '--from').replace('To', '--to'));
  return parsed.data;
}
