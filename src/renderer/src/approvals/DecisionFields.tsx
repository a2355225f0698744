import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { scanUploadSchema } from '../../../shared/ipc/channels/workflow-channels';
import { DECISIONS, DECISION_LABELS } from '../../../shared/workflow/workflow';
import { readFileAsBase64 } from '../app/read-file';
import { SCAN_LIMIT_WORDS, scanProblem } from './decision-forms';
import { FieldError, describedBy } from '../app/field-parts';

export type ScanUpload = z.infer<typeof scanUploadSchema>;

/** Approve / Approve with changes / Request changes / Deny, as radio buttons. */
export function DecisionRadios({
  id,
  legend,
  field,
  error,
}: {
  readonly id: string;
  readonly legend: string;
  readonly field: UseFormRegisterReturn;
  readonly error: string | undefined;
}) {
  return (
    <fieldset
      className="field inbox-decisions"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {DECISIONS.map((decision) => (
        <div key={decision} className="inbox-radio">
          <input type="radio" id={`${id}-${decision}`} value={decision} {...field} />
          <label htmlFor={`${id}-${decision}`}>{DECISION_LABELS[decision]}</label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** A labelled text input, date or textarea with its hint and its error in words at the field. */
export function TextField({
  id,
  label,
  hint,
  error,
  field,
  type = 'text',
  rows,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error: string | undefined;
  readonly field: UseFormRegisterReturn;
  readonly type?: 'text' | 'date' | 'datetime-local' | 'url' | 'textarea';
  readonly rows?: number;
}) {
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint !== undefined, error),
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? (
        <textarea rows={rows ?? 3} {...common} {...field} />
      ) : (
        <input type={type} autoComplete="off" {...common} {...field} />
      )}
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/**
 * The scan of the signed paper: checked for type and size before it is read (the limit is said
 * before it bites), then read whole as base64 for the main process to copy and hash.
 */
export function ScanField({
  id,
  value,
  error,
  onChange,
  onProblem,
}: {
  readonly id: string;
  readonly value: ScanUpload | null;
  readonly error: string | undefined;
  readonly onChange: (scan: ScanUpload | null) => void;
  readonly onProblem: (problem: string | undefined) => void;
}) {
  const [reading, setReading] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>Scan of the signed paper</label>
      <input
        id={id}
        type="file"
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, true, error)}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          onChange(null);
          if (!file) return;
          const problem = scanProblem(file);
          onProblem(problem);
          if (problem) return;
          setReading(true);
          void readFileAsBase64(file)
            .then((base64) => {
              const mediaType = file.type as ScanUpload['mediaType']; // checked by scanProblem
              onChange({ name: file.name, mediaType, base64 });
            })
            .catch(() => onProblem(`“${file.name}” could not be read: choose it again.`))
            .finally(() => setReading(false));
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {SCAN_LIMIT_WORDS}.{' '}
        {reading ? 'Reading the scan…' : value ? `Attached: ${value.name}` : 'No scan attached.'}
      </p>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A result in words that takes the focus when it appears, so a screen reader hears it at once. */
export function ResultNote({
  children,
  className,
}: {
  readonly children: ReactNode;
  readonly className?: string;
}) {
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    note.current?.focus();
  }, []);
  return (
    <div ref={note} role="status" tabIndex={-1} className={className ?? 'inbox-result'}>
      {children}
    </div>
  );
}
