import type { Shortcut } from '../../drafts/ShortcutsDialog';

/** What the queue's keys and its buttons do: one path either way (QueueScreen's `run`). */
export const QUEUE_COMMANDS = [
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
] as const;
export type QueueCommand = (typeof QUEUE_COMMANDS)[number];

/**
 * The queue's keys, as its dialog lists them and its key handler reads them (`key`, `command`):
 * one table, so the list never names a key the queue does not handle, nor leaves one out.
 */
export const QUEUE_SHORTCUTS = [
  {
    keys: 'j or Down arrow',
    key: ['j', 'ArrowDown'],
    command: 'next',
    does: 'Go to the next comment',
  },
  {
    keys: 'k or Up arrow',
    key: ['k', 'ArrowUp'],
    command: 'previous',
    does: 'Go to the comment before',
  },
  { keys: 'e', key: ['e'], command: 'keep', does: 'Keep the comment' },
  {
    keys: 'h',
    key: ['h'],
    command: 'hide',
    does: 'Hide the comment: choose a reason the page published',
  },
  {
    keys: 'r',
    key: ['r'],
    command: 'remove',
    does: 'Remove the comment: choose a reason the page published',
  },
  { keys: 'f', key: ['f'], command: 'refer', does: 'Refer the comment to a supervisor' },
  { keys: 's', key: ['s'], command: 'restore', does: 'Restore a hidden or removed comment' },
  {
    keys: 'u',
    key: ['u'],
    command: 'undo',
    does: 'Undo the last action on this comment, as a correction',
  },
  { keys: '/', key: ['/'], command: 'search', does: 'Go to the search box' },
  { keys: '?', key: ['?'], command: 'help', does: 'Show this list' },
] as const satisfies readonly (Shortcut & {
  readonly key: readonly string[];
  readonly command: QueueCommand;
})[];

/** The buttons under the comment, each with the key that does the same. */
export const ACTION_BUTTONS = [
  { label: 'Keep', key: 'e', command: 'keep' },
  { label: 'Hide', key: 'h', command: 'hide' },
  { label: 'Remove', key: 'r', command: 'remove' },
  { label: 'Refer', key: 'f', command: 'refer' },
  { label: 'Restore', key: 's', command: 'restore' },
  { label: 'Undo', key: 'u', command: 'undo' },
] as const satisfies readonly { label: string; key: string; command: QueueCommand }[];

/** In the reason picker and the undo form. */
export const FORM_SHORTCUTS: readonly Shortcut[] = [
  { keys: '1, 2, 3', does: 'Choose the first, second or third reason in the reason picker' },
  { keys: 'Enter', does: 'Record the hiding or removal, or the correction' },
  { keys: 'Escape', does: 'Cancel the reason picker or the undo form' },
];

/** The command a key means, if any: read from the table, so every listed key is handled. */
export function actionForKey(key: string): QueueCommand | undefined {
  return QUEUE_SHORTCUTS.find((shortcut) => (shortcut.key as readonly string[]).includes(key))
    ?.command;
}

/** The command a key press means, if any (shortcuts with Ctrl, Alt or Meta belong to others). */
export function commandOf(event: {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}): QueueCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return actionForKey(event.key);
}

/** What a key press landed on, as much as the check needs (an Element, or a stand-in in tests). */
export interface KeyTarget {
  readonly tagName?: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

/** What else is open on the queue screen when a key is pressed. */
export interface QueueKeyState {
  /** The reason picker, the no-intro-statement notice or the undo form: their own keys apply. */
  readonly formOpen: boolean;
  /** A modal dialog (the shortcuts list) is open anywhere. */
  readonly dialogOpen: boolean;
}

/** Inputs where a letter is text, not a command: every other type is clicked, not typed in. */
const CLICKED_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'range',
  'color',
]);

/** Whether someone is typing into `target`: then "r" is a letter, never Remove. */
export function isTypingIn(target: KeyTarget | null | undefined): boolean {
  if (!target) return false;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !CLICKED_INPUTS.has((target.type ?? 'text').toLowerCase());
  return target.isContentEditable === true;
}

/**
 * Whether a key press is the queue's: never while typing, inside a dialog, or while a form that
 * reads its own keys is open (a "1" there chooses a reason; an Enter there records it).
 */
export function shouldHandleQueueKey(
  target: KeyTarget | null | undefined,
  state: QueueKeyState,
): boolean {
  if (state.formOpen || state.dialogOpen) return false;
  if (isTypingIn(target)) return false;
  return !target?.closest?.('dialog');
}
