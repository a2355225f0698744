import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import {
  PLACE_NAMES_MAX,
  PLACE_NAME_LENGTH_MAX,
  placeNameSchema,
  placeNamesFrom,
} from '../../shared/department/settings';
import { DeskFailure } from '../ipc/desk-failure';

/** A street list of a large city is well under this; anything bigger is not a list of names. */
export const PLACE_NAMES_FILE_BYTES_MAX = 2 * 1024 * 1024;

/** A first row holding one of these is the column's name, not a place. */
const HEADERS = new Set([
  'name',
  'names',
  'street',
  'streets',
  'street name',
  'street names',
  'place',
  'places',
  'place name',
  'place names',
  'location',
  'locations',
  'road',
  'roads',
  'road name',
  'full name',
  'full street name',
]);

const isHeader = (cell: string | undefined) =>
  cell !== undefined && HEADERS.has(cell.trim().toLowerCase().replace(/[_-]+/g, ' '));

export interface PlaceNamesRead {
  /** The file's name as the person chose it (never its path: that stays in the main process). */
  readonly file: string;
  readonly names: readonly string[];
  readonly duplicates: number;
  readonly blank: number;
  readonly headerSkipped: boolean;
}

/**
 * The place names in a text file (one a line) or a CSV file (the names' column: the only one, or
 * the one headed name/street/place). A file that cannot be read as such is refused with what is
 * wrong and what to do; nothing is read from it in part.
 */
export async function readPlaceNamesFile(path: string): Promise<PlaceNamesRead> {
  const file = basename(path);
  const refuse = (why: string, what = 'fix the file and import it again'): never => {
    throw new DeskFailure('invalid-request', `${file} ${why}. Nothing was changed: ${what}.`);
  };
  const size = await stat(path).then(
    (found) => found.size,
    (error: unknown) =>
      refuse(
        `cannot be read (${(error as Error).message.replaceAll(path, file)})`,
        'choose another file',
      ),
  );
  if (size > PLACE_NAMES_FILE_BYTES_MAX) {
    refuse(
      `is ${Math.ceil(size / 1024)} KB, too large for a list of place names (at most ${PLACE_NAMES_FILE_BYTES_MAX / 1024 / 1024} MB)`,
      'choose the list itself, one name a line or a CSV column of names',
    );
  }
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(
      'is not UTF-8 text',
      'save it as UTF-8 text or "CSV UTF-8" (a spreadsheet offers it under Save As) and import it again',
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) {
    return refuse(
      'is not a text file',
      'choose a text file (one name a line) or a CSV file with a column of names',
    );
  }
  const { cells, headerSkipped } =
    extname(file).toLowerCase() === '.csv' ? csvColumn(text, refuse) : textLines(text);
  cells.forEach((cell, index) => {
    const checked = placeNameSchema.safeParse(cell.value.trim() === '' ? '' : cell.value);
    if (!checked.success && cell.value.trim() !== '') {
      const why =
        cell.value.trim().length > PLACE_NAME_LENGTH_MAX
          ? `is ${cell.value.trim().length} characters long, and a place name is at most ${PLACE_NAME_LENGTH_MAX}`
          : `is not a place name (${checked.error.issues[0]?.message ?? 'not valid'})`;
      refuse(`line ${cell.line ?? index + 1} ${why}`);
    }
  });
  const read = placeNamesFrom(cells.map((cell) => cell.value));
  if (read.names.length === 0) {
    refuse(
      'holds no place names',
      'choose a text file with one name a line, or a CSV file with a column of names',
    );
  }
  if (read.names.length > PLACE_NAMES_MAX) {
    refuse(
      `holds ${read.names.length} place names, and the list keeps at most ${PLACE_NAMES_MAX}`,
      'keep the streets and places whose names could be taken for rude words, and import that list',
    );
  }
  return { file, ...read, headerSkipped };
}

interface Cell {
  readonly value: string;
  /** The line the cell starts on, for a message about it. */
  readonly line?: number;
}

function textLines(text: string): { cells: Cell[]; headerSkipped: boolean } {
  // A final line break ends the last line; it does not start a blank one.
  const lines = text
    .replace(/(?:\r\n|\r|\n)$/, '')
    .split(/\r\n|\r|\n/)
    .map((value, index) => ({ value, line: index + 1 }));
  const headerSkipped = isHeader(lines[0]?.value);
  return { cells: headerSkipped ? lines.slice(1) : lines, headerSkipped };
}

const csvRows = z.array(
  z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }).loose() }),
);

function csvColumn(
  text: string,
  refuse: (why: string, what?: string) => never,
): { cells: Cell[]; headerSkipped: boolean } {
  let rows: z.infer<typeof csvRows>;
  try {
    // With `info`, each record comes with the line it ends on; the library types it as rows alone.
    rows = csvRows.parse(
      parse(text, { relax_column_count: true, skip_empty_lines: false, info: true }),
    );
  } catch (error) {
    return refuse(
      `is not a CSV file this tool can read (${(error as Error).message})`,
      'save it again as CSV from the spreadsheet, or as a text file with one name a line',
    );
  }
  const first = rows[0]?.record ?? [];
  const headed = first.findIndex((cell) => isHeader(cell));
  const columns = Math.max(0, ...rows.map((row) => row.record.filter((c) => c.trim()).length));
  if (headed === -1 && columns > 1) {
    refuse(
      `has ${columns} columns and none is headed name, street or place`,
      'head the column of names "name" (or "street"), or keep only that column',
    );
  }
  const column = Math.max(0, headed);
  const cells = rows.map((row) => ({ value: row.record[column] ?? '', line: row.info.lines }));
  return { cells: headed === -1 ? cells : cells.slice(1), headerSkipped: headed !== -1 };
}
