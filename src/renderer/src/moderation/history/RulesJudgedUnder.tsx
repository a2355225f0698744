import type { CommentStory } from '../../../../shared/moderation/comment-view';
import { REMOVAL_CATEGORY_LABELS } from '../../../../shared/pages/intro-categories';

/** What a hide or removal of the comment is judged under: its page's intro statement then. */
export function RulesJudgedUnder({ story }: { readonly story: CommentStory }) {
  const { rules, pageName, pageRules } = story;
  return (
    <section className="history-rules" aria-labelledby="history-rules-heading">
      <h2 id="history-rules-heading">The removal rules it is judged under</h2>
      {rules === null ? (
        <p>
          “{pageName}” had no published intro statement when this comment was posted, so it may not
          be hidden or removed for any reason (III.B.3.d.1). Keep or refer it; if the page did have
          one then, record that version and when it was posted (Pages).
        </p>
      ) : rules.categories.length === 0 ? (
        <p>
          Intro statement version {rules.number} of “{pageName}”, in force when it was posted,
          published no removal category: it may not be hidden or removed (III.B.3.d.1).
        </p>
      ) : (
        <>
          <p>
            Intro statement version {rules.number} of “{pageName}”, in force when it was posted,
            published these removal categories; a hide or removal is for one of them only
            (III.B.3.d.1):
          </p>
          <ul>
            {rules.categories.map((category) => (
              <li key={category}>{REMOVAL_CATEGORY_LABELS[category]}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        The page’s rules now: a removal{' '}
        {pageRules.secondReviewer ? 'needs a second reviewer' : 'needs no second reviewer'}, and a
        notice to the commenter is{' '}
        {pageRules.noticeRequired ? 'required by local rules' : 'not required'}.
      </p>
    </section>
  );
}
