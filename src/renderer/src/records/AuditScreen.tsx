import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DeskApi } from '../../../shared/ipc/desk-api';
import type { Profile } from '../../../shared/profiles/profile';
import {
  AUDIT_KIND_WORDS,
  AUDIT_STORE_WORDS,
  type AuditEntry,
  type AuditFilter,
} from '../../../shared/records/audit-view';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { FieldError, describedBy } from '../app/field-parts';
import type { Go } from '../app/screens';
import { desk } from '../desk';
import {
  AUDIT_FORM_DEFAULTS,
  AUDIT_PAGE,
  type AuditForm,
  auditFormSchema,
  mayReadAudit,
  toAuditFilter,
} from './audit-form';
import { AuditTable } from './AuditTable';
import './audit.css';
import { DayRangeFields } from './DayRangeFields';

type Listed = Awaited<ReturnType<DeskApi['audit']['list']>>;

interface Shown {
  readonly filter: AuditFilter;
  readonly entries: readonly AuditEntry[];
  readonly total: number;
}

function usePeople(enabled: boolean): readonly Profile[] {
  const [people, setPeople] = useState<readonly Profile[]>([]);
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    void desk()
      .people.list({})
      .then((result) => {
        if (current && result.ok) setPeople(result.value);
      });
    return () => {
      current = false;
    };
  }, [enabled]);
  return people;
}

/**
 * The audit trail (SPEC section 6): every change with who, what, when and the hashes before and
 * after, newest first, narrowed by days, person, kind, store and words, and saved whole as CSV or
 * HTML. Only the records and administrator roles may read it; the main process enforces that.
 */
export function AuditScreen({ me }: { go: Go; me: Profile }) {
  const allowed = mayReadAudit(me);
  const people = usePeople(allowed);
  const [shown, setShown] = useState<Shown | undefined>();
  const [error, setError] = useState<DeskError | undefined>();
  const [loading, setLoading] = useState(allowed);
  const [saving, setSaving] = useState(false);
  const [saveStatus, setSaveStatus] = useState('');
  const [saveError, setSaveError] = useState<DeskError | undefined>();
  const latest = useRef(0);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<AuditForm>({
    resolver: zodResolver(auditFormSchema),
    defaultValues: AUDIT_FORM_DEFAULTS,
  });

  // An answer to an older request is dropped: the person has asked for something else since.
  const show = useCallback(
    (asked: number, filter: AuditFilter, before: readonly AuditEntry[], result: Listed) => {
      if (asked !== latest.current) return;
      setLoading(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setShown({
        filter,
        entries: [...before, ...result.value.entries],
        total: result.value.total,
      });
    },
    [],
  );
  const ask = (filter: AuditFilter, before: readonly AuditEntry[]) =>
    desk().audit.list({ ...filter, offset: before.length, limit: AUDIT_PAGE });
  const load = async (filter: AuditFilter, before: readonly AuditEntry[]) => {
    latest.current += 1;
    const asked = latest.current;
    setLoading(true);
    setError(undefined);
    show(asked, filter, before, await ask(filter, before));
  };

  useEffect(() => {
    if (!allowed) return;
    latest.current += 1;
    const asked = latest.current;
    void ask({}, []).then((result) => show(asked, {}, [], result));
  }, [allowed, show]);

  // The filter saved is the one shown, so the file holds what the person has been reading.
  const save = async (format: 'csv' | 'html') => {
    if (!shown) return;
    setSaving(true);
    setSaveError(undefined);
    setSaveStatus('');
    const result = await desk().audit.save({ ...shown.filter, format });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setSaveStatus(
      result.value.saved === null
        ? ''
        : `Every entry shown by this filter (${shown.total}) saved as ${format.toUpperCase()} to ${result.value.saved}`,
    );
  };

  if (!allowed) {
    return (
      <section aria-labelledby="audit-heading" className="audit-trail">
        <h1 id="audit-heading">Audit trail</h1>
        <p role="note" className="audit-refused">
          Reading the audit trail needs the records or administrator role; {me.name} has{' '}
          {me.roles.join(', ')}. Ask an administrator to add the role on the People screen, or ask
          the records custodian to look for you.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="audit-heading" className="audit-trail">
      <h1 id="audit-heading">Audit trail</h1>
      <p className="audit-purpose">
        Every change recorded in the journal, newest first: who made it, what it was, when, and for
        a change to a store the SHA-256 of the document before and after.
      </p>
      <form
        className="audit-form"
        aria-label="Filter the audit trail"
        noValidate
        onSubmit={(event) => void handleSubmit((form) => load(toAuditFilter(form), []))(event)}
      >
        <div className="audit-narrow">
          <DayRangeFields
            prefix="audit"
            from={register('from')}
            to={register('to')}
            errors={{ from: errors.from?.message, to: errors.to?.message }}
            hints={{ from: 'First day included, local time.', to: 'Last day included.' }}
          />
          <div className="field">
            <label htmlFor="audit-by">Who</label>
            <select id="audit-by" {...register('by')}>
              <option value="">Anyone</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
              <option value="social-desk">Social Desk itself</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-kind">Kind</label>
            <select id="audit-kind" {...register('kind')}>
              <option value="">Every kind</option>
              {Object.entries(AUDIT_KIND_WORDS).map(([kind, words]) => (
                <option key={kind} value={kind}>
                  {words}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-store">Store</label>
            <select id="audit-store" {...register('store')}>
              <option value="">Any store</option>
              {Object.entries(AUDIT_STORE_WORDS).map(([store, words]) => (
                <option key={store} value={store}>
                  {words}
                </option>
              ))}
            </select>
          </div>
          <div className="field audit-words">
            <label htmlFor="audit-words">Words in the description</label>
            <input
              id="audit-words"
              type="search"
              autoComplete="off"
              aria-invalid={errors.words ? true : undefined}
              aria-describedby={describedBy('audit-words', false, errors.words?.message)}
              {...register('words')}
            />
            <FieldError id="audit-words" error={errors.words?.message} />
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            Show entries
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      <p role="status" className="audit-count">
        {loading && !shown ? 'Reading the journal…' : shown ? countWords(shown) : ''}
      </p>
      {shown ? (
        <>
          <div className="actions audit-save">
            <button
              type="button"
              disabled={saving || shown.total === 0}
              onClick={() => void save('csv')}
            >
              Save as CSV
            </button>
            <button
              type="button"
              disabled={saving || shown.total === 0}
              onClick={() => void save('html')}
            >
              Save as HTML
            </button>
          </div>
          <p role="status" className="save-status">
            {saving ? 'Saving every entry of this filter…' : saveStatus}
          </p>
          {saveError ? <ErrorMessage error={saveError} /> : null}
          {shown.entries.length > 0 ? <AuditTable entries={shown.entries} /> : null}
          {shown.entries.length < shown.total ? (
            <div className="actions">
              <button
                type="button"
                disabled={loading}
                onClick={() => void load(shown.filter, shown.entries)}
              >
                Show {Math.min(AUDIT_PAGE, shown.total - shown.entries.length)} more
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function countWords(shown: Shown): string {
  if (shown.total === 0) return 'No entry matches this filter.';
  const all = shown.total === 1 ? '1 entry matches' : `${shown.total} entries match`;
  return shown.entries.length === shown.total
    ? `${all}; all are shown.`
    : `${all}; the newest ${shown.entries.length} are shown.`;
}
