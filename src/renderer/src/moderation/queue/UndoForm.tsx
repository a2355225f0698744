import { zodResolver } from '@hookform/resolvers/zod';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { DeskError } from '../../../../shared/result';
import { FieldError, describedBy } from '../../app/field-parts';

export const UNDO_NOTE = 'Pressed the wrong key in the queue: this action is withdrawn.';

const undoSchema = z.object({
  note: z
    .string()
    .trim()
    .min(10, 'Say what was wrong and what is right, in at least 10 characters')
    .max(2000, 'A note has at most 2,000 characters'),
});

/**
 * Undo as the log allows it: a correction that voids the action and says why; the action stays
 * in the journal. The note is prefilled for the usual case and can be edited; Enter records it.
 */
export function UndoForm({
  actionWords,
  onRecord,
  onCancel,
}: {
  /** "Removed for Obscenity by Sam Ortiz on …": what is being withdrawn. */
  readonly actionWords: string;
  readonly onRecord: (note: string) => Promise<DeskError | undefined>;
  readonly onCancel: () => void;
}) {
  const [refusal, setRefusal] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(undoSchema), defaultValues: { note: UNDO_NOTE } });
  const noteError = errors.note?.message;

  useEffect(() => setFocus('note', { shouldSelect: false }), [setFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
    event.stopPropagation();
  };

  return (
    <form
      className="queue-undo"
      aria-label="Undo the last action"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) =>
        void handleSubmit(async ({ note }) => {
          setRefusal(undefined);
          setRefusal(await onRecord(note));
        })(event)
      }
    >
      <p>
        Withdraw: <strong>{actionWords}</strong>. It stays in the journal, with this correction
        pointing at it.
      </p>
      <div className="field">
        <label htmlFor="queue-undo-note">Correction note: why it is withdrawn</label>
        <input
          id="queue-undo-note"
          type="text"
          aria-invalid={noteError ? true : undefined}
          aria-describedby={describedBy('queue-undo-note', true, noteError)}
          {...register('note')}
        />
        <p id="queue-undo-note-hint" className="hint">
          Enter records the correction; Escape cancels.
        </p>
        <FieldError id="queue-undo-note" error={noteError} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Record correction
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {refusal ? (
        <div role="alert" className="error-message">
          <p>{refusal.message}</p>
        </div>
      ) : null}
    </form>
  );
}
