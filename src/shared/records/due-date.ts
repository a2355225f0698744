import type { RetentionPeriod } from './retention-schedule';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar day a retention period ends: years and months are added to the trigger's day
 * first, a day that month lacks falling back to its last (29 February plus one year is
 * 28 February), then days. Calendar days, never hours: a period crossing a change of clocks
 * (daylight saving) still ends on the same date.
 */
export function addPeriod(date: string, period: RetentionPeriod): string {
  const [year, month, day] = parts(date);
  const months = year * 12 + (month - 1) + period.years * 12 + period.months;
  const toYear = Math.floor(months / 12);
  const toMonth = (months % 12) + 1;
  const clamped = Math.min(day, daysInMonth(toYear, toMonth));
  const end = new Date(Date.UTC(toYear, toMonth - 1, clamped + period.days));
  return `${pad(end.getUTCFullYear(), 4)}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

/**
 * The calendar date of an instant where the department is: its machine's zone unless one is
 * named (tests name one to cross a change of clocks).
 */
export function localDate(instant: string | Date, timeZone?: string): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a time: ${String(instant)}`);
  const byType = Object.fromEntries(
    format.formatToParts(at).map((part) => [part.type, part.value]),
  );
  return `${byType.year}-${byType.month}-${byType.day}`;
}

/**
 * The day a record falls due for disposition: the day its retention period ends after the
 * trigger's local date. Due on that day and after, never before.
 */
export function dueOn(triggeredAt: string, period: RetentionPeriod, timeZone?: string): string {
  return addPeriod(localDate(triggeredAt, timeZone), period);
}
