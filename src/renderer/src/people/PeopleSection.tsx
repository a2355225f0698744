import { NewPassphraseFields } from '../session/NewPassphraseFields';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import { desk } from '../desk';
import { Field } from '../session/FirstAdministratorForm';
import { PeopleNote } from './PeopleNote';
import { PersonPanel } from './PersonPanel';
import {
  type AddPersonForm,
  ROLE_LABELS,
  ROLE_ORDER,
  addPersonFormSchema,
  rolesInWords,
} from './people-forms';

export type NameOf = (id: string) => string;

/** Who has a profile, and (for an administrator) adding people and changing what each may do. */
export function PeopleSection({
  people,
  me,
  canEdit,
  onChange,
}: {
  readonly people: readonly Profile[];
  readonly me: Profile;
  readonly canEdit: boolean;
  /** Reloads the list after a change; the changed profile is given back. */
  readonly onChange: () => Promise<void>;
}) {
  const [managing, setManaging] = useState<string>();
  const [note, setNote] = useState<{ readonly text: string; readonly n: number }>();
  const manageButtons = useRef(new Map<string, HTMLButtonElement>());
  const nameOf: NameOf = (id) =>
    people.find((person) => person.id === id)?.name ??
    (id === 'first-start' ? 'the first start' : `profile ${id.slice(0, 8)}`);
  const said = (text: string) => setNote((last) => ({ text, n: (last?.n ?? 0) + 1 }));
  const person = people.find((candidate) => candidate.id === managing);

  return (
    <section aria-labelledby="people-heading" className="people-section">
      <h2 id="people-heading">People</h2>
      <p className="hint">
        Profiles are never deleted: records name the people who made them. A deactivated profile
        cannot sign in.
      </p>
      <table className="people-table">
        <caption className="visually-hidden">Everyone with a profile</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            {canEdit ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {people.map((profile) => (
            <tr key={profile.id} className={profile.deactivatedAt ? 'people-deactivated' : ''}>
              <th scope="row">
                {profile.name}
                {profile.id === me.id ? ' (you)' : ''}
              </th>
              <td>{rolesInWords(profile.roles)}</td>
              <td>
                <PersonStatus profile={profile} nameOf={nameOf} />
              </td>
              {canEdit ? (
                <td>
                  <button
                    type="button"
                    ref={(button) => {
                      if (button) manageButtons.current.set(profile.id, button);
                      else manageButtons.current.delete(profile.id);
                    }}
                    aria-expanded={managing === profile.id}
                    aria-controls={managing === profile.id ? 'people-manage' : undefined}
                    onClick={() => {
                      setNote(undefined);
                      setManaging(managing === profile.id ? undefined : profile.id);
                    }}
                  >
                    Manage {profile.name}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <PeopleNote key={note.n}>{note.text}</PeopleNote> : null}
      {canEdit && person ? (
        <PersonPanel
          key={person.id}
          person={person}
          me={me}
          onDone={async (text) => {
            await onChange();
            said(text);
          }}
          onClose={() => {
            setManaging(undefined);
            manageButtons.current.get(person.id)?.focus();
          }}
        />
      ) : null}
      {canEdit ? (
        <AddPerson
          onAdded={async (added) => {
            await onChange();
            said(`${added.name} was added with the roles ${rolesInWords(added.roles)}.`);
          }}
        />
      ) : null}
    </section>
  );
}

function PersonStatus({ profile, nameOf }: { readonly profile: Profile; readonly nameOf: NameOf }) {
  if (!profile.deactivatedAt) return <>Active</>;
  const by = profile.deactivatedBy ? ` by ${nameOf(profile.deactivatedBy)}` : '';
  const why = profile.deactivationReason ? `: ${profile.deactivationReason}` : '';
  return (
    <>
      Deactivated on {formatTime(profile.deactivatedAt)}
      {by}
      {why}
    </>
  );
}

function AddPerson({ onAdded }: { readonly onAdded: (added: Profile) => Promise<void> }) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddPersonForm>({
    resolver: zodResolver(addPersonFormSchema),
    defaultValues: { name: '', roles: [], passphrase: '', confirmation: '' },
  });
  const submit = handleSubmit(async ({ name, roles, passphrase }) => {
    setError(undefined);
    const result = await desk().people.add({ name, roles, passphrase });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    reset();
    await onAdded(result.value);
  });

  return (
    <form
      noValidate
      aria-labelledby="people-add-heading"
      className="people-form people-add"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="people-add-heading">Add a person</h3>
      <Field id="person-name" label="Name" error={errors.name?.message}>
        <input id="person-name" type="text" autoComplete="off" {...register('name')} />
      </Field>
      <fieldset
        className="people-roles"
        aria-describedby={errors.roles ? 'person-roles-error' : undefined}
      >
        <legend>Roles</legend>
        {ROLE_ORDER.map((role) => (
          <label key={role} className="people-role">
            <input type="checkbox" value={role} {...register('roles')} /> {ROLE_LABELS[role]}
          </label>
        ))}
        {errors.roles ? (
          <p id="person-roles-error" className="field-error">
            {errors.roles.message ?? errors.roles.root?.message}
          </p>
        ) : null}
      </fieldset>
      <NewPassphraseFields
        idPrefix="person"
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
        {isSubmitting ? 'Adding…' : 'Add person'}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
