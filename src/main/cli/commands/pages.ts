import { pageRequestSchema } from '../../../shared/pages/page';
import { AuditTrail } from '../../audit/audit-trail';
import { stampedNotice } from '../../audit/audited-store';
import { Journal } from '../../journal/journal';
import { PageService } from '../../pages/page-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

export async function pagesList(context: CliContext): Promise<number> {
  const pages = await PageService.open(await context.readFolder(), { quarantine: false });
  context.io.out(JSON.stringify(pages.list(), null, 2));
  return 0;
}

export async function pagesAdd(context: CliContext): Promise<number> {
  const { platform, name, url, audience } = context.options;
  const request = pageRequestSchema.safeParse({ platform, name, url, audience });
  if (!request.success) {
    throw new CliUsageError(
      `${request.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; ')}.`,
    );
  }
  const page = await context.asWriter('pages add', async (folder, actor) => {
    if (!actor) throw new CliUsageError('Adding a page acts as a person: add --profile NAME.');
    const { journal } = await Journal.open(folder);
    try {
      const pages = await PageService.open(folder);
      const audit = new AuditTrail(journal);
      if (await pages.adopt(audit)) context.io.err(`social-desk: ${stampedNotice('pages.json')}`);
      return await pages.add(request.data, actor, audit);
    } finally {
      await journal.close();
    }
  });
  context.io.out(JSON.stringify(page, null, 2));
  return 0;
}
