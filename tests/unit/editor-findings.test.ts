import { describe, expect, it } from 'vitest';
import {
  FINDING_KIND_LABELS,
  type TextFinding,
  atCursorText,
  findingAt,
  kindsPresent,
  nextFinding,
} from '../../src/renderer/src/drafts/editor-findings';
import { FINDING_KINDS } from '../../src/shared/policy/finding';

const BODY = 'Call Ava Thompson at 555-201-7788. INTERNAL USE ONLY. Then the long tail.';
const span = (words: string) => {
  const start = BODY.indexOf(words);
  return { start, end: start + words.length };
};
const name: TextFinding = {
  kind: 'personal-data',
  field: 'body',
  ...span('Ava Thompson'),
  message: 'A private person’s name',
  section: 'III.B.1.c',
};
const phone: TextFinding = {
  kind: 'personal-data',
  field: 'body',
  ...span('555-201-7788'),
  message: 'A private phone number',
  section: 'III.B.1.c',
};
const marking: TextFinding = {
  kind: 'confidential',
  field: 'body',
  ...span('INTERNAL USE ONLY'),
  message: 'A confidentiality marking',
  section: 'III.B.1.c',
};
/** A platform's "cut off from here": the whole tail, overlapping the marking. */
const cut: TextFinding = {
  kind: 'platform-limit',
  field: 'body',
  start: BODY.indexOf('ONLY'),
  end: BODY.length,
  message: 'X counts this post as 300 characters of 280',
  section: 'III.B.1.a',
};
const inTitle: TextFinding = {
  kind: 'obscenity',
  field: 'title',
  start: 0,
  end: 4,
  message: 'A word the directive calls obscene',
  section: 'III.B.1.d',
};
const ALL = [cut, marking, phone, name, inTitle];

describe('the finding at the caret', () => {
  it('is the finding the caret is in, touching either end, in the caret’s field only', () => {
    expect(findingAt(ALL, { field: 'body', start: name.start + 2, end: name.start + 2 })).toBe(
      name,
    );
    expect(findingAt(ALL, { field: 'body', start: name.end, end: name.end })).toBe(name);
    expect(findingAt(ALL, { field: 'body', start: name.start, end: name.start })).toBe(name);
    expect(findingAt(ALL, { field: 'body', start: 1, end: 1 })).toBeUndefined();
    expect(findingAt(ALL, { field: 'title', start: 2, end: 2 })).toBe(inTitle);
    expect(findingAt([name], { field: 'title', start: name.start, end: name.start })).toBe(
      undefined,
    );
  });

  it('is the narrowest where findings overlap, so the words clicked on win over a long cut', () => {
    const inOnly = BODY.indexOf('ONLY') + 1;
    expect(findingAt(ALL, { field: 'body', start: inOnly, end: inOnly })).toBe(marking);
    expect(findingAt(ALL, { field: 'body', start: BODY.length - 2, end: BODY.length - 2 })).toBe(
      cut,
    );
  });

  it('holds a selection only when the finding covers all of it', () => {
    expect(findingAt(ALL, { field: 'body', start: name.start, end: name.end })).toBe(name);
    expect(findingAt(ALL, { field: 'body', start: name.start, end: phone.end })).toBeUndefined();
  });

  it('is said with its kind’s name, its message and its section', () => {
    expect(atCursorText(name)).toBe(
      'At the cursor: Personal data — A private person’s name (III.B.1.c)',
    );
    expect(atCursorText(undefined)).toBe('');
  });
});

describe('F8 and Shift+F8', () => {
  it('walk the title’s findings, then the body’s, in reading order, wrapping round', () => {
    let caret: { field: 'title' | 'body'; start: number; end: number } | undefined;
    const seen: TextFinding[] = [];
    for (let press = 0; press < 6; press += 1) {
      const found = nextFinding(ALL, caret, 'next');
      if (!found) throw new Error('no finding');
      seen.push(found);
      caret = { field: found.field, start: found.start, end: found.end };
    }
    expect(seen).toEqual([inTitle, name, phone, marking, cut, inTitle]);
  });

  it('go back from a selected finding to the one before it, and from the first to the last', () => {
    const at = (f: TextFinding) => ({ field: f.field, start: f.start, end: f.end });
    expect(nextFinding(ALL, at(phone), 'previous')).toBe(name);
    expect(nextFinding(ALL, at(name), 'previous')).toBe(inTitle);
    expect(nextFinding(ALL, at(inTitle), 'previous')).toBe(cut);
  });

  it('go from the caret: the next after it, or from the top when there is no caret', () => {
    const between = name.end + 2;
    expect(nextFinding(ALL, { field: 'body', start: between, end: between }, 'next')).toBe(phone);
    expect(nextFinding(ALL, { field: 'body', start: between, end: between }, 'previous')).toBe(
      name,
    );
    expect(nextFinding(ALL, undefined, 'next')).toBe(inTitle);
    expect(nextFinding(ALL, undefined, 'previous')).toBe(cut);
    expect(nextFinding<TextFinding>([], undefined, 'next')).toBeUndefined();
  });
});

describe('the legend', () => {
  it('names every kind a scanner can raise', () => {
    for (const kind of FINDING_KINDS) {
      expect(FINDING_KIND_LABELS[kind]).toMatch(/^[A-Z]/);
    }
  });

  it('lists the kinds present once each, in the catalogue’s order', () => {
    expect(kindsPresent(ALL)).toEqual([
      'personal-data',
      'confidential',
      'obscenity',
      'platform-limit',
    ]);
    expect(kindsPresent([])).toEqual([]);
  });
});
