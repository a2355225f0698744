import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './FirstAdministratorForm';

/**
 * A new passphrase typed twice (the first administrator, a new person, a reset): the browser is
 * told it is a new one, so it never offers a saved passphrase.
 */
export function NewPassphraseFields({
  idPrefix,
  label,
  againLabel,
  passphrase,
  confirmation,
  errors,
}: {
  readonly idPrefix: string;
  readonly label: string;
  readonly againLabel: string;
  readonly passphrase: UseFormRegisterReturn;
  readonly confirmation: UseFormRegisterReturn;
  readonly errors: { readonly passphrase?: string; readonly confirmation?: string };
}) {
  return (
    <>
      <Field id={`${idPrefix}-passphrase`} label={label} error={errors.passphrase}>
        <input
          id={`${idPrefix}-passphrase`}
          type="password"
          autoComplete="new-password"
          {...passphrase}
        />
      </Field>
      <Field id={`${idPrefix}-confirmation`} label={againLabel} error={errors.confirmation}>
        <input
          id={`${idPrefix}-confirmation`}
          type="password"
          autoComplete="new-password"
          {...confirmation}
        />
      </Field>
    </>
  );
}
