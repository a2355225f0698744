import { REMOVAL_CATEGORY_LABELS } from '../pages/intro-categories';
import { REMOVAL_REASONS } from './events';
import type { ConsistencyReport } from './report-view';

type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** The reasons' names as the intro statements publish them (III.B.3.d.1). */
export const REASON_LABELS = REMOVAL_CATEGORY_LABELS;

/** Counts per reason, in the reasons' published order. */
export type ReasonCounts = Readonly<Record<RemovalReason, number>>;

export interface Row {
  readonly id: string;
  readonly name: string;
  readonly byReason: ReasonCounts;
  readonly total: number;
}

/**
 * A moderator's reason mix beside the rest of the team's. `distance` is the share of their
 * decisions that would have to change reason for the two mixes to match (0 to 1).
 */
export interface ModeratorMix extends Row {
  readonly rest: ReasonCounts;
  readonly restTotal: number;
  readonly distance: number | undefined;
  /** Enough decisions on both sides, and mixes far enough apart, to be worth a look. */
  readonly worthALook: boolean;
}

export interface MonthColumn {
  readonly month: string;
  readonly byReason: ReasonCounts;
  readonly total: number;
}

export interface ReportReading {
  readonly months: readonly MonthColumn[];
  readonly reasons: readonly Row[];
  readonly pages: readonly Row[];
  readonly moderators: readonly ModeratorMix[];
  readonly hides: number;
  readonly removals: number;
  readonly total: number;
}

/** Fewer decisions than this on either side say nothing about a mix. */
export const MIX_MIN_DECISIONS = 10;
/** Mixes this far apart (30 of every 100 decisions under another reason) are worth a look. */
export const MIX_DIFFERENCE = 0.3;
/** Month columns shown at most for an empty stretch of a long range; data months always show. */
const MOST_EMPTY_MONTHS = 120;

const zero = (): Record<RemovalReason, number> => ({
  obscenity: 0,
  'off-topic': 0,
  'personal-attack': 0,
});

/** Every month from `first` to `last` (YYYY-MM), both included. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (label > last) return months;
    months.push(label);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

/** Share of `part` in `whole` as a whole percentage, for the tables ("25%"). */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

/**
 * What a supervisor reads from the counts: each reason month by month (empty months shown as 0,
 * since a gap is part of the picture), totals per page and per moderator, and each moderator's mix
 * beside the rest of the team's.
 */
export function readReport(report: ConsistencyReport): ReportReading {
  const months = new Map<string, Record<RemovalReason, number>>();
  const reasons = zero();
  const pages = new Map<string, { name: string; byReason: Record<RemovalReason, number> }>();
  const moderators = new Map<string, { name: string; byReason: Record<RemovalReason, number> }>();
  let hides = 0;
  let removals = 0;
  for (const cell of report.cells) {
    const month = months.get(cell.month) ?? zero();
    month[cell.reason] += cell.count;
    months.set(cell.month, month);
    reasons[cell.reason] += cell.count;
    const page = pages.get(cell.pageId) ?? { name: cell.pageName, byReason: zero() };
    page.byReason[cell.reason] += cell.count;
    pages.set(cell.pageId, page);
    const moderator = moderators.get(cell.moderator) ?? {
      name: cell.moderatorName,
      byReason: zero(),
    };
    moderator.byReason[cell.reason] += cell.count;
    moderators.set(cell.moderator, moderator);
    if (cell.action === 'hide') hides += cell.count;
    else removals += cell.count;
  }
  const sum = (counts: ReasonCounts) => REMOVAL_REASONS.reduce((n, r) => n + counts[r], 0);
  const dataMonths = [...months.keys()].sort();
  const first = dataMonths[0];
  const last = dataMonths[dataMonths.length - 1];
  let columns = dataMonths;
  if (first !== undefined && last !== undefined) {
    const start = report.range.from?.slice(0, 7) ?? first;
    const end = report.range.to?.slice(0, 7) ?? last;
    const spanned = monthsBetween(start < first ? start : first, end > last ? end : last);
    columns =
      spanned.length <= MOST_EMPTY_MONTHS + dataMonths.length
        ? spanned
        : monthsBetween(first, last);
  }
  const rows = (map: Map<string, { name: string; byReason: Record<RemovalReason, number> }>) =>
    [...map.entries()]
      .map(([id, { name, byReason }]) => ({ id, name, byReason, total: sum(byReason) }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const team = reasons;
  const teamTotal = sum(team);
  return {
    months: columns.map((month) => {
      const byReason = months.get(month) ?? zero();
      return { month, byReason, total: sum(byReason) };
    }),
    reasons: REMOVAL_REASONS.map((reason) => ({
      id: reason,
      name: REASON_LABELS[reason],
      byReason: { ...zero(), [reason]: team[reason] },
      total: team[reason],
    })),
    pages: rows(pages),
    moderators: rows(moderators).map((row) => {
      const rest = zero();
      for (const reason of REMOVAL_REASONS) rest[reason] = team[reason] - row.byReason[reason];
      const restTotal = teamTotal - row.total;
      const distance =
        row.total === 0 || restTotal === 0
          ? undefined
          : REMOVAL_REASONS.reduce(
              (d, r) => d + Math.abs(row.byReason[r] / row.total - rest[r] / restTotal),
              0,
            ) / 2;
      const enough = row.total >= MIX_MIN_DECISIONS && restTotal >= MIX_MIN_DECISIONS;
      return {
        ...row,
        rest,
        restTotal,
        distance,
        worthALook: enough && distance !== undefined && distance >= MIX_DIFFERENCE,
      };
    }),
    hides,
    removals,
    total: hides + removals,
  };
}

/** What the mix column says of a moderator, in words that question, never accuse. */
export function mixWords(mix: ModeratorMix): string {
  if (mix.total < MIX_MIN_DECISIONS) {
    return `Too few decisions to compare (fewer than ${MIX_MIN_DECISIONS}).`;
  }
  if (mix.restTotal < MIX_MIN_DECISIONS || mix.distance === undefined) {
    return `The rest of the team made too few decisions to compare with (fewer than ${MIX_MIN_DECISIONS}).`;
  }
  const apart = Math.round(mix.distance * 100);
  return mix.worthALook
    ? `Worth a look: ${apart} of every 100 decisions would need another reason to match the rest of the team's mix. The pages and hours a person covers often explain this; check a few of the comments with them.`
    : `In line with the rest of the team (${apart} of every 100 decisions differ in reason).`;
}
