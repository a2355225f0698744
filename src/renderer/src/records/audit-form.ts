import { z } from 'zod';
import type { Profile, Role } from '../../../shared/profiles/profile';
import { AUDIT_WORDS_MAX, type AuditFilter } from '../../../shared/records/audit-view';

const day = z.union([z.literal(''), z.iso.date({ error: 'A date as YYYY-MM-DD' })]);

/** The audit filter as typed ('' is "any"); the main process checks it again by its contract row. */
export const auditFormSchema = z
  .object({
    from: day,
    to: day,
    by: z.string(),
    kind: z.string(),
    store: z.string(),
    words: z
      .string()
      .trim()
      .max(AUDIT_WORDS_MAX, `Search for at most ${AUDIT_WORDS_MAX} characters`),
  })
  .refine((form) => form.from === '' || form.to === '' || form.from <= form.to, {
    message: 'The “to” date is before the “from” date: swap them',
    path: ['to'],
  });
export type AuditForm = z.infer<typeof auditFormSchema>;

export const AUDIT_FORM_DEFAULTS: AuditForm = {
  from: '',
  to: '',
  by: '',
  kind: '',
  store: '',
  words: '',
};

/** Entries asked for at a time; "Show more" asks for the next as many. */
export const AUDIT_PAGE = 100;

export function toAuditFilter(form: AuditForm): AuditFilter {
  const words = form.words.trim();
  return {
    ...(form.from === '' ? {} : { from: form.from }),
    ...(form.to === '' ? {} : { to: form.to }),
    ...(form.by === '' ? {} : { by: form.by }),
    ...(form.kind === '' ? {} : { kind: form.kind }),
    ...(form.store === '' ? {} : { store: form.store }),
    ...(words === '' ? {} : { words }),
  };
}

/** Who may read the audit trail: the same roles as its row in permissions.ts. */
export const AUDIT_ROLES: readonly Role[] = ['records', 'administrator'];

export function mayReadAudit(me: Profile): boolean {
  return me.roles.some((role) => AUDIT_ROLES.includes(role));
}

/** The first and last characters of a hash: enough to tell two apart on screen. */
export function shortHash(hash: string): string {
  return `${hash.slice(0, 8)}…${hash.slice(-4)}`;
}
