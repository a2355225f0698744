import type { Draft } from '../../../shared/drafts/draft';
import type { PostTarget } from '../../../shared/policy/platform-check';

interface PagePreviewProps {
  /** The text as it is in the editor now. */
  readonly body: string;
  readonly targets: readonly PostTarget[];
  /** The saved draft; copying takes the saved revision's text (none while unsaved). */
  readonly draft: Draft | undefined;
  readonly unsaved: boolean;
}

/** The post as each target page will show it, with a copy button for each. */
export function PagePreview(_props: PagePreviewProps) {
  return null;
}
