import { useEffect, useState } from 'react';
import type { CommentSummary } from '../../../../shared/moderation/comment-view';
import { desk } from '../../desk';

/** How many earlier comments on the same post are shown above the current one. */
const THREAD_BEFORE = 3;
const NO_THREAD: readonly CommentSummary[] = [];

/** The post a permalink belongs to: the address without the comment's own query or fragment. */
export function postOf(permalink: string | undefined): string | undefined {
  const post = permalink?.split(/[?#]/)[0]?.trim();
  return post === '' ? undefined : post;
}

const timeOf = (comment: CommentSummary) => Date.parse(comment.postedAt ?? comment.seenAt);

function localDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The comments posted just before this one on the same post, oldest first (empty when its
 * permalink is unknown): read after the comment shows, so moving through the queue never waits.
 */
export function useThread(comment: CommentSummary | undefined): readonly CommentSummary[] {
  const [thread, setThread] = useState<{ seq: number; before: readonly CommentSummary[] }>();
  const seq = comment?.seq;
  const post = postOf(comment?.permalink);
  const pageId = comment?.pageId;
  const at = comment?.postedAt ?? comment?.seenAt;
  useEffect(() => {
    if (seq === undefined || post === undefined || pageId === undefined || at === undefined) return;
    let current = true;
    void desk()
      .comments.list({ pageId, to: localDate(at), order: 'newest', limit: 200 })
      .then((result) => {
        if (!current || !result.ok) return;
        const time = Date.parse(at);
        const before = result.value.comments
          .filter(
            (other) =>
              other.seq !== seq &&
              postOf(other.permalink) === post &&
              (timeOf(other) < time || (timeOf(other) === time && other.seq < seq)),
          )
          .slice(0, THREAD_BEFORE)
          .reverse();
        setThread({ seq, before });
      });
    return () => {
      current = false;
    };
  }, [seq, post, pageId, at]);
  return thread !== undefined && thread.seq === seq ? thread.before : NO_THREAD;
}
