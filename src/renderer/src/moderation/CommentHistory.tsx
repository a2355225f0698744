import type { Go, Screen } from '../app/screens';
import type { Profile } from '../../../shared/profiles/profile';

/** Issue 11: a comment's whole story (placeholder from the foundation commit). */
export function CommentHistory(_props: { seq: number; back: Screen; go: Go; me: Profile }) {
  return <h1>Comment history</h1>;
}
