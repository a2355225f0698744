import { DeskFailure } from '../ipc/desk-failure';
import { type DocumentStore, storeHash } from '../storage/document-store';
import type { AuditTrail, AuditedChange } from './audit-trail';

/**
 * Commits a store's next state and its audit event together: the event first, carrying the hash
 * of the new document, then the document with that event's stamp. If the document cannot be
 * written, an `audit.not-applied` event follows, so the journal never claims a change that the
 * store does not hold, and the store never holds a change no event vouches for.
 */
export async function commitAudited<T extends { schemaVersion: number }>(
  store: DocumentStore<T>,
  audit: AuditTrail | undefined,
  next: T,
  change: Omit<AuditedChange, 'storeHash'>,
): Promise<void> {
  if (!audit) {
    throw new DeskFailure(
      'internal',
      `The ${change.store} store was opened for reading only and cannot record "${change.summary}".`,
    );
  }
  const hash = storeHash(next);
  const event = await audit.record({ ...change, storeHash: hash });
  try {
    await store.commit(next, { seq: event.seq, storeHash: hash });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await audit.notApplied(event, reason).catch(() => undefined);
    throw error;
  }
}

/**
 * A store written before stamps existed (or by a version without them) is stamped once, by an
 * event that says so, so from then on every change of it is vouched for.
 */
export async function stampUnstamped<T extends { schemaVersion: number }>(
  store: DocumentStore<T>,
  audit: AuditTrail,
  name: string,
  file: string,
): Promise<boolean> {
  if (!store.existed || store.stamp) return false;
  await commitAudited(store, audit, store.data, {
    by: { id: 'social-desk' },
    store: name,
    document: name,
    before: store.data,
    after: store.data,
    summary: `${file} had no audit stamp (written by an earlier version); stamped as found`,
  });
  return true;
}
