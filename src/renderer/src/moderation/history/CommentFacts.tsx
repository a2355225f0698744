import type { CommentStory } from '../../../../shared/moderation/comment-view';
import { REMOVAL_CATEGORY_LABELS } from '../../../../shared/pages/intro-categories';
import { formatTime } from '../../app/format-time';

const STATE_WORDS = {
  new: 'New: no one has acted on it',
  kept: 'Kept',
  hidden: 'Hidden',
  removed: 'Removed',
  restored: 'Restored (visible again)',
  referred: 'Referred to a supervisor',
} as const;

/** The comment verbatim (both texts when edited), its page, author and times, where it stands. */
export function CommentFacts({ story }: { readonly story: CommentStory }) {
  const { comment } = story;
  const edited = comment.originalText !== undefined;
  return (
    <section className="history-comment" aria-labelledby="history-comment-heading">
      <h2 id="history-comment-heading">The comment</h2>
      {edited ? (
        <>
          <h3 className="history-text-label">First text, as captured</h3>
          <blockquote className="history-text">{comment.originalText}</blockquote>
          <h3 className="history-text-label">
            Latest text, after {comment.edits === 1 ? 'an edit' : `${comment.edits} edits`} on the
            platform
          </h3>
          <blockquote className="history-text">{comment.text}</blockquote>
        </>
      ) : (
        <blockquote className="history-text">{comment.text}</blockquote>
      )}
      {comment.disposed ? (
        <p className="hint">
          Its text was removed under the retention schedule; the journal keeps its hash.
        </p>
      ) : null}
      <dl className="history-facts">
        <dt>Page</dt>
        <dd>{story.pageName}</dd>
        <dt>Author</dt>
        <dd>{comment.author}</dd>
        <dt>Posted</dt>
        <dd>
          {comment.postedAt ? (
            <time dateTime={comment.postedAt}>{formatTime(comment.postedAt)}</time>
          ) : (
            'Not known (the export gave no time)'
          )}
        </dd>
        <dt>Seen by the department</dt>
        <dd>
          <time dateTime={comment.seenAt}>{formatTime(comment.seenAt)}</time>
        </dd>
        {comment.permalink ? (
          <>
            <dt>Permalink</dt>
            <dd className="history-permalink">{comment.permalink}</dd>
          </>
        ) : null}
        <dt>Platform id</dt>
        <dd>{comment.commentId}</dd>
        <dt>Where it stands</dt>
        <dd>
          {STATE_WORDS[comment.state]}
          {comment.reason ? ` for “${REMOVAL_CATEGORY_LABELS[comment.reason]}”` : ''}
          {comment.action
            ? `, by ${comment.action.byName} on ${formatTime(comment.action.at)}`
            : ''}
        </dd>
      </dl>
    </section>
  );
}
