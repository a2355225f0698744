import { Journal } from '../../journal/journal';
import { CommentIndex } from '../../moderation/comment-index';
import { commentStory } from '../../moderation/comment-story';
import { PageService } from '../../pages/page-service';
import { ProfileService } from '../../profiles/profile-service';
import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

const USAGE = 'social-desk comments history COMMENT_ID (`social-desk comments list` shows the ids)';

/**
 * `comments history COMMENT_ID`: the comment's whole story from the journal, as JSON. Reads only,
 * so it takes no writer lock and needs no profile, as `drafts show` does.
 */
export async function commentsHistory(context: CliContext): Promise<number> {
  const [id, ...extra] = context.args;
  const seq = Number(id);
  if (id === undefined || !/^\d+$/.test(id) || !Number.isSafeInteger(seq) || seq < 1) {
    throw new CliUsageError(`Give one comment id, a whole number: ${USAGE}.`);
  }
  if (extra.length > 0) throw new CliUsageError(`Unexpected ${extra.join(' ')}: ${USAGE}.`);
  const folder = await context.readFolder();
  const { journal } = await Journal.open(folder, { readOnly: true });
  // A reader saves no index snapshot: the app, the one writer, keeps it.
  const index = CommentIndex.open(folder, journal, { readOnly: true });
  try {
    const [pages, profiles] = await Promise.all([
      // A reader leaves a damaged file as it found it: the app, the one writer, keeps it aside.
      PageService.open(folder, { quarantine: false }),
      ProfileService.open(folder, { quarantine: false }),
    ]);
    const story = await commentStory(seq, {
      index,
      pages,
      nameOf: (by) => profiles.byId(by)?.name ?? by,
    });
    context.io.out(JSON.stringify(story, null, 2));
    return 0;
  } finally {
    await index.close();
    await journal.close();
  }
}
