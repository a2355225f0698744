import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/shared/drafts/draft';
import {
  cli,
  cliFirstAdministrator,
  cliPage,
  scratchFolder,
  setEnv,
  sharedFolder,
} from './records-fixtures';
import { snapshotTree } from './temp-folder';
import { ATTESTABLE, PASSPHRASE } from './workflow-fixtures';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

let folder: string;
let inputs: string;
let facebook = '';
let x = '';

beforeAll(async () => {
  folder = await sharedFolder('social-desk-cli-workflow-');
  inputs = await sharedFolder('social-desk-cli-workflow-inputs-');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(inputs, { recursive: true, force: true });
});

const as = (profile: string) => ['--data', folder, '--profile', profile];
let fileCount = 0;
async function draftFile(content: object | string): Promise<string> {
  fileCount += 1;
  const file = join(inputs, `draft-${fileCount}.json`);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
/** A command's JSON output: a draft, as the app's channels answer. */
const asDraft = (out: string) => JSON.parse(out) as Draft;
interface Shown {
  id: string;
  status: string;
  awaitingConfirmation: boolean;
  packetHash: string | null;
  latestRevision: { number: number; body: string; pages: string[] };
  workflow: { move: string }[];
}
async function show(id: string): Promise<Shown> {
  const run = await cli('drafts', 'show', id, '--data', folder);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as Shown;
}
async function add(profile: string, content: object): Promise<Draft> {
  const run = await cli('drafts', 'add', await draftFile(content), ...as(profile));
  expect(run.code, run.err).toBe(0);
  return asDraft(run.out);
}
async function attestAll(profile: string, id: string) {
  const run = await cli('drafts', 'attest', id, '--items', ATTESTABLE.join(','), ...as(profile));
  expect(run.code, run.err).toBe(0);
}
const ROAD = {
  title: 'Main St closed',
  body: 'Main Street is closed until 5 pm. Use Oak Avenue.',
  category: 'road-closure',
  fields: TEMPLATE_FIELDS_FOR['road-closure'],
};

describe('the draft workflow from the command line', () => {
  it('sets up: an administrator who drafts, an approver, a drafter who also approves, two pages', async () => {
    await cliFirstAdministrator(folder, 'Dana Reyes', 'administrator,drafter', PASSPHRASE);
    for (const [name, roles] of [
      ['Quinn Chief', 'approver'],
      ['Alex Both', 'drafter,approver'],
    ]) {
      const run = await cli(
        'profiles',
        'add',
        '--name',
        name ?? '',
        '--roles',
        roles ?? '',
        ...as('Dana Reyes'),
      );
      expect(run.code, run.err).toBe(0);
    }
    facebook = await cliPage(folder, 'Dana Reyes');
    x = await cliPage(folder, 'Dana Reyes', {
      platform: 'x',
      name: 'Example PD on X',
      url: 'https://x.com/examplepd',
    });
  }, 60_000);

  it('drafts add: pages by name, URL or id; prints the draft with its id', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const byName = await add('Dana Reyes', { ...ROAD, pages: ['example pd facebook'] });
    expect(byName.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(byName.revisions[0]?.pages).toEqual([facebook]);
    const byUrlAndId = await add('Dana Reyes', {
      ...ROAD,
      pages: ['https://x.com/examplepd', facebook],
    });
    expect(byUrlAndId.revisions[0]?.pages).toEqual([facebook, x].sort());
    const shown = await show(byName.id);
    expect(shown).toMatchObject({
      id: byName.id,
      status: 'draft',
      awaitingConfirmation: false,
      packetHash: null,
      latestRevision: { number: 1, body: ROAD.body },
      workflow: [],
    });
  }, 30_000);

  it('drafts add refuses a page that is not recorded (exit 1) and a file it cannot read (exit 2), writing nothing', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const before = await snapshotTree(join(folder, 'drafts'));
    const unknown = await cli(
      'drafts',
      'add',
      await draftFile({ ...ROAD, pages: ['instagram'] }),
      ...as('Dana Reyes'),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no recorded page "instagram"');
    const notJson = await cli('drafts', 'add', await draftFile('{ title:'), ...as('Dana Reyes'));
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('is not valid JSON');
    const noCategory = await cli(
      'drafts',
      'add',
      await draftFile({ title: 'T', body: 'B' }),
      ...as('Dana Reyes'),
    );
    expect(noCategory.code).toBe(2);
    const noFile = await cli('drafts', 'add', ...as('Dana Reyes'));
    expect(noFile.code).toBe(2);
    expect(await snapshotTree(join(folder, 'drafts'))).toEqual(before);
  }, 30_000);

  it('drafts add and drafts save take the template’s fields from the file, and refuse one left out by name, writing nothing', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const draft = await add('Dana Reyes', ROAD);
    expect(draft.revisions[0]?.fields).toEqual(ROAD.fields);
    const before = await snapshotTree(join(folder, 'drafts'));
    const noDetour = Object.fromEntries(
      Object.entries(ROAD.fields).filter(([key]) => key !== 'detour'),
    );
    const added = await cli(
      'drafts',
      'add',
      await draftFile({ ...ROAD, fields: noDetour }),
      ...as('Dana Reyes'),
    );
    expect(added.code).toBe(2);
    expect(added.err).toContain('leaves out what its road-closure template needs:');
    expect(added.err).toContain('fields.detour: Fill in “Detour”: a road closure notice needs it');
    expect(added.err).toContain('"fields": {"detour": "…"}. Nothing was changed.');
    expect(added.out).toBe('');
    const saved = await cli(
      'drafts',
      'save',
      draft.id,
      await draftFile({ ...ROAD, fields: { ...ROAD.fields, start: ' ' } }),
      ...as('Dana Reyes'),
    );
    expect(saved.code).toBe(2);
    expect(saved.err).toContain('fields.start: Fill in “Start”: a road closure notice needs it');
    expect(saved.err).not.toContain('fields.detour');
    expect(await snapshotTree(join(folder, 'drafts'))).toEqual(before);
  }, 30_000);

  it('drafts show: reads only; exit 1 for an unknown draft, 2 for what is not a draft id', async () => {
    const [listed] = JSON.parse((await cli('drafts', 'list', '--data', folder)).out) as {
      id: string;
    }[];
    const before = await snapshotTree(folder);
    expect((await show(listed?.id ?? '')).id).toBe(listed?.id);
    expect(await snapshotTree(folder)).toEqual(before);
    const unknown = await cli(
      'drafts',
      'show',
      '6a0f2b1c-4d3e-4f5a-8b7c-9d0e1f2a3b4c',
      '--data',
      folder,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no draft with id');
    const wrong = await cli('drafts', 'show', 'not-an-id', '--data', folder);
    expect(wrong.code).toBe(2);
  });

  it('drafts submit lists the open items one per line (exit 1); attest, submit, then the submitted draft is read-only', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const draft = await add('Dana Reyes', { ...ROAD, pages: [facebook] });
    const open = await cli('drafts', 'submit', draft.id, ...as('Dana Reyes'));
    expect(open.code).toBe(1);
    const lines = open.err.split('\n').filter((line) => line.startsWith('- '));
    expect(lines.length).toBe(ATTESTABLE.length);
    for (const line of lines) expect(line).toMatch(/^- III\.[A-Z]\.\d\.[a-z] .+: .+/);
    expect((await show(draft.id)).status).toBe('draft');

    const wrongItem = await cli(
      'drafts',
      'attest',
      draft.id,
      '--items',
      'content.no-such-item',
      ...as('Dana Reyes'),
    );
    expect(wrongItem.code).toBe(1);
    expect(wrongItem.err).toContain('Nothing was attested.');
    await attestAll('Dana Reyes', draft.id);

    const submitted = await cli('drafts', 'submit', draft.id, ...as('Dana Reyes'));
    expect(submitted.code, submitted.err).toBe(0);
    const shown = await show(draft.id);
    expect(shown.status).toBe('submitted');
    expect(shown.packetHash).toMatch(/^[0-9a-f]{64}$/);

    const save = await cli(
      'drafts',
      'save',
      draft.id,
      await draftFile({ ...ROAD, body: `${ROAD.body} Expect delays.`, pages: [facebook] }),
      ...as('Dana Reyes'),
    );
    expect(save.code).toBe(1);
    expect(save.err).toContain('read-only until the Chief decides or it is withdrawn');
    expect((await show(draft.id)).latestRevision.number).toBe(1);
  }, 60_000);

  it('drafts decide: refused for the author (separation of duties, exit 1) and for a role without it; recorded for the approver', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const mine = await add('Alex Both', { ...ROAD, title: 'Alex’s notice' });
    await attestAll('Alex Both', mine.id);
    expect((await cli('drafts', 'submit', mine.id, ...as('Alex Both'))).code).toBe(0);
    const own = await cli('drafts', 'decide', mine.id, '--decision', 'approve', ...as('Alex Both'));
    expect(own.code).toBe(1);
    expect(own.err).toContain('separation of duties');
    const noRole = await cli(
      'drafts',
      'decide',
      mine.id,
      '--decision',
      'approve',
      ...as('Dana Reyes'),
    );
    expect(noRole.code).toBe(1);
    expect(noRole.err).toContain('needs the approver role');
    const badDecision = await cli(
      'drafts',
      'decide',
      mine.id,
      '--decision',
      'maybe',
      ...as('Quinn Chief'),
    );
    expect(badDecision.code).toBe(2);
    expect((await show(mine.id)).status).toBe('submitted');

    const decided = await cli(
      'drafts',
      'decide',
      mine.id,
      '--decision',
      'changes-requested',
      '--comment',
      'Name the detour',
      ...as('Quinn Chief'),
    );
    expect(decided.code, decided.err).toBe(0);
    expect(JSON.parse(decided.out)).toEqual({
      kind: 'post',
      id: mine.id,
      status: 'changes-requested',
      awaitingConfirmation: false,
    });
    const shown = await show(mine.id);
    expect(shown.workflow.at(-1)).toMatchObject({
      move: 'decide',
      decision: 'changes-requested',
      comment: 'Name the detour',
      packetHash: shown.packetHash,
      source: 'in-app',
    });
    // A draft that is not submitted has nothing to decide: the machine says why.
    const again = await cli(
      'drafts',
      'decide',
      mine.id,
      '--decision',
      'approve',
      ...as('Quinn Chief'),
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('Changes were requested');
  }, 60_000);

  it('drafts save: a new revision after changes were requested', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const draft = await add('Dana Reyes', ROAD);
    const saved = await cli(
      'drafts',
      'save',
      draft.id,
      await draftFile({ ...ROAD, body: `${ROAD.body} Detour by Elm St.` }),
      ...as('Dana Reyes'),
    );
    expect(saved.code, saved.err).toBe(0);
    expect(asDraft(saved.out).revisions).toHaveLength(2);
    expect((await show(draft.id)).latestRevision.number).toBe(2);
  }, 30_000);

  it('drafts published: the only target page by default, --page when there are several, --at for the time', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const approved = async (pages: string[]) => {
      const draft = await add('Dana Reyes', { ...ROAD, pages });
      await attestAll('Dana Reyes', draft.id);
      expect((await cli('drafts', 'submit', draft.id, ...as('Dana Reyes'))).code).toBe(0);
      const decided = await cli(
        'drafts',
        'decide',
        draft.id,
        '--decision',
        'approve',
        ...as('Quinn Chief'),
      );
      expect(decided.code, decided.err).toBe(0);
      return draft.id;
    };
    const early = await cli(
      'drafts',
      'published',
      (await add('Dana Reyes', ROAD)).id,
      '--url',
      'https://www.facebook.com/examplepd/posts/0',
      '--page',
      facebook,
      ...as('Dana Reyes'),
    );
    expect(early.code).toBe(1);
    expect(early.err).toContain('It is a draft');

    const one = await approved([facebook]);
    // A time after the approval (a publication is never earlier), written an hour ahead of UTC.
    const wentOut = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
    const inParis = new Date(wentOut.getTime() + 3_600_000).toISOString().slice(0, 19);
    const posted = await cli(
      'drafts',
      'published',
      one,
      '--url',
      'https://www.facebook.com/examplepd/posts/1',
      '--at',
      `${inParis}+01:00`,
      ...as('Dana Reyes'),
    );
    expect(posted.code, posted.err).toBe(0);
    expect(asDraft(posted.out).workflow.at(-1)).toMatchObject({
      move: 'publish',
      platform: 'facebook',
      pageId: facebook,
      publishedAt: wentOut.toISOString(),
    });
    expect((await show(one)).status).toBe('published');

    const two = await approved([facebook, x]);
    const ambiguous = await cli(
      'drafts',
      'published',
      two,
      '--url',
      'https://x.com/examplepd/status/1',
      ...as('Dana Reyes'),
    );
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain('targets 2 pages');
    expect(ambiguous.err).toContain('--page');
    const named = await cli(
      'drafts',
      'published',
      two,
      '--url',
      'https://x.com/examplepd/status/1',
      '--page',
      'Example PD on X',
      ...as('Dana Reyes'),
    );
    expect(named.code, named.err).toBe(0);
    expect(asDraft(named.out).workflow.at(-1)).toMatchObject({ platform: 'x', pageId: x });
    const noUrl = await cli('drafts', 'published', two, ...as('Dana Reyes'));
    expect(noUrl.code).toBe(2);
  }, 90_000);

  it('a writing command in a folder that does not exist is refused', async () => {
    const empty = await scratchFolder();
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const run = await cli(
      'drafts',
      'add',
      await draftFile(ROAD),
      '--data',
      join(empty, 'nope'),
      '--profile',
      'Dana Reyes',
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain('There is no data folder');
  });
});
