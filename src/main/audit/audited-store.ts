import { dirname, join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { ChangeNotConfirmed, type DocumentStore, storeHash } from '../storage/document-store';
import type { AuditTrail, AuditedChange } from './audit-trail';
import { lastStampingEvent } from './stamping-events';

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
    // A change the file holds (its folder's fsync alone failed) did happen: no not-applied event.
    if (error instanceof ChangeNotConfirmed) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    await audit.notApplied(event, reason).catch(() => undefined);
    throw error;
  }
}

/**
 * Checks a store against the journal it is opened with, and stamps one written before stamps
 * existed. A stamp naming an event the journal does not reach means the journal lost its tail (the
 * stamps are a witness of the journal's length besides its own records). A store without a stamp
 * is stamped "as found" only if no event of the journal ever stamped it: a genuine older folder.
 * One whose stamp was taken off (to slip an edit past the check) is damage.
 */
export async function stampUnstamped<T extends { schemaVersion: number }>(
  store: DocumentStore<T>,
  audit: AuditTrail,
  name: string,
  file: string,
): Promise<boolean> {
  const dataFolder = dirname(audit.journal.folder);
  const head = audit.journal.head().events;
  if (store.stamp && store.stamp.seq > head) {
    throw new DeskFailure(
      'journal-damaged',
      `${join(dataFolder, file)} was recorded by journal event ${store.stamp.seq}, but the journal ends at event ${head}: the journal has lost events. Nothing was changed. Run \`social-desk log verify\`, and restore the data folder from a backup.`,
    );
  }
  if (!store.existed || store.stamp) return false;
  const stamped = await lastStampingEvent(dataFolder, name);
  if (stamped !== undefined) {
    throw new DeskFailure(
      'store-damaged',
      `${join(dataFolder, file)} has lost its audit stamp, yet journal event ${stamped} recorded a stamped version of it: it was changed outside Social Desk. Nothing was changed. Restore the data folder from a backup (social-desk restore), or put the file recorded by that event back.`,
    );
  }
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

/** Said once, when a store written by an earlier version is stamped as found. */
export function stampedNotice(file: string): string {
  return `${file} had no audit stamp (it was written by an earlier version of Social Desk); it was stamped as found, and the journal records that. If you did not just upgrade, run \`social-desk log verify\`.`;
}
