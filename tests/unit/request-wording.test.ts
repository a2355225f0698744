import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ECHOED_KEYS_MAX, parseRequest } from '../../src/shared/ipc/request-wording';

function refusal(schema: z.ZodType, value: unknown): string {
  const result = parseRequest(schema, value);
  if (result.ok) throw new Error('the request was accepted');
  return result.error.message;
}

describe('a request refused for its form', () => {
  it('says what is wrong in plain words, never the format’s name', () => {
    const code = refusal(z.object({ code: z.string().regex(/^[A-Z]{3}$/) }), { code: 'abc' });
    expect(code).toBe('Code: Is not written the way Social Desk expects.');
    expect(code).not.toMatch(/regex|expected form/);
    expect(refusal(z.object({ on: z.iso.date() }), { on: '1/12/2026' })).toBe(
      'On: Is not a date (year-month-day, as 2026-12-01).',
    );
    expect(refusal(z.object({ at: z.iso.datetime() }), { at: 'noon' })).toBe(
      'At: Is not a date and time.',
    );
    expect(refusal(z.object({ mail: z.email() }), { mail: 'dana' })).toBe(
      'Mail: Is not an email address.',
    );
  });
});

describe('a request with fields Social Desk does not take', () => {
  const strict = z.object({ title: z.string() }).strict();

  it('names the first five and counts the rest', () => {
    const extra = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`stray${i + 1}`, i]));
    const message = refusal(strict, { title: 'x', ...extra });
    expect(ECHOED_KEYS_MAX).toBe(5);
    expect(message).toBe(
      'Fields Social Desk does not take: “stray1”, “stray2”, “stray3”, “stray4”, “stray5” and 7 more.',
    );
  });

  it('names all of up to five, and cuts a long name short', () => {
    expect(refusal(strict, { title: 'x', a: 1, b: 2 })).toBe(
      'Fields Social Desk does not take: “a”, “b”.',
    );
    const long = 'k'.repeat(5_000);
    const message = refusal(strict, { title: 'x', [long]: 1 });
    expect(message.length).toBeLessThan(120);
    expect(message).toContain(`“${'k'.repeat(39)}…”`);
  });
});
