import type { RecoveryReport } from './restore-intent';

/** What a person is told when a start found a restore that had been cut short. */
export function recoveryNotice(report: RecoveryReport): string {
  if (report.outcome === 'finished') {
    return `A restore from a backup was interrupted after the backup had been put in place (at step "${report.step}"); it was finished now, and the journal records it.`;
  }
  const kept = report.kept ? ` Files it had not yet moved back are kept in ${report.kept}.` : '';
  return `A restore from a backup was interrupted (at step "${report.step}") before it was complete; it was undone, and the data folder is as it was before the restore.${kept} Run the restore again if it is still wanted.`;
}
