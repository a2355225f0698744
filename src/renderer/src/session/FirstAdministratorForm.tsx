import { zodResolver } from '@hookform/resolvers/zod';
import { cloneElement, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Profile } from '../../../shared/profiles/profile';
import { firstAdministratorRequestSchema } from '../../../shared/profiles/session';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { NewPassphraseFields } from './NewPassphraseFields';

const formSchema = firstAdministratorRequestSchema
  .extend({ confirmation: z.string() })
  .refine((form) => form.passphrase === form.confirmation, {
    path: ['confirmation'],
    message: 'The two passphrases differ',
  });
type FormValues = z.infer<typeof formSchema>;

/** The very first start: someone must become the administrator who adds everyone else. */
export function FirstAdministratorForm({
  onDone,
}: {
  readonly onDone: (profile: Profile) => void;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: '', passphrase: '', confirmation: '' },
  });
  const submit = handleSubmit(async ({ name, passphrase }) => {
    const result = await desk().session.createFirstAdministrator({ name, passphrase });
    if (result.ok) onDone(result.value);
    else setError(result.error);
  });

  return (
    <section aria-labelledby="first-admin-heading" className="gate">
      <h1 id="first-admin-heading">Create the first administrator</h1>
      <p className="hint">
        This data folder has no profiles yet. The first profile is the CAT administrator
        (III.B.3.a), who adds everyone else. Every record names the profile that made it.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field id="admin-name" label="Your name" error={errors.name?.message}>
          <input id="admin-name" type="text" autoComplete="name" {...register('name')} />
        </Field>
        <NewPassphraseFields
          idPrefix="admin"
          label="Passphrase (at least 10 characters)"
          againLabel="The same passphrase again"
          passphrase={register('passphrase')}
          confirmation={register('confirmation')}
          errors={{
            passphrase: errors.passphrase?.message,
            confirmation: errors.confirmation?.message,
          }}
        />
        <button type="submit" className="primary" disabled={isSubmitting}>
          Create administrator and sign in
        </button>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
    </section>
  );
}

export function Field({
  id,
  label,
  error,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly children: React.ReactElement<{ 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
