import { randomUUID } from 'node:crypto';
import type { Low } from 'lowdb';
import {
  type Draft,
  type DraftContent,
  type DraftSaveRequest,
  type DraftSummary,
  latestRevision,
  summarizeDraft,
} from '../../shared/drafts/draft';
import { DeskFailure } from '../ipc/desk-failure';
import { contentHash } from './content-hash';
import { type DraftsFile, openDraftStore } from './draft-store';

export interface DraftServiceOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export class DraftService {
  private constructor(
    private readonly store: Low<DraftsFile>,
    private readonly now: () => Date,
    private readonly newId: () => string,
  ) {}

  static async open(dataFolder: string, options: DraftServiceOptions = {}): Promise<DraftService> {
    const store = await openDraftStore(dataFolder);
    return new DraftService(store, options.now ?? (() => new Date()), options.newId ?? randomUUID);
  }

  /** Most recently saved first: the draft a person was just working on is at the top. */
  list(): DraftSummary[] {
    return this.store.data.drafts
      .map(summarizeDraft)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id: string): Draft {
    const draft = this.store.data.drafts.find((candidate) => candidate.id === id);
    if (!draft) throw new DeskFailure('not-found', `There is no draft with id ${id}.`);
    return draft;
  }

  /** A new revision for changed content; saving unchanged content adds nothing. */
  async save(request: DraftSaveRequest): Promise<Draft> {
    const content: DraftContent = {
      title: request.title,
      body: request.body,
      category: request.category,
    };
    const hash = contentHash(content);
    const savedAt = this.now().toISOString();
    const drafts = this.store.data.drafts;
    const index = request.id === undefined ? -1 : drafts.findIndex((d) => d.id === request.id);
    if (request.id !== undefined && index === -1) {
      throw new DeskFailure('not-found', `There is no draft with id ${request.id} to save to.`);
    }
    const existing = drafts[index];
    let draft: Draft;
    if (existing) {
      const latest = latestRevision(existing);
      if (latest.contentHash === hash) return existing;
      const revision = { ...content, number: latest.number + 1, savedAt, contentHash: hash };
      draft = { ...existing, revisions: [...existing.revisions, revision] };
    } else {
      const revision = { ...content, number: 1, savedAt, contentHash: hash };
      draft = { id: this.newId(), createdAt: savedAt, revisions: [revision] };
    }
    const next = existing ? drafts.map((d, i) => (i === index ? draft : d)) : [...drafts, draft];
    await this.commit({ ...this.store.data, drafts: next });
    return draft;
  }

  /** The in-memory state changes only once the file is written, so a failed write changes nothing. */
  private async commit(next: DraftsFile): Promise<void> {
    const previous = this.store.data;
    this.store.data = next;
    try {
      await this.store.write();
    } catch (error) {
      this.store.data = previous;
      const detail = error instanceof Error ? error.message : String(error);
      throw new DeskFailure(
        'internal',
        `The draft could not be saved (${detail}). Nothing was changed; check the data folder's free space and permissions, then save again.`,
      );
    }
  }
}
