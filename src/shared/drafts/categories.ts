import { z } from 'zod';
import type { DirectiveSection } from '../policy/directive';

/** The uses of social media the directive names (III.A.2.b to d), with the ids files and the CLI use. */
export const DRAFT_CATEGORIES = [
  { id: 'crime-prevention', label: 'Crime prevention tips', section: 'III.A.2.b.1' },
  { id: 'online-reporting', label: 'Online reporting', section: 'III.A.2.b.2' },
  { id: 'crime-data', label: 'Crime maps and data', section: 'III.A.2.b.3' },
  { id: 'tip-request', label: 'Tips about unsolved crimes', section: 'III.A.2.b.4' },
  { id: 'road-closure', label: 'Road closure', section: 'III.A.2.c.1' },
  { id: 'special-event', label: 'Special event', section: 'III.A.2.c.2' },
  { id: 'weather-emergency', label: 'Weather emergency', section: 'III.A.2.c.3' },
  { id: 'missing-person', label: 'Missing or endangered person', section: 'III.A.2.c.4' },
  { id: 'active-threat', label: 'Active community threat', section: 'III.A.2.c.5' },
  { id: 'recruitment', label: 'Recruitment', section: 'III.A.2.d' },
  { id: 'other', label: 'Other', section: 'III.A.2' },
] as const satisfies readonly {
  readonly id: string;
  readonly label: string;
  readonly section: DirectiveSection;
}[];

export type DraftCategory = (typeof DRAFT_CATEGORIES)[number]['id'];

const categoryIds = DRAFT_CATEGORIES.map((category) => category.id) as [
  DraftCategory,
  ...DraftCategory[],
];

export const draftCategorySchema = z.enum(categoryIds, {
  error: () => `Choose a category: one of ${categoryIds.join(', ')}`,
});

export function categoryLabel(id: DraftCategory): string {
  return DRAFT_CATEGORIES.find((category) => category.id === id)?.label ?? id;
}
