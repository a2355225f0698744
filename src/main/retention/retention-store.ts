import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { Profile } from '../../shared/profiles/profile';
import {
  type HoldRelease,
  type HoldRequest,
  type LegalHold,
  holdReleaseSchema,
  holdRequestSchema,
  legalHoldSchema,
} from '../../shared/records/legal-hold';
import { RECORD_TYPE_WORDS, type RecordType } from '../../shared/records/record-types';
import {
  type RetentionSchedule,
  retentionScheduleSchema,
  scheduleWords,
} from '../../shared/records/retention-schedule';
import type { AuditTrail } from '../audit/audit-trail';
import { commitAudited, stampUnstamped } from '../audit/audited-store';
import { DeskFailure } from '../ipc/desk-failure';
import { type DocumentOpenOptions, DocumentStore, storeHash } from '../storage/document-store';

export const RETENTION_FILE = 'retention.json';
/** The store's name in audit events (and in `log verify`'s stamp check). */
export const RETENTION_STORE = 'retention';

const scheduleEntrySchema = z
  .object({
    schedule: retentionScheduleSchema,
    setBy: z.string(),
    setAt: z.iso.datetime(),
  })
  .strict();
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

const retentionFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** One schedule per record type: the one standing. Earlier ones are in the audit trail. */
    schedules: z.array(scheduleEntrySchema),
    /** Every hold ever placed, released ones too: a release is recorded, never a deletion. */
    holds: z.array(legalHoldSchema),
  })
  .strict();
type RetentionFile = z.infer<typeof retentionFileSchema>;

export interface RetentionStoreOptions extends DocumentOpenOptions {
  readonly audit?: AuditTrail;
  readonly now?: () => Date;
}

function refused(issues: readonly { message: string }[]): DeskFailure {
  return new DeskFailure(
    'invalid-request',
    `${issues.map((issue) => issue.message).join('; ')}. Nothing was changed.`,
  );
}

/**
 * Retention schedules and legal holds (SPEC section 6; III.B.3.c), kept in retention.json, each
 * change recorded in the journal before it is written, as every store's are.
 */
export class RetentionStore {
  private changes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly store: DocumentStore<RetentionFile>,
    private readonly audit: AuditTrail | undefined,
    private readonly now: () => Date,
    readonly stampedAtOpen: boolean,
  ) {}

  static async open(
    dataFolder: string,
    options: RetentionStoreOptions = {},
  ): Promise<RetentionStore> {
    const store = await DocumentStore.open(
      dataFolder,
      {
        what: 'the retention store (schedules and legal holds)',
        file: join(dataFolder, RETENTION_FILE),
        schema: retentionFileSchema,
        empty: (): RetentionFile => ({ schemaVersion: 1, schedules: [], holds: [] }),
        migrations: [],
      },
      options,
    );
    const stamped = options.audit
      ? await stampUnstamped(store, options.audit, RETENTION_STORE, RETENTION_FILE)
      : false;
    return new RetentionStore(store, options.audit, options.now ?? (() => new Date()), stamped);
  }

  schedules(): readonly ScheduleEntry[] {
    return this.store.data.schedules;
  }

  scheduleFor(type: RecordType): ScheduleEntry | undefined {
    return this.store.data.schedules.find((entry) => entry.schedule.type === type);
  }

  /** Every hold, placed first first; `active` only those not released. */
  holds(which: 'all' | 'active' = 'all'): readonly LegalHold[] {
    const holds = this.store.data.holds;
    return which === 'all' ? holds : holds.filter((hold) => hold.released === undefined);
  }

  setSchedule(input: unknown, by: Profile): Promise<ScheduleEntry> {
    return this.queued(async () => {
      const parsed = retentionScheduleSchema.safeParse(input);
      if (!parsed.success) throw refused(parsed.error.issues);
      const schedule: RetentionSchedule = parsed.data;
      const before = this.scheduleFor(schedule.type);
      // The same schedule again changes nothing, so nothing is written or recorded.
      if (before && storeHash(before.schedule) === storeHash(schedule)) return before;
      const entry: ScheduleEntry = { schedule, setBy: by.id, setAt: this.now().toISOString() };
      const schedules = [
        ...this.store.data.schedules.filter((other) => other.schedule.type !== schedule.type),
        entry,
      ];
      await commitAudited(
        this.store,
        this.audit,
        { ...this.store.data, schedules },
        {
          by,
          store: RETENTION_STORE,
          document: `schedule/${schedule.type}`,
          before: before?.schedule,
          after: schedule,
          summary: `retention schedule set: ${scheduleWords(schedule)}`,
        },
      );
      return entry;
    });
  }

  placeHold(input: unknown, by: Profile): Promise<LegalHold> {
    return this.queued(async () => {
      const parsed = holdRequestSchema.safeParse(input);
      if (!parsed.success) throw refused(parsed.error.issues);
      const request: HoldRequest = parsed.data;
      const hold: LegalHold = {
        ...request,
        hold: randomUUID(),
        placedBy: by.id,
        placedByName: by.name,
        placedAt: this.now().toISOString(),
      };
      await commitAudited(
        this.store,
        this.audit,
        { ...this.store.data, holds: [...this.store.data.holds, hold] },
        {
          by,
          store: RETENTION_STORE,
          document: `hold/${hold.hold}`,
          before: undefined,
          after: request,
          summary: `legal hold placed: "${request.name}" for ${request.matter}`,
        },
      );
      return hold;
    });
  }

  releaseHold(input: unknown, by: Profile): Promise<LegalHold> {
    return this.queued(async () => {
      const parsed = holdReleaseSchema.safeParse(input);
      if (!parsed.success) throw refused(parsed.error.issues);
      const release: HoldRelease = parsed.data;
      const hold = this.store.data.holds.find((placed) => placed.hold === release.hold);
      if (!hold) {
        throw new DeskFailure(
          'not-found',
          `There is no legal hold ${release.hold}. Nothing was changed: list the holds and pick one.`,
        );
      }
      if (hold.released) {
        throw new DeskFailure(
          'invalid-request',
          `The hold "${hold.name}" was released already, by ${hold.released.byName} on ${hold.released.at.slice(0, 10)}. Nothing was changed.`,
        );
      }
      const released: LegalHold = {
        ...hold,
        released: {
          by: by.id,
          byName: by.name,
          at: this.now().toISOString(),
          reason: release.reason,
        },
      };
      await commitAudited(
        this.store,
        this.audit,
        {
          ...this.store.data,
          holds: this.store.data.holds.map((other) =>
            other.hold === hold.hold ? released : other,
          ),
        },
        {
          by,
          store: RETENTION_STORE,
          document: `hold/${hold.hold}`,
          before: hold,
          after: released,
          summary: `legal hold released: "${hold.name}" (${hold.matter}): ${release.reason}`,
        },
      );
      return released;
    });
  }

  /**
   * Runs `run` with the active holds, while no hold can be placed or released: a disposition
   * decided under these holds cannot race a hold placed in the meantime.
   */
  underHolds<T>(run: (holds: readonly LegalHold[]) => Promise<T>): Promise<T> {
    return this.queued(() => run(this.holds('active')));
  }

  private queued<T>(run: () => Promise<T>): Promise<T> {
    const next = this.changes.then(run, run);
    this.changes = next.catch(() => undefined);
    return next;
  }
}

/** "Drafts and revisions" etc., for messages naming the types a hold or schedule covers. */
export function typesWords(types: readonly RecordType[]): string {
  return types.map((type) => RECORD_TYPE_WORDS[type].many).join(', ');
}
