import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { type Page, type PageRequest, pageSchema } from '../../shared/pages/page';
import { type PostTarget, pageTarget } from '../../shared/policy/platform-check';
import type { Profile } from '../../shared/profiles/profile';
import type { AuditTrail } from '../audit/audit-trail';
import { DeskFailure } from '../ipc/desk-failure';
import { commitAudited, stampUnstamped } from '../audit/audited-store';
import { type DocumentOpenOptions, DocumentStore } from '../storage/document-store';

export const PAGES_FILE = 'pages.json';

const pagesFileSchema = z
  .object({ schemaVersion: z.literal(1), pages: z.array(pageSchema) })
  .strict();
type PagesFile = z.infer<typeof pagesFileSchema>;

export class PageService {
  private constructor(private readonly store: DocumentStore<PagesFile>) {}

  /** Readers leave `options.quarantine` false: reading never writes into the data folder. */
  static async open(dataFolder: string, options: DocumentOpenOptions = {}): Promise<PageService> {
    const store = await DocumentStore.open(
      dataFolder,
      {
        what: 'the pages store',
        file: join(dataFolder, PAGES_FILE),
        schema: pagesFileSchema,
        empty: (): PagesFile => ({ schemaVersion: 1, pages: [] }),
        migrations: [],
      },
      options,
    );
    return new PageService(store);
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

  async add(request: PageRequest, by: Profile, audit: AuditTrail): Promise<Page> {
    if (this.store.data.pages.some((page) => page.url === request.url)) {
      throw new DeskFailure(
        'invalid-request',
        `A page with the URL ${request.url} is already recorded.`,
      );
    }
    const page: Page = {
      ...request,
      id: randomUUID(),
      createdAt: new Date().toISOString(),
      createdBy: by.id,
      workflow: [],
    };
    await commitAudited(
      this.store,
      audit,
      { ...this.store.data, pages: [...this.store.data.pages, page] },
      {
        by,
        store: 'pages',
        document: page.id,
        before: undefined,
        after: page,
        summary: `page "${page.name}" added`,
      },
    );
    return page;
  }
}
