import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import {
  CONTACT_LINES_MAX,
  type DepartmentSettings,
  PLACE_NAMES_MAX,
} from '../../../shared/department/settings';
import type { SettingsView } from '../../../shared/ipc/channels/people-channels';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { Field } from '../session/FirstAdministratorForm';
import { PeopleNote } from './PeopleNote';
import {
  type DepartmentFormValues,
  departmentFormSchema,
  departmentFormValues,
  importedInWords,
  placeNamesInWords,
} from './department-form';

/**
 * The department's name, website and contact lines: the scanners never flag these as personal
 * data. An administrator edits them; everyone else reads them.
 */
export function DepartmentSection({
  view,
  canEdit,
  onChange,
}: {
  readonly view: SettingsView;
  readonly canEdit: boolean;
  readonly onChange: (view: SettingsView) => void;
}) {
  return (
    <section aria-labelledby="people-department-heading" className="people-section">
      <h2 id="people-department-heading">Department</h2>
      <p className="hint">
        The department’s own name, website and contact lines. The checklist never flags them as
        personal data, and every intro statement must carry a contact line (III.B.3.b). Its street
        and place names are never flagged as obscene.
      </p>
      {view.departmentFileProblem ? (
        <div className="people-file-problem">
          <h3>department.json cannot be imported</h3>
          <p>{view.departmentFileProblem}</p>
        </div>
      ) : null}
      {canEdit ? (
        <DepartmentForm view={view} onChange={onChange} />
      ) : (
        <DepartmentReadOnly settings={view.settings ?? view.departmentFile?.settings ?? null} />
      )}
    </section>
  );
}

function DepartmentReadOnly({ settings }: { readonly settings: DepartmentSettings | null }) {
  if (!settings) {
    return <p className="empty">The department’s settings are not set up yet.</p>;
  }
  return <SettingsList settings={settings} />;
}

function SettingsList({ settings }: { readonly settings: DepartmentSettings }) {
  return (
    <dl className="people-settings">
      <dt>Name</dt>
      <dd>{settings.name}</dd>
      <dt>Website</dt>
      <dd>{settings.website}</dd>
      <dt>Contact lines</dt>
      <dd>
        {settings.contactLines.length === 0 ? (
          'None'
        ) : (
          <ul>
            {settings.contactLines.map((line) => (
              <li key={`${line.label}:${line.value}`}>
                {line.label}: {line.value}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Street and place names</dt>
      <dd>
        {settings.placeNames?.length ? (
          <details>
            <summary>{placeNamesInWords(settings.placeNames.length)}</summary>
            <ul>
              {settings.placeNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </details>
        ) : (
          'None'
        )}
      </dd>
    </dl>
  );
}

function DepartmentForm({
  view,
  onChange,
}: {
  readonly view: SettingsView;
  readonly onChange: (view: SettingsView) => void;
}) {
  const [error, setError] = useState<DeskError>();
  const [note, setNote] = useState<{ readonly text: string; readonly n: number }>();
  const [importing, setImporting] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<DepartmentFormValues, unknown, DepartmentSettings>({
    resolver: zodResolver(departmentFormSchema),
    defaultValues: departmentFormValues(view.settings),
  });
  const lines = useFieldArray({ control, name: 'contactLines' });
  const said = (text: string) => setNote((last) => ({ text, n: (last?.n ?? 0) + 1 }));

  const submit = handleSubmit(async (settings) => {
    setError(undefined);
    setNote(undefined);
    const result = await desk().settings.save(settings);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    reset(departmentFormValues(result.value.settings));
    onChange(result.value);
    said('Department settings saved. The checklist uses them from now on.');
  });

  const importPlaceNames = async () => {
    setError(undefined);
    setNote(undefined);
    setImporting(true);
    // The file is chosen in the app's own dialog, opened by the main process.
    const result = await desk().settings.importPlaceNames({});
    setImporting(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (result.value === null) return;
    reset(departmentFormValues(result.value.view.settings));
    onChange(result.value.view);
    said(importedInWords(result.value));
  };

  const importFile = async () => {
    setError(undefined);
    setNote(undefined);
    setImporting(true);
    const result = await desk().settings.importDepartmentFile({});
    setImporting(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    reset(departmentFormValues(result.value.settings));
    onChange(result.value);
    said('department.json was imported into the department settings. The file was left in place.');
  };

  const offer = view.departmentFile;
  return (
    <>
      {offer ? (
        <div className="people-import" role="group" aria-labelledby="people-import-heading">
          <h3 id="people-import-heading">department.json found</h3>
          <p>
            {view.settings
              ? 'A department.json in the data folder differs from the saved settings. Importing it replaces them with what it holds:'
              : 'No department settings are saved yet, so the checklist reads department.json from the data folder. Import it to edit it here. It holds:'}
          </p>
          <p className="hint">{offer.file}</p>
          <SettingsList settings={offer.settings} />
          <button
            type="button"
            onClick={() => void importFile()}
            disabled={importing || isSubmitting}
          >
            {importing ? 'Importing…' : 'Import department.json'}
          </button>
        </div>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="people-form">
        <Field id="department-name" label="Department name" error={errors.name?.message}>
          <input id="department-name" type="text" {...register('name')} />
        </Field>
        <Field id="department-website" label="Website" error={errors.website?.message}>
          <input id="department-website" type="url" {...register('website')} />
        </Field>
        <fieldset className="people-lines">
          <legend>Contact lines</legend>
          {lines.fields.length === 0 ? <p className="empty">No contact lines yet.</p> : null}
          {errors.contactLines?.message ? (
            <p className="field-error">{errors.contactLines.message}</p>
          ) : null}
          <ol>
            {lines.fields.map((line, index) => {
              const n = index + 1;
              const lineErrors = errors.contactLines?.[index];
              return (
                <li key={line.id} className="people-line">
                  <Field
                    id={`contact-line-${n}-label`}
                    label={`Label of line ${n}`}
                    error={lineErrors?.label?.message}
                  >
                    <input
                      id={`contact-line-${n}-label`}
                      type="text"
                      {...register(`contactLines.${index}.label`)}
                    />
                  </Field>
                  <Field
                    id={`contact-line-${n}-value`}
                    label={`Number or address of line ${n}`}
                    error={lineErrors?.value?.message}
                  >
                    <input
                      id={`contact-line-${n}-value`}
                      type="text"
                      {...register(`contactLines.${index}.value`)}
                    />
                  </Field>
                  <button
                    type="button"
                    onClick={() => {
                      lines.remove(index);
                      said(`Line ${n} removed. Save to keep the change.`);
                    }}
                  >
                    Remove line {n}
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            disabled={lines.fields.length >= CONTACT_LINES_MAX}
            onClick={() => {
              // The new line's label takes the focus, so typing goes on where the person is.
              lines.append({ label: '', value: '' });
            }}
          >
            Add a contact line
          </button>
        </fieldset>
        <fieldset className="people-place-names">
          <legend>Street and place names</legend>
          <p className="hint">
            The checklist never flags these as obscene (Hooker Ave, Cumming Park). One name a line,
            at most {PLACE_NAMES_MAX}; blank lines and repeats are dropped when you save. Importing
            a text file (one name a line) or a CSV file (a column headed name or street) replaces
            the saved list at once.
          </p>
          <Field
            id="department-place-names"
            label="Street and place names, one a line"
            error={errors.placeNames?.message}
          >
            <textarea id="department-place-names" rows={8} {...register('placeNames')} />
          </Field>
          <button
            type="button"
            onClick={() => void importPlaceNames()}
            disabled={importing || isSubmitting || isDirty || !view.settings}
          >
            {importing ? 'Importing…' : 'Import place names from a file…'}
          </button>
          {!view.settings ? (
            <p className="hint">Save the department settings first, then import place names.</p>
          ) : isDirty ? (
            <p className="hint">
              Save or undo your changes first: importing saves the list at once.
            </p>
          ) : null}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting || importing}>
            {isSubmitting ? 'Saving…' : 'Save department settings'}
          </button>
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        {note ? <PeopleNote key={note.n}>{note.text}</PeopleNote> : null}
      </form>
    </>
  );
}
