import { NewPassphraseFields } from '../session/NewPassphraseFields';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError, Result } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { Field } from '../session/FirstAdministratorForm';
import {
  type DeactivateForm,
  type ResetPassphraseForm,
  ROLE_LABELS,
  ROLE_ORDER,
  type RolesForm,
  deactivateFormSchema,
  resetPassphraseFormSchema,
  rolesFormSchema,
  rolesInWords,
} from './people-forms';

/** One person's roles, passphrase and deactivation, for an administrator. */
export function PersonPanel({
  person,
  me,
  onDone,
  onClose,
}: {
  readonly person: Profile;
  readonly me: Profile;
  readonly onDone: (said: string) => Promise<void>;
  readonly onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the panel moves the focus to it, so the forms follow in reading order.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const you = person.id === me.id;

  return (
    <section id="people-manage" aria-labelledby="people-manage-heading" className="people-panel">
      <div className="screen-heading">
        <h3 id="people-manage-heading" ref={heading} tabIndex={-1}>
          {person.name}
          {you ? ' (you)' : ''}
        </h3>
        <button type="button" onClick={onClose}>
          Close {person.name}
        </button>
      </div>
      <RolesEditor key={person.roles.join(',')} person={person} onDone={onDone} />
      <ResetPassphrase person={person} onDone={onDone} />
      {person.deactivatedAt ? (
        <Reactivate person={person} onDone={onDone} />
      ) : (
        <Deactivate person={person} you={you} onDone={onDone} />
      )}
    </section>
  );
}

type Done = (said: string) => Promise<void>;

/** Runs a change; a refusal is kept for the form to show, in the main process's own words. */
async function change(
  run: () => Promise<Result<Profile>>,
  setError: (error: DeskError | undefined) => void,
  onDone: Done,
  said: (profile: Profile) => string,
): Promise<boolean> {
  setError(undefined);
  const result = await run();
  if (!result.ok) {
    setError(result.error);
    return false;
  }
  await onDone(said(result.value));
  return true;
}

function RolesEditor({ person, onDone }: { readonly person: Profile; readonly onDone: Done }) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RolesForm>({
    resolver: zodResolver(rolesFormSchema),
    defaultValues: { roles: [...person.roles] },
  });
  const submit = handleSubmit(({ roles }) =>
    change(
      () => desk().people.setRoles({ id: person.id, roles }),
      setError,
      onDone,
      (saved) => `${saved.name} now has the roles ${rolesInWords(saved.roles)}.`,
    ),
  );
  const errorId = 'person-roles-edit-error';
  return (
    <form noValidate className="people-form" onSubmit={(event) => void submit(event)}>
      <fieldset className="people-roles" aria-describedby={errors.roles ? errorId : undefined}>
        <legend>Roles of {person.name}</legend>
        {ROLE_ORDER.map((role) => (
          <label key={role} className="people-role">
            <input type="checkbox" value={role} {...register('roles')} /> {ROLE_LABELS[role]}
          </label>
        ))}
        {errors.roles ? (
          <p id={errorId} className="field-error">
            {errors.roles.message ?? errors.roles.root?.message}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="primary" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save roles'}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function ResetPassphrase({ person, onDone }: { readonly person: Profile; readonly onDone: Done }) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ResetPassphraseForm>({
    resolver: zodResolver(resetPassphraseFormSchema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const submit = handleSubmit(async ({ passphrase }) => {
    const done = await change(
      () => desk().people.resetPassphrase({ id: person.id, passphrase }),
      setError,
      onDone,
      (saved) =>
        `The passphrase of ${saved.name} was reset. Give it to them in person; the old one no longer works.`,
    );
    if (done) reset();
  });
  return (
    <form
      noValidate
      aria-labelledby="person-reset-heading"
      className="people-form"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id="person-reset-heading">Reset passphrase</h4>
      <NewPassphraseFields
        idPrefix="person-new"
        label={`New passphrase for ${person.name} (at least 10 characters)`}
        againLabel="The new passphrase again"
        passphrase={register('passphrase')}
        confirmation={register('confirmation')}
        errors={{
          passphrase: errors.passphrase?.message,
          confirmation: errors.confirmation?.message,
        }}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Resetting…' : 'Reset passphrase'}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function Deactivate({
  person,
  you,
  onDone,
}: {
  readonly person: Profile;
  readonly you: boolean;
  readonly onDone: Done;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<DeactivateForm>({
    resolver: zodResolver(deactivateFormSchema),
    defaultValues: { reason: '' },
  });
  const submit = handleSubmit(({ reason }) =>
    change(
      () => desk().people.deactivate({ id: person.id, reason }),
      setError,
      onDone,
      (saved) =>
        you
          ? 'Your profile was deactivated: you can no longer act in Social Desk. Sign out.'
          : `${saved.name} was deactivated and can no longer sign in. Their records keep their name.`,
    ),
  );
  return (
    <form
      noValidate
      aria-labelledby="person-deactivate-heading"
      className="people-form"
      onSubmit={(event) => void submit(event)}
    >
      <h4 id="person-deactivate-heading">Deactivate</h4>
      <p className="hint">
        {person.name} will no longer be able to sign in{you ? ', and neither will you' : ''}. The
        profile is kept: records name it.
      </p>
      <Field
        id="person-deactivate-reason"
        label="Reason for deactivating"
        error={errors.reason?.message}
      >
        <input id="person-deactivate-reason" type="text" {...register('reason')} />
      </Field>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Deactivating…' : `Deactivate ${person.name}`}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function Reactivate({ person, onDone }: { readonly person: Profile; readonly onDone: Done }) {
  const [error, setError] = useState<DeskError>();
  const [busy, setBusy] = useState(false);
  const reactivate = async () => {
    setBusy(true);
    await change(
      () => desk().people.reactivate({ id: person.id }),
      setError,
      onDone,
      (saved) => `${saved.name} was reactivated and can sign in again.`,
    );
    setBusy(false);
  };
  return (
    <div className="people-form" role="group" aria-labelledby="person-reactivate-heading">
      <h4 id="person-reactivate-heading">Reactivate</h4>
      <button type="button" disabled={busy} onClick={() => void reactivate()}>
        {busy ? 'Reactivating…' : `Reactivate ${person.name}`}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
