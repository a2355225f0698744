import { describe, expect, it } from 'vitest';
import { type DateOrder, readCommentTime } from '../../src/main/moderation/comment-time';
import { setEnv } from './records-fixtures';

const NOW = new Date('2026-11-01T12:00:00Z');

function read(text: string, order?: DateOrder) {
  return readCommentTime(text, { now: NOW, ...(order ? { order } : {}) });
}

function refusal(text: string, order?: DateOrder): string {
  const reading = read(text, order);
  if (reading.ok) throw new Error(`"${text}" was read as ${reading.iso}; it should be refused`);
  return reading.reason;
}

function iso(text: string, order?: DateOrder): string {
  const reading = read(text, order);
  if (!reading.ok) throw new Error(`"${text}" was refused: ${reading.reason}`);
  return reading.iso;
}

describe('reading a comment’s time', () => {
  it('reads the platforms’ own formats: Graph API +0000, Instagram, Z, offsets, unix seconds and ms, X', () => {
    expect(iso('2026-10-01T14:03:22+0000')).toBe('2026-10-01T14:03:22.000Z');
    expect(iso('2026-10-03T14:00:00+00:00')).toBe('2026-10-03T14:00:00.000Z');
    expect(iso('2026-10-03T14:00:00.123Z')).toBe('2026-10-03T14:00:00.123Z');
    expect(iso('2026-10-03T09:00:00-0500')).toBe('2026-10-03T14:00:00.000Z');
    expect(iso('2026-10-03 14:00:00Z')).toBe('2026-10-03T14:00:00.000Z');
    expect(iso('2026-10-03')).toBe('2026-10-03T00:00:00.000Z');
    expect(iso('1791036202')).toBe('2026-10-03T14:03:22.000Z');
    expect(iso('1791036202000')).toBe('2026-10-03T14:03:22.000Z');
    expect(iso('Sat Oct 03 14:03:22 +0000 2026')).toBe('2026-10-03T14:03:22.000Z');
  });

  it('refuses dates that do not exist instead of rolling them over (2026-02-30 is not March 2)', () => {
    expect(refusal('2026-02-30')).toContain('Feb 2026 has no day 30');
    expect(refusal('2026-02-30T10:00:00Z')).toContain('no day 30');
    expect(refusal('2026-13-01T10:00:00Z')).toContain('no month 13');
    expect(refusal('2026-10-03T24:00:00Z')).toContain('no hour 24');
    expect(refusal('2026-10-03T14:60:00Z')).toContain('no minute 60');
    expect(refusal('2026-10-03T14:00:00+2500')).toContain('offset that does not exist');
    // 2024 is a leap year, 2026 is not.
    expect(iso('2024-02-29T10:00:00Z')).toBe('2024-02-29T10:00:00.000Z');
    expect(refusal('2026-02-29T10:00:00Z')).toContain('no day 29');
  });

  it('refuses 13/45/2026 (not 2027-02-14) in either order', () => {
    const reason = refusal('13/45/2026 02:00 PM');
    expect(reason).toContain('not a date read day first or month first');
    expect(refusal('13/45/2026', 'dmy')).toContain('no month 45');
    expect(refusal('13/45/2026', 'mdy')).toContain('no month 13');
  });

  it('refuses an ambiguous day/month date without --date-format, naming both readings and the option', () => {
    const reason = refusal('03/04/2026');
    expect(reason).toContain('3 Apr 2026 or 4 Mar 2026');
    expect(reason).toContain('--date-format dmy');
    expect(reason).toContain('--date-format mdy');
    expect(iso('03/04/2026', 'dmy')).toBe(new Date(2026, 3, 3).toISOString());
    expect(iso('03/04/2026', 'mdy')).toBe(new Date(2026, 2, 4).toISOString());
    expect(iso('10/03/2026 02:00 PM', 'mdy')).toBe(new Date(2026, 9, 3, 14, 0).toISOString());
    expect(iso('3.10.2026 14:00', 'dmy')).toBe(new Date(2026, 9, 3, 14, 0).toISOString());
    // The same day read either way is not ambiguous.
    expect(iso('03/03/2026')).toBe(new Date(2026, 2, 3).toISOString());
  });

  it('reads a day/month date that only one order makes real, and says which order it took', () => {
    expect(read('25/10/2026')).toEqual({
      ok: true,
      iso: new Date(2026, 9, 25).toISOString(),
      inferred: 'dmy',
    });
    expect(read('10/25/2026 01:00 PM')).toMatchObject({ ok: true, inferred: 'mdy' });
    expect(refusal('25/10/2026', 'mdy')).toContain('read as month/day/year (--date-format mdy)');
  });

  it('takes year-first dates as ymd, and refuses an order that contradicts the date', () => {
    expect(iso('2026/10/03 14:00', 'ymd')).toBe(new Date(2026, 9, 3, 14, 0).toISOString());
    expect(iso('2026/10/03')).toBe(new Date(2026, 9, 3).toISOString());
    expect(refusal('2026/10/03', 'dmy')).toContain('starts with a year');
    expect(refusal('03/10/2026', 'ymd')).toContain('ends with a year');
    expect(refusal('03/10/26')).toContain('four digits');
    expect(refusal('10/03/2026 13:00 PM', 'mdy')).toContain('12-hour clock');
  });

  it('refuses years no platform could have written: 0000, 9999, before 2004, or over a day ahead', () => {
    expect(refusal('0000-01-01T00:00:00Z')).toContain('before 2004');
    expect(refusal('2003-12-31T23:59:59Z')).toContain('before 2004');
    expect(iso('2004-01-01T00:00:00Z')).toBe('2004-01-01T00:00:00.000Z');
    expect(refusal('9999-12-31T00:00:00Z')).toContain('more than a day after');
    expect(iso('2026-11-02T11:59:59Z')).toBe('2026-11-02T11:59:59.000Z');
    expect(refusal('2026-11-02T12:00:01Z')).toContain('more than a day after');
    expect(refusal('100000000')).toContain('before 2004');
  });

  it('refuses a local time the clocks skipped, rather than moving it an hour', () => {
    setEnv({ TZ: 'America/Chicago' });
    // 2026-03-08 02:30 never happened in Chicago: clocks went from 02:00 to 03:00.
    expect(refusal('2026-03-08T02:30:00')).toContain('clocks moved forward');
    expect(iso('2026-03-08T03:30:00')).toBe('2026-03-08T08:30:00.000Z');
  });

  it('refuses text that is not a time, without echoing a huge value', () => {
    expect(refusal('not-a-date')).toContain('"not-a-date" is not a date and time');
    expect(refusal('9'.repeat(5000))).toBe('the time column holds 5000 characters: not a date');
  });
});
