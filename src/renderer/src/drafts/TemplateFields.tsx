import type { DraftForm } from './draft-form';

interface TemplateFieldsProps {
  readonly form: DraftForm;
  readonly locked: boolean;
}

/** A time-sensitive category's template: its required fields, and a button that fills the body. */
export function TemplateFields(_props: TemplateFieldsProps) {
  return null;
}
