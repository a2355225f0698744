import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Page } from '../../../../shared/pages/page';
import type { LegalHold } from '../../../../shared/records/legal-hold';
import { RECORD_TYPES, RECORD_TYPE_WORDS } from '../../../../shared/records/record-types';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';
import { HOLD_DEFAULTS, type HoldForm, holdFormSchema, toHoldRequest } from './hold-form';

/**
 * Placing a legal hold: its name, the matter, and what it covers (each condition given narrows
 * it; none covers every record). Checked by the main process's own schema before it is sent.
 */
export function PlaceHoldForm({
  pages,
  onPlaced,
}: {
  readonly pages: readonly Page[];
  readonly onPlaced: (hold: LegalHold) => void;
}) {
  const [error, setError] = useState<DeskError | undefined>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<HoldForm>({ resolver: zodResolver(holdFormSchema), defaultValues: HOLD_DEFAULTS });

  const submit = handleSubmit(async (form) => {
    setError(undefined);
    const answer = await desk().records.placeHold(toHoldRequest(form));
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    reset(HOLD_DEFAULTS);
    onPlaced(answer.value);
  });

  const text = (field: 'name' | 'matter' | 'from' | 'to', label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`hold-${field}`}>{label}</label>
      <input
        id={`hold-${field}`}
        type={type}
        autoComplete="off"
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(`hold-${field}`, false, errors[field]?.message)}
        {...register(field)}
      />
      <FieldError id={`hold-${field}`} error={errors[field]?.message} />
    </div>
  );

  return (
    <form
      className="retention-form"
      aria-labelledby="place-hold-heading"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="place-hold-heading">Place a legal hold</h3>
      {text('name', 'Name of the hold')}
      {text('matter', 'Matter (case, claim or request)')}
      <fieldset>
        <legend>What it covers</legend>
        <p className="hint">Leave a condition empty to cover every record on it.</p>
        <div className="retention-dates">
          {text('from', 'Created from', 'date')}
          {text('to', 'Created up to', 'date')}
        </div>
        <div className="field">
          <label htmlFor="hold-pages">Pages</label>
          <select
            id="hold-pages"
            multiple
            size={Math.min(Math.max(pages.length, 2), 6)}
            aria-invalid={errors.pages ? true : undefined}
            aria-describedby={describedBy('hold-pages', true, errors.pages?.message)}
            {...register('pages')}
          >
            {pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.name} ({page.platform})
              </option>
            ))}
          </select>
          <p id="hold-pages-hint" className="hint">
            None chosen: every page. Hold Ctrl (Cmd on a Mac) or Shift to choose several.
          </p>
          <FieldError id="hold-pages" error={errors.pages?.message} />
        </div>
        <fieldset
          className="retention-types"
          aria-describedby={errors.types ? 'hold-types-error' : undefined}
        >
          <legend>Record types (none ticked: every type)</legend>
          {RECORD_TYPES.map((type) => (
            <label key={type} className="retention-choice">
              <input type="checkbox" value={type} {...register('types')} />{' '}
              {RECORD_TYPE_WORDS[type].many}
            </label>
          ))}
          <FieldError id="hold-types" error={errors.types?.message} />
        </fieldset>
        <div className="field">
          <label htmlFor="hold-words">Words, one per line</label>
          <textarea
            id="hold-words"
            rows={3}
            aria-invalid={errors.words ? true : undefined}
            aria-describedby={describedBy('hold-words', true, errors.words?.message)}
            {...register('words')}
          />
          <p id="hold-words-hint" className="hint">
            A record holding any line is covered; a line of several words needs all of them.
          </p>
          <FieldError id="hold-words" error={errors.words?.message} />
        </div>
      </fieldset>
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit" className="primary" disabled={isSubmitting}>
        {isSubmitting ? 'Placing…' : 'Place the hold'}
      </button>
    </form>
  );
}
