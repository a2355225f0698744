import { canonicalJson } from '../../shared/canonical-json';
import type { Profile } from '../../shared/profiles/profile';
import type { Journal } from '../journal/journal';
import { type EventHeader, sha256 } from '../journal/journal-line';

export const AUDIT_CHANGE = 'audit.change';
/** Follows an audit.change whose document could not be written: the change never happened. */
export const AUDIT_NOT_APPLIED = 'audit.not-applied';

export interface AuditedChange {
  readonly by: Profile | { readonly id: string };
  readonly store: string;
  readonly document: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly summary: string;
  /** The hash of the whole store file's document after the change, for stores that are one file. */
  readonly storeHash?: string;
}

/**
 * Every change to a store other than the journal is written to the journal too: who, what, when,
 * and the hash of the document before and after, in the same tamper-evident chain. The event is
 * written before the document, so no change lands without its event.
 */
export class AuditTrail {
  constructor(readonly journal: Journal) {}

  async record(change: AuditedChange): Promise<EventHeader> {
    const [header] = await this.journal.append([
      {
        type: AUDIT_CHANGE,
        by: change.by.id,
        payload: {
          store: change.store,
          document: change.document,
          before: documentHash(change.before),
          after: documentHash(change.after),
          summary: change.summary,
          ...(change.storeHash === undefined ? {} : { storeHash: change.storeHash }),
        },
      },
    ]);
    if (!header) throw new Error('The journal appended nothing');
    return header;
  }

  /** Best effort: the document write failed after its event; say so in the chain too. */
  async notApplied(event: EventHeader, reason: string): Promise<void> {
    await this.journal.append([
      { type: AUDIT_NOT_APPLIED, by: event.by, payload: { event: event.seq, reason } },
    ]);
  }
}

function documentHash(document: unknown): string | null {
  return document === undefined ? null : sha256(canonicalJson(document));
}
