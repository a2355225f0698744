import { useCallback, useEffect, useState } from 'react';
import type { SettingsView } from '../../../shared/ipc/channels/people-channels';
import { type Profile, hasRole, isActive } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { DepartmentSection } from './DepartmentSection';
import { PeopleSection } from './PeopleSection';

/** The department's settings and the people: administrators change them, everyone reads them. */
export function PeopleScreen({ me }: { readonly me: Profile }) {
  const [view, setView] = useState<SettingsView>();
  const [people, setPeople] = useState<readonly Profile[]>();
  const [error, setError] = useState<DeskError>();

  const loadPeople = useCallback(async () => {
    const result = await desk().people.list({});
    if (result.ok) setPeople(result.value);
    else setError(result.error);
  }, []);

  useEffect(() => {
    void desk()
      .settings.get({})
      .then((result) => {
        if (result.ok) setView(result.value);
        else setError(result.error);
      });
    void desk()
      .people.list({})
      .then((result) => {
        if (result.ok) setPeople(result.value);
        else setError(result.error);
      });
  }, []);

  // The roles the store gives me now: an administrator who gave up the role reads from then on.
  const meNow = people?.find((person) => person.id === me.id) ?? me;
  const canEdit = hasRole(meNow, 'administrator') && isActive(meNow);

  return (
    <section aria-labelledby="people-screen-heading" className="people-screen">
      <h1 id="people-screen-heading">People and department</h1>
      {canEdit ? null : (
        <p className="hint">Only an administrator changes these. You can read them.</p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {view === undefined && !error ? <p role="status">Loading the department settings…</p> : null}
      {view ? <DepartmentSection view={view} canEdit={canEdit} onChange={setView} /> : null}
      {people === undefined && !error ? <p role="status">Loading people…</p> : null}
      {people ? (
        <PeopleSection people={people} me={meNow} canEdit={canEdit} onChange={loadPeople} />
      ) : null}
    </section>
  );
}
