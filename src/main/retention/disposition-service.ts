import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../../shared/drafts/draft';
import { MODERATION_ACTION, moderationActionEventSchema } from '../../shared/moderation/events';
import type { Profile } from '../../shared/profiles/profile';
import type { RecordRef } from '../../shared/records/record';
import {
  KEPT_BECAUSE,
  RECORD_TYPE_WORDS,
  type RecordType,
} from '../../shared/records/record-types';
import { DeskFailure } from '../ipc/desk-failure';
import { ATTACHMENTS_FOLDER, type AttachmentStore } from '../attachments/attachment-store';
import { DRAFTS_FOLDER } from '../drafts/draft-files';
import type { Journal } from '../journal/journal';
import { readEvents } from '../journal/read-events';
import type { CommentIndex, IndexedAction } from '../moderation/comment-index';
import { PACKETS_FOLDER, type PacketStore } from '../packets/packet-store';
import type { PageService } from '../pages/page-service';
import { type DueEntry, type DueOptions, holdsCovering, retentionOutlook } from './due-records';
import type { DraftService } from '../drafts/draft-service';
import { type CatalogueRecord, type RecordCatalogue, scanFiles } from './record-catalogue';
import type { RetentionStore } from './retention-store';

/**
 * The types whose disposition this version carries out: comments and moderation actions (their
 * content lives in the journal), drafts and published posts (each one file, with the media and
 * scans no other record names), and approval packets (their frozen HTML and the decision's scan).
 * Intro-statement versions stay: every moderation action is judged under the one in force then.
 * Audit entries stay: they are the record of every change, disposals' own included.
 */
export const DISPOSABLE_TYPES: readonly RecordType[] = [
  'comment',
  'moderation',
  'draft',
  'post',
  'packet',
];

/** A record's own files, removed with it: a draft's or post's file, a packet's HTML. */
const OWN_FILES: Partial<Record<RecordType, (record: CatalogueRecord) => string[]>> = {
  draft: (record) => record.files.filter((file) => file.startsWith(`${DRAFTS_FOLDER}/`)),
  post: (record) => record.files.filter((file) => file.startsWith(`${DRAFTS_FOLDER}/`)),
  packet: (record) => record.files.filter((file) => file.startsWith(`${PACKETS_FOLDER}/`)),
};

/** The order a disposal goes in: a record before those that wait for it (see `waiting`). */
const STAGE: Readonly<Record<RecordType, number>> = {
  comment: 0,
  packet: 0,
  intro: 0,
  audit: 0,
  draft: 1,
  post: 1,
  moderation: 2,
};

/** Attached files (media, scans, screenshots) by SHA-256, from a record's paths. */
function attachmentsOf(files: readonly string[]): string[] {
  const prefix = `${ATTACHMENTS_FOLDER}/`;
  return files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length));
}

export interface DispositionSources {
  readonly dataFolder: string;
  readonly catalogue: RecordCatalogue;
  readonly retention: RetentionStore;
  readonly journal: Pick<Journal, 'dispose'>;
  readonly drafts: Pick<DraftService, 'dispose'>;
  readonly packets: Pick<PacketStore, 'dispose' | 'disposed'>;
  readonly attachments: Pick<AttachmentStore, 'alone' | 'remove' | 'awaitingRecord'>;
  readonly comments: Pick<CommentIndex, 'comment' | 'event'>;
  readonly pages: Pick<PageService, 'list'>;
}

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
    private readonly sources: DispositionSources,
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
    const { catalogue, retention } = this.sources;
    return retention.underHolds(async (holds) => {
      const { due } = await retentionOutlook(catalogue, retention, this.options);
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
        const why = [...new Set(unsupported.map((entry) => entry.record.type))]
          .map((type) => `${RECORD_TYPE_WORDS[type].many} stay kept: ${KEPT_BECAUSE[type] ?? ''}.`)
          .join(' ');
        throw new DeskFailure(
          'invalid-request',
          `${why} Nothing was changed: choose only ${DISPOSABLE_TYPES.map((type) => RECORD_TYPE_WORDS[type].many.toLowerCase()).join(', ')}.`,
        );
      }
      const disposable = free.filter((entry) => DISPOSABLE_TYPES.includes(entry.record.type));
      const waiting = await this.waiting(disposable);
      const first = waiting[0];
      if (order.records && first) {
        throw new DeskFailure('invalid-request', `${first.why} Nothing was changed: ${first.todo}`);
      }
      const waits = new Set(waiting.map((wait) => wait.entry));
      const doable = disposable.filter((entry) => !waits.has(entry));
      const kept = unsupported.length + waiting.length;
      if (doable.length === 0) {
        const left = [
          held > 0 ? `${held} under a legal hold` : '',
          unsupported.length > 0
            ? `${unsupported.length} of types that stay kept (${typesOf(unsupported).toLowerCase()})`
            : '',
          waiting.length > 0
            ? `${waiting.length} waiting for records they explain (moderation actions for their comments, drafts and posts for their approval packets)`
            : '',
        ].filter(Boolean);
        throw new DeskFailure(
          'invalid-request',
          left.length === 0
            ? 'Nothing is due for disposition today. Nothing was changed.'
            : held > 0 && kept === 0
              ? `Every record due for disposition is under a legal hold (${held}). Nothing was changed.`
              : `No record due today can be disposed of: ${left.join('; ')}. Nothing was changed.`,
        );
      }
      // No file is kept or cleaned up meanwhile: what other records name cannot change under it.
      return this.sources.attachments.alone(async () => {
        const outcome = await this.carryOut(doable, reason, by);
        return { ...outcome, held, kept };
      });
    });
  }

  private async carryOut(
    doable: readonly DueEntry[],
    reason: string,
    by: Profile,
  ): Promise<Pick<DisposalOutcome, 'disposed' | 'events'>> {
    const named = await this.attachmentsStillNamed(doable);
    // One event per schedule item and stage: what others wait for goes first (comments and
    // packets, then drafts and posts, then moderation actions), so a disposal cut short never
    // leaves a record gone and the one it waited for kept.
    const groups = new Map<string, { authority: string; entries: DueEntry[] }>();
    const staged = [...doable].sort((a, b) => STAGE[a.record.type] - STAGE[b.record.type]);
    for (const entry of staged) {
      const key = `${STAGE[entry.record.type]} ${entry.authority}`;
      const group = groups.get(key) ?? { authority: entry.authority, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
    const disposed: Partial<Record<RecordType, number>> = {};
    const events: number[] = [];
    for (const { authority, entries: group } of groups.values()) {
      const header = await this.recordGroup(group, authority, named, reason, by).catch(
        (error: unknown) => {
          if (events.length === 0) throw error;
          throw new DeskFailure(
            'write-failed',
            `Disposition ${events.length === 1 ? 'event' : 'events'} ${events.join(', ')} ${events.length === 1 ? 'was' : 'were'} recorded and carried out, but the records due under ${authority} could not be disposed of (${error instanceof Error ? error.message : String(error)}); nothing of them was changed. Once that is fixed, dispose of what is still due.`,
          );
        },
      );
      events.push(header.seq);
      // The event is in the chain first: only then do the files go.
      for (const entry of group) {
        await this.removeFiles(entry, header.seq);
        disposed[entry.record.type] = (disposed[entry.record.type] ?? 0) + 1;
      }
      for (const file of header.files) {
        if (!file.path.startsWith(`${ATTACHMENTS_FOLDER}/`)) continue;
        await this.sources.attachments
          .remove(file.path.slice(ATTACHMENTS_FOLDER.length + 1))
          .catch((error: unknown) => {
            throw leftOver(header.seq, `the attached file ${file.path}`, error);
          });
      }
    }
    return { disposed, events };
  }

  /** One group's files hashed and its disposition event written; nothing removed yet. */
  private async recordGroup(
    group: readonly DueEntry[],
    authority: string,
    named: Set<string>,
    reason: string,
    by: Profile,
  ): Promise<{ seq: number; files: readonly { path: string }[] }> {
    const own = group.flatMap((entry) => OWN_FILES[entry.record.type]?.(entry.record) ?? []);
    const attachments = new Set<string>();
    for (const entry of group) {
      for (const sha256 of await this.attachmentsOfRecord(entry)) {
        // A photo just uploaded with the same bytes, for a draft not saved yet, stays too.
        if (!named.has(sha256) && !this.sources.attachments.awaitingRecord(sha256)) {
          attachments.add(sha256);
        }
      }
    }
    // An attachment two records of this disposal name goes with the first group only.
    for (const sha256 of attachments) named.add(sha256);
    const files = [
      ...(await this.hashed(own, 'named')),
      ...(await this.hashed(
        [...attachments].map((sha256) => `${ATTACHMENTS_FOLDER}/${sha256}`),
        'present',
      )),
    ];
    const header = await this.sources.journal.dispose({
      events: group.flatMap((entry) => entry.record.seqs),
      schedule: authority,
      reason,
      by: by.id,
      records: group.map((entry) => ({ type: entry.record.type, id: entry.record.id })),
      ...(files.length > 0 ? { files } : {}),
    });
    return { seq: header.seq, files };
  }

  private async removeFiles(entry: DueEntry, disposition: number): Promise<void> {
    const { type, id } = entry.record;
    const removing =
      type === 'draft' || type === 'post'
        ? this.sources.drafts.dispose(id, disposition)
        : type === 'packet'
          ? this.sources.packets.dispose(id, disposition)
          : undefined;
    await removing?.catch((error: unknown) => {
      throw leftOver(disposition, `the file of ${RECORD_TYPE_WORDS[type].one} ${id}`, error);
    });
  }

  /**
   * Records that wait for another to go first: a moderation action for its comment (a comment's
   * state is never left unexplained), a draft or post for its approval packets (a packet is the
   * record of the approval of the draft it froze, and is found through it). Either may go in the
   * same disposition as what it waits for.
   */
  private async waiting(
    entries: readonly DueEntry[],
  ): Promise<{ entry: DueEntry; why: string; todo: string }[]> {
    const leaving = new Set(entries.map((entry) => key(entry.record)));
    const hasDrafts = entries.some((e) => e.record.type === 'draft' || e.record.type === 'post');
    const disposedPackets = hasDrafts ? await this.sources.packets.disposed() : new Map();
    const waits: { entry: DueEntry; why: string; todo: string }[] = [];
    for (const entry of entries) {
      const { type, id } = entry.record;
      if (type === 'moderation') {
        const comment = actionComment(entry);
        if (leaving.has(`comment:${comment}`) || this.sources.comments.comment(comment)?.disposed)
          continue;
        waits.push({
          entry,
          why: `Moderation action ${id} acts on comment ${comment}, which is kept: an action is disposed of with its comment or after it, so a comment's state is never left unexplained.`,
          todo: `dispose of comment ${comment} too, or leave the action for later.`,
        });
      } else if (type === 'draft' || type === 'post') {
        const kept = packetsOf(entry).filter(
          (sha256) => !disposedPackets.has(sha256) && !leaving.has(`packet:${sha256}`),
        );
        if (kept.length === 0) continue;
        waits.push({
          entry,
          why: `${capitalised(RECORD_TYPE_WORDS[type].one)} ${id} has ${kept.length === 1 ? 'an approval packet' : `${kept.length} approval packets`} still kept (${kept.join(', ')}): a draft is disposed of with its packets or after them, since each packet records the approval of what it froze and is found through it.`,
          todo: `dispose of ${kept.length === 1 ? 'that packet' : 'those packets'} too, or leave the ${RECORD_TYPE_WORDS[type].one} for later.`,
        });
      }
    }
    return waits;
  }

  /** The attached files a record names: its media and scans, a moderation action's screenshot. */
  private async attachmentsOfRecord(entry: DueEntry): Promise<string[]> {
    if (entry.record.type !== 'moderation') return attachmentsOf(entry.record.files);
    const event = await this.sources.comments.event(Number(entry.record.id));
    const parsed = moderationActionEventSchema.safeParse(event?.payload);
    const sha256 = parsed.success ? parsed.data.screenshot?.sha256 : undefined;
    return sha256 ? [sha256] : [];
  }

  /**
   * Every attached file a record staying names (drafts, posts, packets, intro versions, pages'
   * own approvals, and the screenshots of moderation actions staying): those files stay,
   * whoever else named them.
   */
  private async attachmentsStillNamed(leaving: readonly DueEntry[]): Promise<Set<string>> {
    const going = new Set(leaving.map((entry) => key(entry.record)));
    const goingEvents = new Set(leaving.flatMap((entry) => entry.record.seqs));
    const named = new Set<string>();
    for await (const record of this.sources.catalogue.records({
      types: ['draft', 'post', 'packet', 'intro'],
    })) {
      if (record.disposed || going.has(key(record))) continue;
      for (const sha256 of attachmentsOf(record.files)) named.add(sha256);
    }
    // A page's own approval is no record of its own, but its signed scans stay with the page.
    for (const page of this.sources.pages.list()) {
      for (const sha256 of attachmentsOf(scanFiles(page.workflow))) named.add(sha256);
    }
    for await (const event of readEvents(this.sources.dataFolder)) {
      if (event.header.type !== MODERATION_ACTION || goingEvents.has(event.header.seq)) continue;
      const parsed = moderationActionEventSchema.safeParse(event.payload);
      const sha256 = parsed.success ? parsed.data.screenshot?.sha256 : undefined;
      if (sha256) named.add(sha256);
    }
    return named;
  }

  /**
   * Each file with the SHA-256 and size it has now, read before it goes. A record's own file
   * must be there (`named`); an attachment already missing is left out (`present`): there is
   * nothing of it to remove or to vouch for.
   */
  private async hashed(paths: readonly string[], need: 'named' | 'present') {
    const files: { path: string; sha256: string; bytes: number }[] = [];
    for (const path of paths) {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(this.sources.dataFolder, ...path.split('/')));
      } catch (error) {
        if (need === 'present' && (error as { code?: unknown }).code === 'ENOENT') continue;
        throw error;
      }
      files.push({
        path,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.length,
      });
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

/** The packets a draft's submissions froze, by SHA-256. */
function packetsOf(entry: DueEntry): string[] {
  const { workflow } = entry.record.content as Pick<Draft, 'workflow'>;
  const packets = new Set<string>();
  for (const step of workflow) {
    if (step.move === 'submit' && step.packetHash) packets.add(step.packetHash);
  }
  return [...packets];
}

function actionComment(entry: DueEntry): number {
  return (entry.record.content as Pick<IndexedAction, 'comment'>).comment;
}

function leftOver(disposition: number, what: string, error: unknown): DeskFailure {
  return new DeskFailure(
    'write-failed',
    `The disposition is recorded as journal event ${disposition}, but ${what} could not be removed (${error instanceof Error ? error.message : String(error)}). Once that is fixed, remove it by hand: the event names it with its SHA-256.`,
  );
}

function typesOf(entries: readonly DueEntry[]): string {
  return [...new Set(entries.map((entry) => entry.record.type))]
    .map((type, index) => {
      const words = RECORD_TYPE_WORDS[type].many;
      return index === 0 ? words : words.toLowerCase();
    })
    .join(', ');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
