import { DRAFT_CATEGORIES } from '../drafts/categories';
import { templateFor } from '../drafts/templates';
import type { Finding } from './finding';

/** The content checklist item the placeholder findings keep open (catalogue.ts). */
export const TEMPLATE_DETAILS_ITEM = 'content.template-details';

/** The placeholder fillTemplate writes for a detail left empty: the field's label in brackets. */
export function templatePlaceholder(label: string): string {
  return `[${label}]`;
}

/**
 * Each "[Label]" of the category's template still in the body: a notice posted with "[Detour]" in
 * it sends people nowhere. Only editing the text resolves it (filling in the detail, or writing it
 * in), so no justification can: `mustEdit`. Categories without a template raise nothing.
 */
export function templatePlaceholderFindings(body: string, category: string | undefined): Finding[] {
  const template = category === undefined ? undefined : templateFor(category);
  const section = DRAFT_CATEGORIES.find((c) => c.id === category)?.section;
  if (!template || !section) return [];
  const findings: Finding[] = [];
  for (const field of template.fields) {
    const placeholder = templatePlaceholder(field.label);
    for (
      let start = body.indexOf(placeholder);
      start !== -1;
      start = body.indexOf(placeholder, start + placeholder.length)
    ) {
      findings.push({
        kind: 'template-placeholder',
        section,
        start,
        end: start + placeholder.length,
        text: placeholder,
        message: `“${placeholder}” stands where the template’s “${field.label}” goes: fill in that detail (or write it into the text) before submitting.`,
        mustEdit: true,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
