// A drafts index written before summaries carried the workflow's status (issue 9): its lines say
// nothing of a draft's status, so a draft submitted under that version must not be listed as a
// plain draft, and learning it is an upgrade, not an interruption to report.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_INDEX, draftsFolder } from '../../src/main/drafts/draft-files';
import { DraftService } from '../../src/main/drafts/draft-service';
import { latestRevision } from '../../src/shared/drafts/draft';
import { tempFolder } from './temp-folder';

const DRAFTER = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };

/** The index as the previous version wrote it: summaries without status, author or confirmation. */
async function asBeforeTheWorkflow(folder: string): Promise<void> {
  const file = join(draftsFolder(folder), DRAFT_INDEX);
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
  const old = lines.map((line) => {
    const summary = JSON.parse(line) as Record<string, unknown>;
    for (const key of ['status', 'author', 'awaitingConfirmation'])
      Reflect.deleteProperty(summary, key);
    return `${JSON.stringify(summary)}\n`;
  });
  await writeFile(file, old.join(''));
}

describe('a drafts index from before the workflow', () => {
  it('lists a draft submitted under that version as submitted, reporting no re-indexed draft', async () => {
    const folder = await tempFolder();
    let drafts = await DraftService.open(folder);
    const saved = await drafts.save(
      { title: 'Road closed', body: 'Main St is closed.', category: 'road-closure' },
      DRAFTER,
    );
    await drafts.save({ title: 'Lock up', body: 'Tonight.', category: 'other' }, DRAFTER);
    await drafts.update(
      saved.id,
      (draft) => ({
        ...draft,
        workflow: [
          {
            move: 'submit',
            by: DRAFTER.id,
            at: new Date().toISOString(),
            contentHash: latestRevision(draft).contentHash,
            revision: 1,
          },
        ],
      }),
      { by: DRAFTER, summary: () => 'submitted' },
    );
    await drafts.close();
    await asBeforeTheWorkflow(folder);

    drafts = await DraftService.open(folder);
    expect(drafts.report.reindexed).toBe(0);
    expect(
      drafts
        .list()
        .map((summary) => [summary.title, summary.status])
        .sort(),
    ).toEqual([
      ['Lock up', 'draft'],
      ['Road closed', 'submitted'],
    ]);
    await drafts.close();

    // Learnt once, kept: the next open reads the index alone.
    drafts = await DraftService.open(folder);
    expect(drafts.list().find((summary) => summary.id === saved.id)?.status).toBe('submitted');
    await drafts.close();
  });
});
