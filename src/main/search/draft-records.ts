import { Index } from 'flexsearch';
import { type Draft, latestRevision } from '../../shared/drafts/draft';
import { wordsIn } from '../moderation/comment-words';
import type { DraftReader } from '../drafts/draft-search';

/** An earlier revision as the search lists it; its words are in the revision word index. */
export interface RevisionRecord {
  readonly number: number;
  readonly savedAt: string;
  readonly savedMs: number;
  readonly title: string;
  readonly pages: readonly string[];
}

/** A draft's facts the search needs without reading its file again. */
export interface DraftRecord {
  readonly id: string;
  readonly createdAt: string;
  /** Times as numbers, read once: a search compares thousands of them. */
  readonly createdMs: number;
  readonly title: string;
  readonly pages: readonly string[];
  /** The first publish step: a draft published is a post. */
  readonly published:
    { readonly at: string; readonly ms: number; readonly pages: readonly string[] } | undefined;
  /** The packets its submissions froze, with when. */
  readonly packets: readonly { readonly sha256: string; readonly at: string }[];
  /** Every revision but the latest, oldest first. */
  readonly older: readonly RevisionRecord[];
}

const READ_AT_ONCE = 32;

function recordOf(draft: Draft): DraftRecord {
  const latest = latestRevision(draft);
  const publish = draft.workflow.filter((step) => step.move === 'publish');
  const first = publish[0];
  const packets = new Map<string, string>();
  for (const step of draft.workflow) {
    if ((step.move === 'submit' || step.move === 'decide') && step.packetHash) {
      if (!packets.has(step.packetHash)) packets.set(step.packetHash, step.at);
    }
  }
  return {
    id: draft.id,
    createdAt: draft.createdAt,
    createdMs: Date.parse(draft.createdAt),
    title: latest.title,
    pages: latest.pages,
    published: first && {
      at: first.publishedAt,
      ms: Date.parse(first.publishedAt),
      pages: [
        ...new Set([
          ...latest.pages,
          ...publish.flatMap((step) => (step.pageId ? [step.pageId] : [])),
        ]),
      ],
    },
    packets: [...packets].map(([sha256, at]) => ({ sha256, at })),
    older: draft.revisions.slice(0, -1).map((revision) => ({
      number: revision.number,
      savedAt: revision.savedAt,
      savedMs: Date.parse(revision.savedAt),
      title: revision.title,
      pages: revision.pages,
    })),
  };
}

/** A revision's words: its title, body and template values. */
export function revisionText(revision: Draft['revisions'][number]): string {
  return [revision.title, revision.body, ...Object.values(revision.fields ?? {})].join('\n');
}

/**
 * The drafts as the records search needs them: each draft's dates, pages, publication and
 * packets, a word index over each draft's latest revision and one over every earlier revision.
 * Read from the drafts' files once (the first search, or `warm` when the screen opens), then
 * kept current by every save; never written anywhere.
 *
 * flexsearch, whole words folded as the comment index folds them: the same library and the same
 * words for every kind the records search covers, so a word finds a draft exactly as it finds a
 * comment (the drafts list's own search, with prefixes and typos, is for finding one's work).
 * At 20,000 drafts a word found in most of them costs a few milliseconds here, where the drafts
 * list's scored search took 10–20 ms and read every file a second time.
 */
export class DraftRecords {
  private readonly records = new Map<string, DraftRecord>();
  private readonly words = new Index({
    tokenize: 'strict',
    encode: wordsIn,
    resolution: 1,
    fastupdate: false,
  });
  /** The latest revision's words, one row per draft (replaced when a save adds a revision). */
  private readonly latestWords = new Index({
    tokenize: 'strict',
    encode: wordsIn,
    resolution: 1,
    fastupdate: true,
  });
  private readonly latestRow = new Map<string, { readonly row: number; number: number }>();
  private readonly latestIds: string[] = [];
  /** Which draft froze each packet, and when (its first submission or decision naming it). */
  private readonly packetOwners = new Map<
    string,
    { readonly draftId: string; readonly at: string }
  >();
  /** Row of the revision word index → draft id and revision number. */
  private readonly rows: { readonly draftId: string; readonly number: number }[] = [];
  /** How many earlier revisions of each draft the word index holds. */
  private readonly indexedOlder = new Map<string, number>();
  private readonly leftOutDrafts = new Map<string, string>();
  private reading: Promise<void> | undefined;
  private savedWhileReading = new Set<string>();
  private readonly stopFollowing: () => void;

  constructor(private readonly drafts: DraftReader) {
    this.stopFollowing = drafts.onSaved((draft) => {
      this.savedWhileReading.add(draft.id);
      this.leftOutDrafts.delete(draft.id);
      if (this.reading) this.put(draft);
    });
  }

  /** Reads every draft once (the first search); later calls wait for the same reading. */
  ready(): Promise<void> {
    this.reading ??= this.readAll().catch((error: unknown) => {
      this.reading = undefined;
      throw error;
    });
    return this.reading;
  }

  get(id: string): DraftRecord | undefined {
    return this.drafts.has(id) ? this.records.get(id) : undefined;
  }

  all(): IterableIterator<DraftRecord> {
    return this.records.values();
  }

  /** Drafts still listed whose latest revision holds every word of the query. */
  searchLatest(query: string): DraftRecord[] {
    const found: DraftRecord[] = [];
    for (const row of this.latestWords.search(query, { limit: this.latestIds.length + 1 })) {
      const id = this.latestIds[Number(row)];
      const record = id === undefined ? undefined : this.get(id);
      if (record) found.push(record);
    }
    return found;
  }

  /** Every packet a draft's workflow names: the index of packets' words covers them. */
  packetHashes(): IterableIterator<string> {
    return this.packetOwners.keys();
  }

  /** The draft that froze the packet, when a draft did (pages' packets are not here). */
  packetOwner(sha256: string): { readonly record: DraftRecord; readonly at: string } | undefined {
    const owner = this.packetOwners.get(sha256);
    if (!owner) return undefined;
    const record = this.get(owner.draftId);
    return record ? { record, at: owner.at } : undefined;
  }

  /** Earlier revisions holding every word of the query. */
  searchOlder(query: string): { draftId: string; number: number }[] {
    const found: { draftId: string; number: number }[] = [];
    for (const id of this.words.search(query, { limit: this.rows.length + 1 })) {
      const row = this.rows[Number(id)];
      if (row && this.drafts.has(row.draftId)) found.push(row);
    }
    return found;
  }

  /** Drafts whose file could not be read, with why: they are left out of the search. */
  leftOut(): ReadonlyMap<string, string> {
    return this.leftOutDrafts;
  }

  close(): void {
    this.stopFollowing();
  }

  private async readAll(): Promise<void> {
    this.savedWhileReading = new Set();
    const ids = this.drafts.list().map((summary) => summary.id);
    for (let at = 0; at < ids.length; at += READ_AT_ONCE) {
      const batch = ids.slice(at, at + READ_AT_ONCE);
      const read = await Promise.all(
        batch.map((id) =>
          this.drafts.get(id).then(
            (draft) => ({ ok: true as const, draft }),
            (error: unknown) => ({ ok: false as const, id, error }),
          ),
        ),
      );
      for (const outcome of read) {
        if (outcome.ok) {
          // A save that came while the file was read is newer than what was read.
          if (!this.savedWhileReading.has(outcome.draft.id)) this.put(outcome.draft);
        } else {
          const why =
            outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
          this.leftOutDrafts.set(outcome.id, why);
        }
      }
    }
    this.savedWhileReading = new Set();
  }

  /** Revisions are only ever added to a draft, so only the earlier ones not yet indexed go in. */
  private put(draft: Draft): void {
    const record = recordOf(draft);
    this.records.set(draft.id, record);
    for (const { sha256, at } of record.packets) {
      if (!this.packetOwners.has(sha256)) this.packetOwners.set(sha256, { draftId: draft.id, at });
    }
    const latest = latestRevision(draft);
    const indexed = this.latestRow.get(draft.id);
    if (!indexed) {
      this.latestRow.set(draft.id, { row: this.latestIds.length, number: latest.number });
      this.latestWords.add(this.latestIds.length, revisionText(latest));
      this.latestIds.push(draft.id);
    } else if (indexed.number !== latest.number) {
      this.latestWords.update(indexed.row, revisionText(latest));
      indexed.number = latest.number;
    }
    const older = draft.revisions.slice(0, -1);
    const done = this.indexedOlder.get(draft.id) ?? 0;
    for (const revision of older.slice(done)) {
      this.words.add(this.rows.length, revisionText(revision));
      this.rows.push({ draftId: draft.id, number: revision.number });
    }
    this.indexedOlder.set(draft.id, Math.max(done, older.length));
  }
}
