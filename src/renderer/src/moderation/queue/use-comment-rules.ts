import { useEffect, useState } from 'react';
import type { CommentSummary, RemovalRulesView } from '../../../../shared/moderation/comment-view';
import { desk } from '../../desk';

/** What a hide or removal of the comment is judged under; `rules` null: no intro statement then. */
export interface CommentRules {
  readonly seq: number;
  readonly rules: Pick<RemovalRulesView, 'number' | 'categories'> | null;
}

/**
 * The categories the comment's page had published at the comment's time: from its story
 * (`comments:get`), or, when that cannot answer, from the pages' own in-force rule. The main
 * process judges again on every action; this only lets the picker offer the right ones.
 */
export function useCommentRules(comment: CommentSummary | undefined): CommentRules | undefined {
  const [found, setFound] = useState<CommentRules>();
  const seq = comment?.seq;
  const pageId = comment?.pageId;
  const at = comment?.postedAt ?? comment?.seenAt;
  useEffect(() => {
    if (seq === undefined || pageId === undefined || at === undefined) return;
    let live = true;
    // Asked after each await through a function: narrowing cannot see the clean-up change it.
    const gone = () => !live;
    void (async () => {
      const story = await desk().comments.get({ seq });
      if (gone()) return;
      if (story.ok) {
        setFound({ seq, rules: story.value.rules });
        return;
      }
      const inForce = await desk().pages.introInForce({ pageId, at });
      if (gone()) return;
      if (inForce.ok) {
        const { version } = inForce.value;
        setFound({
          seq,
          rules: version ? { number: version.number, categories: version.categories } : null,
        });
      }
    })();
    return () => {
      live = false;
    };
  }, [seq, pageId, at]);
  return found?.seq === seq ? found : undefined;
}
