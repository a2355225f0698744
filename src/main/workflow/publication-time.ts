import type { StepOf, WorkflowStep } from '../../shared/workflow/workflow';
import { DeskFailure } from '../ipc/desk-failure';

/** A time given for something that already happened may be a few minutes fast, never later. */
export const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * A signed paper carries a date alone, stored as that day's midnight UTC. Where the Chief signed it
 * (up to UTC+14) that day began earlier: the approval may be that much older than the stored time,
 * and the stored time that much ahead of the clock on the day itself.
 */
export const SIGNED_DATE_SLACK_MS = 14 * 60 * 60_000;

/** The approval the content went out under: the last decision to approve in its steps. */
export function approvingDecision(steps: readonly WorkflowStep[]): StepOf<'decide'> | undefined {
  return steps.findLast(
    (step): step is StepOf<'decide'> => step.move === 'decide' && step.decision === 'approve',
  );
}

/**
 * The earliest instant the approval can have been given: when the Chief decided (the signature's
 * day, or when the verbal approval was given), which may be before it was recorded here.
 */
export function approvedSince(decision: StepOf<'decide'>): number {
  const decidedAt = Date.parse(decision.decidedAt ?? decision.at);
  const recordedAt = Date.parse(decision.at);
  const given = decision.source === 'paper' ? decidedAt - SIGNED_DATE_SLACK_MS : decidedAt;
  return Math.min(given, recordedAt);
}

/**
 * Why a publication time is refused, in words for the person; undefined when it is taken. It may
 * be neither in the future (beyond a fast clock's few minutes) nor before the approval it rests on:
 * a date of publication decides which intro statement was in force when, so it is never rewritten
 * into a past the approval did not cover. With no approval, the status machine refuses the move.
 */
export function publicationTimeRefusal(
  publishedAt: string,
  steps: readonly WorkflowStep[],
  now: Date,
): string | undefined {
  const at = Date.parse(publishedAt);
  if (Number.isNaN(at)) {
    return `The publication time (${publishedAt}) is not a date and time: give it as 2026-11-02T09:00:00Z. Nothing was changed.`;
  }
  if (at > now.getTime() + CLOCK_SLACK_MS) {
    return `The publication time (${publishedAt}) is later than now: give the time it really went out. Nothing was changed.`;
  }
  const decision = approvingDecision(steps);
  // People give times to the minute (a datetime field): the minute the approval came in counts.
  if (decision && at < Math.floor(approvedSince(decision) / 60_000) * 60_000) {
    const when = decision.decidedAt ?? decision.at;
    return `The publication time (${publishedAt}) is before the approval it went out under (${when}): nothing goes out before the Chief approves it, so give the time it really went out. Nothing was changed.`;
  }
  return undefined;
}

/** Throws the refusal of `publicationTimeRefusal` as an invalid request. */
export function checkPublicationTime(
  publishedAt: string,
  steps: readonly WorkflowStep[],
  now: Date,
): void {
  const refused = publicationTimeRefusal(publishedAt, steps, now);
  if (refused) throw new DeskFailure('invalid-request', refused);
}
