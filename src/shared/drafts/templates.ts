import { z } from 'zod';
import type { DraftCategory } from './categories';

/** A template's field: what the person fills in, and the words that say what it is for. */
export interface TemplateField {
  readonly id: string;
  readonly label: string;
  /** Shown under the field before anything is typed: what a good answer looks like. */
  readonly hint: string;
}

export interface DraftTemplate {
  readonly category: DraftCategory;
  readonly fields: readonly TemplateField[];
}

export const TEMPLATE_FIELD_MAX = 500;

/**
 * The time-sensitive categories' templates and their required fields (SPEC section 1). Every field
 * is required: a notice without its detour or its contact line sends people the wrong way.
 */
export const TEMPLATES: readonly DraftTemplate[] = [
  {
    category: 'road-closure',
    fields: [
      { id: 'location', label: 'Location', hint: 'The road and the stretch closed' },
      { id: 'start', label: 'Start', hint: 'When the closure starts' },
      { id: 'expected-end', label: 'Expected end', hint: 'When it is expected to reopen' },
      { id: 'detour', label: 'Detour', hint: 'The way around' },
    ],
  },
  {
    category: 'weather-emergency',
    fields: [
      {
        id: 'hazard',
        label: 'Hazard',
        hint: 'What is happening: flooding, ice, a tornado warning',
      },
      { id: 'area', label: 'Area', hint: 'Where it applies' },
      { id: 'guidance', label: 'Guidance', hint: 'What people should do' },
      { id: 'next-update', label: 'Next update', hint: 'When the department will post again' },
    ],
  },
  {
    category: 'missing-person',
    fields: [
      { id: 'name', label: 'Name', hint: 'The missing person’s name' },
      { id: 'age', label: 'Age', hint: 'Their age in years' },
      { id: 'description', label: 'Description', hint: 'Height, build, hair, clothing' },
      {
        id: 'last-seen',
        label: 'Last seen (where and when)',
        hint: 'The place and the time they were last seen',
      },
      { id: 'contact-line', label: 'Contact line', hint: 'The number people should call' },
    ],
  },
  {
    category: 'active-threat',
    fields: [
      { id: 'area', label: 'Area', hint: 'Where the threat is' },
      { id: 'instruction', label: 'Instruction', hint: 'What people must do now' },
      { id: 'next-update', label: 'Next update', hint: 'When the department will post again' },
    ],
  },
];

export function templateFor(category: string): DraftTemplate | undefined {
  return TEMPLATES.find((template) => template.category === category);
}

/** A template's values, by field id; bounded so a request stays small. */
export const templateFieldsSchema = z
  .record(
    z.string().regex(/^[a-z][a-z-]{0,39}$/, 'A template field id is a short lower-case word'),
    z
      .string()
      .max(
        TEMPLATE_FIELD_MAX,
        `A template field has at most ${TEMPLATE_FIELD_MAX.toLocaleString('en-US')} characters`,
      ),
  )
  .refine((fields) => Object.keys(fields).length <= 20, 'A template has at most 20 fields');
export type TemplateFields = z.infer<typeof templateFieldsSchema>;

/** Each required field left empty, as a zod issue at `fields.<id>`, so the form shows it there. */
export function missingTemplateFields(
  category: string,
  fields: Readonly<Record<string, string>> | undefined,
): { readonly path: ['fields', string]; readonly message: string }[] {
  const template = templateFor(category);
  if (!template) return [];
  return template.fields
    .filter((field) => (fields?.[field.id] ?? '').trim() === '')
    .map((field) => ({
      path: ['fields', field.id],
      message: `Fill in “${field.label}”: a ${category.replace('-', ' ')} notice needs it`,
    }));
}
