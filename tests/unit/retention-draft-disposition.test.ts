import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftService } from '../../src/main/drafts/draft-service';
import { verifyDataFolder } from '../../src/main/journal/verify-report';
import { DispositionService } from '../../src/main/retention/disposition-service';
import { failureOf, journalEvents } from './records-fixtures';
import { type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

const TIMEOUT = 60_000;

describe('disposition of drafts', () => {
  let desk: WorkflowDesk;
  beforeAll(async () => {
    desk = await openWorkflowDesk('social-desk-draft-disposition-');
  }, TIMEOUT);
  afterAll(() => desk.close());

  it(
    'removes an archived draft past retention: its file goes with its hash recorded, it is never listed again, and the journal verifies',
    async () => {
      const { pat, robin } = desk.people;
      const custodian = await desk.services.profiles.add(
        { name: 'Casey Records', roles: ['records'], passphrase: 'a long enough passphrase' },
        robin,
      );
      const old = await desk.ready(pat, { title: 'Winter parking ban' });
      await desk.call(pat, 'drafts:archive', { id: old.id, reason: 'Season over' });
      const kept = await desk.ready(pat, { title: 'Still being written' });
      await desk.services.retention.setSchedule(
        {
          type: 'draft',
          trigger: 'closed',
          period: { years: 1, months: 0, days: 0 },
          authority: 'GS1 item 12',
        },
        custodian,
      );
      const file = join(desk.folder, 'drafts', `${old.id}.json`);
      const bytes = await readFile(file);
      const disposition = new DispositionService(desk.services, { today: '2040-01-01' });
      const outcome = await disposition.dispose({ reason: 'Retention ended' }, custodian);
      // The draft still being written has not been closed: its retention has not started.
      expect(outcome.disposed).toEqual({ draft: 1 });
      await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(desk.services.drafts.has(old.id)).toBe(false);
      expect(desk.services.drafts.has(kept.id)).toBe(true);
      const gone = await failureOf(() => desk.services.drafts.get(old.id));
      expect(gone.message).toMatch(/was disposed of under retention \(journal event \d+\)/);
      const event = (await journalEvents(desk.folder)).at(-1);
      expect(event?.payload).toMatchObject({
        events: [],
        records: [{ type: 'draft', id: old.id }],
        files: [
          {
            path: `drafts/${old.id}.json`,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            bytes: bytes.length,
          },
        ],
      });
      expect((await verifyDataFolder(desk.folder)).ok).toBe(true);

      // A removal cut short (the file back after the line that disposed of it) is finished at the
      // next open, and the draft is not listed again.
      await writeFile(file, bytes);
      const reopened = await DraftService.open(desk.folder);
      expect(reopened.has(old.id)).toBe(false);
      expect(reopened.report.problems).toEqual([]);
      await reopened.close();
      await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    },
    TIMEOUT,
  );
});
