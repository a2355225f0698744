import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuditTrail } from '../../src/main/audit/audit-trail';
import { commitAudited } from '../../src/main/audit/audited-store';
import { Journal } from '../../src/main/journal/journal';
import { PAGES_FILE, PageService } from '../../src/main/pages/page-service';
import { DocumentStore } from '../../src/main/storage/document-store';
import { pageSchema } from '../../src/shared/pages/page';
import { cli, personProfile, scratchFolder } from './records-fixtures';

/** pages.json as Social Desk wrote it before intro statements: schema version 1, stamped. */
const v1Schema = z.object({ schemaVersion: z.literal(1), pages: z.array(pageSchema) }).strict();

async function writeVersion1(folder: string, audit: AuditTrail) {
  const store = await DocumentStore.open(folder, {
    what: 'the pages store',
    file: join(folder, PAGES_FILE),
    schema: v1Schema,
    empty: () => ({ schemaVersion: 1 as const, pages: [] }),
    migrations: [],
  });
  const page = {
    id: randomUUID(),
    platform: 'facebook',
    name: 'Example PD',
    url: 'https://www.facebook.com/examplepd',
    createdAt: '2026-10-01T00:00:00.000Z',
    createdBy: 'first-start',
    workflow: [],
  };
  await commitAudited(
    store,
    audit,
    { schemaVersion: 1, pages: [page] },
    {
      by: { id: 'first-start' },
      store: 'pages',
      document: page.id,
      before: undefined,
      after: page,
      summary: `page "${page.name}" added`,
    },
  );
  return page;
}

describe('pages.json written by the version before intro statements', () => {
  it('opens as version 2 without being rewritten, and becomes version 2, stamped, at the next change', async () => {
    const folder = await scratchFolder('social-desk-pages-v1-');
    const { journal } = await Journal.open(folder);
    try {
      const audit = new AuditTrail(journal);
      const page = await writeVersion1(folder, audit);
      const before = await readFile(join(folder, PAGES_FILE));

      const pages = await PageService.open(folder, { audit });
      expect(await pages.adopt(audit), 'a stamped file is not stamped again').toBe(false);
      expect(pages.list().map((p) => p.id)).toEqual([page.id]);
      expect(pages.versions(page.id)).toEqual([]);
      expect(
        (await readFile(join(folder, PAGES_FILE))).equals(before),
        'opening writes nothing',
      ).toBe(true);

      await pages.saveIntro({ pageId: page.id, text: 'Welcome.', categories: [] }, personProfile());
      const stored = JSON.parse(await readFile(join(folder, PAGES_FILE), 'utf8')) as {
        schemaVersion: number;
        introStatements: unknown[];
        audit: { seq: number };
      };
      expect(stored.schemaVersion).toBe(2);
      expect(stored.introStatements).toHaveLength(1);
      expect(stored.audit.seq).toBe(journal.head().events);
    } finally {
      await journal.close();
    }
    const verify = await cli('log', 'verify', '--data', folder);
    expect(verify.err).toBe('');
    expect(verify.code).toBe(0);
  });
});
