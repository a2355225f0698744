import type { Profile } from '../../../shared/profiles/profile';
import type { Go } from '../app/screens';

/** Issue 12: being built (its slice replaces this whole file). */
export function SearchScreen(_props: { go: Go; me: Profile }) {
  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading">Search records</h1>
      <p>Not yet available in this version.</p>
    </section>
  );
}
