import type { Profile } from '../../../../shared/profiles/profile';

/**
 * Whether to offer the changes: only to a records profile (the main process refuses anyone else
 * anyway, by permissions.ts; this only keeps forms from being offered that would be refused).
 */
export function canChangeRecords(me: Profile): boolean {
  return me.roles.includes('records');
}

export const READ_ONLY_LINE =
  'Only a profile with the records role can set schedules, place or release legal holds and dispose of records; you can read everything here.';
