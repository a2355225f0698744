import { zodResolver } from '@hookform/resolvers/zod';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { removalReasonSchema } from '../../../../shared/moderation/events';
import { REMOVAL_CATEGORY_LABELS } from '../../../../shared/pages/intro-categories';
import type { DeskError } from '../../../../shared/result';
import { FieldError, describedBy } from '../../app/field-parts';
import { readFileAsBase64 } from '../../app/read-file';
import { isTyping } from '../../drafts/ShortcutsDialog';

type Reason = z.infer<typeof removalReasonSchema>;

export interface RemovalChoice {
  readonly reason: Reason;
  readonly note?: string;
  readonly screenshot?: {
    readonly name: string;
    readonly mediaType: 'image/png' | 'image/jpeg';
    readonly base64: string;
  };
}

const pickerSchema = z.object({
  reason: removalReasonSchema.or(z.literal('')).refine((value) => value !== '', {
    message: 'Choose the category the comment falls under (1, 2 or 3)',
  }),
  note: z.string().trim().max(2000, 'A note has at most 2,000 characters'),
  screenshot: z.custom<FileList | undefined>().refine(
    (files) => {
      const file = files?.[0];
      return file === undefined || file.type === 'image/png' || file.type === 'image/jpeg';
    },
    { message: 'A screenshot is a PNG or JPEG image: choose another file, or none' },
  ),
});

export const HIDE_WARNING =
  'On most platforms a hidden comment stays visible to its author and their friends; removing deletes it for everyone.';

/**
 * The reason for a hide or removal, chosen from the categories the page's intro statement in
 * force at the comment's time published, and only those (III.B.3.d.1); the main process judges
 * the choice again. Keys 1–3 choose, Enter records, Escape cancels.
 */
export function ReasonPicker({
  action,
  categories,
  version,
  suggested,
  onRecord,
  onCancel,
}: {
  readonly action: 'hide' | 'remove';
  readonly categories: readonly Reason[];
  readonly version: number;
  readonly suggested: ReadonlySet<Reason>;
  /** Sends the action; answers the refusal, if any, which is shown here. */
  readonly onRecord: (choice: RemovalChoice) => Promise<DeskError | undefined>;
  readonly onCancel: () => void;
}) {
  const [refusal, setRefusal] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(pickerSchema),
    defaultValues: { reason: '', note: '', screenshot: undefined },
  });
  const id = `queue-picker-${action}`;
  const verb = action === 'hide' ? 'hiding' : 'removal';

  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The picker opens from a key: the first reason is where the next key (1, 2, 3) lands.
    form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, []);

  const record = handleSubmit(async (values) => {
    setRefusal(undefined);
    const file = values.screenshot?.[0];
    let screenshot: RemovalChoice['screenshot'];
    if (file) {
      try {
        screenshot = {
          name: file.name,
          mediaType: file.type === 'image/png' ? 'image/png' : 'image/jpeg',
          base64: await readFileAsBase64(file),
        };
      } catch (error) {
        setRefusal({
          code: 'invalid-request',
          message: `The screenshot ${file.name} could not be read (${String(error)}). Choose it again, or record without one.`,
        });
        return;
      }
    }
    const note = values.note.trim();
    const answer = await onRecord({
      reason: values.reason,
      ...(note === '' ? {} : { note }),
      ...(screenshot ? { screenshot } : {}),
    });
    // Focus stays where it was: the person reads the refusal and chooses again.
    setRefusal(answer);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    const typing = isTyping(event.target);
    const number = Number(event.key);
    if (!typing && Number.isInteger(number) && number >= 1 && number <= categories.length) {
      event.preventDefault();
      const reason = categories[number - 1];
      if (reason) {
        setValue('reason', reason, { shouldValidate: true });
        form.current?.querySelector<HTMLInputElement>(`input[value="${reason}"]`)?.focus();
      }
      return;
    }
    if (
      event.key === 'Enter' &&
      !(event.target instanceof HTMLTextAreaElement) &&
      !(event.target instanceof HTMLButtonElement)
    ) {
      event.preventDefault();
      void record();
    }
    // Queue keys (j, k, e, ...) must not act on the list while the picker is open.
    event.stopPropagation();
  };

  return (
    <form
      ref={form}
      className="queue-picker"
      aria-label={action === 'hide' ? 'Hide the comment' : 'Remove the comment'}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => void record(event)}
    >
      <fieldset aria-describedby={describedBy(`${id}-reason`, true, errors.reason?.message)}>
        <legend>Reason for removal</legend>
        <div role="radiogroup" aria-label="Reason for removal">
          {categories.map((reason, index) => (
            <label key={reason} className="queue-reason">
              <input type="radio" value={reason} {...register('reason')} />
              <kbd aria-hidden="true">{index + 1}</kbd> {REMOVAL_CATEGORY_LABELS[reason]}
              {suggested.has(reason) ? <span className="queue-suggested"> (suggested)</span> : null}
            </label>
          ))}
        </div>
        <p id={`${id}-reason-hint`} className="hint">
          Only the categories the page’s intro statement (version {version}) published when the
          comment was posted. Judge what the comment does, never the view it states (III.B.3.d.1).
        </p>
        <FieldError id={`${id}-reason`} error={errors.reason?.message} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(`${id}-note`, false, errors.note?.message)}
          {...register('note')}
        />
        <FieldError id={`${id}-note`} error={errors.note?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-screenshot`}>
          Screenshot of the comment (optional, PNG or JPEG)
        </label>
        <input
          id={`${id}-screenshot`}
          type="file"
          accept="image/png,image/jpeg"
          aria-invalid={errors.screenshot ? true : undefined}
          aria-describedby={describedBy(`${id}-screenshot`, false, errors.screenshot?.message)}
          {...register('screenshot')}
        />
        <FieldError id={`${id}-screenshot`} error={errors.screenshot?.message} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {action === 'hide' ? 'Record hiding' : 'Record removal'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {isSubmitting ? <p role="status">Recording the {verb}…</p> : null}
      {refusal ? (
        <div role="alert" className="error-message">
          <p>{refusal.message}</p>
        </div>
      ) : null}
    </form>
  );
}
