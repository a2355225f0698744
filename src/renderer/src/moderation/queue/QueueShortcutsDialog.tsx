import { type Ref, useImperativeHandle, useRef } from 'react';
import type { Shortcut, ShortcutsDialogHandle } from '../../drafts/ShortcutsDialog';
import { FORM_SHORTCUTS, QUEUE_SHORTCUTS } from './shortcuts';

/**
 * The queue's keys in a modal <dialog>, as the editor's ShortcutsDialog does it: Escape closes it
 * and focus goes back where it was.
 */
export function QueueShortcutsDialog({
  ref,
  moderator,
}: {
  readonly ref: Ref<ShortcutsDialogHandle>;
  readonly moderator: boolean;
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
      aria-labelledby="queue-shortcuts-heading"
      onClose={() => {
        returnTo.current?.focus();
        returnTo.current = null;
      }}
    >
      <h2 id="queue-shortcuts-heading">Keyboard shortcuts</h2>
      <p>
        The keys work when you are not typing in a field.
        {moderator
          ? ''
          : ' Keep, hide, remove, refer, restore and undo need the moderator role: without it the queue is read-only.'}
      </p>
      <Group id="queue-shortcuts-queue" heading="In the queue" shortcuts={QUEUE_SHORTCUTS} />
      <Group
        id="queue-shortcuts-forms"
        heading="In the reason picker and the undo form"
        shortcuts={FORM_SHORTCUTS}
      />
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}

function Group({
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
