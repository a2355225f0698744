import { type ReactNode, type Ref, useImperativeHandle, useRef } from 'react';

/** A key (or keys) and what it does, as the dialog lists it. */
export interface Shortcut {
  readonly keys: string;
  readonly does: string;
}

export interface ShortcutGroup {
  readonly heading: string;
  readonly shortcuts: readonly Shortcut[];
}

export interface ShortcutsDialogHandle {
  open: () => void;
}

/**
 * A screen's keyboard shortcuts, in a modal <dialog>: Escape closes it (the browser's own
 * handling) and focus goes back to where it was, so the person carries on where they were.
 */
export function KeysDialog({
  ref,
  id,
  note,
  groups,
}: {
  readonly ref: Ref<ShortcutsDialogHandle>;
  /** Prefixes the ids its headings are labelled by: unique per screen. */
  readonly id: string;
  readonly note?: ReactNode;
  readonly groups: readonly ShortcutGroup[];
}) {
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
      aria-labelledby={`${id}-heading`}
      onClose={() => {
        // A modal dialog may leave focus on <body> when it closes: put it back where it was.
        returnTo.current?.focus();
        returnTo.current = null;
      }}
    >
      <h2 id={`${id}-heading`}>Keyboard shortcuts</h2>
      {note === undefined ? null : <p>{note}</p>}
      {groups.map((group, index) => (
        <section key={group.heading} aria-labelledby={`${id}-group-${index}`}>
          <h3 id={`${id}-group-${index}`}>{group.heading}</h3>
          <ul className="editor-shortcuts-list">
            {group.shortcuts.map((shortcut) => (
              <li key={shortcut.keys}>
                <kbd>{shortcut.keys}</kbd> <span>{shortcut.does}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
