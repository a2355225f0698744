import { type MODERATION_ACTIONS, REMOVAL_REASONS } from './events';
import type { ConsistencyReport, ReportCell, ReportRange } from './report-view';

type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** One moderation action as the report needs it (the comment index gives these). */
export interface ReportAction {
  readonly action: (typeof MODERATION_ACTIONS)[number];
  readonly reason: RemovalReason | undefined;
  /** The moderator's profile id. */
  readonly by: string;
  /** When it was recorded (ISO 8601). */
  readonly at: string;
  /** The sequence number of the comment's "captured" event. */
  readonly comment: number;
  /** A later correction voided it. */
  readonly corrected: boolean;
  /** Its page asked for a second reviewer when it was made: still waiting, agreed or disagreed. */
  readonly review: 'none' | 'awaiting' | 'agree' | 'disagree';
}

export interface ReportSources {
  /**
   * The page a comment was captured on; asked only for the hides and removals counted (once per
   * comment), since finding a comment costs more than reading an action.
   */
  readonly pageOf: (comment: number) => string;
  readonly pageName: (pageId: string) => string;
  readonly moderatorName: (profileId: string) => string;
  readonly generatedAt: string;
  readonly department?: string | undefined;
  /** The IANA zone months and days are read in; the machine's own when not given. */
  readonly timeZone?: string | undefined;
}

/**
 * Why a range cannot be reported, in words, or undefined. The schema checks each date; this checks
 * the two together.
 */
export function rangeProblem(range: ReportRange): string | undefined {
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    return `The period starts (${range.from}) after it ends (${range.to}): put the earlier date in From and the later one in To.`;
  }
  return undefined;
}

/**
 * A calendar-day reader for one zone. Intl is slow for a million events, and a day changes only on
 * a quarter-hour boundary in every zone there is, so each quarter hour is read once.
 */
export function localDayReader(timeZone?: string): (at: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const cache = new Map<number, string>();
  return (at) => {
    const time = Date.parse(at);
    const quarter = Math.floor(time / 900_000);
    let day = cache.get(quarter);
    if (day === undefined) {
      const parts = format.formatToParts(time);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      day = `${part('year')}-${part('month')}-${part('day')}`;
      cache.set(quarter, day);
    }
    return day;
  };
}

/** Whether a hide or removal is counted, and if not, which apart-count it goes to. */
function standing(action: ReportAction): 'counted' | 'corrected' | 'disputed' | 'awaiting' {
  if (action.corrected) return 'corrected';
  switch (action.review) {
    case 'none':
    case 'agree':
      return 'counted';
    case 'disagree':
      return 'disputed';
    case 'awaiting':
      return 'awaiting';
    default: {
      const unreachable: never = action.review;
      return unreachable;
    }
  }
}

/**
 * The consistency report over the actions recorded in the range (local days, both ends included).
 *
 * Counted: every hide and removal that stands, in the month it was made. A comment hidden and later
 * removed counts twice (two decisions under the rules); a later restore does not undo a count, since
 * the report is about how the categories were applied when each decision was made. Counted apart,
 * never in the cells: a correction's voided action, a removal a second reviewer disagreed with, and
 * one still waiting for the second reviewer its page asks for.
 */
export function composeConsistencyReport(
  actions: Iterable<ReportAction>,
  range: ReportRange,
  sources: ReportSources,
): ConsistencyReport {
  const dayOf = localDayReader(sources.timeZone);
  const cells = new Map<string, ReportCell>();
  const pages = new Map<number, string>();
  const pageNames = new Map<string, string>();
  const moderatorNames = new Map<string, string>();
  let considered = 0;
  let corrected = 0;
  let disputed = 0;
  let awaitingReview = 0;
  for (const action of actions) {
    const day = dayOf(action.at);
    if (range.from !== undefined && day < range.from) continue;
    if (range.to !== undefined && day > range.to) continue;
    considered += 1;
    if (action.action !== 'hide' && action.action !== 'remove') continue;
    if (action.reason === undefined) continue;
    switch (standing(action)) {
      case 'corrected':
        corrected += 1;
        continue;
      case 'disputed':
        disputed += 1;
        continue;
      case 'awaiting':
        awaitingReview += 1;
        continue;
      case 'counted':
        break;
    }
    const month = day.slice(0, 7);
    let pageId = pages.get(action.comment);
    if (pageId === undefined) {
      pageId = sources.pageOf(action.comment);
      pages.set(action.comment, pageId);
    }
    const key = [month, pageId, action.by, action.action, action.reason].join('\u0000');
    const cell = cells.get(key);
    if (cell) {
      cell.count += 1;
      continue;
    }
    let pageName = pageNames.get(pageId);
    if (pageName === undefined) {
      pageName = sources.pageName(pageId);
      pageNames.set(pageId, pageName);
    }
    let moderatorName = moderatorNames.get(action.by);
    if (moderatorName === undefined) {
      moderatorName = sources.moderatorName(action.by);
      moderatorNames.set(action.by, moderatorName);
    }
    cells.set(key, {
      month,
      pageId,
      pageName,
      moderator: action.by,
      moderatorName,
      action: action.action,
      reason: action.reason,
      count: 1,
    });
  }
  const reasonOrder = (reason: RemovalReason) => REMOVAL_REASONS.indexOf(reason);
  const sorted = [...cells.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.pageName.localeCompare(b.pageName) ||
      a.moderatorName.localeCompare(b.moderatorName) ||
      a.action.localeCompare(b.action) ||
      reasonOrder(a.reason) - reasonOrder(b.reason),
  );
  return {
    range: {
      ...(range.from === undefined ? {} : { from: range.from }),
      ...(range.to === undefined ? {} : { to: range.to }),
    },
    generatedAt: sources.generatedAt,
    ...(sources.department === undefined ? {} : { department: sources.department }),
    cells: sorted,
    actions: considered,
    corrected,
    disputed,
    awaitingReview,
  };
}

/** The file name a saved report is offered under, naming its period. */
export function reportFileName(
  report: ConsistencyReport,
  extension: 'html' | 'csv',
  timeZone?: string,
): string {
  const from = report.range.from ?? 'start';
  const to = report.range.to ?? localDayReader(timeZone)(report.generatedAt);
  return `consistency-report-${from}-to-${to}.${extension}`;
}
