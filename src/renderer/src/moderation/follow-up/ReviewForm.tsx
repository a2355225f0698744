import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CommentSummary } from '../../../../shared/moderation/comment-view';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';

const reviewFormSchema = z.object({
  note: z.string().trim().max(2000, 'A note has at most 2,000 characters'),
});

/** A second reviewer's verdict on a removal: agree, or disagree (then the comment is restored). */
export function ReviewForm({
  comment,
  action,
  onChanged,
}: {
  readonly comment: CommentSummary;
  readonly action: number;
  readonly onChanged: (comment: CommentSummary) => void;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(reviewFormSchema), defaultValues: { note: '' } });
  const id = `follow-up-review-${comment.seq}`;
  const noteError = errors.note?.message;

  const send = (verdict: 'agree' | 'disagree') =>
    handleSubmit(async ({ note }) => {
      setError(undefined);
      const result = await desk().comments.review({
        action,
        verdict,
        ...(note === '' ? {} : { note }),
      });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      onChanged(result.value);
    });

  return (
    <form
      className="follow-up-form"
      aria-label="Second review of the removal"
      noValidate
      onSubmit={(event) => void send('agree')(event)}
    >
      <div className="field">
        <label htmlFor={`${id}-note`}>Note on your review (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={describedBy(`${id}-note`, true, noteError)}
          {...register('note')}
        />
        <p id={`${id}-note-hint`} className="hint">
          Judge only whether the comment falls under the category the page published, never the
          views it expresses (III.B.3.d.1).
        </p>
        <FieldError id={`${id}-note`} error={noteError} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Agree with the removal
        </button>
        <button
          type="button"
          disabled={isSubmitting}
          onClick={(event) => void send('disagree')(event)}
        >
          Disagree
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
