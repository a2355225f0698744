import type { Shortcut } from '../../drafts/ShortcutsDialog';

/**
 * The queue's keys, as its dialog lists them and its key handler reads them (`key`): one table,
 * so the list never names a key the queue does not handle, nor leaves one out.
 */
export const QUEUE_SHORTCUTS = [
  { keys: 'j or Down arrow', key: ['j', 'ArrowDown'], does: 'Go to the next comment' },
  { keys: 'k or Up arrow', key: ['k', 'ArrowUp'], does: 'Go to the comment before' },
  { keys: 'e', key: ['e'], does: 'Keep the comment' },
  { keys: 'h', key: ['h'], does: 'Hide the comment: choose a reason the page published' },
  { keys: 'r', key: ['r'], does: 'Remove the comment: choose a reason the page published' },
  { keys: 'f', key: ['f'], does: 'Refer the comment to a supervisor' },
  { keys: 's', key: ['s'], does: 'Restore a hidden or removed comment' },
  { keys: 'u', key: ['u'], does: 'Undo the last action on this comment, as a correction' },
  { keys: '/', key: ['/'], does: 'Go to the search box' },
  { keys: '?', key: ['?'], does: 'Show this list' },
] as const satisfies readonly (Shortcut & { readonly key: readonly string[] })[];

/** In the reason picker and the undo form. */
export const FORM_SHORTCUTS: readonly Shortcut[] = [
  { keys: '1, 2, 3', does: 'Choose the first, second or third reason in the reason picker' },
  { keys: 'Enter', does: 'Record the hiding or removal, or the correction' },
  { keys: 'Escape', does: 'Cancel the reason picker or the undo form' },
];

export type QueueCommand =
  | 'next'
  | 'previous'
  | 'keep'
  | 'hide'
  | 'remove'
  | 'refer'
  | 'restore'
  | 'undo'
  | 'search'
  | 'help';

const COMMANDS: readonly QueueCommand[] = [
  'next',
  'previous',
  'keep',
  'hide',
  'remove',
  'refer',
  'restore',
  'undo',
  'search',
  'help',
];

/** The command a key press means, if any (shortcuts with Ctrl, Alt or Meta belong to others). */
export function commandOf(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}): QueueCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const index = QUEUE_SHORTCUTS.findIndex((shortcut) =>
    (shortcut.key as readonly string[]).includes(event.key),
  );
  return index === -1 ? undefined : COMMANDS[index];
}
