import { describe, expect, it } from 'vitest';
import { addPeriod, dueOn, localDate } from '../../src/shared/records/due-date';
import {
  periodWords,
  retentionScheduleSchema,
  scheduleWords,
} from '../../src/shared/records/retention-schedule';

const years = (n: number) => ({ years: n, months: 0, days: 0 });

describe('retention periods on the calendar', () => {
  it('adds years to a leap day: the last day of February when the year has no 29th', () => {
    expect(addPeriod('2024-02-29', years(1))).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', years(4))).toBe('2028-02-29');
    expect(addPeriod('2023-02-28', years(1))).toBe('2024-02-28');
  });

  it('adds months to a month end, then days across the year’s end', () => {
    expect(addPeriod('2026-01-31', { years: 0, months: 1, days: 0 })).toBe('2026-02-28');
    expect(addPeriod('2026-08-31', { years: 0, months: 18, days: 0 })).toBe('2028-02-29');
    expect(addPeriod('2026-12-20', { years: 0, months: 0, days: 30 })).toBe('2027-01-19');
    expect(addPeriod('2024-02-28', { years: 0, months: 0, days: 1 })).toBe('2024-02-29');
  });

  it('counts calendar days across a change of clocks, in the department’s zone', () => {
    // 2026-03-08 is the day US clocks go forward; 24-hour steps would land an hour off.
    const evening = '2026-03-08T04:30:00.000Z'; // 23:30 on 7 March in New York
    expect(localDate(evening, 'America/New_York')).toBe('2026-03-07');
    expect(localDate(evening, 'UTC')).toBe('2026-03-08');
    expect(dueOn(evening, { years: 0, months: 0, days: 1 }, 'America/New_York')).toBe('2026-03-08');
    // Autumn: 1 November 2026 has 25 hours in New York; a day later is still the next date.
    const lateOct = '2026-11-01T03:30:00.000Z'; // 23:30 on 31 October
    expect(dueOn(lateOct, { years: 0, months: 0, days: 2 }, 'America/New_York')).toBe('2026-11-02');
    expect(dueOn('2020-02-29T23:30:00.000Z', years(7), 'Pacific/Auckland')).toBe('2027-03-01');
  });

  it('refuses what is not a date or a time', () => {
    expect(() => addPeriod('2026-13-45x', years(1))).toThrow(/YYYY-MM-DD/);
    expect(() => localDate('yesterday')).toThrow(/Not a time/);
  });
});

describe('retention schedules', () => {
  const valid = {
    type: 'draft',
    trigger: 'closed',
    period: years(3),
    authority: 'GS1 item 12',
  } as const;

  it('says a schedule in words', () => {
    const schedule = retentionScheduleSchema.parse(valid);
    expect(scheduleWords(schedule)).toBe(
      'Drafts and revisions: kept 3 years after the draft was archived, or denied and not taken further (GS1 item 12)',
    );
    expect(periodWords({ years: 1, months: 6, days: 1 })).toBe('1 year, 6 months, 1 day');
    expect(
      scheduleWords(
        retentionScheduleSchema.parse({
          type: 'audit',
          trigger: 'created',
          permanent: true,
          authority: 'Board order 4',
        }),
      ),
    ).toBe('Audit entries: kept permanently (Board order 4)');
  });

  it('refuses a trigger the type cannot meet, naming the ones it can', () => {
    const result = retentionScheduleSchema.safeParse({ ...valid, type: 'comment' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Captured comments can be kept from created, not closed',
    );
  });

  it('refuses a period of nothing, a period beside permanent, and no authority', () => {
    expect(retentionScheduleSchema.safeParse({ ...valid, period: years(0) }).success).toBe(false);
    expect(retentionScheduleSchema.safeParse({ ...valid, permanent: true }).success).toBe(false);
    expect(retentionScheduleSchema.safeParse({ ...valid, period: undefined }).success).toBe(false);
    expect(retentionScheduleSchema.safeParse({ ...valid, authority: '  ' }).success).toBe(false);
  });
});
