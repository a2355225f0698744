import type { ItemRef } from '../../../shared/ipc/channels/workflow-channels';
import type { Profile } from '../../../shared/profiles/profile';
import type { Go, Screen } from '../app/screens';

export function PacketView(_props: {
  readonly item: ItemRef;
  readonly back: Screen;
  readonly go: Go;
  readonly me: Profile;
}) {
  return <h1>Packet</h1>;
}
