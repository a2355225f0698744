import type { Draft, DraftContent } from '../../../shared/drafts/draft';
import { type DraftCheckContext, draftChecklist } from '../../../shared/policy/draft-checklist';

/** One run of the live checklist: what the editor holds, and what it is checked against. */
export interface ChecklistJob {
  /** `media`: the files attached in the editor, with what each shows and the permissions linked. */
  readonly content: Pick<DraftContent, 'title' | 'body'> & {
    readonly media?: DraftContent['media'];
    /** Names the template whose "[Label]" placeholders must not be left in the body. */
    readonly category?: string;
  };
  /** `permissions`: the draft's written-permission records, which the media's links must name. */
  readonly records:
    | (Pick<Draft, 'attestations' | 'justifications'> & {
        readonly permissions?: Draft['permissions'];
      })
    | undefined;
  readonly savedHash: string | undefined;
  readonly context: DraftCheckContext;
}

export type ChecklistOutcome = ReturnType<typeof draftChecklist>;

export function runChecklistJob(job: ChecklistJob): ChecklistOutcome {
  return draftChecklist(job.content, job.records, job.savedHash, job.context);
}
