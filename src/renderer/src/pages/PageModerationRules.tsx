import type { Profile } from '../../../shared/profiles/profile';

/** Issue 11: a page's moderation rules (second reviewer, notice). Placeholder until built. */
export function PageModerationRules(_props: { pageId: string; me: Profile }) {
  return null;
}
