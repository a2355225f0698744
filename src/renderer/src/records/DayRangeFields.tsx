import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Page } from '../../../shared/pages/page';
import { FieldError, describedBy } from '../app/field-parts';

/** One day field of a range, with its hint and its error where it is. */
function DayField({
  id,
  label,
  hint,
  error,
  field,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  readonly error: string | undefined;
  readonly field: UseFormRegisterReturn;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error)}
        {...field}
      />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/**
 * From and To, whole local days, as the search, the export and the audit trail ask for them:
 * `<prefix>-from` and `<prefix>-to`, each with its hint and its error where it is.
 */
export function DayRangeFields({
  prefix,
  from,
  to,
  errors,
  hints,
}: {
  readonly prefix: string;
  readonly from: UseFormRegisterReturn;
  readonly to: UseFormRegisterReturn;
  readonly errors: { readonly from?: string | undefined; readonly to?: string | undefined };
  readonly hints: { readonly from?: string; readonly to?: string };
}) {
  return (
    <>
      <DayField
        id={`${prefix}-from`}
        label="From"
        hint={hints.from}
        error={errors.from}
        field={from}
      />
      <DayField id={`${prefix}-to`} label="To" hint={hints.to} error={errors.to} field={to} />
    </>
  );
}

/** The page a filter narrows to, "Every page" first. */
export function PageChoice({
  id,
  pages,
  field,
}: {
  readonly id: string;
  readonly pages: readonly Page[];
  readonly field: UseFormRegisterReturn;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Page</label>
      <select id={id} {...field}>
        <option value="">Every page</option>
        {pages.map((page) => (
          <option key={page.id} value={page.id}>
            {page.name} ({page.platform})
          </option>
        ))}
      </select>
    </div>
  );
}
