import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AUDIT_CHANGE, AuditTrail } from '../../src/main/audit/audit-trail';
import { Journal } from '../../src/main/journal/journal';
import { PAGES_FILE, PageService } from '../../src/main/pages/page-service';
import { bytesOf } from './temp-folder';
import { failureOf, journalEvents, personProfile, scratchFolder } from './records-fixtures';

const PAGE = {
  platform: 'facebook',
  name: 'Example PD',
  url: 'https://www.facebook.com/examplepd',
};

async function openJournal(folder: string): Promise<Journal> {
  const { journal } = await Journal.open(folder);
  onTestFinished(() => journal.close());
  return journal;
}

describe('a page change and its audit event', () => {
  it('land together: the event first, vouching for the exact pages.json that follows', async () => {
    const folder = await scratchFolder();
    const journal = await openJournal(folder);
    const pages = await PageService.open(folder);
    const page = await pages.add(PAGE, personProfile('Admin Ada'), new AuditTrail(journal));

    const [event] = await journalEvents(folder);
    expect(event?.header.type).toBe(AUDIT_CHANGE);
    const stored = JSON.parse(await readFile(join(folder, PAGES_FILE), 'utf8')) as {
      audit: { seq: number; storeHash: string };
    };
    expect(stored.audit).toEqual({
      seq: event?.header.seq,
      storeHash: (event?.payload as { storeHash: string }).storeHash,
    });
    expect((await PageService.open(folder)).list()).toEqual([page]);
  });

  it('when the journal cannot take the event, pages.json is not touched either', async () => {
    const folder = await scratchFolder();
    const journal = await openJournal(folder);
    const pages = await PageService.open(folder);
    await pages.add(PAGE, personProfile('Admin Ada'), new AuditTrail(journal));
    const before = await bytesOf(join(folder, PAGES_FILE));
    // Fault injection: the journal's disk fails its next append (as a failing fdatasync would).
    journal.append = () =>
      Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));

    await expect(
      pages.add(
        { ...PAGE, name: 'Example PD on X', url: 'https://x.com/examplepd' },
        personProfile('Admin Ada'),
        new AuditTrail(journal),
      ),
    ).rejects.toThrow(/EIO/);
    expect(await bytesOf(join(folder, PAGES_FILE))).toEqual(before);
    expect(pages.list()).toHaveLength(1);
  });

  it('a page edited into pages.json by hand is named at the next open, and the file is kept', async () => {
    const folder = await scratchFolder();
    const journal = await openJournal(folder);
    await (await PageService.open(folder)).add(PAGE, personProfile(), new AuditTrail(journal));
    const file = join(folder, PAGES_FILE);
    const stored = JSON.parse(await readFile(file, 'utf8')) as { pages: { name: string }[] };
    const [first] = stored.pages;
    if (first) first.name = 'Renamed without a record';
    await writeFile(file, JSON.stringify(stored));
    const edited = await readFile(file);

    const failure = await failureOf(() => PageService.open(folder));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(file);
    expect(failure.message).toMatch(/changed outside Social Desk.*journal event 1/);
    expect(await readFile(file)).toEqual(edited);
  });

  it('a pages.json from before stamps is stamped once, by an event that says so', async () => {
    const folder = await scratchFolder();
    const journal = await openJournal(folder);
    const legacy = { schemaVersion: 1, pages: [] };
    await writeFile(join(folder, PAGES_FILE), JSON.stringify(legacy));
    const pages = await PageService.open(folder);
    expect(await pages.adopt(new AuditTrail(journal))).toBe(true);
    expect(await pages.adopt(new AuditTrail(journal))).toBe(false);
    const events = await journalEvents(folder);
    expect(events).toHaveLength(1);
    expect((events[0]?.payload as { summary: string }).summary).toContain('had no audit stamp');
  });
});
