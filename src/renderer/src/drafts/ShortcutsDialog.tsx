import { type Ref, useImperativeHandle, useRef } from 'react';

/** A key (or keys) and what it does, as the dialog lists it. */
export interface Shortcut {
  readonly keys: string;
  readonly does: string;
}

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

export interface ShortcutsDialogHandle {
  open: () => void;
}

/**
 * The list of keyboard shortcuts, in a modal <dialog>: Escape closes it (the browser's own
 * handling) and focus goes back to where it was, so the person carries on where they were.
 */
export function ShortcutsDialog({ ref }: { readonly ref: Ref<ShortcutsDialogHandle> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useImperativeHandle(ref, () => ({
    open: () => {
      const element = dialog.current;
      if (!element || element.open) return;
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    },
  }));
  return (
    <dialog
      ref={dialog}
      className="editor-shortcuts"
      aria-labelledby="editor-shortcuts-heading"
      onClose={() => {
        // A modal dialog may leave focus on <body> when it closes: put it back where it was.
        returnTo.current?.focus();
        returnTo.current = null;
      }}
    >
      <h2 id="editor-shortcuts-heading">Keyboard shortcuts</h2>
      <ShortcutGroup
        id="editor-shortcuts-editor"
        heading="In the editor"
        shortcuts={EDITOR_SHORTCUTS}
      />
      <ShortcutGroup
        id="editor-shortcuts-list"
        heading="In the drafts list"
        shortcuts={DRAFTS_LIST_SHORTCUTS}
      />
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}

function ShortcutGroup({
  id,
  heading,
  shortcuts,
}: {
  readonly id: string;
  readonly heading: string;
  readonly shortcuts: readonly Shortcut[];
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="editor-shortcuts-list">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.keys}>
            <kbd>{shortcut.keys}</kbd> <span>{shortcut.does}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
