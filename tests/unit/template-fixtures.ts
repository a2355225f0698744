import type { DraftCategory } from '../../src/shared/drafts/categories';
import { TEMPLATES, type TemplateFields } from '../../src/shared/drafts/templates';

/**
 * Complete, realistic values for each time-sensitive category's template (SPEC section 1), so a
 * test that saves such a draft gives it the fields the main process requires.
 */
export const TEMPLATE_FIELDS_FOR = {
  'road-closure': {
    location: 'Main St between 1st Ave and 5th Ave',
    start: 'Monday 6 a.m.',
    'expected-end': 'Friday 6 p.m.',
    detour: 'Use Elm St',
  },
  'weather-emergency': {
    hazard: 'Flooding',
    area: 'the river district',
    guidance: 'Stay off flooded roads and turn around',
    'next-update': '4 p.m. today',
  },
  'missing-person': {
    name: 'Jordan Avery',
    age: '82',
    description: '5 ft 6 in, slim, grey hair, blue coat',
    'last-seen': 'Oak Park, Tuesday around 3 p.m.',
    'contact-line': 'the non-emergency line, 555-0100',
  },
  'active-threat': {
    area: 'the 400 block of Main St',
    instruction: 'Stay indoors and lock your doors',
    'next-update': 'within 30 minutes',
  },
} as const satisfies Partial<Record<DraftCategory, TemplateFields>>;

/** The draft content with its category's template values added (none for other categories). */
export function withTemplateFields<T extends { readonly category: string }>(
  content: T,
): T & { fields?: TemplateFields } {
  const template = TEMPLATES.find((t) => t.category === content.category);
  if (!template) return content;
  const fields: TemplateFields =
    (TEMPLATE_FIELDS_FOR as Record<string, TemplateFields>)[template.category] ?? {};
  return { ...content, fields };
}
