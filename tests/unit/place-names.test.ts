import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaceNamesFile } from '../../src/main/department/place-names-file';
import {
  PLACE_NAMES_MAX,
  departmentSettingsSchema,
  placeNamesFrom,
  settingsContacts,
} from '../../src/shared/department/settings';
import { scanText } from '../../src/shared/policy/scanners';
import { failureOf, scratchFolder } from './records-fixtures';

const SETTINGS = {
  name: 'Example Police Department',
  website: 'https://police.example.gov',
  contactLines: [{ label: 'Front desk', value: '(555) 555-0199' }],
};

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message).join('; ');

describe('the settings’ place names', () => {
  it('are optional: settings saved before them still load, and hand the scanners none', () => {
    const older = departmentSettingsSchema.parse(SETTINGS);
    expect(older.placeNames).toBeUndefined();
    expect(settingsContacts(older).placeNames).toBeUndefined();
  });

  it('reach the scanners, so a listed street is not an obscenity there', () => {
    const settings = departmentSettingsSchema.parse({
      ...SETTINGS,
      placeNames: ['Hooker Ave', 'Cumming Park'],
    });
    const department = settingsContacts(settings);
    expect(department.placeNames).toEqual(['Hooker Ave', 'Cumming Park']);
    const text = 'the hydrant on hooker ave is leaking';
    expect(scanText(text).map((f) => f.kind)).toContain('obscenity');
    expect(scanText(text, { department }).map((f) => f.kind)).not.toContain('obscenity');
  });

  it('are bounded in count and length, one line each, each listed once', () => {
    const parse = (placeNames: unknown) =>
      departmentSettingsSchema.safeParse({ ...SETTINGS, placeNames });
    expect(parse(['Hooker Ave']).success).toBe(true);
    expect(messageOf(parse(['x'.repeat(101)]))).toContain('at most 100 characters');
    expect(messageOf(parse(['Hooker\nAve']))).toContain('one line');
    expect(messageOf(parse(['   ']))).toContain('empty');
    expect(messageOf(parse(['Hooker Ave', 'HOOKER AVE']))).toContain('listed twice');
    const many = Array.from({ length: PLACE_NAMES_MAX + 1 }, (_, i) => `Street ${i}`);
    expect(messageOf(parse(many))).toContain(`At most ${PLACE_NAMES_MAX} place names`);
    expect(parse(many.slice(1)).success).toBe(true);
  });

  it('come from lines trimmed, blank ones and repeats (letter case aside) dropped and counted', () => {
    expect(placeNamesFrom(['Hooker Ave', '', '  hooker   ave ', 'Cumming Park', ' '])).toEqual({
      names: ['Hooker Ave', 'Cumming Park'],
      duplicates: 1,
      blank: 2,
    });
  });
});

async function fileOf(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await scratchFolder('social-desk-place-names-'), name);
  await writeFile(path, content);
  return path;
}

describe('a file of place names', () => {
  it('reads a text file one name a line, dropping blanks and repeats', async () => {
    const path = await fileOf('streets.txt', 'Hooker Ave\r\n\r\nCumming Park\nhooker ave\n\n');
    expect(await readPlaceNamesFile(path)).toEqual({
      file: 'streets.txt',
      names: ['Hooker Ave', 'Cumming Park'],
      duplicates: 1,
      blank: 2,
      headerSkipped: false,
    });
  });

  it('skips a header line in a text file, and a byte-order mark', async () => {
    const path = await fileOf('streets.txt', '\uFEFFStreet\nHooker Ave\n');
    expect(await readPlaceNamesFile(path)).toMatchObject({
      names: ['Hooker Ave'],
      headerSkipped: true,
    });
  });

  it('reads a CSV file’s column headed name or street, skipping the header', async () => {
    const path = await fileOf(
      'streets.csv',
      '\uFEFFid,Street Name,zip\n1,Hooker Ave,78701\n2,"Dick\'s Way, North",78702\n3,Hooker Ave,78703\n',
    );
    expect(await readPlaceNamesFile(path)).toEqual({
      file: 'streets.csv',
      names: ['Hooker Ave', "Dick's Way, North"],
      duplicates: 1,
      blank: 0,
      headerSkipped: true,
    });
  });

  it('reads a CSV file of one column without a header', async () => {
    const path = await fileOf('streets.csv', 'Hooker Ave\nCumming Park\n\n');
    expect(await readPlaceNamesFile(path)).toMatchObject({
      names: ['Hooker Ave', 'Cumming Park'],
      headerSkipped: false,
    });
  });

  it('refuses, saying what is wrong and what to do, a file it cannot read whole', async () => {
    const refusals: [string, string | Uint8Array, string][] = [
      ['many.csv', 'a,b\nc,d\n', 'has 2 columns and none is headed name, street or place'],
      ['latin.txt', Uint8Array.from([0x48, 0xf6, 0x6b, 0x0a]), 'is not UTF-8 text'],
      ['binary.txt', 'Hooker\u0000Ave', 'is not a text file'],
      ['empty.txt', '\n\n', 'holds no place names'],
      ['long.txt', `Hooker Ave\n${'x'.repeat(120)}\n`, 'line 2 is 120 characters long'],
      ['broken.csv', 'name\n"Hooker Ave\n', 'is not a CSV file this tool can read'],
    ];
    for (const [name, content, why] of refusals) {
      const failure = await failureOf(async () => readPlaceNamesFile(await fileOf(name, content)));
      expect(failure.code).toBe('invalid-request');
      expect(failure.message).toContain(`${name} ${why}`);
      expect(failure.message).toContain('Nothing was changed');
      // The person is told the file's name, never where on disk it was.
      expect(failure.message).not.toContain('/');
    }
  });

  it('refuses more names than the list keeps', async () => {
    const names = Array.from({ length: PLACE_NAMES_MAX + 1 }, (_, i) => `Street ${i}`).join('\n');
    const failure = await failureOf(async () => readPlaceNamesFile(await fileOf('all.txt', names)));
    expect(failure.message).toContain(`holds ${PLACE_NAMES_MAX + 1} place names`);
  });
});
