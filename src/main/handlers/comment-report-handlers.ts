import { reportFileName } from '../../shared/moderation/consistency-report';
import { consistencyReportCsv } from '../../shared/moderation/consistency-report-csv';
import { consistencyReportHtml } from '../../shared/moderation/consistency-report-html';
import type { ReportRange } from '../../shared/moderation/report-view';
import type { ActingHandlers } from '../ipc/authorize';
import type { Services } from '../services';
import { consistencyReportOf } from './consistency-report-source';
import type { HandlerContext } from './domain-handlers';
import { saveReport } from './report-file';

/** The report with the names a supervisor knows: a page or profile no longer stored keeps its id. */
export function reportFor(services: Services, range: ReportRange) {
  return consistencyReportOf(services.comments, range, {
    pageName: (id) => services.pages.list().find((page) => page.id === id)?.name ?? id,
    moderatorName: (id) => services.profiles.byId(id)?.name ?? id,
    department: services.departmentSettings.settings?.name,
  });
}

/** Issue 11: the consistency report, shown and saved as HTML or CSV where the person chooses. */
export function commentReportHandlers({
  services,
  shell,
}: HandlerContext): Pick<ActingHandlers, 'comments:report' | 'comments:saveReport'> {
  return {
    'comments:report': (range) => reportFor(services, range),
    'comments:saveReport': async ({ format, ...range }) => {
      // Composed first: a bad period is refused before the person is asked where to save.
      const report = await reportFor(services, range);
      const file = await shell.chooseSaveFile(reportFileName(report, format), format);
      if (file === undefined) return { saved: null };
      const content =
        format === 'html' ? consistencyReportHtml(report) : consistencyReportCsv(report);
      return { saved: await saveReport(file, services.dataFolder, content) };
    },
  };
}
