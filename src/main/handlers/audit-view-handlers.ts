import { AuditView } from '../audit/audit-view';
import { auditFileContent, auditFileName } from '../audit/audit-view-export';
import { saveAuditFile } from '../audit/audit-view-file';
import type { AuditNames } from '../audit/audit-view-what';
import type { ActingHandlers } from '../ipc/authorize';
import type { Services } from '../services';
import type { HandlerContext } from './domain-handlers';

/** Names as a person knows them; the app's own changes (stamping a store) are Social Desk's. */
export function auditNames(services: Services): AuditNames {
  return {
    person: (id) =>
      id === 'social-desk' ? 'Social Desk' : (services.profiles.byId(id)?.name ?? id),
    page: (id) => services.pages.list().find((page) => page.id === id)?.name ?? id,
  };
}

/** Issue 12's audit view: the journal's events as entries, shown a page at a time and saved whole. */
export function auditViewHandlers({
  services,
  shell,
}: HandlerContext): Pick<ActingHandlers, 'audit:list' | 'audit:save'> {
  const names = auditNames(services);
  const view = new AuditView(services.dataFolder, names);
  return {
    'audit:list': (request) => view.list(request),
    'audit:save': async ({ format, ...filter }) => {
      const file = await shell.chooseSaveFile(auditFileName(filter, format), format);
      if (file === undefined) return { saved: null };
      const content = auditFileContent(view, filter, format, {
        personName: names.person,
        department: services.departmentSettings.settings?.name,
      });
      return { saved: await saveAuditFile(file, services.dataFolder, content) };
    },
  };
}
