import { join } from 'node:path';
import { AUDIT_CHANGE, AUDIT_NOT_APPLIED } from '../audit/audit-trail';
import { DeskFailure } from '../ipc/desk-failure';
import { readEvents } from '../journal/read-events';
import { PROFILES_FILE } from './profile-store';

/** More events than a first start that failed a few times could leave: the folder was in use. */
const FIRST_START_EVENTS = 50;

/**
 * Refuses a folder whose profiles are missing or empty while its journal shows it was used. The
 * only events a folder may hold before its first profile exists are first-administrator attempts
 * that the journal itself marks as never applied (a disk that filled up on the very first start).
 */
export async function refuseLostProfiles(dataFolder: string, fileExists: boolean): Promise<void> {
  const notApplied = new Set<number>();
  const attempts: number[] = [];
  let seen = 0;
  for await (const event of readEvents(dataFolder)) {
    seen += 1;
    const payload = event.payload as Record<string, unknown> | undefined;
    if (seen > FIRST_START_EVENTS) break;
    if (event.header.type === AUDIT_NOT_APPLIED && typeof payload?.event === 'number') {
      notApplied.add(payload.event);
    } else if (
      event.header.type === AUDIT_CHANGE &&
      payload?.store === 'profiles' &&
      payload.before === null
    ) {
      attempts.push(event.header.seq);
    } else {
      throw lost(dataFolder, fileExists);
    }
  }
  if (seen > FIRST_START_EVENTS || attempts.some((seq) => !notApplied.has(seq))) {
    throw lost(dataFolder, fileExists);
  }
}

function lost(dataFolder: string, fileExists: boolean): DeskFailure {
  const file = join(dataFolder, PROFILES_FILE);
  const state = fileExists ? 'holds no profiles' : 'is missing';
  return new DeskFailure(
    'store-damaged',
    `The profiles store ${file} ${state}, but the journal shows this data folder has been used: its profiles were lost. Social Desk did not start and changed nothing; it will not make a new first administrator for a folder that has records. Restore the data folder from a backup (social-desk restore), or put the profiles.json back.`,
  );
}
