import { describe, expect, it } from 'vitest';
import {
  type HoldSubject,
  holdCovers,
  holdScopeSchema,
  recordWords,
} from '../../src/shared/records/legal-hold';

const PAGE_A = '00000000-0000-4000-8000-0000000000aa';
const PAGE_B = '00000000-0000-4000-8000-0000000000bb';

function subject(overrides: Partial<HoldSubject> = {}): HoldSubject {
  return {
    type: 'comment',
    pages: [PAGE_A],
    day: '2026-05-10',
    words: recordWords('The officer at the Elm Street crash was rude.'),
    ...overrides,
  };
}

describe('legal hold scopes', () => {
  it('with no condition holds everything', () => {
    expect(holdCovers({}, subject())).toBe(true);
    expect(holdCovers({}, subject({ type: 'audit', pages: [] }))).toBe(true);
  });

  it('holds a date range by whole days, both ends included', () => {
    const scope = { from: '2026-05-10', to: '2026-05-31' };
    expect(holdCovers(scope, subject())).toBe(true);
    expect(holdCovers(scope, subject({ day: '2026-05-31' }))).toBe(true);
    expect(holdCovers(scope, subject({ day: '2026-05-09' }))).toBe(false);
    expect(holdCovers(scope, subject({ day: '2026-06-01' }))).toBe(false);
    expect(holdCovers({ from: '2026-01-01' }, subject())).toBe(true);
  });

  it('holds the pages and types named, and every condition together narrows', () => {
    expect(holdCovers({ pages: [PAGE_B] }, subject())).toBe(false);
    expect(holdCovers({ pages: [PAGE_B, PAGE_A] }, subject())).toBe(true);
    expect(holdCovers({ types: ['draft', 'post'] }, subject())).toBe(false);
    expect(holdCovers({ types: ['comment'], pages: [PAGE_B] }, subject())).toBe(false);
    expect(holdCovers({ types: ['comment'], pages: [PAGE_A], to: '2026-05-01' }, subject())).toBe(
      false,
    );
  });

  it('holds by whole words in any case; a phrase needs all its words', () => {
    expect(holdCovers({ words: ['ELM'] }, subject())).toBe(true);
    expect(holdCovers({ words: ['el'] }, subject())).toBe(false);
    expect(holdCovers({ words: ['elm street'] }, subject())).toBe(true);
    expect(holdCovers({ words: ['elm avenue'] }, subject())).toBe(false);
    expect(holdCovers({ words: ['avenue', 'rude'] }, subject())).toBe(true);
    expect(holdCovers({ words: ['crash'] }, subject({ words: recordWords('') }))).toBe(false);
  });

  it('refuses a range that ends before it starts', () => {
    const result = holdScopeSchema.safeParse({ from: '2026-06-01', to: '2026-05-01' });
    expect(result.error?.issues[0]?.message).toMatch(/first day is after its last/);
  });
});
