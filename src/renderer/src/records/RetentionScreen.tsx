import type { Profile } from '../../../shared/profiles/profile';
import type { Go } from '../app/screens';

/** Issue 12: being built (its slice replaces this whole file). */
export function RetentionScreen(_props: { go: Go; me: Profile }) {
  return (
    <section aria-labelledby="retention-heading">
      <h1 id="retention-heading">Retention and legal holds</h1>
      <p>Not yet available in this version.</p>
    </section>
  );
}
