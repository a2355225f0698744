import { Journal } from '../../journal/journal';
import { COMMENT_FIELDS, type CommentField, type FieldMap } from '../../moderation/comment-file';
import { importComments } from '../../moderation/comment-import';
import { PageService } from '../../pages/page-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

export async function commentsImport(context: CliContext): Promise<number> {
  const [file, ...extra] = context.args;
  if (file === undefined || extra.length > 0) {
    throw new CliUsageError('Give one file: social-desk comments import FILE --page ID.');
  }
  const pageId = context.options.page;
  if (typeof pageId !== 'string')
    throw new CliUsageError(
      'Say which page the comments are from: --page ID (`social-desk pages list`).',
    );
  const format = context.options.format;
  if (format !== undefined && format !== 'csv' && format !== 'json') {
    throw new CliUsageError('--format is csv or json.');
  }
  const map = parseMap(context.options.map);
  const result = await context.asWriter('comments import', async (folder, actor) => {
    if (!actor) throw new CliUsageError('Importing comments acts as a person: add --profile NAME.');
    (await PageService.open(folder)).get(pageId);
    const { journal, report } = await Journal.open(folder);
    if (report.tornTail) {
      context.io.err(
        `social-desk: cut away an unfinished journal write (${report.tornTail.bytes} bytes) left by an interrupted run.`,
      );
    }
    try {
      return await importComments(folder, journal, { file, pageId, by: actor, format, map });
    } finally {
      await journal.close();
    }
  });
  context.io.out(JSON.stringify(result, null, 2));
  return 0;
}

function parseMap(option: string | boolean | undefined): FieldMap | undefined {
  if (option === undefined) return undefined;
  if (typeof option !== 'string') throw new CliUsageError('--map takes field=column pairs.');
  const map: FieldMap = {};
  for (const pair of option.split(',')) {
    const [field, ...column] = pair.split('=');
    const name = field?.trim() as CommentField;
    if (!COMMENT_FIELDS.includes(name) || column.length === 0) {
      throw new CliUsageError(
        `--map ${pair}: write field=column, with field one of ${COMMENT_FIELDS.join(', ')}.`,
      );
    }
    map[name] = column.join('=').trim();
  }
  return map;
}
