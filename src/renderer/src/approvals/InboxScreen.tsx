import type { Profile } from '../../../shared/profiles/profile';
import type { Go } from '../app/screens';

export function InboxScreen(_props: { readonly go: Go; readonly me: Profile }) {
  return <h1>Approvals</h1>;
}
