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
import { appWords } from '../moderation/import-app-words';
import { type ChosenExport, ImportJobs, messageOf } from '../moderation/import-jobs';
import { ImportMappingStore } from '../moderation/import-mappings';
import { captureQueueOf } from '../moderation/import-queue';
import { matchingByHand } from '../moderation/import-by-hand';
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
  services.session.onSignOut((profileId) => jobs.forget(profileId));
  const mappings = new ImportMappingStore(services.dataFolder);
  const queue = captureQueueOf(services.journal);
  /** A refusal in the person's words, naming the file as they chose it, not by its path. */
  const inWords = (file: ChosenExport) => (error: unknown) => {
    if (error instanceof DeskFailure) throw new DeskFailure(error.code, messageOf(error, file));
    throw error;
  };

  return {
    'comments:chooseImportFile': async (_request, actor) => {
      const path = await shell.chooseOpenFile('comments');
      if (path === undefined) return null;
      const { size } = await stat(path).catch((error: unknown) => {
        throw new DeskFailure(
          'invalid-request',
          `${basename(path)} cannot be read (${(error as Error).message.replaceAll(path, basename(path))}). Choose another file.`,
        );
      });
      const file = { path, name: basename(path), bytes: size };
      return { file: jobs.choose(file, actor.id), name: file.name, bytes: file.bytes };
    },

    'comments:previewImport': async (request, actor) => {
      const file = jobs.file(request.file, actor.id);
      return preview(file, request, mappings).catch(inWords(file));
    },

    'comments:startImport': (request, actor) => {
      const file = jobs.file(request.file, actor.id);
      services.pages.get(request.pageId);
      const job = jobs.start(file, actor.id, async (control) => {
        const result = await importComments(services.dataFolder, services.journal, {
          file: file.path,
          pageId: request.pageId,
          by: actor,
          format: request.format,
          map: request.map,
          dateFormat: request.dateFormat,
          index: services.comments,
          queue,
          ...control,
        });
        // Saved only for an import that read the file, so the mapping is known to work. Its
        // failure is its own: the comments are saved, and the report says so with a warning.
        if (request.saveMappingAs === undefined) return result;
        try {
          await mappings.save({
            platform: request.saveMappingAs,
            columns: await columnsOf(file.path, request.format),
            format: request.format ?? formatOf(file.path),
            map: result.mapping,
            ...(request.dateFormat ? { dateFormat: request.dateFormat } : {}),
            savedAt: new Date().toISOString(),
          });
          return result;
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          return {
            ...result,
            warning: `The comments were imported, but the mapping for ${request.saveMappingAs} was not saved: ${why} Choose the columns again next time, or try saving the mapping with the next import.`,
          };
        }
      });
      return { job };
    },

    'comments:importStatus': ({ job }) => jobs.status(job),
    'comments:cancelImport': ({ job }) => jobs.cancel(job),
    'comments:mappings': () => mappings.all(),

    'comments:add': (request, actor) =>
      // In the one queue with import batches: a double submit, or an import running now, cannot
      // slip a second capture in between this look-up and this append.
      queue.run(async () => {
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
        if (!request.commentId) {
          // An export writes the time its own way, so the importer's id for this comment differs
          // from this one: the same page, author, text and minute is the same comment.
          const same = await matchingByHand(services, request);
          if (same) {
            throw new DeskFailure(
              'invalid-request',
              `This comment is already recorded: ${same.author}'s comment posted ${same.postedAt ?? 'at the same minute'} with the same text on this page (entry ${same.seq}, id ${same.commentId}). Nothing was added; open that one instead.`,
            );
          }
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
      }),
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
