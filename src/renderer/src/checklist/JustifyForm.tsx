import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { type Draft, JUSTIFICATION_REASON_MAX } from '../../../shared/drafts/draft';
import { CONTRACT } from '../../../shared/ipc/contract';
import type { FindingKind } from '../../../shared/policy/finding';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';

// The very rule the main process applies to the reason, so the form refuses what it would refuse,
// in the same words, before anything is sent.
const reasonSchema = CONTRACT['drafts:justify'].request.shape.reason;
export const justifyFormSchema = z.object({ reason: reasonSchema });
type JustifyValues = z.input<typeof justifyFormSchema>;

// The limits said before they bite are the contract's own, read from its schema.
const REASON_MIN = reasonSchema.minLength ?? 1;
const REASON_MAX = reasonSchema.maxLength ?? JUSTIFICATION_REASON_MAX;
const MAX_WORDS = REASON_MAX.toLocaleString('en-US');

/** "At least 10 characters, at most 2,000." */
export const REASON_LIMITS = `At least ${REASON_MIN} characters, at most ${MAX_WORDS}.`;

/**
 * What a key does in the form: Escape closes it; Ctrl+Enter (Cmd+Enter) records it, unless a
 * recording is already on its way ('wait': a second press would record the same reason twice).
 */
export function justifyKeyAction(
  key: { readonly key: string; readonly ctrlKey: boolean; readonly metaKey: boolean },
  submitting: boolean,
): 'close' | 'submit' | 'wait' | undefined {
  if (key.key === 'Escape') return 'close';
  if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) return submitting ? 'wait' : 'submit';
  return undefined;
}

/** Why a flagged finding is acceptable, recorded with the person's name. */
export function JustifyForm({
  formId,
  draftId,
  kind,
  text,
  quoted,
  onRecorded,
  onClose,
}: {
  /** Unique in the panel: the textarea, its hint and its error are named from it. */
  readonly formId: string;
  readonly draftId: string;
  readonly kind: FindingKind;
  readonly text: string;
  /** The flagged words as the panel shows them (a long finding's start). */
  readonly quoted: string;
  readonly onRecorded: (draft: Draft) => void;
  /** Escape or Cancel: the panel closes the form and puts focus back on "Justify…". */
  readonly onClose: () => void;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    control,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<JustifyValues>({
    resolver: zodResolver(justifyFormSchema),
    defaultValues: { reason: '' },
  });
  const reason = useWatch({ control, name: 'reason' });
  useEffect(() => {
    setFocus('reason');
  }, [setFocus]);

  const submit = handleSubmit(async ({ reason: why }) => {
    setError(undefined);
    const result = await desk().drafts.justify({ id: draftId, kind, text, reason: why });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onRecorded(result.value);
  });

  const fieldId = `${formId}-reason`;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const length = reason.trim().length;
  const message = errors.reason?.message;
  return (
    <form
      className="justify-form checklist-justify-form"
      noValidate
      aria-label={`Justify “${quoted}”`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        const action = justifyKeyAction(event, isSubmitting);
        if (action === undefined) return;
        event.preventDefault();
        if (action === 'close') {
          event.stopPropagation();
          onClose();
        } else if (action === 'submit') {
          void submit();
        }
      }}
    >
      <label htmlFor={fieldId}>Why “{quoted}” is acceptable (recorded with your name)</label>
      <p id={hintId} className="hint checklist-justify-hint">
        {REASON_LIMITS}{' '}
        <span className={length > REASON_MAX ? 'checklist-count-over' : undefined}>
          {length.toLocaleString('en-US')} of {MAX_WORDS} characters
        </span>
        . Ctrl+Enter records it, Escape closes.
      </p>
      <textarea
        id={fieldId}
        rows={3}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${errorId} ${hintId}` : hintId}
        {...register('reason')}
      />
      {message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null}
      <div className="finding-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Record justification
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
