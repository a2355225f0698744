import type { AppInfo } from '../../../shared/ipc/contract';
import type { Profile } from '../../../shared/profiles/profile';
import type { Go } from '../app/screens';

export function PagesScreen(_props: {
  readonly pageId?: string;
  readonly go: Go;
  readonly me: Profile;
  readonly department: AppInfo['department'];
}) {
  return <h1>Pages</h1>;
}
