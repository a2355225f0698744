import type { ItemRef } from '../../shared/ipc/channels/workflow-channels';
import type { Profile } from '../../shared/profiles/profile';
import type { WorkflowStep, WorkflowSubject } from '../../shared/workflow/workflow';

/** One item that goes to the Chief, as the approvals inbox and decisions see it, whatever its kind. */
export interface WorkflowItem {
  readonly ref: ItemRef;
  readonly title: string;
  /** A post's category id; null for pages and intro statements. */
  readonly category: string | null;
  /** Names of the pages it concerns (a post's targets, the page itself). */
  readonly pages: readonly string[];
  readonly subject: WorkflowSubject;
}

/**
 * How the workflow reaches the records of one kind (drafts for posts; the page service for pages and
 * intro-statement versions). The caller checks `moveRefusal` before `append`; `append` writes the
 * step durably through the audited store (the journal event first) and fails if the item changed
 * state meanwhile (it re-checks `moveRefusal` inside its own one-at-a-time queue).
 */
export interface WorkflowRecords {
  /** Items of this kind now submitted, or approved verbally and waiting for written confirmation. */
  pending(): Promise<WorkflowItem[]>;
  /** The item by id; a DeskFailure 'not-found' naming it when there is none. */
  item(id: string): Promise<WorkflowItem>;
  /** Records a step (decide, confirm, withdraw, publish, archive); `summary` is the audit line. */
  append(id: string, step: WorkflowStep, by: Profile, summary: string): Promise<void>;
}
