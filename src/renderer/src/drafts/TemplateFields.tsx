import { useRef, useState } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import { categoryLabel } from '../../../shared/drafts/categories';
import {
  TEMPLATE_FIELD_MAX,
  type TemplateDepartment,
  type TemplateField,
  fillTemplate,
  templateFor,
} from '../../../shared/drafts/templates';
import type { DraftForm } from './draft-form';

interface TemplateFieldsProps {
  readonly form: DraftForm;
  readonly locked: boolean;
  /** The department's name and website, for the filled text's last line, when the app knows them. */
  readonly department?: TemplateDepartment | undefined;
}

const LIMIT = `up to ${TEMPLATE_FIELD_MAX.toLocaleString('en-US')} characters`;
export const FILL_BUTTON = 'Fill the post text from these details';
export const REPLACE_QUESTION =
  'Replace the post text with the text from these details? What is in the post text now will be lost (saved revisions are kept).';

const inputId = (field: TemplateField) => `template-field-${field.id}`;

/**
 * Whether filling would replace words the person wrote: not when the post text is empty, is already
 * this text, or is what the last fill wrote (fixing a detail and filling again asks nothing).
 */
export function replacesOwnWords(body: string, filled: string, lastFilled?: string): boolean {
  return body.trim() !== '' && body !== filled && body !== lastFilled;
}

/** A time-sensitive category's template: its required fields, and a button that fills the body. */
export function TemplateFields({ form, locked, department }: TemplateFieldsProps) {
  const { control, register, getValues, setValue, setFocus, trigger } = form;
  const category = useWatch({ control, name: 'category' });
  const { errors } = useFormState({ control, name: 'fields' });
  const [status, setStatus] = useState('');
  // What the last fill wrote: replacing it again loses nothing the person typed, so asks nothing.
  const lastFilled = useRef<string | undefined>(undefined);
  const template = category === '' ? undefined : templateFor(category);
  const values = useWatch({ control, name: 'fields' });
  const missing = (template?.fields ?? []).filter(
    (field) => (values?.[field.id] ?? '').trim() === '',
  ).length;
  // Open while a detail is missing or refused; folded once the text is written from them, so the
  // post text stays in view under a busy notice's details (the summary says they are all there).
  // `choice` is the person's (or the fill's) last word; until then it follows what is missing.
  const [choice, setChoice] = useState<boolean>();
  const open = errors.fields !== undefined || (choice ?? missing > 0);
  if (!template) return null;
  const legendId = `template-${template.category}-legend`;

  const fill = async () => {
    const names = template.fields.map((field) => `fields.${field.id}` as const);
    // The same check as Save, so each empty field says so where it is, before any text is written.
    if (!(await trigger(names))) {
      const firstEmpty = template.fields.find(
        (field) => (getValues(`fields.${field.id}`) ?? '').trim() === '',
      );
      setStatus('Fill in the details marked below first: the post text was not changed.');
      if (firstEmpty) setFocus(`fields.${firstEmpty.id}`);
      return;
    }
    const text = fillTemplate(template.category, getValues('fields'), department) ?? '';
    if (
      replacesOwnWords(getValues('body'), text, lastFilled.current) &&
      !window.confirm(REPLACE_QUESTION)
    ) {
      setStatus('The post text was left as it was.');
      return;
    }
    setValue('body', text, { shouldDirty: true, shouldValidate: false });
    lastFilled.current = text;
    setChoice(false);
    setStatus('The post text was filled from these details: read it through before saving.');
    document.getElementById('draft-body')?.focus();
  };

  return (
    <fieldset className="template-fields" aria-labelledby={legendId}>
      <legend id={legendId}>{categoryLabel(template.category)}: required details</legend>
      <details
        className="template-details"
        open={open}
        onToggle={(event) => setChoice(event.currentTarget.open)}
      >
        <summary>
          {missing === 0
            ? `All ${template.fields.length} details filled in`
            : `${missing} of ${template.fields.length} details still to fill in`}
        </summary>
        <p className="hint template-intro">
          Every detail is required before the draft is saved; each takes {LIMIT}.
        </p>
        <div className="template-grid">
          {template.fields.map((field) => {
            const id = inputId(field);
            const message = errors.fields?.[field.id]?.message;
            const describedBy = `${id}-hint${message ? ` ${id}-error` : ''}`;
            const common = {
              id,
              readOnly: locked,
              autoComplete: 'off',
              'aria-required': true,
              'aria-invalid': message ? true : undefined,
              'aria-describedby': describedBy,
              ...register(`fields.${field.id}`),
            } as const;
            return (
              <div
                className={`field template-field${field.long ? ' template-field-long' : ''}`}
                key={`${template.category}-${field.id}`}
              >
                <label htmlFor={id}>{field.label}</label>
                {field.long ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
                <p id={`${id}-hint`} className="hint">
                  {field.hint} ({LIMIT})
                </p>
                {message ? (
                  <p id={`${id}-error`} className="field-error">
                    {message}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </details>
      <div className="template-actions">
        <button
          type="button"
          disabled={locked}
          aria-describedby="template-fill-hint"
          onClick={() => void fill()}
        >
          {FILL_BUTTON}
        </button>
        <span id="template-fill-hint" className="hint">
          Writes the post text below from these details; you can edit it after.
        </span>
      </div>
      <p role="status" className="template-status">
        {status}
      </p>
    </fieldset>
  );
}
