import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { DRAFT_CATEGORIES, type DraftCategory } from '../../../shared/drafts/categories';
import {
  type DraftContent,
  draftContentObjectSchema,
  requireTemplateFields,
} from '../../../shared/drafts/draft';

/**
 * The editor's form as typed: the category starts empty (chosen on purpose, never defaulted), and
 * the schema turns what was typed into the content the main process saves.
 */
export type DraftFormValues = Omit<DraftContent, 'category'> & { category: DraftCategory | '' };
export type DraftForm = UseFormReturn<DraftFormValues, unknown, DraftContent>;

const categoryIds = DRAFT_CATEGORIES.map((c) => c.id) as [DraftCategory, ...DraftCategory[]];

/** The shared content schema, with the empty category refused in words at the field. */
export const draftFormSchema = draftContentObjectSchema
  .extend({
    category: z
      .union([z.literal(''), z.enum(categoryIds)])
      .pipe(z.enum(categoryIds, { error: 'Choose the category this post is for' })),
  })
  .superRefine(requireTemplateFields);

export const EMPTY_DRAFT: DraftFormValues = {
  title: '',
  body: '',
  category: '',
  pages: [],
  fields: {},
  media: [],
};

/** A saved revision's content as the form holds it. */
export function formValues(revision: DraftContent): DraftFormValues {
  const { title, body, category, pages, fields, media } = revision;
  return { title, body, category, pages, fields: fields ?? {}, media: media ?? [] };
}
