import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Profile } from '../../../shared/profiles/profile';
import { signInRequestSchema } from '../../../shared/profiles/session';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { Field } from './FirstAdministratorForm';

type FormValues = z.infer<typeof signInRequestSchema>;

export function SignInForm({
  profileNames,
  onDone,
}: {
  readonly profileNames: readonly string[];
  readonly onDone: (profile: Profile) => void;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(signInRequestSchema),
    defaultValues: { name: profileNames[0] ?? '', passphrase: '' },
  });
  const submit = handleSubmit(async (request) => {
    setError(undefined);
    const result = await desk().session.signIn(request);
    if (result.ok) {
      onDone(result.value);
      return;
    }
    resetField('passphrase');
    setError(result.error);
  });

  return (
    <section aria-labelledby="sign-in-heading" className="gate">
      <h1 id="sign-in-heading">Sign in</h1>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Field id="sign-in-name" label="Profile" error={errors.name?.message}>
          <select id="sign-in-name" {...register('name')}>
            {profileNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="sign-in-passphrase" label="Passphrase" error={errors.passphrase?.message}>
          <input
            id="sign-in-passphrase"
            type="password"
            autoComplete="current-password"
            {...register('passphrase')}
          />
        </Field>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Checking…' : 'Sign in'}
        </button>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
    </section>
  );
}
