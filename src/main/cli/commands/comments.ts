import { Journal } from '../../journal/journal';
import { COMMENT_FIELDS, type CommentField, type FieldMap } from '../../moderation/comment-file';
import { ImportInterrupted, importComments } from '../../moderation/comment-import';
import { DATE_ORDERS, type DateOrder } from '../../moderation/comment-time';
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
  const dateFormat = parseDateFormat(context.options['date-format']);
  const run = context.asWriter('comments import', async (folder, actor) => {
    if (!actor) throw new CliUsageError('Importing comments acts as a person: add --profile NAME.');
    (await PageService.open(folder)).get(pageId);
    const { journal, report } = await Journal.open(folder);
    if (report.tornTail) {
      context.io.err(
        `social-desk: cut away an unfinished journal write (${report.tornTail.bytes} bytes) left by an interrupted run.`,
      );
    }
    try {
      return await importComments(folder, journal, {
        file,
        pageId,
        by: actor,
        format,
        map,
        dateFormat,
      });
    } finally {
      await journal.close();
    }
  });
  try {
    context.io.out(JSON.stringify(await run, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportInterrupted)) throw error;
    // What is in the journal now, for a script; the words for a person on stderr.
    context.io.out(JSON.stringify({ ...error.saved, notSaved: error.unsaved }, null, 2));
    context.io.err(`social-desk: ${error.message}`);
    return 1;
  }
}

function parseDateFormat(option: string | boolean | undefined): DateOrder | undefined {
  if (option === undefined) return undefined;
  const order = DATE_ORDERS.find((known) => known === option);
  if (order === undefined) {
    throw new CliUsageError(
      `--date-format is dmy (03/04/2026 is 3 April), mdy (March 4) or ymd (2026/03/04).`,
    );
  }
  return order;
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
