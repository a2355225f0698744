import type { ReactNode } from 'react';
import type { CommentSuggestion } from '../../../../shared/moderation/comment-suggestions';
import type { CommentSummary } from '../../../../shared/moderation/comment-view';
import { REMOVAL_CATEGORY_LABELS } from '../../../../shared/pages/intro-categories';
import { formatTime } from '../../app/format-time';
import { CommentText } from './CommentText';
import { STATE_WORDS } from './state-words';

/** Where the comment stands, in words: "Removed for Obscenity by Sam Ortiz on 3 Oct 2026, 14:06". */
export function standingWords(comment: CommentSummary): string {
  const state = STATE_WORDS[comment.state];
  if (!comment.action) return `${state}: no one has acted on it yet`;
  const reason = comment.reason ? ` for ${REMOVAL_CATEGORY_LABELS[comment.reason]}` : '';
  return `${state}${reason} by ${comment.action.byName} on ${formatTime(comment.action.at)}`;
}

/**
 * The comment being triaged, whole: its text verbatim (and the first text too when the author
 * edited it), where it was posted and what came just before it on the same post, who posted it
 * and when, what the scanners suggest, and where it stands.
 */
export function CurrentComment({
  comment,
  pageName,
  thread,
  suggestions,
  children,
}: {
  readonly comment: CommentSummary;
  readonly pageName: string;
  readonly thread: readonly CommentSummary[];
  readonly suggestions: readonly CommentSuggestion[];
  /** The actions, forms and follow-up, under the comment. */
  readonly children: ReactNode;
}) {
  const headingId = 'queue-current-heading';
  const edited = comment.originalText !== undefined && comment.originalText !== comment.text;
  return (
    <section className="queue-current" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Comment {comment.seq} by {comment.author || 'an unknown author'}
      </h2>
      <dl className="queue-facts">
        <dt>State</dt>
        <dd>
          <span className={`queue-state-badge queue-state-${comment.state}`}>
            {standingWords(comment)}
          </span>
        </dd>
        <dt>Page</dt>
        <dd>{pageName}</dd>
        <dt>Post</dt>
        <dd>
          {comment.permalink ? (
            <span className="queue-permalink">{comment.permalink}</span>
          ) : (
            'Not known (the export had no permalink)'
          )}
        </dd>
        <dt>Author</dt>
        <dd>{comment.author || 'Not known'}</dd>
        <dt>Posted</dt>
        <dd>
          {comment.postedAt
            ? formatTime(comment.postedAt)
            : `Not known; first seen ${formatTime(comment.seenAt)}`}
        </dd>
      </dl>

      {thread.length > 0 ? (
        <section className="queue-thread" aria-labelledby="queue-thread-heading">
          <h3 id="queue-thread-heading">Just before it on the same post</h3>
          <ol>
            {thread.map((other) => (
              <li key={other.seq}>
                <span className="queue-thread-meta">
                  {other.author || 'Unknown author'}, {formatTime(other.postedAt ?? other.seenAt)} (
                  {STATE_WORDS[other.state]})
                </span>
                <CommentText text={other.text} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {comment.disposed ? (
        <p className="hint">
          Its text was disposed of under the retention schedule; the journal keeps its hash.
        </p>
      ) : edited ? (
        <>
          <h3 className="queue-text-heading">Text now (edited on the platform)</h3>
          <CommentText text={comment.text} suggestions={suggestions} id="queue-current-text" />
          <h3 className="queue-text-heading">Text as first captured</h3>
          <CommentText text={comment.originalText ?? ''} />
        </>
      ) : (
        <>
          <h3 className="visually-hidden">Text</h3>
          <CommentText text={comment.text} suggestions={suggestions} id="queue-current-text" />
        </>
      )}

      <section className="queue-suggestions" aria-labelledby="queue-suggestions-heading">
        <h3 id="queue-suggestions-heading">Suggestions</h3>
        {suggestions.length === 0 ? (
          <p className="hint">
            None: nothing in the text matched obscenity, a personal attack, spam or personal data.
          </p>
        ) : (
          <>
            <p className="hint">Suggestions never act: you decide, and press the key.</p>
            <ul>
              {suggestions.map((suggestion) => (
                <li key={suggestion.kind}>
                  <strong>{suggestion.label}</strong>
                  {suggestion.proposes === 'refer'
                    ? ' (suggests: refer to a supervisor)'
                    : ` (suggests: ${REMOVAL_CATEGORY_LABELS[suggestion.reason ?? 'off-topic']})`}
                  {': '}
                  {suggestion.matches.map((match, index) => (
                    <span key={match.start}>
                      {index > 0 ? ', ' : ''}
                      <mark className={`queue-mark queue-mark-${suggestion.kind}`}>
                        {match.text}
                      </mark>
                    </span>
                  ))}
                  <p className="hint">{suggestion.why}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {children}
    </section>
  );
}
