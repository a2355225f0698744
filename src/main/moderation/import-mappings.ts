import { join } from 'node:path';
import { z } from 'zod';
import { type ImportMapping, importMappingSchema } from '../../shared/moderation/import-view';
import { DurableJsonFile } from '../storage/durable-json-file';
import { readJsonFile } from '../storage/read-json-file';

export const IMPORT_MAPPINGS_FILE = 'comment-import-mappings.json';

const storeSchema = z
  .object({ schemaVersion: z.literal(1), mappings: z.array(importMappingSchema) })
  .strict();

/**
 * The column mappings saved per platform, for the next export from it. Not a record (the journal
 * says what was imported and from which file), so it is a plain durable file, not an audited one.
 */
export class ImportMappingStore {
  private readonly adapter: DurableJsonFile;

  constructor(dataFolder: string) {
    this.adapter = new DurableJsonFile(join(dataFolder, IMPORT_MAPPINGS_FILE));
  }

  async all(): Promise<ImportMapping[]> {
    const stored = await readJsonFile(
      this.adapter.file,
      storeSchema,
      'The saved import mappings',
      `move ${IMPORT_MAPPINGS_FILE} out of the data folder to start without saved mappings.`,
    );
    return stored?.mappings ?? [];
  }

  /** The mapping last saved for an export with these very columns (in any order). */
  async forColumns(columns: readonly string[]): Promise<ImportMapping | undefined> {
    const key = columnKey(columns);
    return (await this.all()).findLast((mapping) => columnKey(mapping.columns) === key);
  }

  /** Saves (or replaces) the platform's mapping; resolves once it is on disk. */
  async save(mapping: ImportMapping): Promise<void> {
    const name = mapping.platform.toLocaleLowerCase();
    const others = (await this.all()).filter((m) => m.platform.toLocaleLowerCase() !== name);
    await this.adapter.write({ schemaVersion: 1, mappings: [...others, mapping] });
  }
}

function columnKey(columns: readonly string[]): string {
  return JSON.stringify([...columns].sort());
}
