import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from '../../src/main/audit/audit-trail';
import { Journal } from '../../src/main/journal/journal';
import { RETENTION_FILE, RetentionStore } from '../../src/main/retention/retention-store';
import { failureOf, journalEvents, personProfile, scratchFolder } from './records-fixtures';

const CUSTODIAN = personProfile('Casey Records');

async function openStore(folder: string) {
  const { journal } = await Journal.open(folder);
  const store = await RetentionStore.open(folder, { audit: new AuditTrail(journal) });
  return { journal, store };
}

const SCHEDULE = {
  type: 'comment',
  trigger: 'created',
  period: { years: 2, months: 0, days: 0 },
  authority: 'GS1 item 41',
} as const;

describe('the retention store', () => {
  it('records a schedule in the audit trail once, and the same schedule again changes nothing', async () => {
    const folder = await scratchFolder();
    const { journal, store } = await openStore(folder);
    await store.setSchedule(SCHEDULE, CUSTODIAN);
    await store.setSchedule(SCHEDULE, CUSTODIAN);
    await store.setSchedule({ ...SCHEDULE, period: { years: 3, months: 0, days: 0 } }, CUSTODIAN);
    const changes = (await journalEvents(folder)).filter(
      (event) => event.header.type === 'audit.change',
    );
    expect(changes.map((event) => (event.payload as { summary: string }).summary)).toEqual([
      'retention schedule set: Captured comments: kept 2 years after the comment was captured (GS1 item 41)',
      'retention schedule set: Captured comments: kept 3 years after the comment was captured (GS1 item 41)',
    ]);
    expect(store.scheduleFor('comment')?.schedule.period?.years).toBe(3);
    expect(store.schedules()).toHaveLength(1);
    await journal.close();
    // Reopened from its file: the schedule standing is the last one set.
    const again = await openStore(folder);
    expect(again.store.scheduleFor('comment')).toMatchObject({ setBy: CUSTODIAN.id });
    await again.journal.close();
  });

  it('refuses a schedule the type cannot have and writes nothing', async () => {
    const folder = await scratchFolder();
    const { journal, store } = await openStore(folder);
    const failure = await failureOf(() =>
      store.setSchedule({ ...SCHEDULE, trigger: 'superseded' }, CUSTODIAN),
    );
    expect(failure.message).toBe(
      'Captured comments can be kept from created, not superseded. Nothing was changed.',
    );
    expect(await journalEvents(folder)).toHaveLength(0);
    await journal.close();
  });

  it('places a hold and releases it only once, with a reason; a release is kept, not a deletion', async () => {
    const folder = await scratchFolder();
    const { journal, store } = await openStore(folder);
    const hold = await store.placeHold(
      { name: 'Doe v. City', matter: 'Case 26-CV-1182', scope: { words: ['Elm Street'] } },
      CUSTODIAN,
    );
    expect(store.holds('active')).toHaveLength(1);
    const noReason = await failureOf(() =>
      store.releaseHold({ hold: hold.hold, reason: ' ' }, CUSTODIAN),
    );
    expect(noReason.message).toBe('Say why the hold is released. Nothing was changed.');
    const released = await store.releaseHold(
      { hold: hold.hold, reason: 'The case was settled on 1 December.' },
      CUSTODIAN,
    );
    expect(released.released).toMatchObject({ byName: 'Casey Records' });
    expect(store.holds('active')).toHaveLength(0);
    expect(store.holds('all')).toHaveLength(1);
    const twice = await failureOf(() =>
      store.releaseHold({ hold: hold.hold, reason: 'again' }, CUSTODIAN),
    );
    expect(twice.message).toMatch(/^The hold "Doe v. City" was released already, by Casey Records/);
    const unknown = await failureOf(() =>
      store.releaseHold({ hold: '00000000-0000-4000-8000-000000000000', reason: 'x' }, CUSTODIAN),
    );
    expect(unknown.code).toBe('not-found');
    const summaries = (await journalEvents(folder)).map(
      (event) => (event.payload as { summary: string }).summary,
    );
    expect(summaries).toEqual([
      'legal hold placed: "Doe v. City" for Case 26-CV-1182',
      'legal hold released: "Doe v. City" (Case 26-CV-1182): The case was settled on 1 December.',
    ]);
    await journal.close();
  });

  it('names a damaged retention.json and never writes over it', async () => {
    const folder = await scratchFolder();
    const { journal } = await openStore(folder);
    await journal.close();
    await writeFile(join(folder, RETENTION_FILE), '{"schemaVersion":1,"schedules":[', 'utf8');
    const failure = await failureOf(() => openStore(folder));
    expect(failure.message).toContain(RETENTION_FILE);
    expect(await readFile(join(folder, RETENTION_FILE), 'utf8')).toBe(
      '{"schemaVersion":1,"schedules":[',
    );
  });
});
