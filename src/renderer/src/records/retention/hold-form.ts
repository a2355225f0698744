import { z } from 'zod';
import { type HoldRequest, holdRequestSchema } from '../../../../shared/records/legal-hold';
import { RECORD_TYPES } from '../../../../shared/records/record-types';

/** The Place hold form as typed: dates may be empty, words one per line. */
const holdFieldsSchema = z
  .object({
    name: z.string(),
    matter: z.string(),
    from: z.string(),
    to: z.string(),
    pages: z.array(z.string()),
    types: z.array(z.enum(RECORD_TYPES)),
    words: z.string(),
  })
  .strict();
export type HoldForm = z.infer<typeof holdFieldsSchema>;

export const HOLD_DEFAULTS: HoldForm = {
  name: '',
  matter: '',
  from: '',
  to: '',
  pages: [],
  types: [],
  words: '',
};

/** The hold the form asks for; a condition left empty does not narrow it. */
export function toHoldRequest(form: HoldForm): z.input<typeof holdRequestSchema> {
  const words = form.words
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    name: form.name,
    matter: form.matter,
    scope: {
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
      ...(form.pages.length > 0 ? { pages: form.pages } : {}),
      ...(form.types.length > 0 ? { types: form.types } : {}),
      ...(words.length > 0 ? { words } : {}),
    },
  };
}

function fieldOf(path: readonly PropertyKey[]): keyof HoldForm {
  const [first, second] = path;
  if (first === 'name' || first === 'matter') return first;
  if (first === 'scope' && typeof second === 'string' && second in HOLD_DEFAULTS) {
    return second as keyof HoldForm;
  }
  return 'name';
}

/** The fields, then the main process's holdRequestSchema over what they ask for. */
export const holdFormSchema = holdFieldsSchema.superRefine((form, context) => {
  const parsed = holdRequestSchema.safeParse(toHoldRequest(form));
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    context.addIssue({ code: 'custom', path: [fieldOf(issue.path)], message: issue.message });
  }
});

/** What a hold covers, in words: "Comments, from 2026-01-01, with the words “parade”". */
export function scopeWords(
  scope: HoldRequest['scope'],
  typeWords: (type: (typeof RECORD_TYPES)[number]) => string,
  pageName: (id: string) => string,
): string {
  const parts: string[] = [];
  parts.push(scope.types ? scope.types.map(typeWords).join(', ') : 'Every type of record');
  if (scope.from && scope.to) parts.push(`created ${scope.from} to ${scope.to}`);
  else if (scope.from) parts.push(`created from ${scope.from}`);
  else if (scope.to) parts.push(`created up to ${scope.to}`);
  if (scope.pages) parts.push(`on ${scope.pages.map(pageName).join(', ')}`);
  if (scope.words) parts.push(`with ${scope.words.map((word) => `“${word}”`).join(' or ')}`);
  return parts.join('; ');
}
