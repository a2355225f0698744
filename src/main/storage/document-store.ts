import { Low } from 'lowdb';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { writeFileDurably } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { describeWriteError } from './write-error';

export const QUARANTINE_FOLDER = 'quarantine';

/** Moves a stored document from schema version `from` to `from + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentSpec<T extends { schemaVersion: number }> {
  /** How the file is named in messages: "the profiles store". */
  readonly what: string;
  readonly file: string;
  readonly schema: z.ZodType<T>;
  readonly empty: () => T;
  /** migrations[n] moves version n+1 to n+2; the current version is migrations.length + 1. */
  readonly migrations: readonly Migration[];
}

/**
 * A lowdb document that is durable, validated, versioned and never silently replaced. A file that
 * does not parse or fails its schema stops the open with a message naming it; it is left in place
 * and a copy goes to the quarantine folder for whoever repairs it.
 */
export class DocumentStore<T extends { schemaVersion: number }> {
  private constructor(
    private readonly db: Low,
    private readonly spec: DocumentSpec<T>,
    private value: T,
  ) {}

  static async open<T extends { schemaVersion: number }>(
    dataFolder: string,
    spec: DocumentSpec<T>,
  ): Promise<DocumentStore<T>> {
    const file = new DurableJsonFile(spec.file);
    const db = new Low(file, null);
    let document: Awaited<ReturnType<DurableJsonFile['readDocument']>>;
    try {
      document = await file.readDocument();
    } catch (error) {
      throw await damaged(dataFolder, spec, error instanceof Error ? error.message : String(error));
    }
    if (!document.exists) return new DocumentStore(db, spec, spec.empty());
    const { document: migrated, fromVersion } = await migrate(dataFolder, spec, document.value);
    const parsed = parseUnknown(spec.schema, migrated, spec.what);
    if (!parsed.ok) throw await damaged(dataFolder, spec, parsed.error.message);
    if (fromVersion !== undefined) {
      // Only a migrated document that passes the schema is written; the old file is kept first.
      await copyFile(spec.file, `${spec.file}.v${fromVersion}.bak`);
      await writeFileDurably(spec.file, JSON.stringify(parsed.value));
    }
    return new DocumentStore(db, spec, parsed.value);
  }

  get data(): Readonly<T> {
    return this.value;
  }

  /** Writes the next state; memory changes only after the disk has it, so a failure changes nothing. */
  async commit(next: T): Promise<void> {
    this.db.data = next;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = this.value;
      throw new DeskFailure(
        'write-failed',
        describeWriteError(this.spec.what, this.spec.file, error),
      );
    }
    this.value = next;
  }
}

async function migrate<T extends { schemaVersion: number }>(
  dataFolder: string,
  spec: DocumentSpec<T>,
  stored: unknown,
): Promise<{ document: unknown; fromVersion: number | undefined }> {
  const current = spec.migrations.length + 1;
  if (typeof stored !== 'object' || stored === null || !('schemaVersion' in stored)) {
    return { document: stored, fromVersion: undefined };
  }
  const version = stored.schemaVersion;
  if (typeof version !== 'number' || version >= current) {
    return { document: stored, fromVersion: undefined };
  }
  let document = stored as Record<string, unknown>;
  for (let from = version; from < current; from += 1) {
    const step = spec.migrations[from - 1];
    if (!step) throw await damaged(dataFolder, spec, `no migration from schema version ${from}`);
    document = { ...step(document), schemaVersion: from + 1 };
  }
  return { document, fromVersion: version };
}

async function damaged<T extends { schemaVersion: number }>(
  dataFolder: string,
  spec: DocumentSpec<T>,
  detail: string,
): Promise<DeskFailure> {
  const quarantine = join(dataFolder, QUARANTINE_FOLDER);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const copy = join(quarantine, `${stamp}-${basename(spec.file)}`);
  // If even the copy fails (a full disk), the message still names the file; the file stays put.
  const kept = await mkdir(quarantine, { recursive: true })
    .then(() => copyFile(spec.file, copy))
    .then(
      () => ` A copy is in ${copy}.`,
      () => '',
    );
  return new DeskFailure(
    'store-damaged',
    `${capitalize(spec.what)} (${spec.file}) cannot be read: ${detail}. Social Desk did not start and did not change the file.${kept} Restore the data folder from a backup (social-desk restore), or move the file aside to start that store empty.`,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
