import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Profile } from '../../shared/profiles/profile';
import type { RecordRef } from '../../shared/records/record';
import { RECORD_TYPE_WORDS, type RecordType } from '../../shared/records/record-types';
import { DeskFailure } from '../ipc/desk-failure';
import type { Journal } from '../journal/journal';
import { type DueEntry, type DueOptions, holdsCovering, retentionOutlook } from './due-records';
import type { DraftService } from '../drafts/draft-service';
import type { CatalogueRecord, RecordCatalogue } from './record-catalogue';
import type { RetentionStore } from './retention-store';

/**
 * The types whose disposition this version carries out: comments (their words live in the
 * journal) and drafts and published posts (each one file, removed with its hash recorded).
 */
export const DISPOSABLE_TYPES: readonly RecordType[] = ['comment', 'draft', 'post'];

/** The files a disposition removes, per type: a draft's or post's own file. */
const REMOVED_FILES: Partial<Record<RecordType, (record: CatalogueRecord) => string[]>> = {
  draft: (record) => record.files.filter((file) => file.startsWith('drafts/')),
  post: (record) => record.files.filter((file) => file.startsWith('drafts/')),
};

export interface DisposalOrder {
  /** The records to dispose of; none given: everything due and not held. */
  readonly records?: readonly RecordRef[];
  readonly reason: string;
}

export interface DisposalOutcome {
  /** Records disposed of, by type. */
  readonly disposed: Partial<Record<RecordType, number>>;
  /** The disposition events recorded, one per schedule item. */
  readonly events: readonly number[];
  /** Records due but held, left as they were (only when no records were named). */
  readonly held: number;
  /** Records due of types this version keeps (see DISPOSABLE_TYPES), left as they were. */
  readonly kept: number;
}

const key = (ref: RecordRef) => `${ref.type}:${ref.id}`;

/**
 * Disposition under retention (SPEC section 6; III.B.3.c): only records past their retention and
 * under no active hold, by a records profile with a reason, through the journal's chained
 * disposition event naming the schedule item, the records and each removed payload's hash, so the
 * journal still verifies afterwards. Decided while no hold can be placed or released.
 */
export class DispositionService {
  constructor(
    private readonly catalogue: RecordCatalogue,
    private readonly retention: RetentionStore,
    private readonly journal: Journal,
    private readonly drafts: Pick<DraftService, 'dispose'>,
    private readonly dataFolder: string,
    private readonly options: Omit<DueOptions, 'types'> = {},
  ) {}

  dispose(order: DisposalOrder, by: Profile): Promise<DisposalOutcome> {
    const reason = order.reason.trim();
    if (!reason) {
      return Promise.reject(
        new DeskFailure(
          'invalid-request',
          'Say why these records are disposed of (for example: retention period ended under the schedule). Nothing was changed.',
        ),
      );
    }
    return this.retention.underHolds(async (holds) => {
      const { due } = await retentionOutlook(this.catalogue, this.retention, this.options);
      const chosen = order.records ? this.named(order.records, due) : due;
      const free: DueEntry[] = [];
      let held = 0;
      for (const entry of chosen) {
        // The holds are read again here, inside the queue that places and releases them.
        const covering = holdsCovering(entry.record, holds, this.options.timeZone);
        if (covering.length === 0) free.push(entry);
        else if (order.records)
          throw heldFailure(
            entry,
            covering.map((hold) => hold.name),
          );
        else held += 1;
      }
      const unsupported = free.filter((entry) => !DISPOSABLE_TYPES.includes(entry.record.type));
      if (order.records && unsupported.length > 0) {
        throw new DeskFailure(
          'invalid-request',
          `This version disposes of ${DISPOSABLE_TYPES.map((type) => RECORD_TYPE_WORDS[type].many.toLowerCase()).join(', ')} only; ${typesOf(unsupported)} stay kept for now. Nothing was changed: choose only records of the types it disposes of.`,
        );
      }
      const doable = free.filter((entry) => DISPOSABLE_TYPES.includes(entry.record.type));
      if (doable.length === 0) {
        const left = [
          held > 0 ? `${held} under a legal hold` : '',
          unsupported.length > 0
            ? `${unsupported.length} of types this version keeps (${typesOf(unsupported)})`
            : '',
        ].filter(Boolean);
        throw new DeskFailure(
          'invalid-request',
          left.length === 0
            ? 'Nothing is due for disposition today. Nothing was changed.'
            : held > 0 && unsupported.length === 0
              ? `Every record due for disposition is under a legal hold (${held}). Nothing was changed.`
              : `No record due today can be disposed of: ${left.join('; ')}. Nothing was changed.`,
        );
      }
      const byAuthority = new Map<string, DueEntry[]>();
      for (const entry of doable) {
        const group = byAuthority.get(entry.authority) ?? [];
        group.push(entry);
        byAuthority.set(entry.authority, group);
      }
      const disposed: Partial<Record<RecordType, number>> = {};
      const events: number[] = [];
      for (const [authority, group] of byAuthority) {
        const files = await this.fileHashes(group);
        const header = await this.journal.dispose({
          events: group.flatMap((entry) => entry.record.seqs),
          schedule: authority,
          reason,
          by: by.id,
          records: group.map((entry) => ({ type: entry.record.type, id: entry.record.id })),
          ...(files.length > 0 ? { files } : {}),
        });
        events.push(header.seq);
        // The event is in the chain first: only then do the files go.
        for (const entry of group) {
          if (REMOVED_FILES[entry.record.type]) {
            await this.drafts.dispose(entry.record.id, header.seq).catch((error: unknown) => {
              throw new DeskFailure(
                'write-failed',
                `The disposition is recorded as journal event ${header.seq}, but the file of ${RECORD_TYPE_WORDS[entry.record.type].one} ${entry.record.id} could not be removed (${error instanceof Error ? error.message : String(error)}). Once that is fixed, dispose of it again.`,
              );
            });
          }
          disposed[entry.record.type] = (disposed[entry.record.type] ?? 0) + 1;
        }
      }
      return { disposed, events, held, kept: unsupported.length };
    });
  }

  /** Each file the group removes, with the SHA-256 and size it has now, read before it goes. */
  private async fileHashes(group: readonly DueEntry[]) {
    const files: { path: string; sha256: string; bytes: number }[] = [];
    for (const entry of group) {
      for (const path of REMOVED_FILES[entry.record.type]?.(entry.record) ?? []) {
        const bytes = await readFile(join(this.dataFolder, ...path.split('/')));
        files.push({
          path,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
        });
      }
    }
    return files;
  }

  /** The named records, each found among those due, or a refusal naming the first that is not. */
  private named(refs: readonly RecordRef[], due: readonly DueEntry[]): DueEntry[] {
    const byKey = new Map(due.map((entry) => [key(entry.record), entry]));
    return [...new Map(refs.map((ref) => [key(ref), ref])).values()].map((ref) => {
      const entry = byKey.get(key(ref));
      if (!entry) {
        throw new DeskFailure(
          'invalid-request',
          `${capitalised(RECORD_TYPE_WORDS[ref.type].one)} ${ref.id} is not due for disposition today (its retention has not ended, its type has no schedule, or it was disposed of already). Nothing was changed: list what is due and choose from it.`,
        );
      }
      return entry;
    });
  }
}

function heldFailure(entry: DueEntry, holds: readonly string[]): DeskFailure {
  return new DeskFailure(
    'invalid-request',
    `${capitalised(RECORD_TYPE_WORDS[entry.record.type].one)} ${entry.record.id} is under legal hold (${holds.map((name) => `"${name}"`).join(', ')}): a hold blocks every disposition it covers. Nothing was changed. Once the matter is closed, a records profile releases the hold with a reason.`,
  );
}

function typesOf(entries: readonly DueEntry[]): string {
  return [...new Set(entries.map((entry) => entry.record.type))]
    .map((type) => RECORD_TYPE_WORDS[type].many.toLowerCase())
    .join(', ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
