import { join } from 'node:path';
import { exportFolderName } from '../export/export-folder-name';
import { ExportJobs } from '../export/export-jobs';
import { exportRecords } from '../export/record-export';
import type { ActingHandlers } from '../ipc/authorize';
import { type HandlerContext, unavailable } from './domain-handlers';

/** Issue 12's export for a public-records request or e-discovery, as a job with progress. */
export function exportHandlers({
  services,
  shell,
}: HandlerContext): Pick<
  ActingHandlers,
  'records:startExport' | 'records:exportStatus' | 'records:cancelExport'
> {
  const jobs = new ExportJobs();
  services.session.onSignOut((profileId) => jobs.forget(profileId));
  return {
    'records:startExport': async (request, actor) => {
      // The person picks the folder to put it in; the export's own folder is named after the
      // request, and the path never goes back to the window.
      const parent = shell.chooseFolder
        ? await shell.chooseFolder('export')
        : unavailable('Choosing a folder');
      if (parent === undefined) return {};
      const folder = exportFolderName(request.request, new Date());
      const target = join(parent, folder);
      const job = jobs.start(actor.id, target, (control) =>
        exportRecords(services, actor, request, target, control),
      );
      return { job, folder };
    },
    'records:exportStatus': (request, actor) => jobs.status(request.job, actor.id),
    'records:cancelExport': (request, actor) => jobs.cancel(request.job, actor.id),
  };
}
