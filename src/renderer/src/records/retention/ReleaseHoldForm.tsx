import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { LegalHold } from '../../../../shared/records/legal-hold';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';
import { type ReleaseForm, releaseFormSchema } from './forms';

/** Releasing one active hold: a records profile, always with a reason. */
export function ReleaseHoldForm({
  hold,
  onReleased,
  onCancel,
}: {
  readonly hold: LegalHold;
  readonly onReleased: (hold: LegalHold) => void;
  readonly onCancel: () => void;
}) {
  const [error, setError] = useState<DeskError | undefined>();
  const field = useRef<HTMLTextAreaElement | null>(null);
  const id = `release-${hold.hold}`;
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReleaseForm>({
    resolver: zodResolver(releaseFormSchema),
    defaultValues: { reason: '' },
  });
  useEffect(() => field.current?.focus(), []);
  const { ref, ...reason } = register('reason');

  const submit = handleSubmit(async (form) => {
    setError(undefined);
    const answer = await desk().records.releaseHold({ hold: hold.hold, reason: form.reason });
    if (answer.ok) onReleased(answer.value);
    else setError(answer.error);
  });

  return (
    <form
      className="retention-form retention-release"
      aria-label={`Release the hold ${hold.name}`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why the hold “{hold.name}” is released</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy(`${id}-reason`, false, errors.reason?.message)}
          ref={(element) => {
            ref(element);
            field.current = element;
          }}
          {...reason}
        />
        <FieldError id={`${id}-reason`} error={errors.reason?.message} />
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="retention-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Releasing…' : 'Release the hold'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
