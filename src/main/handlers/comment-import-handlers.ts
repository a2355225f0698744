import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { COMMENT_CAPTURED, type CapturedComment } from '../../shared/moderation/comment';
import type { ImportPreview } from '../../shared/moderation/import-view';
import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import {
  type CommentRow,
  type ReadItem,
  derivedId,
  formatOf,
  openCommentFile,
} from '../moderation/comment-file';
import { importComments } from '../moderation/comment-import';
import { type ChosenExport, ImportJobs, messageOf } from '../moderation/import-jobs';
import { ImportMappingStore } from '../moderation/import-mappings';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

const PREVIEW_ROWS = 10;
/** Rows read for the date-order question: enough to meet a day of 13 or more in most exports. */
const PREVIEW_SCAN = 1_000;

/** Issue 11: import in the app (a chosen file, a preview, a job with progress) and manual entry. */
export function commentImportHandlers({
  services,
  shell,
}: HandlerContext): Pick<
  ActingHandlers,
  | 'comments:add'
  | 'comments:chooseImportFile'
  | 'comments:previewImport'
  | 'comments:startImport'
  | 'comments:importStatus'
  | 'comments:cancelImport'
  | 'comments:mappings'
> {
  const jobs = new ImportJobs();
  const mappings = new ImportMappingStore(services.dataFolder);
  /** A refusal in the person's words, naming the file as they chose it, not by its path. */
  const inWords = (file: ChosenExport) => (error: unknown) => {
    if (error instanceof DeskFailure) throw new DeskFailure(error.code, messageOf(error, file));
    throw error;
  };

  return {
    'comments:chooseImportFile': async () => {
      const path = await shell.chooseOpenFile('comments');
      if (path === undefined) return null;
      const { size } = await stat(path).catch((error: unknown) => {
        throw new DeskFailure(
          'invalid-request',
          `${basename(path)} cannot be read (${(error as Error).message.replaceAll(path, basename(path))}). Choose another file.`,
        );
      });
      const file = { path, name: basename(path), bytes: size };
      return { file: jobs.choose(file), name: file.name, bytes: file.bytes };
    },

    'comments:previewImport': async (request) => {
      const file = jobs.file(request.file);
      return preview(file, request, mappings).catch(inWords(file));
    },

    'comments:startImport': (request, actor) => {
      const file = jobs.file(request.file);
      services.pages.get(request.pageId);
      const job = jobs.start(file, (control) =>
        importComments(services.dataFolder, services.journal, {
          file: file.path,
          pageId: request.pageId,
          by: actor,
          format: request.format,
          map: request.map,
          dateFormat: request.dateFormat,
          index: services.comments,
          ...control,
        }).then(async (result) => {
          // Saved only for an import that read the file, so the mapping is known to work.
          if (request.saveMappingAs !== undefined) {
            await mappings.save({
              platform: request.saveMappingAs,
              columns: await columnsOf(file.path, request.format),
              format: request.format ?? formatOf(file.path),
              map: result.mapping,
              ...(request.dateFormat ? { dateFormat: request.dateFormat } : {}),
              savedAt: new Date().toISOString(),
            });
          }
          return result;
        }),
      );
      return { job };
    },

    'comments:importStatus': ({ job }) => jobs.status(job),
    'comments:cancelImport': ({ job }) => jobs.cancel(job),
    'comments:mappings': () => mappings.all(),

    'comments:add': async (request, actor) => {
      services.pages.get(request.pageId);
      await services.comments.ready();
      const commentId =
        request.commentId || derivedId(request.author, request.postedAt, request.text);
      const existing = services.comments.find(request.pageId, commentId);
      if (existing) {
        throw new DeskFailure(
          'invalid-request',
          `This comment is already recorded: ${existing.author}'s comment ${commentId} (entry ${existing.seq}, seen ${existing.seenAt}). Nothing was added; open that one instead.`,
        );
      }
      const permalink = request.permalink || undefined;
      if (permalink !== undefined && !/^https?:\/\/\S+$/i.test(permalink)) {
        throw new DeskFailure(
          'invalid-request',
          `The permalink "${permalink.slice(0, 80)}" is not a web address: copy it from the platform (it starts with https://), or leave it empty.`,
        );
      }
      const payload: CapturedComment = {
        pageId: request.pageId,
        commentId,
        text: request.text,
        author: request.author,
        ...(permalink ? { permalink } : {}),
        postedAt: request.postedAt,
        seenAt: new Date().toISOString(),
        enteredByHand: true,
      };
      const [header] = await services.journal.append([
        { type: COMMENT_CAPTURED, by: actor.id, payload },
      ]);
      const comment = header && services.comments.comment(header.seq);
      if (!comment) throw new Error('The comment was saved but the index does not show it');
      return services.comments.summary(comment, profileNames(services));
    },
  };
}

async function columnsOf(path: string, format: 'csv' | 'json' | undefined): Promise<string[]> {
  const reading = await openCommentFile(path, { format, requireText: false });
  // The header is read with the first row (csv-parse names the columns from it).
  await reading.items[Symbol.asyncIterator]().next();
  reading.stop();
  return [...reading.columns()];
}

/** The export as it would import: its columns, the mapping used, and its first rows. */
async function preview(
  file: ChosenExport,
  request: {
    readonly format?: 'csv' | 'json';
    readonly map?: ImportPreview['mapping'];
    readonly dateFormat?: 'dmy' | 'mdy' | 'ymd';
  },
  mappings: ImportMappingStore,
): Promise<ImportPreview> {
  let map = request.map;
  let format = request.format;
  let dateFormat = request.dateFormat;
  let savedMapping: string | undefined;
  if (map === undefined) {
    const saved = await mappings.forColumns(await columnsOf(file.path, format));
    if (saved) {
      map = saved.map;
      format ??= saved.format;
      dateFormat ??= saved.dateFormat;
      savedMapping = saved.platform;
    }
  }
  const reading = await openCommentFile(file.path, { format, map, dateFormat, requireText: false });
  const items: ReadItem[] = [];
  let read = 0;
  for await (const item of reading.items) {
    if (items.length < PREVIEW_ROWS * 2) items.push(item);
    read += 1;
    if (read >= PREVIEW_SCAN) break;
  }
  reading.stop();
  const mapping = reading.mapping();
  const first = [
    ...items.map((item) => (item.row ? shown(item.row) : item.rejected)),
    ...reading.refusedRows(),
  ]
    .sort((a, b) => a.line - b.line)
    .slice(0, PREVIEW_ROWS)
    .map((row) => ('reason' in row ? { line: row.line, problem: appWords(row.reason) } : row));
  return {
    format: reading.format,
    columns: [...reading.columns()],
    mapping,
    rows: first,
    needsDateFormat: reading.needsDateFormat(),
    ...(savedMapping === undefined ? {} : { savedMapping }),
    ...(mapping.text === undefined
      ? {
          problem:
            'No column is chosen for the comment text, and none has a name this tool knows: choose the Text column.',
        }
      : {}),
  };
}

function shown(row: CommentRow): ImportPreview['rows'][number] {
  return {
    line: row.line,
    text: row.text,
    author: row.author,
    commentId: row.commentId,
    ...(row.postedAt === undefined ? {} : { postedAt: row.postedAt }),
    ...(row.permalink === undefined ? {} : { permalink: row.permalink }),
  };
}

/** The reader speaks the command line's options; the screen has a "Date order" select instead. */
export function appWords(reason: string): string {
  return reason
    .replace(
      /--date-format dmy \(day first\) or --date-format mdy \(month first\)/g,
      'the Date order: day first or month first',
    )
    .replace(/--date-format (dmy|mdy|ymd)/g, 'the Date order')
    .replace(/--date-format/g, 'the Date order');
}
