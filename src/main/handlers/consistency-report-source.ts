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
    pageOf: (comment) => index.comment(comment)?.pageId ?? '',
    generatedAt: now.toISOString(),
  });
}
