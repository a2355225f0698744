import type { Ref } from 'react';
import { KeysDialog, type Shortcut, type ShortcutsDialogHandle } from '../app/KeysDialog';

export type { Shortcut, ShortcutsDialogHandle } from '../app/KeysDialog';

/** The editor's keys, as the dialog lists them: the keys first, then what they do. */
export const EDITOR_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+S', does: 'Save the draft (every save keeps a new revision)' },
  { keys: 'F8', does: 'Go to the next finding in the text and select its words' },
  { keys: 'Shift+F8', does: 'Go to the previous finding' },
  { keys: 'Ctrl+Enter', does: 'Record a justification, in the justification form' },
  {
    keys: 'Escape',
    does: 'Close a form (a justification, attesting several items) or this list',
  },
  { keys: '?', does: 'Show this list (when you are not typing in a field)' },
];

/**
 * The drafts list's keys while a draft in it has focus. `key` is the key as the list handles it
 * (DraftsList's ROW_MOVES): every key the list moves by is named here, and none it does not.
 */
export const DRAFTS_LIST_SHORTCUTS: readonly (Shortcut & { readonly key?: string })[] = [
  { keys: 'Down arrow', key: 'ArrowDown', does: 'Go to the next draft' },
  { keys: 'Up arrow', key: 'ArrowUp', does: 'Go to the draft before' },
  { keys: 'Page Down', key: 'PageDown', does: 'Go a screenful of drafts down' },
  { keys: 'Page Up', key: 'PageUp', does: 'Go a screenful of drafts up' },
  { keys: 'Home', key: 'Home', does: 'Go to the first draft' },
  { keys: 'End', key: 'End', does: 'Go to the last draft' },
  // The row is a button: the browser opens it, the list does not handle the key itself.
  { keys: 'Enter', does: 'Open the draft that has focus' },
];

/** Whether a key press goes into a field as typing: there `?` is a question mark, not a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(
      target.type,
    );
  }
  return target instanceof HTMLElement && target.isContentEditable;
}

/** The editor's and the drafts list's keys. */
export function ShortcutsDialog({ ref }: { readonly ref: Ref<ShortcutsDialogHandle> }) {
  return (
    <KeysDialog
      ref={ref}
      id="editor-shortcuts"
      groups={[
        { heading: 'In the editor', shortcuts: EDITOR_SHORTCUTS },
        { heading: 'In the drafts list', shortcuts: DRAFTS_LIST_SHORTCUTS },
      ]}
    />
  );
}
