/**
 * Reading the time a comment was posted, as platform exports write it. A date that does not exist
 * (2026-02-30), that could be two dates (03/04/2026), or that no platform could have written (before
 * 2004, or in the future) is refused with a reason, never rolled over into another date: a wrong
 * date in a record is worse than none.
 */

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const ORDER_WORDS: Readonly<Record<DateOrder, string>> = {
  dmy: 'day/month/year',
  mdy: 'month/day/year',
  ymd: 'year/month/day',
};

/**
 * Facebook opened in February 2004, the first of the platforms a department's pages are on; a
 * comment dated earlier is a wrong column or a wrong reading.
 */
export const EARLIEST_COMMENT_YEAR = 2004;
/** Up to a day ahead of this computer's clock: an export made in a zone ahead of ours, or a clock a little off. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
/** Longer than any date and time an export writes; a longer value is not a date (and is not echoed whole). */
const MAX_TIME_TEXT = 64;

export type TimeReading =
  | { readonly ok: true; readonly iso: string; readonly inferred?: 'dmy' | 'mdy' }
  | { readonly ok: false; readonly reason: string };

export interface TimeOptions {
  /** The order of day, month and year in numeric dates such as 03/04/2026 (--date-format). */
  readonly order?: DateOrder;
  readonly now: Date;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMERIC =
  /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:(?:\s+|T|,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?)?$/;
const NUMERIC_24H =
  /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:\s+|T|,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** X's (Twitter's) API v1.1 `created_at`: "Wed Oct 10 20:19:24 +0000 2018". */
const X_CREATED_AT =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ms: number;
  /** Minutes east of UTC; undefined for a time written without a zone (read as this computer's). */
  readonly offsetMinutes: number | undefined;
}

type PartsReading =
  | { readonly ok: true; readonly parts: Parts; readonly inferred?: 'dmy' | 'mdy' }
  | { readonly ok: false; readonly reason: string };

export function readCommentTime(raw: string, options: TimeOptions): TimeReading {
  const text = raw.trim();
  if (text.length > MAX_TIME_TEXT) {
    return { ok: false, reason: `the time column holds ${text.length} characters: not a date` };
  }
  let instant: number | string;
  let inferred: 'dmy' | 'mdy' | undefined;
  if (/^\d{9,10}$|^\d{12,13}$/.test(text)) {
    // Unix time as Facebook's "Download your information" writes it: seconds, or milliseconds.
    instant = text.length <= 10 ? Number(text) * 1000 : Number(text);
  } else {
    const reading = partsOf(text, options.order);
    if (!reading.ok) return reading;
    instant = instantOf(reading.parts, text);
    inferred = reading.inferred;
  }
  if (typeof instant === 'string') return { ok: false, reason: instant };
  const implausible = plausibility(instant, text, options.now);
  if (implausible !== undefined) return { ok: false, reason: implausible };
  return { ok: true, iso: new Date(instant).toISOString(), ...(inferred ? { inferred } : {}) };
}

function partsOf(text: string, order: DateOrder | undefined): PartsReading {
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    const offset = offsetOf(zone);
    if (offset === null)
      return { ok: false, reason: `"${text}" has a time zone offset that does not exist` };
    return checked(text, {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour ?? 0),
      minute: Number(minute ?? 0),
      second: Number(second ?? 0),
      ms: fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000),
      // A date alone is a calendar day, read as UTC (as ECMAScript reads "2026-10-03").
      offsetMinutes: hour === undefined ? 0 : offset,
    });
  }
  const x = X_CREATED_AT.exec(text);
  if (x) {
    const [, monthName, day, hour, minute, second, zone, year] = x;
    const offset = offsetOf(zone);
    if (offset === null)
      return { ok: false, reason: `"${text}" has a time zone offset that does not exist` };
    return checked(text, {
      year: Number(year),
      month: MONTH_NAMES.indexOf(monthName ?? '') + 1,
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second),
      ms: 0,
      offsetMinutes: offset,
    });
  }
  return numericParts(text, order);
}

/** 03/04/2026, 2026/03/04, 3.4.2026 14:00, 10/03/2026 02:00 PM: the order decides which is which. */
function numericParts(text: string, order: DateOrder | undefined): PartsReading {
  const twelveHour = NUMERIC.exec(text);
  const match = twelveHour ?? NUMERIC_24H.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `"${text}" is not a date and time this tool can read (use ISO 8601 such as 2026-10-03T14:00:00Z, a platform's own format, or a numeric date with --date-format dmy, mdy or ymd)`,
    };
  }
  const [, first = '', , second = '', third = '', hourText, minuteText, secondText] = match;
  const meridiem = twelveHour ? twelveHour[8] : undefined;
  let hour = Number(hourText ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) {
      return { ok: false, reason: `"${text}": hour ${hour} does not exist on a 12-hour clock` };
    }
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  const time = {
    hour,
    minute: Number(minuteText ?? 0),
    second: Number(secondText ?? 0),
    ms: 0,
    offsetMinutes: undefined,
  };
  if (first.length === 4) {
    // Year first is read one way only (no one writes year/day/month).
    if (order !== undefined && order !== 'ymd') {
      return {
        ok: false,
        reason: `"${text}" starts with a year, but --date-format ${order} reads ${ORDER_WORDS[order]}`,
      };
    }
    return checked(text, {
      year: Number(first),
      month: Number(second),
      day: Number(third),
      ...time,
    });
  }
  if (third.length !== 4) {
    return {
      ok: false,
      reason: `"${text}" does not give the year in four digits: a two-digit year could be any century`,
    };
  }
  if (order === 'ymd') {
    return {
      ok: false,
      reason: `"${text}" ends with a year, but --date-format ymd reads year/month/day`,
    };
  }
  const year = Number(third);
  const asDmy = { year, month: Number(second), day: Number(first), ...time };
  const asMdy = { year, month: Number(first), day: Number(second), ...time };
  if (order === 'dmy') return checked(text, asDmy, 'dmy');
  if (order === 'mdy') return checked(text, asMdy, 'mdy');
  const dmy = checked(text, asDmy);
  const mdy = checked(text, asMdy);
  if (dmy.ok && mdy.ok) {
    // 03/03/2026 is the same day read either way.
    if (Number(first) === Number(second)) return { ok: true, parts: mdy.parts };
    return {
      ok: false,
      reason: `"${text}" could be ${dayName(asDmy)} or ${dayName(asMdy)}: say which with --date-format dmy (day first) or --date-format mdy (month first)`,
    };
  }
  if (dmy.ok) return { ok: true, parts: dmy.parts, inferred: 'dmy' };
  if (mdy.ok) return { ok: true, parts: mdy.parts, inferred: 'mdy' };
  return {
    ok: false,
    reason: `"${text}" is not a date read day first or month first (${whyNot(asDmy)}; ${whyNot(asMdy)})`,
  };
}

function checked(text: string, parts: Parts, order?: DateOrder): PartsReading {
  const wrong = whyNot(parts);
  if (wrong === undefined) return { ok: true, parts };
  const as = order === undefined ? '' : ` read as ${ORDER_WORDS[order]} (--date-format ${order})`;
  return { ok: false, reason: `"${text}"${as} is not a real date and time: ${wrong}` };
}

/** Why these parts name no moment, or undefined if they do. */
function whyNot(parts: Parts): string | undefined {
  const { year, month, day, hour, minute, second } = parts;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTH_NAMES[month - 1]} ${year} has no day ${day}`;
  if (hour > 23) return `there is no hour ${hour}`;
  if (minute > 59) return `there is no minute ${minute}`;
  if (second > 59) return `there is no second ${second}`;
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayName({ year, month, day }: Parts): string {
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Minutes east of UTC for Z, +0000, +00:00 or +00; null for an offset no zone has. */
function offsetOf(zone: string | undefined): number | undefined | null {
  if (zone === undefined) return undefined;
  if (zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const [, sign, hours = '0', minutes = '0'] = match;
  if (Number(hours) > 14 || Number(minutes) > 59) return null;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** Milliseconds since 1970, or why the written time is no moment at all. */
function instantOf(parts: Parts, text: string): number | string {
  const { year, month, day, hour, minute, second, ms, offsetMinutes } = parts;
  if (offsetMinutes !== undefined) {
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    utc.setUTCHours(hour, minute, second, ms);
    return utc.getTime() - offsetMinutes * 60_000;
  }
  // No zone written: the export's local time, read as this computer's zone (as the export tool did).
  const local = new Date(0);
  local.setFullYear(year, month - 1, day);
  local.setHours(hour, minute, second, ms);
  if (local.getHours() !== hour || local.getMinutes() !== minute || local.getDate() !== day) {
    return `"${text}" does not exist in this computer's time zone (the clocks moved forward over it); give the time with its zone, such as 2026-03-08T02:30:00-06:00`;
  }
  return local.getTime();
}

function plausibility(instant: number, text: string, now: Date): string | undefined {
  const year = new Date(instant).getUTCFullYear();
  if (Number.isNaN(instant) || year < EARLIEST_COMMENT_YEAR) {
    return `"${text}" is before ${EARLIEST_COMMENT_YEAR}, when the first of the platforms (Facebook) opened: not a comment's date (a wrong column, or a wrong --date-format?)`;
  }
  if (instant > now.getTime() + FUTURE_SLACK_MS) {
    return `"${text}" is more than a day after this computer's clock (${now.toISOString()}): not a comment's date yet (check the column, and the clock)`;
  }
  return undefined;
}
