import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AUDIT_CHANGE, AuditTrail } from '../../src/main/audit/audit-trail';
import { draftFile } from '../../src/main/drafts/draft-files';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { Journal } from '../../src/main/journal/journal';
import { createHandlers, openServices } from '../../src/main/services';
import { storeHash } from '../../src/main/storage/document-store';
import { PAGES_FILE, PageService } from '../../src/main/pages/page-service';
import { bytesOf } from './temp-folder';
import { cli, failureOf, journalEvents, personProfile, scratchFolder } from './records-fixtures';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

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

describe('a draft change and its audit event', () => {
  async function deskWithDrafter(folder: string) {
    const services = await openServices(folder, 'audited drafts test');
    onTestFinished(() => services.close());
    const dispatch = createDispatcher(createHandlers(services));
    await dispatch(
      'session:createFirstAdministrator',
      { name: 'Dana Reyes', passphrase: 'a long enough passphrase' },
      true,
    );
    return { services, dispatch };
  }
  const ROAD = {
    title: 'Road closed',
    body: 'Main St is closed.',
    category: 'road-closure',
    fields: TEMPLATE_FIELDS_FOR['road-closure'],
  };

  it('when the journal cannot take the event, the draft file is not written', async () => {
    const folder = await scratchFolder();
    const { services, dispatch } = await deskWithDrafter(folder);
    const saved = await dispatch('drafts:save', ROAD, true);
    if (!saved.ok) throw new Error(saved.error.message);
    const { id } = saved.value as { id: string };
    const before = await bytesOf(draftFile(folder, id));
    services.journal.append = () =>
      Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));

    const edit = await dispatch('drafts:save', { ...ROAD, id, body: 'Main St is open.' }, true);
    expect(edit.ok).toBe(false);
    expect(await bytesOf(draftFile(folder, id))).toEqual(before);
  });

  it('a draft edited in its file by hand is named as changed outside Social Desk when opened', async () => {
    const folder = await scratchFolder();
    const { dispatch } = await deskWithDrafter(folder);
    const saved = await dispatch('drafts:save', ROAD, true);
    if (!saved.ok) throw new Error(saved.error.message);
    const { id } = saved.value as { id: string };
    const file = draftFile(folder, id);
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      draft: { revisions: { body: string }[] };
    };
    const [revision] = stored.draft.revisions;
    if (revision) revision.body = 'Main St is open. (edited by hand)';
    // Same size and time as far as the index knows is not needed: the read checks the stamp.
    await writeFile(file, JSON.stringify(stored));

    const got = await dispatch('drafts:get', { id }, true);
    expect(got.ok).toBe(false);
    if (!got.ok) {
      expect(got.error.code).toBe('store-damaged');
      expect(got.error.message).toMatch(/changed outside Social Desk/);
    }
  });
});

describe('log verify and the stores’ stamps', () => {
  it('names a pages.json whose edit came with a forged stamp, which opening alone accepts', async () => {
    const folder = await scratchFolder();
    const journal = await openJournal(folder);
    await (await PageService.open(folder)).add(PAGE, personProfile(), new AuditTrail(journal));
    await journal.close();
    expect((await cli('log', 'verify', '--data', folder)).code).toBe(0);

    const file = join(folder, PAGES_FILE);
    const { audit, ...stored } = JSON.parse(await readFile(file, 'utf8')) as {
      audit: { seq: number };
      pages: { name: string }[];
    };
    const [first] = stored.pages;
    if (first) first.name = 'Renamed, stamp forged';
    await writeFile(
      file,
      JSON.stringify({ ...stored, audit: { seq: audit.seq, storeHash: storeHash(stored) } }),
    );
    expect((await PageService.open(folder)).list()[0]?.name).toBe('Renamed, stamp forged');

    const run = await cli('log', 'verify', '--data', folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${file} was changed outside Social Desk`);
    expect(run.err).toContain(`event ${audit.seq}, which did not record this content`);
  });

  it('names a pages.json put back whole to an earlier state, stamp and all', async () => {
    const folder = await scratchFolder();
    const journal = await openJournal(folder);
    const pages = await PageService.open(folder);
    await pages.add(PAGE, personProfile(), new AuditTrail(journal));
    const file = join(folder, PAGES_FILE);
    const earlier = await readFile(file);
    await pages.add(
      { ...PAGE, name: 'Example PD on X', url: 'https://x.com/examplepd' },
      personProfile(),
      new AuditTrail(journal),
    );
    await journal.close();
    await writeFile(file, earlier);
    expect((await PageService.open(folder)).list()).toHaveLength(1);

    const run = await cli('log', 'verify', '--data', folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain('recorded a later change (event 2) that it does not hold');
  });

  it('names a draft whose file was edited and its stamp forged to match', async () => {
    const folder = await scratchFolder();
    const services = await openServices(folder, 'stamps test');
    const dispatch = createDispatcher(createHandlers(services));
    await dispatch(
      'session:createFirstAdministrator',
      { name: 'Dana Reyes', passphrase: 'a long enough passphrase' },
      true,
    );
    const saved = await dispatch(
      'drafts:save',
      {
        title: 'Road closed',
        body: 'Main St is closed.',
        category: 'road-closure',
        fields: TEMPLATE_FIELDS_FOR['road-closure'],
      },
      true,
    );
    await services.close();
    if (!saved.ok) throw new Error(saved.error.message);
    const { id } = saved.value as { id: string };
    expect((await cli('log', 'verify', '--data', folder)).code).toBe(0);

    const file = draftFile(folder, id);
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      draft: { revisions: { body: string }[] };
      audit: { seq: number; storeHash: string };
    };
    const [revision] = stored.draft.revisions;
    if (revision) revision.body = 'Main St is open.';
    stored.audit.storeHash = storeHash(stored.draft);
    await writeFile(file, JSON.stringify(stored));

    const run = await cli('log', 'verify', '--data', folder);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${file} was changed outside Social Desk`);
  });
});
