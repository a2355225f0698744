import type { Draft, DraftContent } from '../../../shared/drafts/draft';
import { type DraftCheckContext, draftChecklist } from '../../../shared/policy/draft-checklist';

/** One run of the live checklist: what the editor holds, and what it is checked against. */
export interface ChecklistJob {
  readonly content: Pick<DraftContent, 'title' | 'body'>;
  readonly records: Pick<Draft, 'attestations' | 'justifications'> | undefined;
  readonly savedHash: string | undefined;
  readonly context: DraftCheckContext;
}

export type ChecklistOutcome = ReturnType<typeof draftChecklist>;

export function runChecklistJob(job: ChecklistJob): ChecklistOutcome {
  return draftChecklist(job.content, job.records, job.savedHash, job.context);
}
