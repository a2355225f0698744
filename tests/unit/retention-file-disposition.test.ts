import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../src/main/attachments/attachment-store';
import type { Journal } from '../../src/main/journal/journal';
import { verifyDataFolder } from '../../src/main/journal/verify-report';
import { PAGES_FILE } from '../../src/main/pages/page-service';
import { openServices } from '../../src/main/services';
import { DispositionService } from '../../src/main/retention/disposition-service';
import type { CatalogueRecord } from '../../src/main/retention/record-catalogue';
import type { Draft } from '../../src/shared/drafts/draft';
import type { DraftMedia, StoredMedia } from '../../src/shared/drafts/media';
import type { Profile } from '../../src/shared/profiles/profile';
import { failureOf, journalEvents } from './records-fixtures';
import { tempFolder } from './temp-folder';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

const TIMEOUT = 60_000;
const LATER = { today: '2040-01-01' };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let desk: WorkflowDesk;
let custodian: Profile;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-file-disposition-');
  custodian = await desk.services.profiles.add(
    { name: 'Casey Records', roles: ['records'], passphrase: 'a long enough passphrase' },
    desk.people.robin,
  );
}, TIMEOUT);
afterAll(() => desk.close());

let made = 0;
/** A JPEG's first bytes, then something unique: each photo its own file. */
function photo(): Buffer {
  made += 1;
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    Buffer.from(` photo ${made} ${'x'.repeat(64)}`),
  ]);
}

async function upload(bytes: Buffer): Promise<DraftMedia> {
  const stored = await desk.call<StoredMedia>(desk.people.pat, 'drafts:uploadMedia', {
    name: `photo-${made}.jpg`,
    mediaType: 'image/jpeg',
    base64: bytes.toString('base64'),
  });
  return { ...stored, depicts: [], permissions: [] };
}

const onDisk = async () => (await readdir(join(desk.folder, ATTACHMENTS_FOLDER))).sort();

async function catalogued(type: CatalogueRecord['type']): Promise<CatalogueRecord[]> {
  const records: CatalogueRecord[] = [];
  for await (const record of desk.services.catalogue.records({ types: [type] })) {
    records.push(record);
  }
  return records;
}

describe('disposition of files', () => {
  it(
    'takes a disposed draft’s photos with it, keeps a photo another draft still shows, and records each removed file’s hash',
    async () => {
      const { pat } = desk.people;
      const own = photo();
      const shared = photo();
      const ownMedia = await upload(own);
      const sharedMedia = await upload(shared);
      const old = await desk.call<Draft>(pat, 'drafts:save', {
        title: 'Winter coat drive',
        body: 'Drop off coats at the station lobby.',
        category: 'special-event',
        pages: [],
        media: [ownMedia, sharedMedia],
      });
      await desk.call(pat, 'drafts:archive', { id: old.id, reason: 'Drive over' });
      const open = await desk.call<Draft>(pat, 'drafts:save', {
        title: 'Spring coat drive',
        body: 'The coat drive is back.',
        category: 'special-event',
        pages: [],
        media: [sharedMedia],
      });
      expect(await onDisk()).toEqual(expect.arrayContaining([sha256(own), sha256(shared)]));
      await desk.services.retention.setSchedule(
        {
          type: 'draft',
          trigger: 'closed',
          period: { years: 1, months: 0, days: 0 },
          authority: 'GS1 item 12',
        },
        custodian,
      );

      const disposition = new DispositionService(desk.services, LATER);
      const outcome = await disposition.dispose({ reason: 'Retention ended' }, custodian);
      expect(outcome.disposed).toEqual({ draft: 1 });
      const files = await onDisk();
      expect(files).not.toContain(sha256(own));
      // The open draft still shows the shared photo: it stays.
      expect(files).toContain(sha256(shared));
      expect(desk.services.drafts.has(open.id)).toBe(true);
      const event = (await journalEvents(desk.folder)).at(-1);
      const removed = (event?.payload as { files: { path: string; sha256: string }[] }).files;
      expect(removed.map((file) => file.path).sort()).toEqual(
        [`drafts/${old.id}.json`, `${ATTACHMENTS_FOLDER}/${sha256(own)}`].sort(),
      );
      expect(removed.find((file) => file.path.startsWith(ATTACHMENTS_FOLDER))?.sha256).toBe(
        sha256(own),
      );
      expect((await verifyDataFolder(desk.folder)).ok).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'spares a photo just uploaded with the bytes of a disposed draft’s photo, for the draft about to be saved',
    async () => {
      const { pat } = desk.people;
      const bytes = photo();
      const media = await upload(bytes);
      const old = await desk.call<Draft>(pat, 'drafts:save', {
        title: 'Toy drive',
        body: 'Bring a new toy to the station lobby.',
        category: 'special-event',
        pages: [],
        media: [media],
      });
      await desk.call(pat, 'drafts:archive', { id: old.id, reason: 'Drive over' });
      // Someone uploads the same picture for a new post, and has not saved it yet.
      const again = await upload(bytes);
      const disposition = new DispositionService(desk.services, LATER);
      const outcome = await disposition.dispose(
        { records: [{ type: 'draft', id: old.id }], reason: 'Retention ended' },
        custodian,
      );
      expect(outcome.disposed).toEqual({ draft: 1 });
      expect(await onDisk()).toContain(sha256(bytes));
      const saved = await desk.call<Draft>(pat, 'drafts:save', {
        title: 'Toy drive again',
        body: 'The toy drive is back.',
        category: 'special-event',
        pages: [],
        media: [again],
      });
      expect(saved.revisions.at(-1)?.media?.[0]?.sha256).toBe(sha256(bytes));
    },
    TIMEOUT,
  );

  it(
    'disposes of an approval packet: its HTML goes, reading it says by which event, it is not due again, and the journal verifies',
    async () => {
      const submitted = await desk.submitted(desk.people.pat, { title: 'Bike rodeo packet' });
      const packet = packetOf(submitted);
      const file = join(desk.folder, 'packets', `${packet}.html`);
      await stat(file);
      await desk.services.retention.setSchedule(
        {
          type: 'packet',
          trigger: 'created',
          period: { years: 3, months: 0, days: 0 },
          authority: 'GS1 item 30',
        },
        custodian,
      );
      const disposition = new DispositionService(desk.services, LATER);
      const outcome = await disposition.dispose(
        { records: [{ type: 'packet', id: packet }], reason: 'Retention ended' },
        custodian,
      );
      expect(outcome.disposed).toEqual({ packet: 1 });
      await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
      const event = (await journalEvents(desk.folder)).at(-1);
      expect(event?.payload).toMatchObject({
        records: [{ type: 'packet', id: packet }],
        files: [{ path: `packets/${packet}.html`, sha256: packet }],
      });
      const read = await failureOf(() => desk.services.packets.read(packet));
      expect(read.message).toContain(
        `was disposed of under retention (journal event ${event?.header.seq})`,
      );
      expect((await catalogued('packet')).find((record) => record.id === packet)?.disposed).toBe(
        true,
      );
      // The submission that named it stays on record; the packet is not due a second time.
      expect(desk.services.drafts.has(submitted.id)).toBe(true);
      const again = await failureOf(() =>
        disposition.dispose(
          { records: [{ type: 'packet', id: packet }], reason: 'Retention ended' },
          custodian,
        ),
      );
      expect(again.message).toMatch(/is not due for disposition today/);
      expect((await verifyDataFolder(desk.folder)).ok).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'disposes of a submitted draft only with its approval packet or after it',
    async () => {
      const { pat } = desk.people;
      const submitted = await desk.submitted(pat, { title: 'Summer festival' });
      const packet = packetOf(submitted);
      await desk.call(pat, 'drafts:withdraw', { id: submitted.id, reason: 'Postponed' });
      await desk.call(pat, 'drafts:archive', { id: submitted.id, reason: 'Cancelled' });
      const disposition = new DispositionService(desk.services, LATER);
      const before = await journalEvents(desk.folder);
      const refused = await failureOf(() =>
        disposition.dispose(
          { records: [{ type: 'draft', id: submitted.id }], reason: 'Retention ended' },
          custodian,
        ),
      );
      expect(refused.message).toBe(
        `Draft ${submitted.id} has an approval packet still kept (${packet}): a draft is disposed of with its packets or after them, since each packet records the approval of what it froze and is found through it. Nothing was changed: dispose of that packet too, or leave the draft for later.`,
      );
      expect(await journalEvents(desk.folder)).toEqual(before);
      const outcome = await disposition.dispose(
        {
          records: [
            { type: 'draft', id: submitted.id },
            { type: 'packet', id: packet },
          ],
          reason: 'Retention ended',
        },
        custodian,
      );
      expect(outcome.disposed).toEqual({ draft: 1, packet: 1 });
      // The packet's event first: a disposal cut short never leaves the draft gone alone.
      const events = await journalEvents(desk.folder);
      const types = outcome.events.map((seq) =>
        (
          events.find((event) => event.header.seq === seq)?.payload as {
            records: { type: string }[];
          }
        ).records.map((record) => record.type),
      );
      expect(types).toEqual([['packet'], ['draft']]);
      expect((await verifyDataFolder(desk.folder)).ok).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'says which disposition events were carried out when a later schedule item’s records cannot be disposed of',
    async () => {
      const { pat } = desk.people;
      const old = await desk.ready(pat, { title: 'Fall festival' });
      await desk.call(pat, 'drafts:archive', { id: old.id, reason: 'Festival over' });
      const submitted = await desk.submitted(pat, { title: 'Spring festival' });
      const packet = packetOf(submitted);
      // The disk fills up after the first event (fault injection on the journal's disposal
      // only): the packet goes first (a draft waits for its packets), the draft's group fails.
      let disposals = 0;
      const journal = {
        dispose: (request: Parameters<Journal['dispose']>[0]) => {
          disposals += 1;
          return disposals === 1
            ? desk.services.journal.dispose(request)
            : Promise.reject(new Error('no space left on device (ENOSPC)'));
        },
      };
      const disposition = new DispositionService({ ...desk.services, journal }, LATER);
      const failure = await failureOf(() =>
        disposition.dispose(
          {
            records: [
              { type: 'draft', id: old.id },
              { type: 'packet', id: packet },
            ],
            reason: 'Retention ended',
          },
          custodian,
        ),
      );
      const event = (await journalEvents(desk.folder)).at(-1);
      expect(event?.payload).toMatchObject({ records: [{ type: 'packet', id: packet }] });
      expect(failure.message).toMatch(
        new RegExp(
          `^Disposition event ${event?.header.seq} was recorded and carried out, but the records due under GS1 item 12 could not be disposed of \\(.*ENOSPC.*\\); nothing of them was changed\\.`,
        ),
      );
      // Nothing of the draft's group was recorded.
      const naming = (await journalEvents(desk.folder)).filter(
        (line) =>
          line.header.type === 'disposition' && JSON.stringify(line.payload).includes(old.id),
      );
      expect(naming).toEqual([]);
      expect(desk.services.drafts.has(submitted.id)).toBe(true);
      await expect(desk.services.packets.read(packet)).rejects.toThrow(/was disposed of/);
    },
    TIMEOUT,
  );

  it(
    'keeps intro-statement versions and audit entries, saying why, and changes nothing',
    async () => {
      await desk.services.retention.setSchedule(
        {
          type: 'audit',
          trigger: 'created',
          period: { years: 1, months: 0, days: 0 },
          authority: 'GS1 item 99',
        },
        custodian,
      );
      const audit = (await catalogued('audit'))[0];
      if (!audit) throw new Error('no audit entry');
      const before = await journalEvents(desk.folder);
      const disposition = new DispositionService(desk.services, LATER);
      const refused = await failureOf(() =>
        disposition.dispose(
          { records: [{ type: 'audit', id: audit.id }], reason: 'Retention ended' },
          custodian,
        ),
      );
      expect(refused.message).toMatch(
        /^Audit entries stay kept: they record every change, disposals included\./,
      );
      expect(refused.message).toContain('Nothing was changed');
      expect(await journalEvents(desk.folder)).toEqual(before);
    },
    TIMEOUT,
  );
});

describe('disposition of a page’s approval packet', () => {
  it(
    'removes the packet but keeps the signed scan the page’s own approval still names',
    async () => {
      const folder = await tempFolder('social-desk-page-packet-');
      const html = '<!doctype html><title>Page packet</title><p>Example PD on Facebook</p>';
      const packet = sha256(Buffer.from(html));
      const scanBytes = Buffer.from('%PDF-1.7\nsigned by the Chief\n');
      const scan = sha256(scanBytes);
      await mkdir(join(folder, 'packets'), { recursive: true });
      await mkdir(join(folder, ATTACHMENTS_FOLDER), { recursive: true });
      await writeFile(join(folder, 'packets', `${packet}.html`), html);
      await writeFile(join(folder, ATTACHMENTS_FOLDER, scan), scanBytes);
      const page = {
        id: randomUUID(),
        platform: 'facebook',
        name: 'Example PD on Facebook',
        url: 'https://www.facebook.com/examplepd',
        createdAt: '2026-01-01T00:00:00.000Z',
        createdBy: 'dana',
        workflow: [
          {
            move: 'submit',
            by: 'dana',
            at: '2026-01-02T00:00:00.000Z',
            contentHash: 'b'.repeat(64),
            packetHash: packet,
          },
          {
            move: 'decide',
            by: 'robin',
            at: '2026-01-03T00:00:00.000Z',
            decision: 'approve',
            comment: '',
            packetHash: packet,
            source: 'paper',
            decidedBy: 'Chief M. Ramos',
            decidedAt: '2026-01-03T00:00:00.000Z',
            scan: { name: 'signed.pdf', file: `${ATTACHMENTS_FOLDER}/${scan}`, sha256: scan },
          },
        ],
      };
      await writeFile(
        join(folder, PAGES_FILE),
        JSON.stringify({ schemaVersion: 2, pages: [page], introStatements: [] }),
      );
      const services = await openServices(folder, 'page packet test');
      try {
        const admin = await services.profiles.add(
          { name: 'Robin Admin', roles: ['administrator'], passphrase: 'a long enough passphrase' },
          undefined,
        );
        const keeper = await services.profiles.add(
          { name: 'Casey Records', roles: ['records'], passphrase: 'a long enough passphrase' },
          admin,
        );
        await services.retention.setSchedule(
          {
            type: 'packet',
            trigger: 'created',
            period: { years: 1, months: 0, days: 0 },
            authority: 'GS1 item 30',
          },
          keeper,
        );
        const outcome = await new DispositionService(services, LATER).dispose(
          { records: [{ type: 'packet', id: packet }], reason: 'Retention ended' },
          keeper,
        );
        expect(outcome.disposed).toEqual({ packet: 1 });
        await expect(stat(join(folder, 'packets', `${packet}.html`))).rejects.toMatchObject({
          code: 'ENOENT',
        });
        // The page's approval still names the scan: it stays.
        await stat(join(folder, ATTACHMENTS_FOLDER, scan));
      } finally {
        await services.close();
      }
    },
    TIMEOUT,
  );
});
