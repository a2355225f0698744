import { canonicalJson } from '../../shared/canonical-json';
import type { Profile } from '../../shared/profiles/profile';
import type { Journal } from '../journal/journal';
import { sha256 } from '../journal/journal-line';

export const AUDIT_CHANGE = 'audit.change';

export interface AuditedChange {
  readonly by: Profile | { readonly id: string };
  readonly store: string;
  readonly document: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly summary: string;
}

/**
 * Every change to a store other than the journal is written to the journal too: who, what, when,
 * and the hash of the document before and after, in the same tamper-evident chain.
 */
export class AuditTrail {
  constructor(private readonly journal: Journal) {}

  async record(change: AuditedChange): Promise<void> {
    await this.journal.append([
      {
        type: AUDIT_CHANGE,
        by: change.by.id,
        payload: {
          store: change.store,
          document: change.document,
          before: documentHash(change.before),
          after: documentHash(change.after),
          summary: change.summary,
        },
      },
    ]);
  }
}

function documentHash(document: unknown): string | null {
  return document === undefined ? null : sha256(canonicalJson(document));
}
