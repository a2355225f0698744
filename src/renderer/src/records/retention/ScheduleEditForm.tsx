import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { RECORD_TYPE_WORDS, triggersOf } from '../../../../shared/records/record-types';
import type { ScheduleView } from '../../../../shared/records/retention-view';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';
import {
  type ScheduleForm,
  scheduleDefaults,
  scheduleFormSchema,
  toSchedule,
} from './schedule-form';

/** Setting one type's schedule: the period or permanent, the trigger it can meet, the item cited. */
export function ScheduleEditForm({
  row,
  onSaved,
  onCancel,
}: {
  readonly row: ScheduleView;
  readonly onSaved: (view: ScheduleView) => void;
  readonly onCancel: () => void;
}) {
  const words = RECORD_TYPE_WORDS[row.type];
  const [error, setError] = useState<DeskError | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ScheduleForm>({
    resolver: zodResolver(scheduleFormSchema),
    defaultValues: scheduleDefaults(row.type, row.schedule),
  });
  useEffect(() => heading.current?.focus(), []);
  const permanent = useWatch({ control, name: 'kept' }) === 'permanent';
  const id = (field: string) => `schedule-${row.type}-${field}`;

  const submit = handleSubmit(async (form) => {
    setError(undefined);
    const answer = await desk().records.setSchedule(toSchedule(form));
    if (answer.ok) onSaved(answer.value);
    else setError(answer.error);
  });

  const count = (field: 'years' | 'months' | 'days', label: string) => (
    <div className="field retention-count">
      <label htmlFor={id(field)}>{label}</label>
      <input
        id={id(field)}
        inputMode="numeric"
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(id(field), false, errors[field]?.message)}
        {...register(field)}
      />
      <FieldError id={id(field)} error={errors[field]?.message} />
    </div>
  );

  return (
    <form
      className="retention-form"
      aria-labelledby={id('heading')}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={id('heading')} tabIndex={-1} ref={heading}>
        Schedule for {words.many.toLowerCase()}
      </h3>
      <fieldset>
        <legend>How long they are kept</legend>
        <label className="retention-choice">
          <input type="radio" value="period" {...register('kept')} /> For a period
        </label>
        {permanent ? null : (
          <div className="retention-period">
            {count('years', 'Years')}
            {count('months', 'Months')}
            {count('days', 'Days')}
          </div>
        )}
        <label className="retention-choice">
          <input type="radio" value="permanent" {...register('kept')} /> Permanently (never disposed
          of)
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={id('trigger')}>Kept from when</label>
        <select
          id={id('trigger')}
          aria-invalid={errors.trigger ? true : undefined}
          aria-describedby={describedBy(id('trigger'), false, errors.trigger?.message)}
          {...register('trigger')}
        >
          {triggersOf(row.type).map((trigger) => (
            <option key={trigger} value={trigger}>
              {trigger}: {words.triggers[trigger]}
            </option>
          ))}
        </select>
        <FieldError id={id('trigger')} error={errors.trigger?.message} />
      </div>
      <div className="field">
        <label htmlFor={id('authority')}>Schedule item it follows</label>
        <input
          id={id('authority')}
          autoComplete="off"
          aria-invalid={errors.authority ? true : undefined}
          aria-describedby={describedBy(id('authority'), true, errors.authority?.message)}
          {...register('authority')}
        />
        <p id={`${id('authority')}-hint`} className="hint">
          As the records custodian cites it, for example GS1 item 12.
        </p>
        <FieldError id={id('authority')} error={errors.authority?.message} />
      </div>
      <div className="field">
        <label htmlFor={id('note')}>Note (optional)</label>
        <textarea
          id={id('note')}
          rows={2}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(id('note'), false, errors.note?.message)}
          {...register('note')}
        />
        <FieldError id={id('note')} error={errors.note?.message} />
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="retention-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save schedule'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
