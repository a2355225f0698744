import { auditFilterSchema } from '../../../shared/records/audit-view';
import { AuditView } from '../../audit/audit-view';
import { auditFileContent } from '../../audit/audit-view-export';
import { saveAuditFile } from '../../audit/audit-view-file';
import { DepartmentSettingsService } from '../../department/settings-service';
import { reportPlace } from '../../handlers/report-file';
import { PageService } from '../../pages/page-service';
import { ProfileService } from '../../profiles/profile-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

const USAGE =
  'Usage: audit [--from DATE] [--to DATE] [--by PROFILE_ID] [--kind K] [--store S] [--words W] [--out FILE.csv|FILE.html]';

function filterFrom(context: CliContext) {
  const text = (name: string): string | undefined => {
    const value: unknown = context.options[name];
    if (Array.isArray(value)) return value.join(' ');
    return typeof value === 'string' ? value : undefined;
  };
  const asked = {
    from: text('from'),
    to: text('to'),
    by: text('by'),
    kind: text('kind'),
    store: text('store'),
    words: text('words'),
  };
  const parsed = auditFilterSchema.safeParse(
    Object.fromEntries(Object.entries(asked).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${String(issue.path[0] ?? 'filter')}: ${issue.message}`,
    );
    throw new CliUsageError(`${problems.join('; ')}. Nothing was read. ${USAGE}`);
  }
  return parsed.data;
}

/**
 * `audit`: the journal's events as audit entries, newest first, one JSON entry a line on stdout,
 * or every one written as CSV or HTML (--out, by its ending; never inside the data folder). It only
 * reads: the journal's segment files, the profiles' and pages' names, no lock, so it runs beside
 * the open app.
 */
export async function audit(context: CliContext): Promise<number> {
  if (context.args.length > 0) {
    throw new CliUsageError(`audit takes no words (${context.args.join(' ')}). ${USAGE}`);
  }
  const filter = filterFrom(context);
  const { out } = context.options;
  if (out !== undefined && (typeof out !== 'string' || !/\.(csv|html?)$/i.test(out))) {
    throw new CliUsageError('--out takes a file name ending .csv or .html: --out audit.csv.');
  }
  const folder = await context.readFolder();
  if (typeof out === 'string') {
    // Checked before the journal is read: a wrong place is said at once, and nothing is written.
    const where = await reportPlace(out, folder);
    if ('refused' in where) throw new CliUsageError(`--out ${where.refused}`);
  }
  const reading = { quarantine: false } as const;
  const [profiles, pages, department] = await Promise.all([
    ProfileService.open(folder, reading),
    PageService.open(folder, reading),
    DepartmentSettingsService.open(folder, reading),
  ]);
  const names = {
    person: (id: string) =>
      id === 'social-desk' ? 'Social Desk' : (profiles.byId(id)?.name ?? id),
    page: (id: string) => pages.list().find((page) => page.id === id)?.name ?? id,
  };
  const view = new AuditView(folder, names);
  if (typeof out !== 'string') {
    for await (const entry of view.entries(filter)) context.io.out(JSON.stringify(entry));
    return 0;
  }
  const format = /\.csv$/i.test(out) ? 'csv' : 'html';
  const content = auditFileContent(view, filter, format, {
    personName: names.person,
    department: department.settings?.name,
  });
  await saveAuditFile(out, folder, content);
  context.io.err(`social-desk: the audit trail was saved as ${out}.`);
  return 0;
}
