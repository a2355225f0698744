import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PAGE_CHANNELS } from '../../../shared/ipc/channels/page-channels';
import { PAGE_ADMINISTRATORS_MAX, type Page } from '../../../shared/pages/page';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';

const pageFormSchema = PAGE_CHANNELS['pages:save'].request;
type PageFormInput = z.input<typeof pageFormSchema>;

function formValues(page: Page | undefined): PageFormInput {
  return {
    platform: page?.platform ?? '',
    name: page?.name ?? '',
    url: page?.url ?? '',
    audience: page?.audience ?? '',
    administrators: [...(page?.administrators ?? [])],
  };
}

/** Create a page (no `page`) or change one: platform, name, URL, audience, administrators. */
export function PageForm({
  page,
  onSaved,
  onCancel,
}: {
  readonly page: Page | undefined;
  readonly onSaved: (page: Page) => void;
  readonly onCancel?: () => void;
}) {
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm({ resolver: zodResolver(pageFormSchema), defaultValues: formValues(page) });
  const prefix = page ? `page-${page.id}` : 'new-page';

  const save = handleSubmit(async (request) => {
    setError(undefined);
    const result = await desk().pages.save({ ...request, id: page?.id });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    reset(formValues(result.value));
    setStatus(page ? `Saved page “${result.value.name}”` : `Recorded page “${result.value.name}”`);
    onSaved(result.value);
  });

  const field = (name: 'platform' | 'name' | 'url' | 'audience', label: string, hint?: string) => {
    const id = `${prefix}-${name}`;
    const message = errors[name]?.message;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={name === 'url' ? 'url' : 'text'}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={
            [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].join(' ').trim() || undefined
          }
          {...register(name)}
        />
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        {message ? (
          <p id={`${id}-error`} className="field-error">
            {message}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      className="pages-form"
      aria-label={page ? `Page details of ${page.name}` : 'New page'}
      noValidate
      onSubmit={(event) => void save(event)}
    >
      {field('platform', 'Platform', 'A short name: facebook, instagram, x, youtube, nextdoor…')}
      {field('name', 'Page name')}
      {field('url', 'Page URL')}
      {field(
        'audience',
        'Audience (III.B.2.c)',
        'Who the page is for: the general public, youth, potential police recruits…',
      )}
      <Controller
        control={control}
        name="administrators"
        render={({ field: { value, onChange }, fieldState }) => (
          <AdministratorsField
            id={`${prefix}-administrators`}
            value={value ?? []}
            onChange={onChange}
            error={fieldState.error?.message ?? nameError(errors.administrators)}
          />
        )}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {page ? 'Save page' : 'Record page'}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <p role="status" className="save-status">
        {isDirty ? 'Unsaved changes' : status}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

/** The first name in the list that the schema refused (one too long), to show at the field. */
function nameError(
  errors: { readonly [index: number]: { readonly message?: string } | undefined } | undefined,
): string | undefined {
  if (!errors) return undefined;
  for (let index = 0; index < PAGE_ADMINISTRATORS_MAX; index += 1) {
    const message = errors[index]?.message;
    if (message) return message;
  }
  return undefined;
}

/** The page's administrators (III.B.3.a): add by typing a name and Enter, remove each by its button. */
function AdministratorsField({
  id,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly value: readonly string[];
  readonly onChange: (next: string[]) => void;
  readonly error: string | undefined;
}) {
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  const add = () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setSaid('Type the administrator’s name first.');
      return;
    }
    if (value.some((existing) => existing.toLowerCase() === trimmed.toLowerCase())) {
      setSaid(`${trimmed} is already listed.`);
      return;
    }
    if (value.length >= PAGE_ADMINISTRATORS_MAX) {
      setSaid(`A page has at most ${PAGE_ADMINISTRATORS_MAX} administrators.`);
      return;
    }
    onChange([...value, trimmed]);
    setName('');
    setSaid(`Added ${trimmed}.`);
  };
  return (
    <fieldset className="pages-administrators">
      <legend>Administrators (III.B.3.a: CAT members or trained designees)</legend>
      {value.length === 0 ? (
        <p className="hint">No administrators named yet.</p>
      ) : (
        <ul aria-label="Administrators">
          {value.map((administrator) => (
            <li key={administrator}>
              <span>{administrator}</span>
              <button
                type="button"
                onClick={() => {
                  onChange(value.filter((other) => other !== administrator));
                  setSaid(`Removed ${administrator}.`);
                }}
              >
                Remove {administrator}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pages-add-administrator">
        <label htmlFor={`${id}-new`}>Administrator’s name</label>
        <input
          id={`${id}-new`}
          type="text"
          autoComplete="off"
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the name here rather than saving the whole page.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add administrator
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {said}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
