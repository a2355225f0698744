import { useEffect, useState } from 'react';
import type { CommentStory } from '../../../shared/moderation/comment-view';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Go, Screen } from '../app/screens';
import { desk } from '../desk';
import { RemovalFollowUp } from './RemovalFollowUp';
import { CommentFacts } from './history/CommentFacts';
import { RulesJudgedUnder } from './history/RulesJudgedUnder';
import { StoryTimeline } from './history/StoryTimeline';
import './history.css';

/**
 * A comment's whole story from the journal: the comment verbatim, every event in order with who,
 * when and its hash, the rules it is judged under, and what a removal still needs.
 */
export function CommentHistory({
  seq,
  back,
  go,
  me,
}: {
  seq: number;
  back: Screen;
  go: Go;
  me: Profile;
}) {
  const [story, setStory] = useState<CommentStory>();
  const [error, setError] = useState<DeskError>();

  // A follow-up recorded below changes the story: read it again.
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    void desk()
      .comments.get({ seq })
      .then((result) => {
        if (!current) return;
        if (result.ok) {
          setStory(result.value);
          setError(undefined);
        } else {
          setError(result.error);
        }
      });
    return () => {
      current = false;
    };
  }, [seq, reads]);

  return (
    <section className="comment-history" aria-labelledby="comment-history-heading">
      <h1 id="comment-history-heading">Comment history</h1>
      <p>
        <button type="button" onClick={() => go(back)}>
          Back
        </button>
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {!story && !error ? <p role="status">Reading comment {seq}’s history…</p> : null}
      {story ? (
        <>
          <CommentFacts story={story} />
          <RemovalFollowUp
            comment={story.comment}
            me={me}
            onChanged={() => setReads((count) => count + 1)}
          />
          <section className="history-story" aria-labelledby="history-story-heading">
            <h2 id="history-story-heading">What happened to it, in the journal’s order</h2>
            <p className="hint">
              Each event carries the hash of the one before it; `social-desk log verify` checks the
              chain.
            </p>
            <StoryTimeline events={story.events} />
          </section>
          <RulesJudgedUnder story={story} />
        </>
      ) : null}
    </section>
  );
}
