import type { Go } from '../app/screens';
import type { Profile } from '../../../shared/profiles/profile';

/** Issue 11: to be built (placeholder from the foundation commit). */
export function JournalScreen(_props: { go: Go; me: Profile }) {
  return <h1>The journal</h1>;
}
