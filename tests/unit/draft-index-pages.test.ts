// A drafts index written before the list showed target pages: its lines carry a status but no
// `pages`, which the schema would read as "no pages". Those drafts are re-read from their files
// once at open, so the list filters them by page correctly, and the index is written with pages.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_INDEX, draftsFolder } from '../../src/main/drafts/draft-files';
import { DraftService } from '../../src/main/drafts/draft-service';
import { tempFolder } from './temp-folder';

const DRAFTER = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };
const FACEBOOK = '11111111-1111-4111-8111-111111111111';
const X = '22222222-2222-4222-8222-222222222222';

async function indexLines(folder: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(join(draftsFolder(folder), DRAFT_INDEX), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The index as the version before target pages in the list wrote it: every line without pages. */
async function asBeforePagesInTheList(folder: string): Promise<void> {
  const lines = (await indexLines(folder)).map((summary) => {
    Reflect.deleteProperty(summary, 'pages');
    return `${JSON.stringify(summary)}\n`;
  });
  await writeFile(join(draftsFolder(folder), DRAFT_INDEX), lines.join(''));
}

describe('a drafts index from before the list showed target pages', () => {
  it('re-reads those drafts once at open, so each is listed with its pages', async () => {
    const folder = await tempFolder();
    let drafts = await DraftService.open(folder);
    const targeted = await drafts.save(
      { title: 'Road closed', body: 'Main St is closed.', category: 'other', pages: [X, FACEBOOK] },
      DRAFTER,
    );
    const untargeted = await drafts.save(
      { title: 'Lock up', body: 'Tonight.', category: 'other' },
      DRAFTER,
    );
    await drafts.close();
    await asBeforePagesInTheList(folder);
    expect((await indexLines(folder)).some((line) => 'pages' in line)).toBe(false);

    drafts = await DraftService.open(folder);
    // An upgrade, not damage: nothing is reported as re-indexed.
    expect(drafts.report.reindexed).toBe(0);
    const pagesOf = (id: string) => drafts.list().find((summary) => summary.id === id)?.pages;
    expect(pagesOf(targeted.id)).toEqual([FACEBOOK, X]);
    expect(pagesOf(untargeted.id)).toEqual([]);
    await drafts.close();

    // Learnt once and written down: the index now carries the pages itself.
    const byId = new Map((await indexLines(folder)).map((line) => [line.id, line]));
    expect(byId.get(targeted.id)?.pages).toEqual([FACEBOOK, X]);
    drafts = await DraftService.open(folder);
    expect(drafts.list().find((summary) => summary.id === targeted.id)?.pages).toEqual([
      FACEBOOK,
      X,
    ]);
    await drafts.close();
  });
});
