import { type CommentFilter, commentFilterSchema } from '../../../shared/moderation/comment-view';
import { Journal } from '../../journal/journal';
import { CommentIndex } from '../../moderation/comment-index';
import { PageService } from '../../pages/page-service';
import { ProfileService } from '../../profiles/profile-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

const STATE_OF_ACTION = {
  new: 'new',
  keep: 'kept',
  hide: 'hidden',
  remove: 'removed',
  restore: 'restored',
  refer: 'referred',
} as const;

const USAGE =
  'Usage: comments list [--page ID] [--action new|keep|hide|remove|restore|refer] [--reason obscenity|off-topic|personal-attack] [--search WORDS] [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

/** The filter the options ask for; a wrong one is a usage error naming the option (exit 2). */
export function filterFromOptions(options: CliContext['options']): CommentFilter {
  const text = (name: string) => {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const action = text('action');
  if (action !== undefined && !(action in STATE_OF_ACTION)) {
    throw new CliUsageError(
      `--action must be one of new, keep, hide, remove, restore, refer (not “${action}”). ${USAGE}`,
    );
  }
  const asked = {
    pageId: text('page'),
    state:
      action === undefined ? undefined : STATE_OF_ACTION[action as keyof typeof STATE_OF_ACTION],
    reason: text('reason'),
    words: text('search'),
    from: text('from'),
    to: text('to'),
    limit: 500,
  };
  const parsed = commentFilterSchema.safeParse(
    Object.fromEntries(Object.entries(asked).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    const option = { pageId: 'page', state: 'action', words: 'search' } as Record<string, string>;
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `--${option[key] ?? key}: ${issue.message}`;
    });
    throw new CliUsageError(`${problems.join('; ')}. ${USAGE}`);
  }
  return parsed.data;
}

/**
 * Lists comments as JSON, every filter combined. It only reads: the journal is opened read-only
 * and the index never writes its snapshot from here (only the writer, holding the lock, does).
 */
export async function commentsList(context: CliContext): Promise<number> {
  const filter = filterFromOptions(context.options);
  const folder = await context.readFolder();
  const pages = await PageService.open(folder, { quarantine: false });
  const profiles = await ProfileService.open(folder, { quarantine: false });
  const { journal } = await Journal.open(folder, { readOnly: true });
  const index = CommentIndex.open(folder, journal, { readOnly: true });
  try {
    const nameOf = (id: string) => profiles.byId(id)?.name ?? id;
    const pageName = (id: string) => {
      try {
        return pages.get(id).name;
      } catch {
        return id;
      }
    };
    const comments = [];
    let offset = 0;
    for (;;) {
      const list = await index.list({ ...filter, offset }, nameOf);
      for (const comment of list.comments) {
        comments.push({
          id: comment.seq,
          text: comment.text,
          page: comment.pageId,
          pageName: pageName(comment.pageId),
          state: comment.state,
          reason: comment.reason ?? null,
          author: comment.author,
          postedAt: comment.postedAt ?? null,
          seenAt: comment.seenAt,
          ...(comment.originalText === undefined ? {} : { originalText: comment.originalText }),
          commentId: comment.commentId,
          ...(comment.action ? { actedBy: comment.action.byName, actedAt: comment.action.at } : {}),
        });
      }
      offset += list.comments.length;
      if (list.comments.length === 0 || offset >= list.total) break;
    }
    if (index.notice) context.io.err(`social-desk: ${index.notice}`);
    context.io.out(JSON.stringify(comments, null, 2));
    return 0;
  } finally {
    await index.close();
    await journal.close();
  }
}
