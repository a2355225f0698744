import { Low } from 'lowdb';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { canonicalJson } from '../../shared/canonical-json';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { WrittenNotConfirmed, writeFileDurably } from './durable-file';
import { keepQuarantineCopy } from './quarantine';
import { DurableJsonFile } from './durable-json-file';
import { describeWriteError } from './write-error';

export { QUARANTINE_FOLDER } from './quarantine';

/**
 * Written into a store file beside its document: the journal event that recorded this very state
 * and the document's hash. The event is written first, so a document whose hash no event vouches
 * for was changed outside Social Desk (or by a write that never recorded itself).
 */
export const auditStampSchema = z
  .object({ seq: z.number().int().min(1), storeHash: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();
export type AuditStamp = z.infer<typeof auditStampSchema>;

/** The SHA-256 of a document's canonical JSON: what an audit event vouches for. */
export function storeHash(document: unknown): string {
  return createHash('sha256').update(canonicalJson(document), 'utf8').digest('hex');
}

export interface DocumentOpenOptions {
  /**
   * False for commands that only read (`profiles list`): a damaged file is reported but no
   * quarantine copy is written, so reading never changes the folder.
   */
  readonly quarantine?: boolean;
}

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
    private currentStamp: AuditStamp | undefined,
    /** False when the file did not exist: a store that was never written. */
    readonly existed: boolean,
  ) {}

  static async open<T extends { schemaVersion: number }>(
    dataFolder: string,
    spec: DocumentSpec<T>,
    options: DocumentOpenOptions = {},
  ): Promise<DocumentStore<T>> {
    const file = new DurableJsonFile(spec.file);
    const db = new Low(file, null);
    const report = (detail: string) =>
      damaged(dataFolder, spec, detail, options.quarantine ?? true);
    let document: Awaited<ReturnType<DurableJsonFile['readDocument']>>;
    try {
      document = await file.readDocument();
    } catch (error) {
      throw await report(error instanceof Error ? error.message : String(error));
    }
    if (!document.exists) return new DocumentStore(db, spec, spec.empty(), undefined, false);
    const { stored, stamp } = await splitStamp(document.value, report);
    const { document: migrated, fromVersion } = await migrate(spec, stored, report);
    const parsed = parseUnknown(spec.schema, migrated, spec.what);
    if (!parsed.ok) throw await report(parsed.error.message);
    if (fromVersion !== undefined) {
      // Only a migrated document that passes the schema is written; the old file is kept first.
      // The stamp goes with it: the event vouches for the stored version, kept in the .bak.
      // The old bytes are kept durably before the file is replaced: a crash leaves both.
      await writeFileDurably(`${spec.file}.v${fromVersion}.bak`, await readFile(spec.file));
      await writeFileDurably(spec.file, JSON.stringify(parsed.value));
      return new DocumentStore(db, spec, parsed.value, undefined, true);
    }
    return new DocumentStore(db, spec, parsed.value, stamp, true);
  }

  get data(): Readonly<T> {
    return this.value;
  }

  /** The journal event that vouches for the state on disk; undefined for a file never stamped. */
  get stamp(): AuditStamp | undefined {
    return this.currentStamp;
  }

  /**
   * Writes the next state with the stamp of the journal event that recorded it; memory changes
   * only after the disk has it, so a failure changes nothing.
   */
  async commit(next: T, stamp: AuditStamp): Promise<void> {
    if (stamp.storeHash !== storeHash(next)) {
      throw new Error(`The audit stamp for ${this.spec.file} does not vouch for this document`);
    }
    this.db.data = { ...next, audit: stamp };
    try {
      await this.db.write();
    } catch (error) {
      if (error instanceof WrittenNotConfirmed) {
        // The file holds the change: memory follows the disk, and the person hears the truth.
        this.value = next;
        this.currentStamp = stamp;
        throw new ChangeNotConfirmed(
          `${capitalize(this.spec.what)} was saved to ${this.spec.file}, but the disk did not confirm it (${describeReason(error.reason)}); a power cut now could undo it. Check the disk, then restart Social Desk.`,
        );
      }
      this.db.data = { ...this.value, audit: this.currentStamp };
      throw new DeskFailure(
        'write-failed',
        describeWriteError(this.spec.what, this.spec.file, error),
      );
    }
    this.value = next;
    this.currentStamp = stamp;
  }
}

/**
 * Takes the audit stamp off a stored document and checks the document still has the hash the
 * stamp's event recorded.
 */
async function splitStamp(
  value: unknown,
  report: (detail: string) => Promise<DeskFailure>,
): Promise<{ stored: unknown; stamp: AuditStamp | undefined }> {
  if (typeof value !== 'object' || value === null || !('audit' in value)) {
    return { stored: value, stamp: undefined };
  }
  const { audit, ...stored } = value as Record<string, unknown>;
  const stamp = auditStampSchema.safeParse(audit);
  if (!stamp.success) throw await report('its audit stamp is not one Social Desk writes');
  if (storeHash(stored) !== stamp.data.storeHash) {
    throw await report(
      `it was changed outside Social Desk: its content no longer has the hash that journal event ${stamp.data.seq} recorded for it`,
    );
  }
  return { stored, stamp: stamp.data };
}

/** A change that is in the file but not confirmed durable: it happened, so it is not undone. */
export class ChangeNotConfirmed extends DeskFailure {
  constructor(message: string) {
    super('write-failed', message);
  }
}

function describeReason(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

async function migrate<T extends { schemaVersion: number }>(
  spec: DocumentSpec<T>,
  stored: unknown,
  report: (detail: string) => Promise<DeskFailure>,
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
    if (!step) throw await report(`no migration from schema version ${from}`);
    document = { ...step(document), schemaVersion: from + 1 };
  }
  return { document, fromVersion: version };
}

async function damaged<T extends { schemaVersion: number }>(
  dataFolder: string,
  spec: DocumentSpec<T>,
  detail: string,
  keepCopy: boolean,
): Promise<DeskFailure> {
  // If even the copy fails (a full disk), the message still names the file; the file stays put.
  const kept = keepCopy
    ? await keepQuarantineCopy(dataFolder, spec.file, basename(spec.file))
    : undefined;
  const said = kept && 'copy' in kept ? ` A copy is in ${kept.copy}.` : '';
  return new DeskFailure(
    'store-damaged',
    `${capitalize(spec.what)} (${spec.file}) cannot be read: ${detail}. Social Desk did not start and did not change the file.${said} Restore the data folder from a backup (social-desk restore), or move the file aside to start that store empty.`,
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
