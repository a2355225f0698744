import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { PageDetail } from '../../shared/ipc/channels/page-channels';
import { versionInForce } from '../../shared/pages/in-force';
import {
  type IntroStatementVersion,
  type Page,
  type PageRequest,
  introStatementVersionSchema,
  pageSchema,
} from '../../shared/pages/page';
import {
  ADMINISTERED_BY_CAT_ITEM,
  ATTESTABLE_PAGE_ITEMS,
  CHIEF_APPROVAL_ITEM,
  submissionRefusal,
  versionChecklist,
} from '../../shared/pages/page-design';
import { PAGE_DESIGN_CHECKLIST } from '../../shared/policy/catalogue';
import type { ScanContext } from '../../shared/policy/finding';
import type { RemovalReason } from '../../shared/policy/intro-statement';
import { type PostTarget, pageTarget } from '../../shared/policy/platform-check';
import type { Profile } from '../../shared/profiles/profile';
import {
  type WorkflowStep,
  type WorkflowSubject,
  moveRefusal,
  workflowState,
} from '../../shared/workflow/workflow';
import type { AuditTrail } from '../audit/audit-trail';
import { commitAudited, stampUnstamped } from '../audit/audited-store';
import { DeskFailure } from '../ipc/desk-failure';
import { type DocumentOpenOptions, DocumentStore } from '../storage/document-store';
import { checkPublicationTime } from '../workflow/publication-time';
import type { WorkflowItem, WorkflowRecords } from '../workflow/workflow-records';
import { introContentHash, pageContentHash } from './page-hash';

export const PAGES_FILE = 'pages.json';

const pagesFileV2Schema = z
  .object({
    schemaVersion: z.literal(2),
    pages: z.array(pageSchema),
    /** Every version of every page's intro statement, in the order they were written. */
    introStatements: z.array(introStatementVersionSchema),
  })
  .strict();
type PagesFile = z.infer<typeof pagesFileV2Schema>;

/**
 * Version 1 held pages only. It is read as version 2 with no intro statements, in memory: the file
 * is rewritten as version 2 by the next change, which the journal records and stamps like any
 * other. DocumentStore's own migrations rewrite the file at open, without an audit event, and
 * drop its stamp, which `adopt` then rightly reports as a stamp taken off (damage); and readers
 * (`pages list`) must never write. Nothing is lost by waiting: version 2 adds an empty list.
 */
const pagesFileSchema = z.preprocess(
  (stored) =>
    typeof stored === 'object' &&
    stored !== null &&
    'schemaVersion' in stored &&
    stored.schemaVersion === 1
      ? { ...stored, schemaVersion: 2, introStatements: [] }
      : stored,
  pagesFileV2Schema,
);

export interface PageServiceOptions extends DocumentOpenOptions {
  /** The audit trail every change is recorded in; readers open without one. */
  readonly audit?: AuditTrail;
  readonly now?: () => Date;
}

/** Composes and freezes a page's packet once every check passed; returns the packet's SHA-256. */
export type FreezePagePacket = (
  page: Page,
  intro: IntroStatementVersion | undefined,
  at: string,
) => Promise<string>;

/** Composes and freezes an intro statement's packet; `previous` is the version in force now. */
export type FreezeIntroPacket = (
  page: Page,
  version: IntroStatementVersion,
  previous: IntroStatementVersion | undefined,
  at: string,
) => Promise<string>;

export interface IntroSaved {
  readonly version: IntroStatementVersion;
  /** False when the text and categories were those of the latest version: nothing was written. */
  readonly created: boolean;
}

export class PageService {
  /** One change at a time: each reads the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly store: DocumentStore<PagesFile>,
    private readonly audit: AuditTrail | undefined,
    private readonly now: () => Date,
  ) {}

  /** Readers leave `options.quarantine` false: reading never writes into the data folder. */
  static async open(dataFolder: string, options: PageServiceOptions = {}): Promise<PageService> {
    const store = await DocumentStore.open(
      dataFolder,
      {
        what: 'the pages store',
        file: join(dataFolder, PAGES_FILE),
        schema: pagesFileSchema,
        empty: (): PagesFile => ({ schemaVersion: 2, pages: [], introStatements: [] }),
        migrations: [],
      },
      options,
    );
    return new PageService(store, options.audit, options.now ?? (() => new Date()));
  }

  /** Stamps a pages.json written before audit stamps existed; true when it did. */
  adopt(audit: AuditTrail): Promise<boolean> {
    return stampUnstamped(this.store, audit, 'pages', PAGES_FILE);
  }

  list(): readonly Page[] {
    return this.store.data.pages;
  }

  get(id: string): Page {
    const page = this.store.data.pages.find((candidate) => candidate.id === id);
    if (!page)
      throw new DeskFailure(
        'not-found',
        `There is no page with id ${id}. \`social-desk pages list\` shows them.`,
      );
    return page;
  }

  /** The pages a draft is meant for, with their platforms, for the platform-limit items. */
  targets(pageIds: readonly string[]): PostTarget[] {
    return pageIds.map((id) => pageTarget(this.get(id)));
  }

  /** A page's intro-statement versions, oldest first. */
  versions(pageId: string): IntroStatementVersion[] {
    return this.store.data.introStatements
      .filter((version) => version.pageId === pageId)
      .sort((a, b) => a.number - b.number);
  }

  version(versionId: string): IntroStatementVersion {
    const version = this.store.data.introStatements.find((v) => v.id === versionId);
    if (!version)
      throw new DeskFailure(
        'not-found',
        `There is no intro-statement version with id ${versionId}. Open the page on the Pages screen to see its versions.`,
      );
    return version;
  }

  pageStatus(page: Page): ReturnType<typeof workflowState> {
    return workflowState(this.pageSubject(page));
  }

  versionStatus(version: IntroStatementVersion): ReturnType<typeof workflowState> {
    return workflowState(this.versionSubject(version));
  }

  /** The page with its status and versions, as the Pages screen shows it. */
  detail(pageId: string): PageDetail {
    const page = this.get(pageId);
    const versions = this.versions(pageId);
    return {
      page,
      status: this.pageStatus(page).status,
      versions: versions.map((version) => {
        const state = this.versionStatus(version);
        return {
          ...version,
          status: state.status,
          awaitingConfirmation: state.awaitingConfirmation !== undefined,
        };
      }),
      inForce: versionInForce(versions, this.now())?.version.id ?? null,
    };
  }

  /** The intro statement in force on the page at `at`, and since when. */
  inForce(
    pageId: string,
    at: string,
  ): { version: IntroStatementVersion | null; since: string | null } {
    const found = versionInForce(this.versions(this.get(pageId).id), at);
    return { version: found?.version ?? null, since: found?.since ?? null };
  }

  /** `pages add` on the command line: a new page only. */
  add(request: PageRequest, by: Profile, audit?: AuditTrail): Promise<Page> {
    return this.save(request, by, audit);
  }

  /**
   * Records a new page, or changes one (`request.id`). A page's URL names it on the platform, so
   * two records of one URL are refused. A change to a submitted page is refused (the Chief is
   * reading it); a change to an approved one gives it a new content hash, so it is a draft again.
   */
  save(
    request: PageRequest & { readonly id?: string | undefined },
    by: Profile,
    audit: AuditTrail | undefined = this.audit,
  ): Promise<Page> {
    return this.serially(async () => {
      const { id, ...fields } = request;
      const existing = id === undefined ? undefined : this.get(id);
      const duplicate = this.store.data.pages.find(
        (page) => page.url === fields.url && page.id !== id,
      );
      if (duplicate) {
        throw new DeskFailure(
          'invalid-request',
          `A page with the URL ${fields.url} is already recorded (“${duplicate.name}”). Nothing was changed.`,
        );
      }
      const content = normalized(fields);
      const at = this.now().toISOString();
      if (!existing) {
        const page: Page = {
          ...content,
          id: randomUUID(),
          createdAt: at,
          createdBy: by.id,
          workflow: [],
        };
        await this.commit(
          audit,
          { ...this.store.data, pages: [...this.store.data.pages, page] },
          {
            by,
            document: page.id,
            before: undefined,
            after: page,
            summary: `page "${page.name}" added`,
          },
        );
        return page;
      }
      if (pageContentHash(existing) === pageContentHash(content)) return existing;
      const refused = moveRefusal(this.pageSubject(existing), 'edit', by);
      if (refused) throw new DeskFailure('invalid-request', `${refused} Nothing was changed.`);
      // The fields are replaced whole: an audience or list cleared in the form is cleared here.
      const page: Page = {
        id: existing.id,
        createdAt: existing.createdAt,
        createdBy: existing.createdBy,
        workflow: existing.workflow,
        ...content,
        updatedAt: at,
        updatedBy: by.id,
        editors: [...new Set([...editorsOf(existing), by.id])],
      };
      await this.commit(
        audit,
        {
          ...this.store.data,
          pages: this.store.data.pages.map((p) => (p.id === page.id ? page : p)),
        },
        {
          by,
          document: page.id,
          before: existing,
          after: page,
          summary: `page "${page.name}" changed`,
        },
      );
      return page;
    });
  }

  /**
   * Records a new version of a page's intro statement when its words or categories differ from
   * the latest version; the same ones again record nothing. Versions are never changed: an edit is
   * a new version, with its own attestations and its own way to the Chief.
   */
  saveIntro(
    request: {
      readonly pageId: string;
      readonly text: string;
      readonly categories: readonly RemovalReason[];
    },
    by: Profile,
  ): Promise<IntroSaved> {
    return this.serially(async () => {
      const page = this.get(request.pageId);
      const versions = this.versions(page.id);
      const latest = versions.at(-1);
      const contentHash = introContentHash(page.id, request.text, request.categories);
      if (latest && latest.contentHash === contentHash) return { version: latest, created: false };
      const version: IntroStatementVersion = {
        id: randomUUID(),
        pageId: page.id,
        number: (latest?.number ?? 0) + 1,
        text: request.text,
        categories: [...request.categories],
        createdAt: this.now().toISOString(),
        createdBy: by.id,
        contentHash,
        attestations: [],
        workflow: [],
      };
      await this.commit(
        this.audit,
        { ...this.store.data, introStatements: [...this.store.data.introStatements, version] },
        {
          by,
          document: version.id,
          before: undefined,
          after: version,
          summary: `intro statement version ${version.number} of page "${page.name}" written`,
        },
      );
      return { version, created: true };
    });
  }

  /**
   * A person's attestation of a page-design item for one version's exact words. The Chief's
   * approval is not attested: the packet asks for it, and her decision meets it.
   */
  attestIntro(versionId: string, itemId: string, by: Profile): Promise<IntroStatementVersion> {
    return this.serially(async () => {
      const version = this.version(versionId);
      const page = this.get(version.pageId);
      if (itemId === CHIEF_APPROVAL_ITEM) {
        throw new DeskFailure(
          'invalid-request',
          'III.B.3.a “Approved by the Chief of Police or a designee” is not attested: it is what the approval packet asks for, and the Chief’s decision meets it. Submit the version for approval.',
        );
      }
      const item = ATTESTABLE_PAGE_ITEMS.find((candidate) => candidate.id === itemId);
      if (!item) {
        const known = PAGE_DESIGN_CHECKLIST.find((candidate) => candidate.id === itemId);
        throw new DeskFailure(
          'invalid-request',
          known
            ? `${known.section} “${known.title}” is checked automatically from the text; it cannot be attested.`
            : `There is no page-design item ${itemId}.`,
        );
      }
      if (itemId === ADMINISTERED_BY_CAT_ITEM && (page.administrators ?? []).length === 0) {
        throw new DeskFailure(
          'invalid-request',
          `Page “${page.name}” names no administrators, so no one can attest that the CAT or a trained designee administers it (III.B.3.a). Add its administrators to the page first.`,
        );
      }
      const refused = moveRefusal(this.versionSubject(version), 'edit', by);
      if (refused) throw new DeskFailure('invalid-request', `${refused} Nothing was recorded.`);
      // The first word on an item stands: attesting it again records nothing.
      if (
        version.attestations.some(
          (a) => a.itemId === itemId && a.contentHash === version.contentHash,
        )
      )
        return version;
      const next: IntroStatementVersion = {
        ...version,
        attestations: [
          ...version.attestations,
          { itemId, contentHash: version.contentHash, by: by.id, at: this.now().toISOString() },
        ],
      };
      await this.replaceVersion(next, version, by, `attested ${itemId}`, page);
      return next;
    });
  }

  /**
   * Sends a page to the Chief: its checklist (against its latest intro statement) must be met but
   * for her approval, the machine must allow the move, and the packet is frozen before the step
   * that names its hash is written.
   */
  submitPage(
    id: string,
    by: Profile,
    context: ScanContext,
    freeze: FreezePagePacket,
  ): Promise<Page> {
    return this.serially(async () => {
      const page = this.get(id);
      const subject = this.pageSubject(page);
      const refused = moveRefusal(subject, 'submit', by);
      if (refused) throw new DeskFailure('invalid-request', `${refused} Nothing was changed.`);
      const intro = this.versions(page.id).at(-1);
      const { items } = versionChecklist(page, intro, false, context);
      const open = submissionRefusal(
        intro ? `Page “${page.name}”` : `Page “${page.name}” has no intro statement yet, so it`,
        items,
      );
      if (open) throw new DeskFailure('checklist-open', open);
      const at = this.now().toISOString();
      const packetHash = await freeze(page, intro, at);
      const step: WorkflowStep = {
        move: 'submit',
        by: by.id,
        at,
        contentHash: subject.contentHash,
        packetHash,
      };
      const next: Page = { ...page, workflow: [...page.workflow, step] };
      await this.replacePage(next, page, by, 'submitted for approval');
      return next;
    });
  }

  /** Sends an intro-statement version to the Chief, as `submitPage` does a page. */
  submitIntro(
    versionId: string,
    by: Profile,
    context: ScanContext,
    freeze: FreezeIntroPacket,
  ): Promise<IntroStatementVersion> {
    return this.serially(async () => {
      const version = this.version(versionId);
      const page = this.get(version.pageId);
      const refused = moveRefusal(this.versionSubject(version), 'submit', by);
      if (refused) throw new DeskFailure('invalid-request', `${refused} Nothing was changed.`);
      const { items } = versionChecklist(page, version, false, context);
      const open = submissionRefusal(`Intro statement version ${version.number}`, items);
      if (open) throw new DeskFailure('checklist-open', open);
      const at = this.now().toISOString();
      const inForce = versionInForce(this.versions(page.id), at)?.version;
      const previous = inForce?.id === version.id ? undefined : inForce;
      const packetHash = await freeze(page, version, previous, at);
      const next: IntroStatementVersion = {
        ...version,
        workflow: [
          ...version.workflow,
          { move: 'submit', by: by.id, at, contentHash: version.contentHash, packetHash },
        ],
      };
      await this.replaceVersion(next, version, by, 'submitted for approval', page);
      return next;
    });
  }

  /** The page went live on its platform (approved first: the machine says so). */
  publishPage(id: string, publishedAt: string, by: Profile): Promise<void> {
    const page = this.get(id);
    return this.workflowRecords('page').append(
      id,
      this.publishStep(page, publishedAt, by),
      by,
      `recorded as live on ${page.platform} from ${publishedAt}`,
    );
  }

  /** The version was posted on its page: from `publishedAt` it is the statement in force. */
  publishIntro(versionId: string, publishedAt: string, by: Profile): Promise<void> {
    const page = this.get(this.version(versionId).pageId);
    return this.workflowRecords('intro-statement').append(
      versionId,
      this.publishStep(page, publishedAt, by),
      by,
      `recorded as posted on ${page.platform} from ${publishedAt}`,
    );
  }

  /**
   * Pages or intro-statement versions as the approvals inbox and decisions reach them. Authors
   * (pageSubject, versionSubject) never record the decision.
   */
  workflowRecords(kind: 'page' | 'intro-statement'): WorkflowRecords {
    const item = (id: string): WorkflowItem => {
      if (kind === 'page') {
        const page = this.get(id);
        return {
          ref: { kind, id },
          title: `Page “${page.name}” (${page.platform})`,
          category: null,
          pages: [page.name],
          subject: this.pageSubject(page),
        };
      }
      const version = this.version(id);
      const page = this.get(version.pageId);
      return {
        ref: { kind, id },
        title: `Intro statement version ${version.number} of “${page.name}”`,
        category: null,
        pages: [page.name],
        subject: this.versionSubject(version),
      };
    };
    const ids = () =>
      kind === 'page'
        ? this.store.data.pages.map((page) => page.id)
        : this.store.data.introStatements.map((version) => version.id);
    return {
      pending: () =>
        Promise.resolve(
          ids()
            .map(item)
            .filter((candidate) => {
              const state = workflowState(candidate.subject);
              return state.status === 'submitted' || state.awaitingConfirmation !== undefined;
            }),
        ),
      item: (id) => Promise.resolve().then(() => item(id)),
      append: (id, step, by, summary) =>
        this.serially(async () => {
          // Checked again here, in the queue: the item may have moved since the caller looked.
          const { subject } = item(id);
          const refused = moveRefusal(subject, step.move, by, step);
          if (refused) throw new DeskFailure('invalid-request', `${refused} Nothing was changed.`);
          if (step.move === 'publish')
            checkPublicationTime(step.publishedAt, subject.steps, this.now());
          if (kind === 'page') {
            const page = this.get(id);
            await this.replacePage(
              { ...page, workflow: [...page.workflow, step] },
              page,
              by,
              summary,
            );
          } else {
            const version = this.version(id);
            await this.replaceVersion(
              { ...version, workflow: [...version.workflow, step] },
              version,
              by,
              summary,
              this.get(version.pageId),
            );
          }
        }),
    };
  }

  private publishStep(page: Page, publishedAt: string, by: Profile): WorkflowStep {
    return {
      move: 'publish',
      by: by.id,
      at: this.now().toISOString(),
      platform: page.platform,
      url: page.url,
      publishedAt,
      pageId: page.id,
    };
  }

  /**
   * A page's authors: whoever created or ever changed it, and whoever wrote or attested the intro
   * statement its packet carries; none of them decides on it (separation of duties).
   */
  private pageSubject(page: Page): WorkflowSubject {
    const intro = this.packetIntro(page);
    return {
      kind: 'page',
      steps: page.workflow,
      contentHash: pageContentHash(page),
      // An edit that puts the very fields back still came after the submission: the approval is void.
      changedAt: page.updatedAt ?? page.createdAt,
      authors: [
        ...new Set([
          page.createdBy,
          ...editorsOf(page),
          ...(intro ? this.versionSubject(intro).authors : []),
        ]),
      ],
    };
  }

  /**
   * The intro statement the page's packet carries: the latest version when the page was last
   * submitted (versions are only ever added, in the queue, so it is the last one written by
   * then), or the latest now if the page was never submitted.
   */
  private packetIntro(page: Page): IntroStatementVersion | undefined {
    const submitted = page.workflow.findLast((step) => step.move === 'submit');
    const versions = this.versions(page.id);
    if (!submitted) return versions.at(-1);
    const at = Date.parse(submitted.at);
    return versions.filter((version) => Date.parse(version.createdAt) <= at).at(-1);
  }

  /** A version's authors: who wrote it and everyone who attested its items. */
  private versionSubject(version: IntroStatementVersion): WorkflowSubject {
    return {
      kind: 'intro-statement',
      steps: version.workflow,
      contentHash: version.contentHash,
      changedAt: version.createdAt,
      authors: [
        ...new Set([version.createdBy, ...version.attestations.map((attested) => attested.by)]),
      ],
    };
  }

  private replacePage(next: Page, before: Page, by: Profile, summary: string): Promise<void> {
    return this.commit(
      this.audit,
      {
        ...this.store.data,
        pages: this.store.data.pages.map((p) => (p.id === next.id ? next : p)),
      },
      { by, document: next.id, before, after: next, summary: `page "${next.name}" ${summary}` },
    );
  }

  private replaceVersion(
    next: IntroStatementVersion,
    before: IntroStatementVersion,
    by: Profile,
    summary: string,
    page: Page,
  ): Promise<void> {
    return this.commit(
      this.audit,
      {
        ...this.store.data,
        introStatements: this.store.data.introStatements.map((v) => (v.id === next.id ? next : v)),
      },
      {
        by,
        document: next.id,
        before,
        after: next,
        summary: `intro statement version ${next.number} of page "${page.name}" ${summary}`,
      },
    );
  }

  /** The journal event first, then pages.json with its stamp (commitAudited). */
  private commit(
    audit: AuditTrail | undefined,
    next: PagesFile,
    change: { by: Profile; document: string; before: unknown; after: unknown; summary: string },
  ): Promise<void> {
    return commitAudited(this.store, audit, next, { ...change, store: 'pages' });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Everyone who changed the page; one changed before the list was kept names its last editor. */
function editorsOf(page: Page): readonly string[] {
  return page.editors ?? (page.updatedBy ? [page.updatedBy] : []);
}

/** A page's fields as stored: an empty audience or administrator list is left out. */
function normalized(fields: PageRequest): PageRequest {
  const { audience, administrators, ...rest } = fields;
  const trimmedAudience = audience?.trim() ?? '';
  return {
    ...rest,
    ...(trimmedAudience === '' ? {} : { audience: trimmedAudience }),
    ...(administrators && administrators.length > 0 ? { administrators: [...administrators] } : {}),
  };
}
