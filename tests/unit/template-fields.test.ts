import { zodResolver } from '@hookform/resolvers/zod';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { type FieldErrors, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  type DraftFormValues,
  EMPTY_DRAFT,
  draftFormSchema,
} from '../../src/renderer/src/drafts/draft-form';
import {
  FILL_BUTTON,
  TemplateFields,
  replacesOwnWords,
} from '../../src/renderer/src/drafts/TemplateFields';
import type { DraftContent } from '../../src/shared/drafts/draft';
import { TEMPLATES, TEMPLATE_FIELD_MAX } from '../../src/shared/drafts/templates';

// The template's first render, as markup, with the editor's own form (the same resolver and
// schema): what a person, a screen reader and the lead's Playwright spec find before any click.

interface Setup {
  readonly values: Partial<DraftFormValues>;
  readonly locked?: boolean;
  readonly errors?: FieldErrors<DraftFormValues>;
}

function Harness({ values, locked = false, errors }: Setup) {
  const form = useForm<DraftFormValues, unknown, DraftContent>({
    resolver: zodResolver(draftFormSchema),
    defaultValues: { ...EMPTY_DRAFT, ...values },
    ...(errors ? { errors } : {}),
  });
  return createElement(TemplateFields, { form, locked });
}

const render = (setup: Setup) => renderToStaticMarkup(createElement(Harness, setup));
const labels = (html: string) =>
  [...html.matchAll(/<label for="([^"]+)">([^<]*)<\/label>/g)].map((m) => [m[1], m[2]]);
/** The attributes of the control with this id, whatever its tag. */
function control(html: string, id: string): string {
  const match = new RegExp(`<(input|textarea)[^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no control with id ${id} in ${html}`);
  return match[0];
}

describe('TemplateFields: a time-sensitive category’s required details', () => {
  it('shows nothing while no category, or a category without a template, is chosen', () => {
    expect(render({ values: { category: '' } })).toBe('');
    expect(render({ values: { category: 'special-event' } })).toBe('');
  });

  it('lays out the missing-person template: a legend, a labelled control per field, each with its hint and limit', () => {
    const html = render({ values: { category: 'missing-person' } });
    expect(html).toContain('<legend id="template-missing-person-legend">');
    expect(html).toContain('Missing or endangered person: required details</legend>');
    expect(labels(html)).toEqual([
      ['template-field-name', 'Name'],
      ['template-field-age', 'Age'],
      ['template-field-description', 'Description'],
      ['template-field-last-seen', 'Last seen (where and when)'],
      ['template-field-contact-line', 'Contact line'],
    ]);
    const limit = `up to ${TEMPLATE_FIELD_MAX} characters`;
    expect(html).toContain(`The missing person’s name (${limit})`);
    for (const [id] of labels(html)) {
      const attributes = control(html, id ?? '');
      expect(attributes).toContain(`aria-describedby="${id}-hint"`);
      expect(attributes).toContain('aria-required="true"');
      expect(attributes).not.toContain('aria-invalid');
      expect(attributes).not.toContain('readOnly');
    }
    // A description is a sentence or two: a text area; a name is a line.
    expect(control(html, 'template-field-description')).toMatch(/^<textarea/);
    expect(control(html, 'template-field-name')).toMatch(/^<input/);
    expect(html).toMatch(new RegExp(`<button type="button"[^>]*>${FILL_BUTTON}</button>`));
  });

  it.each(TEMPLATES.map((template) => [template.category, template.fields.length]))(
    'renders the %s template with its %i fields',
    (category, count) => {
      const html = render({ values: { category } });
      expect(labels(html)).toHaveLength(count);
      expect(html).toContain(FILL_BUTTON);
    },
  );

  it('shows the form’s error at its field: aria-invalid, described by the error in words', () => {
    const message = 'Fill in “Age”: a missing or endangered person notice needs it';
    const html = render({
      values: { category: 'missing-person', fields: { name: 'Jordan Avery' } },
      errors: { fields: { age: { type: 'custom', message } } },
    });
    const age = control(html, 'template-field-age');
    expect(age).toContain('aria-invalid="true"');
    expect(age).toContain('aria-describedby="template-field-age-hint template-field-age-error"');
    expect(html).toContain(`<p id="template-field-age-error" class="field-error">${message}</p>`);
    expect(control(html, 'template-field-name')).not.toContain('aria-invalid');
  });

  it('is read-only when the draft is locked, and its button is disabled', () => {
    const html = render({ values: { category: 'road-closure' }, locked: true });
    for (const [id] of labels(html)) expect(control(html, id ?? '')).toContain('readOnly=""');
    expect(html).toMatch(new RegExp(`<button type="button" disabled=""[^>]*>${FILL_BUTTON}`));
  });
});

describe('filling the post text asks first only when it would replace the person’s own words', () => {
  const filled = 'MISSING PERSON: Jordan Avery, age 82.';
  it('asks when the post text holds words the person wrote', () => {
    expect(replacesOwnWords('Have you seen Jordan?', filled)).toBe(true);
    expect(replacesOwnWords('Have you seen Jordan?', filled, 'an earlier fill')).toBe(true);
  });
  it('does not ask when the text is empty, already this text, or what the last fill wrote', () => {
    expect(replacesOwnWords('', filled)).toBe(false);
    expect(replacesOwnWords('  \n', filled)).toBe(false);
    expect(replacesOwnWords(filled, filled)).toBe(false);
    expect(
      replacesOwnWords(
        'MISSING PERSON: Jordan Avery, age 8.',
        filled,
        'MISSING PERSON: Jordan Avery, age 8.',
      ),
    ).toBe(false);
  });
});
