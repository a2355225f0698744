import type { Profile } from '../../../shared/profiles/profile';
import type { Go } from '../app/screens';

interface HistoryViewProps {
  readonly draftId: string;
  readonly go: Go;
  readonly me: Profile;
}

/** A draft's revisions, and a word-by-word comparison of any two. */
export function HistoryView({ draftId, go }: HistoryViewProps) {
  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading">Revision history</h1>
      <button type="button" onClick={() => go({ name: 'editor', draftId })}>
        Back to the draft
      </button>
    </section>
  );
}
