import { describe, expect, it } from 'vitest';
import {
  departmentFormSchema,
  departmentFormValues,
  importedInWords,
} from '../../src/renderer/src/people/department-form';

const SETTINGS = {
  name: 'Example Police Department',
  website: 'https://police.example.gov',
  contactLines: [],
};

describe('the department form’s place-name box', () => {
  it('saves one name a line, blank lines and repeats dropped; an empty box saves no list', () => {
    const saved = departmentFormSchema.parse({
      ...SETTINGS,
      placeNames: 'Hooker Ave\n\n  Cumming Park \nhooker ave\n',
    });
    expect(saved.placeNames).toEqual(['Hooker Ave', 'Cumming Park']);
    expect(
      departmentFormSchema.parse({ ...SETTINGS, placeNames: ' \n' }).placeNames,
    ).toBeUndefined();
    expect(departmentFormSchema.parse({ ...SETTINGS, placeNames: '' }).placeNames).toBeUndefined();
  });

  it('says at the box which name does not fit', () => {
    const result = departmentFormSchema.safeParse({
      ...SETTINGS,
      placeNames: `Hooker Ave\n${'Very Long Street Name '.repeat(6)}`,
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['placeNames']);
    expect(issue?.message).toContain('at most 100 characters');
    expect(issue?.message).toContain('“Very Long Street Name');
  });

  it('shows saved names one a line, and settings without any as an empty box', () => {
    expect(
      departmentFormValues({ ...SETTINGS, placeNames: ['Hooker Ave', 'Cumming Park'] }),
    ).toMatchObject({ placeNames: 'Hooker Ave\nCumming Park' });
    expect(departmentFormValues(SETTINGS).placeNames).toBe('');
  });
});

describe('what an import says', () => {
  const imported = {
    file: 'streets.csv',
    imported: 212,
    duplicates: 3,
    blank: 0,
    headerSkipped: false,
    changed: true,
  };

  it('counts what was kept and dropped, truthfully', () => {
    expect(importedInWords(imported)).toBe(
      'Imported 212 place names from streets.csv; 3 duplicates dropped. They replace the saved list, and the checklist uses them from now on.',
    );
    expect(
      importedInWords({ ...imported, imported: 1, duplicates: 1, blank: 2, headerSkipped: true }),
    ).toBe(
      'Imported 1 place name from streets.csv; 1 duplicate dropped; 2 blank lines skipped; the header row skipped. They replace the saved list, and the checklist uses them from now on.',
    );
  });

  it('does not claim an import changed anything when the list was already this one', () => {
    expect(importedInWords({ ...imported, changed: false })).toBe(
      'streets.csv holds the same 212 place names as the saved list: nothing was changed.',
    );
  });
});
