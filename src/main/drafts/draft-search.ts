import MiniSearch, { type SearchOptions } from 'minisearch';
import { type Draft, latestRevision } from '../../shared/drafts/draft';
import type { DraftService } from './draft-service';

/** One draft as the search reads it: its latest title and its words (body and template values). */
interface SearchedDraft {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

/** How many draft files are read at once while the index is built. */
const READ_AT_ONCE = 32;

/**
 * As a person expects from a search box: every word must match ("road closure" is not every
 * draft about roads), the last letters may be missing ("clos" finds "closure"), and a longer word
 * may have a letter missing or wrong ("closre"). A title match counts for more than one in the body.
 */
const SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  boost: { title: 2 },
};

function searched(draft: Draft): SearchedDraft {
  const latest = latestRevision(draft);
  return {
    id: draft.id,
    title: latest.title,
    text: [latest.body, ...Object.values(latest.fields ?? {})].join('\n'),
  };
}

function newIndex(): MiniSearch<SearchedDraft> {
  return new MiniSearch<SearchedDraft>({
    fields: ['title', 'text'],
    storeFields: [],
    searchOptions: SEARCH_OPTIONS,
  });
}

/**
 * What the search reads drafts through: the drafts service in the app; the command line's
 * read-only reader (records search) gives the same without opening the store as its writer.
 */
export type DraftReader = Pick<DraftService, 'list' | 'get' | 'has' | 'onSaved'>;

export interface DraftSearchOptions {
  /** Where a draft left out of the search is named (the app's log: stderr). */
  readonly warn?: (line: string) => void;
}

/**
 * Word search over the drafts' text, in memory. It is never written anywhere: the drafts' files
 * are the record, so the index is read from them at the first search, then kept current by every
 * save. A draft whose file cannot be read is left out of the search and named, never fatal.
 */
export class DraftSearch {
  private index: Promise<MiniSearch<SearchedDraft>> | undefined;
  /** Saves that arrived while the index was being read: applied over what was read. */
  private savedWhileBuilding = new Map<string, Draft>();
  private readonly leftOutDrafts = new Map<string, string>();
  private readonly warn: (line: string) => void;
  private readonly stopListening: () => void;
  /** How long reading every draft took at the first search, for the log and the bench. */
  buildMs: number | undefined;

  constructor(
    private readonly drafts: DraftReader,
    options: DraftSearchOptions = {},
  ) {
    this.warn = options.warn ?? ((line) => console.warn(line));
    this.stopListening = drafts.onSaved((saved) => this.saved(saved));
  }

  /** Ids of the drafts on the list whose words match, best first; none for no words. */
  async search(words: string): Promise<string[]> {
    if (words.trim() === '') return [];
    const index = await this.built();
    return index
      .search(words)
      .map((result) => String(result.id))
      .filter((id) => this.drafts.has(id));
  }

  /** Drafts the search could not read, with why: they are on the list but never found by words. */
  leftOut(): ReadonlyMap<string, string> {
    return this.leftOutDrafts;
  }

  /** Stops following saves (the services are closing or the handlers are replaced). */
  close(): void {
    this.stopListening();
  }

  /**
   * Starts reading the drafts into the index without waiting for it: called when the list is
   * opened, so a person's first search does not wait seconds for 20,000 files to be read.
   */
  warm(): void {
    this.built().catch(() => undefined); // a failed build is tried again at the next search
  }

  private built(): Promise<MiniSearch<SearchedDraft>> {
    this.index ??= this.build().catch((error: unknown) => {
      // Tried again at the next search rather than failing every search from now on.
      this.index = undefined;
      throw error;
    });
    return this.index;
  }

  private async build(): Promise<MiniSearch<SearchedDraft>> {
    const started = performance.now();
    const index = newIndex();
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
          if (!this.savedWhileBuilding.has(outcome.draft.id)) index.add(searched(outcome.draft));
          continue;
        }
        const reason =
          outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
        this.leftOutDrafts.set(outcome.id, reason);
        this.warn(
          `Word search: draft ${outcome.id} is left out of the search because its file could not be read (${reason}). It is still listed by title.`,
        );
      }
    }
    for (const draft of this.savedWhileBuilding.values()) put(index, draft);
    this.savedWhileBuilding = new Map();
    this.buildMs = performance.now() - started;
    return index;
  }

  private saved(draft: Draft): void {
    this.leftOutDrafts.delete(draft.id);
    if (this.index === undefined) return; // read from its file at the first search
    // Until the index is read, a save waits beside it; after, it replaces the draft's words.
    this.savedWhileBuilding.set(draft.id, draft);
    void this.index.then(
      (index) => {
        const latest = this.savedWhileBuilding.get(draft.id);
        if (latest === undefined) return;
        this.savedWhileBuilding.delete(draft.id);
        put(index, latest);
      },
      () => undefined,
    );
  }
}

/** The draft's words as saved last: its earlier words no longer match. */
function put(index: MiniSearch<SearchedDraft>, draft: Draft): void {
  const document = searched(draft);
  if (index.has(document.id)) index.replace(document);
  else index.add(document);
}
