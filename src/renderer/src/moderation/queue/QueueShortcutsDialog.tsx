import type { Ref } from 'react';
import { KeysDialog, type ShortcutsDialogHandle } from '../../app/KeysDialog';
import { FORM_SHORTCUTS, QUEUE_SHORTCUTS } from './shortcuts';

/** The queue's keys, and the reason picker's and undo form's. */
export function QueueShortcutsDialog({
  ref,
  moderator,
}: {
  readonly ref: Ref<ShortcutsDialogHandle>;
  readonly moderator: boolean;
}) {
  return (
    <KeysDialog
      ref={ref}
      id="queue-shortcuts"
      note={`The keys work when you are not typing in a field.${
        moderator
          ? ''
          : ' Keep, hide, remove, refer, restore and undo need the moderator role: without it the queue is read-only.'
      }`}
      groups={[
        { heading: 'In the queue', shortcuts: QUEUE_SHORTCUTS },
        { heading: 'In the reason picker and the undo form', shortcuts: FORM_SHORTCUTS },
      ]}
    />
  );
}
