import { type Draft, type DraftSummary, latestRevision } from '../../shared/drafts/draft';
import type { Profile } from '../../shared/profiles/profile';
import type { WorkflowStep } from '../../shared/workflow/workflow';
import type { DraftService } from '../drafts/draft-service';
import type { PageService } from '../pages/page-service';
import { postSubject } from './moves';
import type { WorkflowItem, WorkflowRecords } from './workflow-records';

/** Reading this many draft files at once keeps the disk busy without opening thousands of files. */
const READ_AT_ONCE = 16;

/**
 * Whether a draft may be waiting on the Chief, from its summary in the drafts index alone: the
 * inbox reads only those files, never all twenty thousand.
 */
function mayBePending(summary: DraftSummary): boolean {
  return summary.status === 'submitted' || summary.awaitingConfirmation;
}

export function postItem(draft: Draft, pages: Pick<PageService, 'list'>): WorkflowItem {
  const latest = latestRevision(draft);
  const names = new Map(pages.list().map((page) => [page.id, page.name]));
  return {
    ref: { kind: 'post', id: draft.id },
    title: latest.title,
    category: latest.category,
    // A page id no longer recorded is shown as its id rather than dropped.
    pages: latest.pages.map((id) => names.get(id) ?? id),
    subject: postSubject(draft),
  };
}

/** Posts (drafts) as the approvals inbox and decisions reach them. */
export function postRecords(
  drafts: DraftService,
  pages: Pick<PageService, 'list'>,
): WorkflowRecords {
  return {
    async pending() {
      const wanted = drafts.list().filter(mayBePending);
      const items: WorkflowItem[] = [];
      for (let start = 0; start < wanted.length; start += READ_AT_ONCE) {
        const batch = wanted.slice(start, start + READ_AT_ONCE);
        const read = await Promise.all(batch.map((summary) => drafts.get(summary.id)));
        items.push(...read.map((draft) => postItem(draft, pages)));
      }
      return items;
    },
    async item(id) {
      return postItem(await drafts.get(id), pages);
    },
    async append(id: string, step: WorkflowStep, by: Profile, summary: string) {
      await drafts.move(
        id,
        step.move,
        by,
        () => step,
        () => `draft ${summary}`,
      );
    },
  };
}
