import type { Draft } from '../../../shared/drafts/draft';
import {
  RECORD_SEARCH_LIMIT_MAX,
  recordSearchRequestSchema,
} from '../../../shared/records/search-view';
import { readDraftFile } from '../../drafts/draft-inspection';
import type { DraftReader } from '../../drafts/draft-search';
import { DraftStore } from '../../drafts/draft-store';
import { DeskFailure } from '../../ipc/desk-failure';
import { Journal } from '../../journal/journal';
import { CommentIndex } from '../../moderation/comment-index';
import { PacketStore } from '../../packets/packet-store';
import { PageService } from '../../pages/page-service';
import { RecordSearch } from '../../search/record-search';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

const USAGE =
  'Usage: search WORDS [--types draft,revision,post,page,intro,comment,packet] [--page ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

/** The request the arguments ask for; a wrong one is a usage error naming the option (exit 2). */
function requestFrom(context: CliContext) {
  const text = (name: string) => {
    const value = context.options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const list = (value: string | undefined) =>
    value
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const asked = {
    words: context.args.join(' '),
    types: list(text('types')),
    pages: list(text('page')),
    from: text('from'),
    to: text('to'),
    limit: RECORD_SEARCH_LIMIT_MAX,
  };
  const parsed = recordSearchRequestSchema.safeParse(
    Object.fromEntries(Object.entries(asked).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    const option: Record<string, string> = { words: 'WORDS', pages: '--page', types: '--types' };
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `${option[key] ?? `--${key}`}: ${issue.message}`;
    });
    throw new CliUsageError(`${problems.join('; ')}. Nothing was searched. ${USAGE}`);
  }
  return parsed.data;
}

/** The drafts as files on disk, read without the writer's lock and never repaired or written. */
async function draftReader(folder: string): Promise<DraftReader> {
  const summaries = await DraftStore.readSummaries(folder);
  const ids = new Set(summaries.map((summary) => summary.id));
  return {
    list: () => summaries,
    has: (id) => ids.has(id),
    get: async (id): Promise<Draft> => {
      const read = await readDraftFile(folder, id);
      if (read.ok) return read.draft;
      throw new DeskFailure(
        'store-damaged',
        read.kind === 'missing'
          ? 'the file is missing'
          : `the file is ${read.kind}: ${read.detail}`,
      );
    },
    onSaved: () => () => undefined,
  };
}

/**
 * Words across every kind of record, as JSON hits [{type, id, title, snippet, created, pages}],
 * newest first (at most 200; `total` on stderr when there are more). It only reads: the journal
 * read-only, the comment index never saving its snapshot, the drafts read as files, so it runs
 * beside the open app.
 */
export async function search(context: CliContext): Promise<number> {
  const request = requestFrom(context);
  const folder = await context.readFolder();
  const drafts = await draftReader(folder);
  const pages = await PageService.open(folder, { quarantine: false });
  const { journal } = await Journal.open(folder, { readOnly: true });
  const comments = CommentIndex.open(folder, journal, { readOnly: true });
  const records = new RecordSearch({
    drafts,
    pages,
    comments,
    packets: new PacketStore(folder),
  });
  try {
    const result = await records.search(request);
    for (const notice of result.notices) context.io.err(`social-desk: ${notice}`);
    if (result.total > result.hits.length) {
      context.io.err(
        `social-desk: ${result.total} records match; the newest ${result.hits.length} are shown. Narrow with --types, --page, --from or --to.`,
      );
    }
    context.io.out(JSON.stringify(result.hits, null, 2));
    return 0;
  } finally {
    records.close();
    await comments.close();
    await journal.close();
  }
}
