import { z } from 'zod';
import { type DraftCategory, categoryLabel } from './categories';

/** A template's field: what the person fills in, and the words that say what it is for. */
export interface TemplateField {
  readonly id: string;
  readonly label: string;
  /** Shown under the field before anything is typed: what a good answer looks like. */
  readonly hint: string;
  /** A sentence or two rather than a few words: the form gives it a text area. */
  readonly long?: boolean;
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
      { id: 'detour', label: 'Detour', hint: 'The way around', long: true },
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
      { id: 'guidance', label: 'Guidance', hint: 'What people should do', long: true },
      { id: 'next-update', label: 'Next update', hint: 'When the department will post again' },
    ],
  },
  {
    category: 'missing-person',
    fields: [
      { id: 'name', label: 'Name', hint: 'The missing person’s name' },
      { id: 'age', label: 'Age', hint: 'Their age in years' },
      {
        id: 'description',
        label: 'Description',
        hint: 'Height, build, hair, clothing',
        long: true,
      },
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
      { id: 'instruction', label: 'Instruction', hint: 'What people must do now', long: true },
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

/** "a road closure notice", "an active community threat notice": the category as people say it. */
export function noticeName(category: DraftCategory): string {
  const label = categoryLabel(category).toLowerCase();
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label} notice`;
}

/** Each required field left empty, as a zod issue at `fields.<id>`, so the form shows it there. */
export function missingTemplateFields(
  category: string,
  fields: Readonly<Record<string, string>> | undefined,
): { readonly path: ['fields', string]; readonly message: string }[] {
  const template = templateFor(category);
  if (!template) return [];
  const notice = noticeName(template.category);
  return template.fields
    .filter((field) => (fields?.[field.id] ?? '').trim() === '')
    .map((field) => ({
      path: ['fields', field.id],
      message: `Fill in “${field.label}”: ${notice} needs it`,
    }));
}

/** What a filled template may say about the department: its name and website, when known. */
export interface TemplateDepartment {
  readonly name?: string;
  readonly websites?: readonly string[];
}

/** A value as the post shows it; a field left empty stays visible as its label in brackets. */
function valueOf(template: DraftTemplate, fields: Readonly<Record<string, string>>, id: string) {
  const value = (fields[id] ?? '').replace(/\s+/g, ' ').trim();
  if (value !== '') return value;
  // Never a silent gap: a notice with "[Detour]" in it is plainly unfinished to whoever reads it.
  return `[${template.fields.find((field) => field.id === id)?.label ?? id}]`;
}

/** Ends a sentence once: "Main St." stays as it is, "Main St" gets its full stop. */
function sentence(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}

/**
 * A template's values as a plain post body, the way a department writes an urgent notice: what,
 * where and when first, then what to do. `undefined` for a category that has no template.
 */
export function fillTemplate(
  category: string,
  fields: Readonly<Record<string, string>> | undefined,
  department?: TemplateDepartment,
): string | undefined {
  const template = templateFor(category);
  if (!template) return undefined;
  const v = (id: string) => valueOf(template, fields ?? {}, id);
  let lines: string[];
  switch (template.category) {
    case 'road-closure':
      lines = [
        sentence(`ROAD CLOSURE: ${v('location')}`),
        sentence(`Closed from ${v('start')}, expected to reopen ${v('expected-end')}`),
        sentence(`Detour: ${v('detour')}`),
        'Please plan extra time and follow the signs.',
      ];
      break;
    case 'weather-emergency':
      lines = [
        sentence(`WEATHER EMERGENCY: ${v('hazard')} in ${v('area')}`),
        sentence(v('guidance')),
        sentence(`Next update: ${v('next-update')}`),
      ];
      break;
    case 'missing-person': {
      const age = v('age');
      lines = [
        sentence(`MISSING PERSON: ${v('name')}, ${/^\d+$/.test(age) ? `age ${age}` : age}`),
        sentence(v('description')),
        sentence(`Last seen ${v('last-seen')}`),
        sentence(`If you see ${v('name')}, call ${v('contact-line')}`),
      ];
      break;
    }
    case 'active-threat':
      lines = [
        sentence(`ACTIVE THREAT in ${v('area')}`),
        sentence(v('instruction')),
        sentence(`Next update: ${v('next-update')}`),
      ];
      break;
    default:
      // A template added to TEMPLATES without its wording still says every value, in order.
      lines = template.fields.map((field) => sentence(`${field.label}: ${v(field.id)}`));
  }
  // The post identifies the department (III.B.1.a) and where to read more, when the app knows them.
  const name = department?.name?.trim();
  const website = department?.websites?.find((site) => site.trim() !== '')?.trim();
  if (name && website) lines.push(`${name}: ${website}`);
  else if (name) lines.push(`— ${name}`);
  else if (website) lines.push(`Updates: ${website}`);
  return lines.join('\n');
}
