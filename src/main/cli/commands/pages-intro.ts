import { PAGE_CHANNELS } from '../../../shared/ipc/channels/page-channels';
import { categoryWarnings } from '../../../shared/pages/intro-categories';
import { approvedByChief, versionChecklist } from '../../../shared/pages/page-design';
import { parseUnknown } from '../../../shared/parse';
import { REMOVAL_REASONS } from '../../../shared/policy/intro-statement';
import { AuditTrail } from '../../audit/audit-trail';
import { stampedNotice } from '../../audit/audited-store';
import { DepartmentSettingsService } from '../../department/settings-service';
import { Journal } from '../../journal/journal';
import { PageService } from '../../pages/page-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';
import { Unreadable, printIntroChecklist, readCapped } from './check';

const USAGE_LINE =
  'social-desk pages intro PAGE_ID FILE.txt --categories obscenity,off-topic,personal-attack --profile NAME';

/**
 * `social-desk pages intro PAGE_ID FILE.txt --categories ...`: records a new version of the page's
 * intro statement (none when the words and categories are the latest version's) and prints its
 * page-design checklist as `check --intro` does, with the version. Exit 1 when an item is open or
 * something is found: the version is recorded all the same, as a draft that cannot be submitted
 * yet. Exit 2, with nothing recorded, for a file that cannot be read or a wrong category.
 */
export async function pagesIntro(context: CliContext): Promise<number> {
  const [pageId, file, ...extra] = context.args;
  if (pageId === undefined || file === undefined || extra.length > 0) {
    throw new CliUsageError(`Give a page id and one text file: ${USAGE_LINE}.`);
  }
  const categories = categoriesOption(context.options.categories);
  let text: string;
  try {
    text = await readCapped(file, 'intro');
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    context.io.err(`social-desk: ${error.message}`);
    return 2;
  }
  const request = parseUnknown(
    PAGE_CHANNELS['pages:introSave'].request,
    { pageId, text, categories },
    `The intro statement in ${file}`,
  );
  if (!request.ok) throw new CliUsageError(`${request.error.message} Nothing was recorded.`);

  const outcome = await context.asWriter('pages intro', async (folder, actor) => {
    if (!actor)
      throw new CliUsageError(`Writing an intro statement acts as a person: add --profile NAME.`);
    const { journal } = await Journal.open(folder);
    try {
      const audit = new AuditTrail(journal);
      const pages = await PageService.open(folder, { audit });
      if (await pages.adopt(audit)) context.io.err(`social-desk: ${stampedNotice('pages.json')}`);
      const department = (await DepartmentSettingsService.open(folder, { quarantine: false }))
        .contacts;
      const saved = await pages.saveIntro(request.value, actor);
      const page = pages.get(saved.version.pageId);
      const status = pages.versionStatus(saved.version).status;
      return { ...saved, page, status, department };
    } finally {
      await journal.close();
    }
  });

  const { version, created, page, status, department } = outcome;
  const { findings, items } = versionChecklist(page, version, approvedByChief(status), {
    department,
  });
  const warnings = categoryWarnings(version.text, version.categories);
  const code = printIntroChecklist(context, findings, items, {
    version: {
      id: version.id,
      pageId: version.pageId,
      number: version.number,
      categories: version.categories,
      contentHash: version.contentHash,
      status,
      recorded: created,
    },
    warnings,
  });
  const what = `intro statement version ${version.number} of page “${page.name}” (${version.id})`;
  context.io.err(
    created
      ? `social-desk: recorded ${what}.`
      : `social-desk: the text and categories are those of ${what}: nothing new was recorded.`,
  );
  for (const warning of warnings) context.io.err(`social-desk: warning: ${warning}`);
  if (code !== 0) {
    context.io.err(
      `social-desk: the version is recorded all the same, as a draft; it cannot be submitted for approval while a page-design item is open or something is found in its text (see "checklist" and "findings").`,
    );
  }
  return code;
}

function categoriesOption(option: string | boolean | undefined): string[] {
  if (typeof option !== 'string') {
    throw new CliUsageError(
      `Say which removal categories the statement publishes: --categories ${REMOVAL_REASONS.join(',')} (any of them, comma-separated; "" for none). Nothing was recorded.`,
    );
  }
  const categories = option
    .split(',')
    .map((category) => category.trim())
    .filter((category) => category !== '');
  const wrong = categories.filter(
    (category) => !(REMOVAL_REASONS as readonly string[]).includes(category),
  );
  if (wrong.length > 0) {
    throw new CliUsageError(
      `--categories: ${wrong.map((c) => `"${c}"`).join(', ')} is not a removal category; the directive's are ${REMOVAL_REASONS.join(', ')} (III.B.3.d.1). Nothing was recorded.`,
    );
  }
  return categories;
}
