import type { Draft } from '../../../shared/drafts/draft';
import type { DraftForm } from './draft-form';

interface MediaSectionProps {
  readonly form: DraftForm;
  /** The saved draft: permission records belong to it (none before the first save). */
  readonly draft: Draft | undefined;
  readonly locked: boolean;
  readonly onDraftChange: (draft: Draft) => void;
}

/** Photos and videos: attach, say what each shows, link the written permissions it needs. */
export function MediaSection(_props: MediaSectionProps) {
  return null;
}
