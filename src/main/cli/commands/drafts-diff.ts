import { z } from 'zod';
import { type Revision, draftIdSchema, latestRevision } from '../../../shared/drafts/draft';
import { compareRevisions, diffAsText } from '../../../shared/drafts/revision-diff';
import { parseUnknown } from '../../../shared/parse';
import { draftFile } from '../../drafts/draft-files';
import { readDraftFile, storeDamaged } from '../../drafts/draft-inspection';
import { DeskFailure } from '../../ipc/desk-failure';
import { PageService } from '../../pages/page-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

const DIFF_USAGE = 'social-desk drafts diff ID [--from N] [--to M]';

const revisionNumberSchema = z.coerce
  .number({ error: 'a revision number is a whole number, 1 or more' })
  .int('a revision number is a whole number, 1 or more')
  .min(1, 'a revision number is a whole number, 1 or more');

function revisionOption(
  value: unknown,
  option: 'from' | 'to',
  revisions: readonly Revision[],
  fallback: number,
): Revision {
  if (value === undefined) {
    const found = revisions.find((revision) => revision.number === fallback);
    if (found) return found;
  }
  const parsed = parseUnknown(revisionNumberSchema, value ?? fallback, `--${option}`);
  if (!parsed.ok) throw new CliUsageError(`${parsed.error.message}: ${DIFF_USAGE}.`);
  const found = revisions.find((revision) => revision.number === parsed.value);
  if (!found) {
    throw new CliUsageError(
      `--${option} ${parsed.value}: the draft has ${revisions.length === 1 ? 'only revision 1' : `revisions 1 to ${revisions.length}`}. ${DIFF_USAGE}.`,
    );
  }
  return found;
}

/**
 * `drafts diff ID [--from N] [--to M]`: two revisions compared word by word, printed as
 * `[-removed-]{+added+}` (the form `git diff --word-diff` uses); by default the one before the
 * latest against the latest. It only reads, so it acts as no one.
 */
export async function draftsDiff(context: CliContext): Promise<number> {
  const [idArgument, ...extra] = context.args;
  const id = draftIdSchema.safeParse(idArgument);
  if (!id.success) {
    throw new CliUsageError(
      `${idArgument === undefined ? 'Give the draft’s id' : `${idArgument} is not a draft id`}: ${DIFF_USAGE}. \`social-desk drafts list\` shows the ids.`,
    );
  }
  if (extra.length > 0) throw new CliUsageError(`Unexpected ${extra.join(' ')}: ${DIFF_USAGE}.`);
  const folder = await context.readFolder();
  const read = await readDraftFile(folder, id.data);
  if (!read.ok) {
    const file = draftFile(folder, id.data);
    if (read.kind === 'missing') {
      throw new DeskFailure(
        'not-found',
        `There is no draft with id ${id.data} (no file ${file}). \`social-desk drafts list\` shows the drafts.`,
      );
    }
    throw storeDamaged(file, read.detail);
  }
  const { draft } = read;
  const latest = latestRevision(draft);
  const before = revisionOption(
    context.options.from,
    'from',
    draft.revisions,
    Math.max(1, latest.number - 1),
  );
  const after = revisionOption(context.options.to, 'to', draft.revisions, latest.number);
  const pages = await PageService.open(folder, { quarantine: false });
  const pageName = (pageId: string) =>
    pages.list().find((page) => page.id === pageId)?.name ?? `page ${pageId}`;
  const diff = compareRevisions(before, after, { pageName });
  const lines = [
    `Draft ${draft.id}, “${latest.title}”: revision ${before.number} compared with revision ${after.number}`,
    diff.summary,
  ];
  if (!diff.identical) {
    lines.push('', 'Key: [-removed-] {+added+}', '');
    lines.push(diff.title.changed ? `Title: ${diffAsText(diff.title.parts)}` : 'Title: the same');
    if (diff.title.note) lines.push(diff.title.note);
    lines.push('', diff.body.changed ? 'Body:' : 'Body: the same');
    if (diff.body.note) lines.push(diff.body.note);
    if (diff.body.changed) lines.push(diffAsText(diff.body.parts));
    lines.push('', diff.otherChanges.length === 0 ? 'Other changes: none' : 'Other changes:');
    lines.push(...diff.otherChanges.map((change) => `- ${change}`));
  }
  context.io.out(lines.join('\n'));
  return 0;
}
