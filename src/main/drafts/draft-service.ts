import { randomUUID } from 'node:crypto';
import {
  type Draft,
  type DraftContent,
  type DraftSaveRequest,
  type DraftSummary,
  latestRevision,
} from '../../shared/drafts/draft';
import { templateFor } from '../../shared/drafts/templates';
import type { WorkflowStep } from '../../shared/workflow/workflow';
import type { AuditTrail } from '../audit/audit-trail';
import { DeskFailure } from '../ipc/desk-failure';
import { storeHash } from '../storage/document-store';
import { assertMove, postSubject } from '../workflow/moves';
import { canonicalMedia, contentHash } from './content-hash';
import { DraftStore, type DraftStoreOpenReport } from './draft-store';

/**
 * Only the chosen category's template values are kept: a form switched from one template to
 * another still holds the first one's values, which are not part of this post.
 */
function templateValues(
  category: string,
  fields: Readonly<Record<string, string>> | undefined,
): { fields?: Record<string, string> } {
  const template = templateFor(category);
  if (!template || !fields) return {};
  const kept = Object.fromEntries(
    template.fields.flatMap((field) => {
      const value = fields[field.id];
      return value === undefined ? [] : [[field.id, value]];
    }),
  );
  return Object.keys(kept).length > 0 ? { fields: kept } : {};
}

export interface DraftServiceOptions {
  /**
   * Where every change is recorded before the draft's file is written (the app and the CLI always
   * give one); without it the store writes unrecorded, which only the store's own tests do.
   */
  readonly audit?: AuditTrail;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export interface SaveOutcome {
  readonly previous: Draft | undefined;
  readonly saved: Draft;
  /** False when the content was unchanged and nothing was written. */
  readonly changed: boolean;
}

/** Who saves: a profile's id (SPEC "every record names the profile that made it"). */
export interface Author {
  readonly id: string;
}

/** Who moves a draft through the workflow: named, for the separation-of-duties refusal. */
export interface Actor extends Author {
  readonly name: string;
}

export class DraftService {
  private queue: Promise<unknown> = Promise.resolve();
  /** Told of every saved revision once it is on disk (the word search keeps itself current). */
  private readonly savedListeners = new Set<(saved: Draft) => void>();

  private constructor(
    private readonly store: DraftStore,
    readonly report: DraftStoreOpenReport,
    private readonly now: () => Date,
    private readonly newId: () => string,
    private readonly audit: AuditTrail | undefined,
  ) {}

  static async open(dataFolder: string, options: DraftServiceOptions = {}): Promise<DraftService> {
    const { store, report } = await DraftStore.open(dataFolder);
    return new DraftService(
      store,
      report,
      options.now ?? (() => new Date()),
      options.newId ?? randomUUID,
      options.audit,
    );
  }

  /** Most recently saved first: the draft a person was just working on is at the top. */
  list(): DraftSummary[] {
    return this.store.list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Whether the draft is on the list now (a file set aside since is not). */
  has(id: string): boolean {
    return this.store.has(id);
  }

  /** Calls `listener` with each draft a save wrote; gives back how to stop. */
  onSaved(listener: (saved: Draft) => void): () => void {
    this.savedListeners.add(listener);
    return () => this.savedListeners.delete(listener);
  }

  get(id: string): Promise<Draft> {
    if (!this.store.has(id)) return Promise.reject(this.notListed(id));
    return this.store.read(id);
  }

  /**
   * A new revision for changed content; saving unchanged content adds nothing. Saves run one at a
   * time, each reading the state the one before it left, so none is lost or reported wrongly.
   */
  async save(request: DraftSaveRequest, by: Author): Promise<Draft> {
    return (await this.saveAndCompare(request, by)).saved;
  }

  /** The same save, also telling what the draft was before it (for the audit trail). */
  saveAndCompare(request: DraftSaveRequest, by: Author): Promise<SaveOutcome> {
    const run = this.queue.then(() => this.saveNow(request, by));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Changes a draft's records (attestations, justifications, submissions) without a new revision,
   * one change at a time like saves, through the same durable write. A change that hands back the
   * very draft it was given (an item attested again) writes nothing and says `changed: false`, so
   * the caller records no audit event for it.
   */
  update(
    id: string,
    change: (draft: Draft) => Draft | Promise<Draft>,
    record: { readonly by: Author; readonly summary: (saved: Draft) => string },
  ): Promise<SaveOutcome> {
    const run = this.queue.then(async (): Promise<SaveOutcome> => {
      if (!this.store.has(id)) throw this.notListed(id);
      const previous = await this.store.read(id);
      const saved = await change(previous);
      if (saved === previous) return { previous, saved, changed: false };
      await this.writeRecorded(saved, previous, record.by, record.summary(saved));
      return { previous, saved, changed: true };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * One workflow step (submit, withdraw, decide, confirm, publish, archive), judged by the status
   * machine inside the queue against the draft as it stands then, so two moves sent at once never
   * both pass on the same state. `build` makes the step from that draft (a submission freezes its
   * packet there, before the draft is written) and may refuse; it runs only once the move itself
   * is allowed, and the finished step is judged again (a decision's packet hash, a verbal approval).
   */
  move(
    id: string,
    move: WorkflowStep['move'],
    by: Actor,
    build: (draft: Draft) => WorkflowStep | Promise<WorkflowStep>,
    summary: (saved: Draft) => string,
  ): Promise<SaveOutcome> {
    return this.update(
      id,
      async (draft) => {
        assertMove(postSubject(draft), move, by);
        const step = await build(draft);
        if (step.move !== move) throw new Error(`A ${move} built a ${step.move} step`);
        assertMove(postSubject(draft), move, by, step);
        return { ...draft, workflow: [...draft.workflow, step] };
      },
      { by, summary },
    );
  }

  async close(): Promise<void> {
    await this.queue;
    await this.store.close();
  }

  /**
   * Removes a draft disposed of under retention (its disposition event already in the journal),
   * in the queue so no save of it is under way; it is never listed or saved again.
   */
  dispose(id: string, disposition: number): Promise<void> {
    const run = this.queue.then(() => this.store.dispose(id, disposition));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A draft taken off the list at open (damaged or missing file) is named as such, not unknown. */
  private notListed(id: string): DeskFailure {
    const disposition = this.store.disposedBy(id);
    if (disposition !== undefined) {
      return new DeskFailure(
        'not-found',
        `Draft ${id} was disposed of under retention (journal event ${disposition}); what it held is gone, and the journal records when, by whom and under which schedule. Nothing was changed.`,
      );
    }
    const aside = this.store.setAside(id);
    if (aside !== undefined)
      return new DeskFailure('store-damaged', `${aside} Nothing was changed.`);
    return new DeskFailure('not-found', `There is no draft with id ${id}.`);
  }

  private async saveNow(request: DraftSaveRequest, by: Author): Promise<SaveOutcome> {
    const content: DraftContent = {
      title: request.title,
      body: request.body,
      category: request.category,
      // Order of choice carries no meaning: kept sorted so the same pages are the same content.
      pages: [...(request.pages ?? [])].sort(),
      // Left out when empty, so a draft without them is stored (and hashed) as before.
      ...templateValues(request.category, request.fields),
      ...(request.media && request.media.length > 0
        ? { media: canonicalMedia(request.media) }
        : {}),
    };
    const hash = contentHash(content);
    const savedAt = this.now().toISOString();
    if (request.id !== undefined && !this.store.has(request.id)) {
      const aside = this.store.setAside(request.id);
      if (aside !== undefined)
        throw new DeskFailure('store-damaged', `${aside} Nothing was changed.`);
      throw new DeskFailure('not-found', `There is no draft with id ${request.id} to save to.`);
    }
    const existing = request.id === undefined ? undefined : await this.store.read(request.id);
    let draft: Draft;
    if (existing) {
      const latest = latestRevision(existing);
      if (latest.contentHash === hash)
        return { previous: existing, saved: existing, changed: false };
      // Submitted, published or archived words are not changed (an approved draft may be: the
      // new revision voids the approval, as the status machine reads it).
      // (An edit's refusal never names who asked, so the id stands in for the name.)
      assertMove(postSubject(existing), 'edit', { id: by.id, name: by.id });
      const revision = {
        ...content,
        number: latest.number + 1,
        savedAt,
        savedBy: by.id,
        contentHash: hash,
      };
      draft = { ...existing, revisions: [...existing.revisions, revision] };
    } else {
      const revision = { ...content, number: 1, savedAt, savedBy: by.id, contentHash: hash };
      draft = {
        id: this.newId(),
        createdAt: savedAt,
        revisions: [revision],
        attestations: [],
        justifications: [],
        workflow: [],
        permissions: [],
      };
    }
    const title = latestRevision(draft).title;
    const summary = `draft "${title}" saved as revision ${draft.revisions.length}`;
    await this.writeRecorded(draft, existing, by, summary);
    // A listener's failure is its own: the save is on disk and is reported as saved.
    for (const listener of this.savedListeners) {
      try {
        listener(draft);
      } catch {
        // (the word search logs its own problems)
      }
    }
    return { previous: existing, saved: draft, changed: true };
  }

  /**
   * The audit event first, carrying the new draft's hash; then the file, stamped with that event.
   * A file that cannot be written is followed by an audit.not-applied event.
   */
  private async writeRecorded(
    next: Draft,
    previous: Draft | undefined,
    by: Author,
    summary: string,
  ): Promise<void> {
    if (!this.audit) {
      await this.store.write(next, previous);
      return;
    }
    const hash = storeHash(next);
    const event = await this.audit.record({
      by,
      store: 'drafts',
      document: next.id,
      before: previous,
      after: next,
      summary,
      storeHash: hash,
    });
    try {
      await this.store.write(next, previous, { seq: event.seq, storeHash: hash });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.audit.notApplied(event, reason).catch(() => undefined);
      throw error;
    }
  }
}
