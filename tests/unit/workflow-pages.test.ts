import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inbox } from '../../src/shared/ipc/channels/workflow-channels';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import type { Page } from '../../src/shared/pages/page';
import { ATTESTABLE_PAGE_ITEMS } from '../../src/shared/pages/page-design';
import { type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-approvals-pages-');
}, 60_000);
afterAll(() => desk.close());

const inbox = () => desk.call<Inbox>(desk.people.quinn, 'approvals:inbox', {});

describe('pages and intro statements through the same approvals', () => {
  it('an intro statement goes to the inbox and is decided there, its author refused', async () => {
    const { pat, quinn } = desk.people;
    const corpus = JSON.parse(
      await readFile(new URL('../corpus/intro-statements.json', import.meta.url), 'utf8'),
    ) as { id: string; text: string }[];
    const text = corpus.find((entry) => entry.id === 'intro-001')?.text ?? '';
    // The department's website and lines: what the statement's link and contacts are checked against.
    await desk.services.departmentSettings.save(
      {
        name: 'Example Police Department',
        website: 'https://www.cityofexample.gov/police',
        contactLines: [
          { label: 'Public Information Office', value: '(555) 555-0123' },
          { label: 'Non-emergency', value: '(555) 555-0100' },
          { label: 'Email', value: 'pio@cityofexample.gov' },
        ],
      },
      pat,
    );
    const page = await desk.call<Page>(pat, 'pages:save', {
      platform: 'facebook',
      name: 'Example PD Community',
      url: 'https://www.facebook.com/examplepd-community',
      audience: 'general public',
      administrators: ['Pat Okafor'],
    });
    const saved = await desk.call<PageDetail>(pat, 'pages:introSave', {
      pageId: page.id,
      text,
      categories: ['obscenity', 'off-topic', 'personal-attack'],
    });
    const version = saved.versions.at(-1);
    if (!version) throw new Error('no version saved');
    for (const item of ATTESTABLE_PAGE_ITEMS)
      await desk.call(pat, 'pages:introAttest', { versionId: version.id, itemId: item.id });
    await desk.call(pat, 'pages:introSubmit', { versionId: version.id });
    const waiting = (await inbox()).submitted.find((item) => item.id === version.id);
    expect(waiting).toMatchObject({ kind: 'intro-statement', ownItem: false });
    const packetHash = waiting?.packetHash ?? '';
    const own = await desk.refusal(pat, 'approvals:decide', {
      kind: 'intro-statement',
      id: version.id,
      packetHash,
      decision: 'approve',
      comment: '',
    });
    expect(own.code).toBe('not-permitted'); // Pat holds no approver role at all
    const decided = await desk.call(quinn, 'approvals:decide', {
      kind: 'intro-statement',
      id: version.id,
      packetHash,
      decision: 'approve',
      comment: '',
    });
    expect(decided).toMatchObject({ kind: 'intro-statement', status: 'approved' });
    expect((await inbox()).submitted.some((item) => item.id === version.id)).toBe(false);
  });
});
