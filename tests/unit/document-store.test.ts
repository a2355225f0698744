import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type AuditStamp,
  type DocumentSpec,
  DocumentStore,
  storeHash,
} from '../../src/main/storage/document-store';
import { failureOf, scratchFolder } from './records-fixtures';
import { CAN_MOUNT, mountedTmpfs } from './tmpfs';

/**
 * A small store of the shape the real ones have: version 3 holds the team's pages as objects;
 * version 1 held bare names, version 2 named the list `pages`.
 */
const rosterSchema = z
  .object({
    schemaVersion: z.literal(3),
    pages: z.array(z.object({ name: z.string().min(1), active: z.boolean() }).strict()),
  })
  .strict();
type Roster = z.infer<typeof rosterSchema>;

function rosterSpec(folder: string): DocumentSpec<Roster> {
  return {
    what: 'the roster store',
    file: join(folder, 'roster.json'),
    schema: rosterSchema,
    empty: () => ({ schemaVersion: 3, pages: [] }),
    migrations: [
      // 1 → 2: `names` became `pages`.
      ({ names, ...rest }) => ({ ...rest, pages: names }),
      // 2 → 3: each page name became an object.
      (document) => ({
        ...document,
        pages: (document.pages as string[]).map((name) => ({ name, active: true })),
      }),
    ],
  };
}

/** The stamp an audit event would give this state (the store only checks that it vouches for it). */
function stampFor(document: Roster, seq = 1): AuditStamp {
  return { seq, storeHash: storeHash(document) };
}

const THIRD_PAGE: Roster = { schemaVersion: 3, pages: [{ name: 'Third page', active: true }] };

const TWO_PAGES: Roster = {
  schemaVersion: 3,
  pages: [
    { name: 'Example PD Facebook', active: true },
    { name: 'Example PD Instagram', active: false },
  ],
};

describe("a document store's audit stamp", () => {
  it('refuses to write a stamp that does not vouch for the document', async () => {
    const folder = await scratchFolder();
    const store = await DocumentStore.open(folder, rosterSpec(folder));
    await expect(store.commit(TWO_PAGES, stampFor(THIRD_PAGE))).rejects.toThrow(/does not vouch/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('names a stamped file whose content was changed outside Social Desk, and changes nothing', async () => {
    const folder = await scratchFolder();
    const store = await DocumentStore.open(folder, rosterSpec(folder));
    await store.commit(TWO_PAGES, stampFor(TWO_PAGES, 7));
    const file = join(folder, 'roster.json');
    const edited = JSON.parse(await readFile(file, 'utf8')) as Roster;
    edited.pages[1] = { name: 'Example PD Instagram', active: true };
    await writeFile(file, JSON.stringify(edited));
    const bytes = await readFile(file);

    const failure = await failureOf(() => DocumentStore.open(folder, rosterSpec(folder)));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(file);
    expect(failure.message).toContain('changed outside Social Desk');
    expect(failure.message).toContain('journal event 7');
    expect(await readFile(file)).toEqual(bytes);
  });

  it('reports a damaged file to a reader without writing a quarantine copy', async () => {
    const folder = await scratchFolder();
    await writeFile(join(folder, 'roster.json'), '{"schemaVersion": 3, "pages": [');
    const failure = await failureOf(() =>
      DocumentStore.open(folder, rosterSpec(folder), { quarantine: false }),
    );
    expect(failure.code).toBe('store-damaged');
    expect(await readdir(folder)).toEqual(['roster.json']);
  });
});

describe('a document store', () => {
  it('opens empty when its file does not exist, and creates nothing until a commit', async () => {
    const folder = await scratchFolder();
    const store = await DocumentStore.open(folder, rosterSpec(folder));
    expect(store.data).toEqual({ schemaVersion: 3, pages: [] });
    expect(await readdir(folder)).toEqual([]);
  });

  it('gives back after reopening exactly what was committed', async () => {
    const folder = await scratchFolder();
    const store = await DocumentStore.open(folder, rosterSpec(folder));
    await store.commit(TWO_PAGES, stampFor(TWO_PAGES));
    expect(store.data).toEqual(TWO_PAGES);

    const reopened = await DocumentStore.open(folder, rosterSpec(folder));
    expect(reopened.data).toEqual(TWO_PAGES);
    expect(JSON.parse(await readFile(join(folder, 'roster.json'), 'utf8'))).toEqual({
      ...TWO_PAGES,
      audit: stampFor(TWO_PAGES),
    });
    expect(reopened.stamp).toEqual(stampFor(TWO_PAGES));
    // No temporary file is left beside it.
    expect(await readdir(folder)).toEqual(['roster.json']);
  });

  describe('refuses a damaged file, keeps it as it was, and puts a copy in quarantine', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['not JSON (torn by a crash)', '{"schemaVersion":3,"pages":[{"name":"Exam'],
      [
        'JSON that fails the schema',
        JSON.stringify({ schemaVersion: 3, pages: [{ name: '', active: 'yes' }] }),
      ],
      ['JSON null', 'null'],
    ];
    for (const [what, content] of cases) {
      it(`when it is ${what}`, async () => {
        const folder = await scratchFolder();
        const file = join(folder, 'roster.json');
        await writeFile(file, content);

        const failure = await failureOf(() => DocumentStore.open(folder, rosterSpec(folder)));

        expect(failure.code).toBe('store-damaged');
        expect(failure.message).toContain('The roster store');
        expect(failure.message).toContain(file);
        expect(await readFile(file, 'utf8')).toBe(content);
        const quarantined = await readdir(join(folder, 'quarantine'));
        expect(quarantined).toHaveLength(1);
        const [copy = ''] = quarantined;
        expect(copy).toMatch(/roster\.json$/);
        expect(await readFile(join(folder, 'quarantine', copy), 'utf8')).toBe(content);
        expect(failure.message).toContain(join(folder, 'quarantine', copy));
      });
    }
  });

  describe('migrates an older file on open', () => {
    it('from version 1 to 3, keeping the original as roster.json.v1.bak', async () => {
      const folder = await scratchFolder();
      const file = join(folder, 'roster.json');
      const original = `${JSON.stringify({ schemaVersion: 1, names: ['Example PD Facebook'] })}\n`;
      await writeFile(file, original);

      const store = await DocumentStore.open(folder, rosterSpec(folder));

      const expected = { schemaVersion: 3, pages: [{ name: 'Example PD Facebook', active: true }] };
      expect(store.data).toEqual(expected);
      expect(await readFile(`${file}.v1.bak`, 'utf8')).toBe(original);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(expected);
      // Opening again finds it current: no second backup, nothing rewritten.
      const onDisk = await readFile(file, 'utf8');
      await DocumentStore.open(folder, rosterSpec(folder));
      expect(await readFile(file, 'utf8')).toBe(onDisk);
      expect((await readdir(folder)).sort()).toEqual(['roster.json', 'roster.json.v1.bak']);
    });

    it('from version 2 to 3, keeping the original as roster.json.v2.bak', async () => {
      const folder = await scratchFolder();
      const file = join(folder, 'roster.json');
      const original = JSON.stringify({ schemaVersion: 2, pages: ['A', 'B'] });
      await writeFile(file, original);

      const store = await DocumentStore.open(folder, rosterSpec(folder));

      const expected = {
        schemaVersion: 3,
        pages: [
          { name: 'A', active: true },
          { name: 'B', active: true },
        ],
      };
      expect(store.data).toEqual(expected);
      expect(await readFile(`${file}.v2.bak`, 'utf8')).toBe(original);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(expected);
      expect((await readdir(folder)).sort()).toEqual(['roster.json', 'roster.json.v2.bak']);
    });

    // The store promises a damaged file is "never overwritten" and says "did not change the file";
    // a migration whose result fails the schema must not have rewritten it either.
    it('leaves the file as it was when the migrated document fails the schema', async () => {
      const folder = await scratchFolder();
      const file = join(folder, 'roster.json');
      // An empty name passes both migrations but not the version-3 schema.
      const original = JSON.stringify({ schemaVersion: 1, names: [''] });
      await writeFile(file, original);

      const failure = await failureOf(() => DocumentStore.open(folder, rosterSpec(folder)));

      expect(failure.code).toBe('store-damaged');
      expect(failure.message).toContain('did not change the file');
      expect(await readFile(file, 'utf8')).toBe(original);
    });
  });

  describe('when a write fails', () => {
    it('rejects with write-failed and keeps memory and disk as they were (the folder went away)', async () => {
      const folder = await scratchFolder();
      const stores = join(folder, 'stores');
      await mkdir(stores);
      const store = await DocumentStore.open(stores, rosterSpec(stores));
      await store.commit(TWO_PAGES, stampFor(TWO_PAGES));
      const before = await readFile(join(stores, 'roster.json'), 'utf8');

      // An unplugged drive or an unmounted share: the folder is gone and a file holds its path.
      await rename(stores, join(folder, 'aside'));
      await writeFile(stores, 'not a folder');
      const failure = await failureOf(() => store.commit(THIRD_PAGE, stampFor(THIRD_PAGE)));

      expect(failure.code).toBe('write-failed');
      expect(failure.message).toContain('the roster store could not be saved');
      expect(failure.message).toContain('Nothing was changed');
      expect(store.data).toEqual(TWO_PAGES);
      // Put back, the file holds the last saved state and reopens to it.
      await rm(stores);
      await rename(join(folder, 'aside'), stores);
      expect(await readFile(join(stores, 'roster.json'), 'utf8')).toBe(before);
      expect((await DocumentStore.open(stores, rosterSpec(stores))).data).toEqual(TWO_PAGES);
      expect(await readdir(stores)).toEqual(['roster.json']);
    });

    it('keeps working after a failed write once the folder is back', async () => {
      const folder = await scratchFolder();
      const stores = join(folder, 'stores');
      await mkdir(stores);
      const store = await DocumentStore.open(stores, rosterSpec(stores));
      await rename(stores, join(folder, 'aside'));
      await expect(store.commit(TWO_PAGES, stampFor(TWO_PAGES))).rejects.toMatchObject({
        code: 'write-failed',
      });
      expect(store.data).toEqual({ schemaVersion: 3, pages: [] });
      await rename(join(folder, 'aside'), stores);

      await store.commit(TWO_PAGES, stampFor(TWO_PAGES));
      expect((await DocumentStore.open(stores, rosterSpec(stores))).data).toEqual(TWO_PAGES);
    });

    it.skipIf(!CAN_MOUNT)(
      'says the disk is full when it is, and leaves the previous file intact (needs root to mount a 64 KiB tmpfs)',
      async () => {
        const folder = await mountedTmpfs('64k');
        const file = join(folder, 'roster.json');
        const store = await DocumentStore.open(folder, rosterSpec(folder));
        await store.commit(TWO_PAGES, stampFor(TWO_PAGES));
        const before = await readFile(file);
        // Fill every remaining block.
        await writeFile(join(folder, 'filler'), Buffer.alloc(256 * 1024, 1)).catch(
          (error: unknown) => {
            expect((error as { code?: unknown }).code).toBe('ENOSPC');
          },
        );

        const next: Roster = {
          schemaVersion: 3,
          pages: [...TWO_PAGES.pages, { name: 'Example PD X', active: true }],
        };
        const failure = await failureOf(() => store.commit(next, stampFor(next)));

        expect(failure.code).toBe('write-failed');
        expect(failure.message).toMatch(/disk/i);
        expect(failure.message).toMatch(/full/i);
        expect(failure.message).toContain(file);
        expect(store.data).toEqual(TWO_PAGES);
        expect(await readFile(file)).toEqual(before);
        expect((await readdir(folder)).sort()).toEqual(['filler', 'roster.json']);
        // Space freed, the same commit goes through.
        await rm(join(folder, 'filler'));
        await store.commit(next, stampFor(next));
        expect((await DocumentStore.open(folder, rosterSpec(folder))).data).toEqual(next);
      },
    );

    it.skipIf(!CAN_MOUNT)(
      'says there is no permission on a read-only folder (a read-only mount stops root too)',
      async () => {
        const folder = await mountedTmpfs('1m');
        const file = join(folder, 'roster.json');
        const store = await DocumentStore.open(folder, rosterSpec(folder));
        await store.commit(TWO_PAGES, stampFor(TWO_PAGES));
        const before = await readFile(file);
        const remounted = spawnSync('mount', ['-o', 'remount,ro', folder]);
        expect(remounted.status, remounted.stderr.toString()).toBe(0);

        const failure = await failureOf(() => store.commit(THIRD_PAGE, stampFor(THIRD_PAGE)));

        expect(failure.code).toBe('write-failed');
        expect(failure.message).toContain('no permission to write');
        expect(failure.message).toContain(file);
        expect(store.data).toEqual(TWO_PAGES);
        expect(await readFile(file)).toEqual(before);
      },
    );
  });
});
