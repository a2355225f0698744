import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskShell, SaveKind } from '../../src/main/handlers/domain-handlers';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers } from '../../src/main/services';
import { consistencyReportSchema } from '../../src/shared/moderation/report-view';
import type { Profile } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import { tempFolder } from './temp-folder';
import { PASSPHRASE, type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

/** The window's save dialog, as a person answers it: the file chosen, or a cancel. */
function recordingShell(chosen: () => string | undefined) {
  const asked: { name: string; kind: SaveKind }[] = [];
  const refuse = () => Promise.reject(new Error('The consistency report only saves files'));
  const shell: DeskShell = {
    chooseSaveFile: (name, kind) => {
      asked.push({ name, kind });
      return Promise.resolve(chosen());
    },
    chooseOpenFile: refuse,
    printToPdf: refuse,
    print: refuse,
    copyText: refuse,
  };
  return { shell, asked };
}

const WHOLE = { from: '2000-01-01', to: '2999-12-31' } as const;

describe('comments:report and comments:saveReport through the real services and dispatcher', () => {
  let desk: WorkflowDesk;
  let sam: Profile;
  let out: string;
  let choice: string | undefined;
  let recorded: ReturnType<typeof recordingShell>;
  let dispatch: Dispatch;

  beforeEach(async () => {
    desk = await openWorkflowDesk('social-desk-report-');
    sam = await desk.services.profiles.add(
      { name: 'Sam <b>Ortiz</b>', roles: ['moderator'], passphrase: PASSPHRASE },
      desk.people.pat,
    );
    out = await tempFolder();
    choice = undefined;
    recorded = recordingShell(() => choice);
    dispatch = createDispatcher(createHandlers(desk.services, recorded.shell));
    // Three comments on the page: one removed, one hidden then corrected, one kept.
    const pageId = desk.page.id;
    const captured = (commentId: string) => ({
      type: 'comment.captured',
      by: sam.id,
      payload: {
        pageId,
        commentId,
        text: `Comment ${commentId}`,
        author: 'Visitor',
        seenAt: '2026-06-01T08:00:00.000Z',
      },
    });
    const action = (comment: number, payload: object) => ({
      type: 'moderation.action',
      by: sam.id,
      payload: { comment, ...payload },
    });
    const [one, two, three] = await desk.services.journal.append([
      captured('c-1'),
      captured('c-2'),
      captured('c-3'),
    ]);
    if (!one || !two || !three) throw new Error('not captured');
    const [, hidden] = await desk.services.journal.append([
      action(one.seq, { action: 'remove', reason: 'obscenity' }),
      action(two.seq, { action: 'hide', reason: 'off-topic' }),
      action(three.seq, { action: 'keep' }),
    ]);
    if (!hidden) throw new Error('not hidden');
    await desk.services.journal.append([
      {
        type: 'correction',
        by: sam.id,
        payload: { corrects: hidden.seq, note: 'Hidden by mistake: it was on topic' },
      },
    ]);
    // Five profiles, each with a real scrypt hash.
  }, 60_000);
  afterEach(async () => {
    await desk.close();
  });

  async function send<T>(channel: string, request: object, who?: Profile): Promise<Result<T>> {
    if (who) desk.as(who);
    return (await dispatch(channel, request, true)) as Result<T>;
  }

  it('answers the counts with the page and moderator names, corrections counted apart', async () => {
    const result = await send('comments:report', WHOLE, desk.people.quinn);
    if (!result.ok) throw new Error(result.error.message);
    const report = consistencyReportSchema.parse(result.value);
    expect(report.cells).toEqual([
      expect.objectContaining({
        pageName: 'Example PD',
        moderator: sam.id,
        moderatorName: 'Sam <b>Ortiz</b>',
        action: 'remove',
        reason: 'obscenity',
        count: 1,
      }),
    ]);
    expect(report).toMatchObject({ actions: 3, corrected: 1, disputed: 0, awaitingReview: 0 });
  });

  it('refuses a period that ends before it starts, without asking where to save', async () => {
    const result = await send(
      'comments:saveReport',
      {
        from: '2026-12-31',
        to: '2026-01-01',
        format: 'html',
      },
      desk.people.quinn,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) expect(result.error.message).toContain('From');
    expect(recorded.asked).toEqual([]);
    expect(await send('comments:report', { from: '2026-02-30' })).toMatchObject({ ok: false });
  });

  it('saves the HTML where the person chose, under a name that gives the period', async () => {
    choice = join(out, 'report.html');
    const result = await send<{ saved: string | null }>(
      'comments:saveReport',
      { from: '2026-01-01', to: '2026-12-31', format: 'html' },
      desk.people.quinn,
    );
    expect(result).toEqual({ ok: true, value: { saved: choice } });
    expect(recorded.asked).toEqual([
      { name: 'consistency-report-2026-01-01-to-2026-12-31.html', kind: 'html' },
    ]);
    const html = await readFile(choice, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Consistency report: 2026-01-01 to 2026-12-31');
    // No temporary file is left beside it: the write went through a rename.
    expect(await readdir(out)).toEqual(['report.html']);
  });

  it('saves the CSV, one row per count, names escaped for a spreadsheet', async () => {
    choice = join(out, 'report.csv');
    const result = await send(
      'comments:saveReport',
      { ...WHOLE, format: 'csv' },
      desk.people.quinn,
    );
    expect(result).toEqual({ ok: true, value: { saved: choice } });
    expect(recorded.asked[0]).toEqual({
      name: 'consistency-report-2000-01-01-to-2999-12-31.csv',
      kind: 'csv',
    });
    const rows = (await readFile(choice, 'utf8')).split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(`,Example PD,${desk.page.id},Sam <b>Ortiz</b>,${sam.id},remove,`);
  });

  it('writes nothing when the person cancels', async () => {
    const result = await send(
      'comments:saveReport',
      { ...WHOLE, format: 'html' },
      desk.people.quinn,
    );
    expect(result).toEqual({ ok: true, value: { saved: null } });
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses a place inside the data folder, writing nothing there', async () => {
    // The app's own comment index saves its snapshot there in its own time: not the report's doing.
    const listing = async () =>
      (await readdir(desk.folder)).filter((name) => name !== 'comment-index').sort();
    const before = await listing();
    choice = join(desk.folder, 'pages.json');
    const pages = await readFile(choice);
    const result = await send(
      'comments:saveReport',
      { ...WHOLE, format: 'csv' },
      desk.people.quinn,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) expect(result.error.message).toMatch(/inside the data folder.*outside/);
    expect(await readFile(choice)).toEqual(pages);
    expect(await listing()).toEqual(before);
  });

  it('answers no one who is not signed in', async () => {
    desk.services.session.signOut();
    const result = await send('comments:report', WHOLE);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-signed-in' } });
  });
});
