import { type Ref, useImperativeHandle, useRef } from 'react';

/** The editor's keys, as the dialog lists them: the keys first, then what they do. */
export const EDITOR_SHORTCUTS: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: 'Ctrl+S', does: 'Save the draft (every save keeps a new revision)' },
  { keys: 'F8', does: 'Go to the next finding in the text and select its words' },
  { keys: 'Shift+F8', does: 'Go to the previous finding' },
  { keys: 'Ctrl+Enter', does: 'Record a justification, in the justification form' },
  { keys: 'Escape', does: 'Close the justification form, or this list' },
  { keys: '?', does: 'Show this list (when you are not typing in a field)' },
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
      <ul className="editor-shortcuts-list">
        {EDITOR_SHORTCUTS.map((shortcut) => (
          <li key={shortcut.keys}>
            <kbd>{shortcut.keys}</kbd> <span>{shortcut.does}</span>
          </li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
