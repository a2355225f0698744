import type { CommentSummary } from '../../../shared/moderation/comment-view';
import type { Profile } from '../../../shared/profiles/profile';
import { formatTime } from '../app/format-time';
import { NoticeForm } from './follow-up/NoticeForm';
import { ReviewForm } from './follow-up/ReviewForm';
import { mayRecordNotice, mayReview } from './follow-up/roles';
import './follow-up.css';

/**
 * What a hide or removal still needs, under the comment in the queue and its history: a second
 * reviewer's verdict where its page asks for one, and the commenter's notice where local rules
 * require it. Nothing shows for an action that needs neither.
 */
export function RemovalFollowUp({
  comment,
  me,
  onChanged,
}: {
  comment: CommentSummary;
  me: Profile;
  onChanged: (comment: CommentSummary) => void;
}) {
  const { action, review, notice } = comment;
  if (!action || (review === undefined && notice === undefined)) return null;
  const removal = comment.state === 'hidden' ? 'hide' : 'removal';
  const headingId = `follow-up-heading-${comment.seq}`;

  return (
    <section className="follow-up" aria-labelledby={headingId}>
      <h3 id={headingId}>Follow-up on this {removal}</h3>
      {review === 'awaiting' ? (
        <div className="follow-up-part follow-up-awaiting">
          <p>
            <strong>Awaiting a second reviewer.</strong>{' '}
            {comment.state === 'hidden' ? 'Hidden' : 'Removed'} by {action.byName} on{' '}
            {formatTime(action.at)}. This page asks another moderator or an administrator to agree
            before a {removal} stands.
          </p>
          {mayReview(me, comment) ? (
            <ReviewForm comment={comment} action={action.seq} onChanged={onChanged} />
          ) : (
            <p className="hint">
              {action.by === me.id
                ? 'You made it, and a second reviewer is another person: ask another moderator or an administrator.'
                : 'A moderator or an administrator other than the one who made it reviews it.'}
            </p>
          )}
        </div>
      ) : null}
      {review === 'agreed' ? (
        <p className="follow-up-part follow-up-done">
          <strong>Second review: agreed.</strong> Another moderator agreed with this {removal}.
        </p>
      ) : null}
      {review === 'disagreed' ? (
        <p className="follow-up-part follow-up-disagreed" role="status">
          <strong>Second review: disagreed.</strong> The comment should be restored: press Restore
          to put it back, or record a correction if the {removal} was a mistake of another kind.
        </p>
      ) : null}
      {notice ? <NoticePart comment={comment} me={me} onChanged={onChanged} /> : null}
    </section>
  );
}

function NoticePart({
  comment,
  me,
  onChanged,
}: {
  comment: CommentSummary;
  me: Profile;
  onChanged: (comment: CommentSummary) => void;
}) {
  const { action, review, notice } = comment;
  if (!action) return null;
  switch (notice) {
    case undefined:
      return null;
    case 'sent':
      return (
        <p className="follow-up-part follow-up-done">
          <strong>Notice to the commenter: recorded as sent.</strong>
        </p>
      );
    case 'not-sent':
      return (
        <div className="follow-up-part">
          <p>
            <strong>Notice to the commenter: recorded as not sent</strong>, with the reason. If it
            is sent later, record that too.
          </p>
          <NoticeForm
            comment={comment}
            action={action.seq}
            canRecord={mayRecordNotice(me)}
            sentOnly
            onChanged={onChanged}
          />
        </div>
      );
    case 'due':
      break;
    default: {
      const never: never = notice;
      return never;
    }
  }
  if (review === 'awaiting') {
    return (
      <p className="follow-up-part hint">
        Local rules require a notice to the commenter: it is due once a second reviewer agrees.
      </p>
    );
  }
  if (review === 'disagreed') {
    return (
      <p className="follow-up-part hint">
        No notice to send: the second reviewer disagreed, so the comment goes back.
      </p>
    );
  }
  return (
    <div className="follow-up-part follow-up-awaiting">
      <p>
        <strong>Notice to the commenter due.</strong> Local rules require telling the commenter
        their comment was removed, and under which published rule.
      </p>
      <NoticeForm
        comment={comment}
        action={action.seq}
        canRecord={mayRecordNotice(me)}
        onChanged={onChanged}
      />
    </div>
  );
}
