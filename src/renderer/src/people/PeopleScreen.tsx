import type { Profile } from '../../../shared/profiles/profile';

export function PeopleScreen(_props: { readonly me: Profile }) {
  return <h1>People and department</h1>;
}
