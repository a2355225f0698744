import {
  type ReportAction,
  composeConsistencyReport,
  rangeProblem,
} from '../../shared/moderation/consistency-report';
import type { ConsistencyReport, ReportRange } from '../../shared/moderation/report-view';
import { DeskFailure } from '../ipc/desk-failure';
import type { CommentIndex, IndexedAction } from '../moderation/comment-index';

export interface ReportNames {
  readonly pageName: (pageId: string) => string;
  readonly moderatorName: (profileId: string) => string;
  readonly department?: string | undefined;
}

/** The index's actions as the report reads them, each with its review state. */
function* reportActions(index: CommentIndex): Iterable<ReportAction> {
  for (const action of index.allActions()) {
    yield {
      action: action.action,
      reason: action.reason,
      by: action.by,
      at: action.at,
      comment: action.comment,
      corrected: action.correctedBy !== undefined,
      review: reviewOf(action),
    };
  }
}

function reviewOf(action: IndexedAction): ReportAction['review'] {
  if (!action.needsReview) return 'none';
  return action.review?.verdict ?? 'awaiting';
}

/** The consistency report for a range, from the comment index; the app and the CLI both use it. */
export const UNKNOWN_PAGE = 'Page not known (its comment was disposed of)';

export async function consistencyReportOf(
  index: CommentIndex,
  range: ReportRange,
  names: ReportNames,
  now: Date = new Date(),
): Promise<ConsistencyReport> {
  const problem = rangeProblem(range);
  if (problem) throw new DeskFailure('invalid-request', problem);
  await index.ready();
  return composeConsistencyReport(reportActions(index), range, {
    ...names,
    // A comment disposed of before a rebuild of the index lost the payload naming its page.
    pageName: (id) => (id === '' ? UNKNOWN_PAGE : names.pageName(id)),
    pageOf: (comment) => index.comment(comment)?.pageId ?? '',
    generatedAt: now.toISOString(),
  });
}
