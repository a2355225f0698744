import type { Profile } from '../../../shared/profiles/profile';
import type { Go } from '../app/screens';

/** Issue 12: being built (its slice replaces this whole file). */
export function ExportScreen(_props: { go: Go; me: Profile }) {
  return (
    <section aria-labelledby="export-heading">
      <h1 id="export-heading">Export for a records request</h1>
      <p>Not yet available in this version.</p>
    </section>
  );
}
