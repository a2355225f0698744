import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DisposeOutcome, RetentionOverview } from '../../../../shared/records/retention-view';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';
import { disposeAllWords, disposeTickedWords, outcomeWords } from './dispose-words';
import type { DueRow } from './DueTable';
import { type DisposeForm as Form, disposeFormSchema } from './forms';

/**
 * Disposition by a records profile: a reason, everything due and not held or the ticked records,
 * then a confirmation saying exactly what will happen, since it cannot be undone. The outcome,
 * or the main process's refusal in its own words, is said where the form is.
 */
export function DisposeForm({
  overview,
  ticked,
  onDisposed,
}: {
  readonly overview: RetentionOverview;
  readonly ticked: readonly DueRow[];
  readonly onDisposed: (outcome: DisposeOutcome) => void;
}) {
  const [confirming, setConfirming] = useState<Form | undefined>();
  const [outcome, setOutcome] = useState<DisposeOutcome | undefined>();
  const [error, setError] = useState<DeskError | undefined>();
  const [busy, setBusy] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    setFocus,
    formState: { errors },
  } = useForm<Form>({
    resolver: zodResolver(disposeFormSchema),
    defaultValues: { reason: '', which: 'all' },
  });
  const [reviewed, setReviewed] = useState(false);
  useEffect(() => {
    // Into the confirmation when it opens; back to the reason when it closes, not lost on the page.
    if (confirming) confirmHeading.current?.focus();
    else if (reviewed) setFocus('reason');
  }, [confirming, reviewed, setFocus]);

  const review = handleSubmit((form) => {
    setError(undefined);
    setOutcome(undefined);
    if (form.which === 'ticked' && ticked.length === 0) {
      setFieldError('which', {
        message: 'Tick the records to dispose of in the list above, or choose everything due.',
      });
      return;
    }
    setReviewed(true);
    setConfirming(form);
  });

  const dispose = async (form: Form) => {
    setBusy(true);
    const answer = await desk().records.dispose({
      reason: form.reason,
      ...(form.which === 'ticked'
        ? { records: ticked.map((row) => ({ type: row.type, id: row.id })) }
        : {}),
    });
    setBusy(false);
    setConfirming(undefined);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setOutcome(answer.value);
    onDisposed(answer.value);
  };

  return (
    <div className="retention-form retention-dispose">
      <h3 id="dispose-heading">Dispose of records</h3>
      {confirming ? (
        <div role="group" aria-labelledby="dispose-confirm-heading">
          <h4 id="dispose-confirm-heading" tabIndex={-1} ref={confirmHeading}>
            Confirm the disposition
          </h4>
          <p className="retention-confirm">
            {confirming.which === 'all' ? disposeAllWords(overview) : disposeTickedWords(ticked)}{' '}
            This cannot be undone; each schedule item’s records are named in a chained disposition
            event with the reason “{confirming.reason.trim()}”.
          </p>
          <div className="retention-actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void dispose(confirming)}
            >
              {busy ? 'Disposing…' : 'Dispose of them for good'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(undefined)}>
              Go back
            </button>
          </div>
        </div>
      ) : (
        <form aria-labelledby="dispose-heading" noValidate onSubmit={(event) => void review(event)}>
          <div className="field">
            <label htmlFor="dispose-reason">Reason</label>
            <textarea
              id="dispose-reason"
              rows={2}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={describedBy('dispose-reason', true, errors.reason?.message)}
              {...register('reason')}
            />
            <p id="dispose-reason-hint" className="hint">
              Recorded in the disposition event, for example “Retention period ended under GS1 item
              41”.
            </p>
            <FieldError id="dispose-reason" error={errors.reason?.message} />
          </div>
          <fieldset aria-describedby={errors.which ? 'dispose-which-error' : undefined}>
            <legend>What to dispose of</legend>
            <label className="retention-choice">
              <input type="radio" value="all" {...register('which')} /> Everything due and not under
              a legal hold
            </label>
            <label className="retention-choice">
              <input type="radio" value="ticked" {...register('which')} /> Only the records ticked
              in the list ({ticked.length} ticked)
            </label>
            <FieldError id="dispose-which" error={errors.which?.message} />
          </fieldset>
          <button type="submit" className="primary">
            Review the disposition
          </button>
        </form>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <div role="status" className="retention-outcome">
        {outcome ? outcomeWords(outcome) : null}
      </div>
    </div>
  );
}
