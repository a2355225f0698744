import type { z } from 'zod';
import { latestRevision } from '../../shared/drafts/draft';
import type { CommentFilter, CommentList } from '../../shared/moderation/comment-view';
import type { IntroStatementVersion, Page } from '../../shared/pages/page';
import {
  SEARCH_HIT_KINDS,
  type RecordSearchResult,
  type SearchHit,
  type SearchHitKind,
  type recordSearchRequestSchema,
} from '../../shared/records/search-view';
import type { DraftReader } from '../drafts/draft-search';
import { DeskFailure } from '../ipc/desk-failure';
import { DraftRecords, revisionText } from './draft-records';
import { NewestFirst } from './newest-first';
import { PacketWords } from './packet-words';
import { dayRange, holdsAny, holdsEvery, packetText, queryWords, snippetOf } from './search-text';

/** What the records search reads: the services the app already has, nothing indexed twice. */
export interface RecordSearchSources {
  readonly drafts: DraftReader;
  readonly pages: {
    list(): readonly Page[];
    versions(pageId: string): IntroStatementVersion[];
  };
  /** The comment index (services.comments): its words, pages and dates answer for comments. */
  readonly comments: {
    list(filter: CommentFilter, nameOf: (id: string) => string): Promise<CommentList>;
  };
  readonly packets: {
    read(sha256: string): Promise<string>;
    disposed(): Promise<ReadonlyMap<string, number>>;
  };
}

export type RecordSearchQuery = z.output<typeof recordSearchRequestSchema>;

const DEFAULT_LIMIT = 50;

/** A record among the newest that matched, before its excerpt is made. */
interface Found {
  readonly hit: Omit<SearchHit, 'snippet' | 'pages'> & { readonly pages: readonly string[] };
  readonly text: () => Promise<string> | string;
}

type Collector = NewestFirst<Found>;

/**
 * Words (and optional kinds, pages and dates) across drafts, their earlier revisions, published
 * posts, pages, intro-statement versions, captured comments and approval packets; newest first,
 * with how many match in all, every kind by whole words folded the same way: comments by the
 * comment index, pages and intro statements (a few hundred) by a scan, drafts (latest and earlier
 * revisions) and packets by word indexes of their own, read once and kept in memory only (the
 * files stay the record).
 */
export class RecordSearch {
  private readonly draftRecords: DraftRecords;
  private readonly packetWords: PacketWords;

  constructor(private readonly sources: RecordSearchSources) {
    this.draftRecords = new DraftRecords(sources.drafts);
    this.packetWords = new PacketWords((sha256) => sources.packets.read(sha256));
  }

  /** Starts reading the drafts without waiting, so a person's first search does not wait. */
  warm(): void {
    this.draftRecords.ready().catch(() => undefined); // tried again at the next search
  }

  close(): void {
    this.draftRecords.close();
  }

  async search(query: RecordSearchQuery): Promise<RecordSearchResult> {
    const wanted = queryWords(query.words);
    if (wanted.length === 0) {
      throw new DeskFailure(
        'invalid-request',
        `“${query.words}” has no word to search for: type letters or digits. Nothing was searched.`,
      );
    }
    const kinds = new Set<SearchHitKind>(query.types ?? SEARCH_HIT_KINDS);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const found: Collector = new NewestFirst(
      limit,
      kinds,
      dayRange(query.from, query.to),
      query.pages && new Set(query.pages),
    );
    const notices: string[] = [];
    const draftKinds = kinds.has('draft') || kinds.has('post') || kinds.has('revision');
    // Comments, pages and intro statements alone need no draft read.
    if (draftKinds || kinds.has('packet')) await this.draftRecords.ready();
    if (draftKinds) this.drafts(query.words, kinds.has('revision'), found);
    if (kinds.has('page') || kinds.has('intro')) this.pagesAndIntros(wanted, found);
    if (kinds.has('packet')) await this.packets(query.words, found);
    const comments = kinds.has('comment') ? await this.comments(query, wanted, found) : undefined;

    const hits = await Promise.all(
      found.newest().map(async ({ hit, text }) => {
        try {
          return { ...hit, pages: [...hit.pages], snippet: snippetOf(await text(), wanted) };
        } catch (error) {
          notices.push(
            `${hit.title} (${hit.id}) matched, but its text could not be read for the excerpt: ${error instanceof Error ? error.message : String(error)}`,
          );
          return { ...hit, pages: [...hit.pages], snippet: '' };
        }
      }),
    );
    for (const [id, why] of draftKinds ? this.draftRecords.leftOut() : []) {
      notices.push(`Draft ${id} is left out of the search: its file could not be read (${why}).`);
    }
    if (kinds.has('packet')) {
      for (const [sha256, why] of this.packetWords.problems()) {
        notices.push(`Packet ${sha256} is left out of the search: ${why}`);
      }
    }
    if (comments?.notice) notices.push(comments.notice);
    return { total: found.total + (comments?.total ?? 0), hits, notices };
  }

  /** Drafts and posts by their latest words; earlier revisions by their own. */
  private drafts(words: string, revisions: boolean, found: Collector): void {
    const records = this.draftRecords;
    const read = this.readOnce();
    const latest = records.searchLatest(words);
    // A hit is made (a closure, its fields) only for a record among the newest so far: a common
    // word in 20,000 drafts is 20,000 counts and a few hundred hits made.
    for (const record of latest) {
      const { id, published } = record;
      const kind = published ? 'post' : 'draft';
      const time = published ? published.ms : record.createdMs;
      const pages = published ? published.pages : record.pages;
      if (!found.counts(kind, time, pages)) continue;
      found.place(time, () => ({
        hit: {
          type: kind,
          id,
          title: record.title,
          created: published ? published.at : record.createdAt,
          pages,
        },
        text: async () => revisionText(latestRevision(await read(id))),
      }));
    }
    if (!revisions) return;
    // An earlier revision is listed on its own when its draft's words now are not a hit: when
    // they are, the draft's history shows the earlier ones.
    const current = new Set(latest.map((record) => record.id));
    for (const { draftId, number } of records.searchOlder(words)) {
      if (current.has(draftId)) continue;
      const record = records.get(draftId);
      const revision = record?.older.find((older) => older.number === number);
      if (!record || !revision) continue;
      if (!found.counts('revision', revision.savedMs, revision.pages)) continue;
      found.place(revision.savedMs, () => ({
        hit: {
          type: 'revision',
          id: `${draftId}@${number}`,
          title: `${revision.title} (revision ${number} of ${record.older.length + 1})`,
          created: revision.savedAt,
          pages: revision.pages,
          item: { kind: 'post', id: draftId },
        },
        text: async () => {
          const draft = await read(draftId);
          const saved = draft.revisions.find((candidate) => candidate.number === number);
          return saved ? revisionText(saved) : '';
        },
      }));
    }
  }

  /** A few hundred pages and their intro versions: scanned, no index to keep. */
  private pagesAndIntros(wanted: readonly string[], found: Collector): void {
    for (const page of this.sources.pages.list()) {
      const text = [
        page.name,
        page.platform,
        page.url,
        page.audience ?? '',
        ...(page.administrators ?? []),
      ].join('\n');
      if (holdsEvery(text, wanted)) {
        found.offer('page', Date.parse(page.createdAt), [page.id], () => ({
          hit: {
            type: 'page',
            id: page.id,
            title: page.name,
            created: page.createdAt,
            pages: [page.id],
          },
          text: () => text,
        }));
      }
      for (const version of this.sources.pages.versions(page.id)) {
        if (!holdsEvery(version.text, wanted)) continue;
        found.offer('intro', Date.parse(version.createdAt), [page.id], () => ({
          hit: {
            type: 'intro',
            id: version.id,
            title: `${page.name}: intro statement version ${version.number}`,
            created: version.createdAt,
            pages: [page.id],
            item: { kind: 'intro-statement', id: version.id },
          },
          text: () => version.text,
        }));
      }
    }
  }

  /** The packets every workflow names (drafts', pages', intro versions'), by their words. */
  private async packets(words: string, found: Collector): Promise<void> {
    // Pages and their intro versions are a few hundred: their packets are named here each time;
    // the drafts' (thousands) are kept by DraftRecords as the drafts are read and saved.
    const ofPages = new Map<string, Omit<Found['hit'], 'type' | 'id'>>();
    const name = (sha256: string, hit: Omit<Found['hit'], 'type' | 'id'>) => {
      if (!ofPages.has(sha256)) ofPages.set(sha256, hit);
    };
    for (const page of this.sources.pages.list()) {
      for (const step of page.workflow) {
        if (step.move !== 'submit' || !step.packetHash) continue;
        name(step.packetHash, {
          title: `Approval packet: page ${page.name}`,
          created: step.at,
          pages: [page.id],
          item: { kind: 'page', id: page.id },
        });
      }
      for (const version of this.sources.pages.versions(page.id)) {
        for (const step of version.workflow) {
          if (step.move !== 'submit' || !step.packetHash) continue;
          name(step.packetHash, {
            title: `Approval packet: ${page.name}, intro statement version ${version.number}`,
            created: step.at,
            pages: [page.id],
            item: { kind: 'intro-statement', id: version.id },
          });
        }
      }
    }
    const disposed = await this.sources.packets.disposed();
    const fresh = (sha256: string) => !disposed.has(sha256);
    await this.packetWords.cover(
      [...this.draftRecords.packetHashes(), ...ofPages.keys()].filter(fresh),
    );
    for (const sha256 of this.packetWords.search(words)) {
      if (!fresh(sha256)) continue;
      const owner = this.draftRecords.packetOwner(sha256);
      const hit =
        ofPages.get(sha256) ??
        (owner && {
          title: `Approval packet: ${owner.record.title}`,
          created: owner.at,
          pages: owner.record.pages,
          item: { kind: 'post' as const, id: owner.record.id },
        });
      if (!hit) continue;
      found.offer('packet', Date.parse(hit.created), hit.pages, () => ({
        hit: { type: 'packet', id: sha256, ...hit },
        text: async () => packetText(await this.sources.packets.read(sha256)),
      }));
    }
  }

  /** The newest comments of each page asked for, and how many match in all (the index counts). */
  private async comments(
    query: RecordSearchQuery,
    wanted: readonly string[],
    found: Collector,
  ): Promise<{ total: number; notice: string | undefined }> {
    let total = 0;
    let notice: string | undefined;
    for (const pageId of query.pages ?? [undefined]) {
      const list = await this.sources.comments.list(
        {
          words: query.words,
          order: 'newest',
          limit: query.limit ?? DEFAULT_LIMIT,
          ...(pageId ? { pageId } : {}),
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
        },
        (id) => id,
      );
      total += list.total;
      notice ??= list.notice;
      for (const comment of list.comments) {
        const created = comment.postedAt ?? comment.seenAt;
        // The excerpt from the text the words are in: the latest, the first, or the author.
        const texts = [comment.text, comment.originalText ?? '', comment.author];
        const text = texts.find((candidate) => holdsAny(candidate, wanted)) ?? comment.text;
        found.place(Date.parse(created), () => ({
          hit: {
            type: 'comment',
            id: String(comment.seq),
            title: `Comment by ${comment.author}`,
            created,
            pages: [comment.pageId],
          },
          text: () => text,
        }));
      }
    }
    return { total, notice };
  }

  /** Reads each draft file at most once per search (a draft and its revisions share it). */
  private readOnce(): (id: string) => ReturnType<DraftReader['get']> {
    const read = new Map<string, ReturnType<DraftReader['get']>>();
    return (id) => {
      let draft = read.get(id);
      if (!draft) {
        draft = this.sources.drafts.get(id);
        read.set(id, draft);
      }
      return draft;
    };
  }
}
