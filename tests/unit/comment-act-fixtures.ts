import { readFile } from 'node:fs/promises';
import type { Inbox } from '../../src/shared/ipc/channels/workflow-channels';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import { ATTESTABLE_PAGE_ITEMS } from '../../src/shared/pages/page-design';
import type { IntroStatementVersion } from '../../src/shared/pages/page';
import type { Profile } from '../../src/shared/profiles/profile';

/** Sends a request through the real dispatcher as `who`, failing on a refusal. */
export type Call = <T = unknown>(who: Profile, channel: string, request: object) => Promise<T>;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The department settings a statement's link and contact lines are checked against. */
export const DEPARTMENT_SETTINGS = {
  name: 'Example Police Department',
  website: 'https://www.cityofexample.gov/police',
  contactLines: [{ label: 'Public Information Office', value: '(555) 555-0123' }],
};

async function introText(): Promise<string> {
  const corpus = JSON.parse(
    await readFile(new URL('../corpus/intro-statements.json', import.meta.url), 'utf8'),
  ) as { id: string; text: string }[];
  const text = corpus.find((entry) => entry.id === 'intro-001')?.text;
  if (!text) throw new Error('tests/corpus/intro-statements.json has no intro-001');
  return text;
}

/**
 * An intro-statement version written and attested by `writer`, approved by `chief` and posted
 * now (nothing can be posted before its approval): a page's removal categories from this moment.
 */
export async function publishIntro(
  call: Call,
  pageId: string,
  writer: Profile,
  chief: Profile,
  categories: IntroStatementVersion['categories'],
): Promise<PageDetail['versions'][number]> {
  const saved = await call<PageDetail>(writer, 'pages:introSave', {
    pageId,
    text: await introText(),
    categories,
  });
  const version = saved.versions.at(-1);
  if (!version) throw new Error('no version saved');
  for (const item of ATTESTABLE_PAGE_ITEMS)
    await call(writer, 'pages:introAttest', { versionId: version.id, itemId: item.id });
  await call(writer, 'pages:introSubmit', { versionId: version.id });
  const inbox = await call<Inbox>(chief, 'approvals:inbox', {});
  const waiting = inbox.submitted.find((item) => item.id === version.id);
  if (!waiting) throw new Error('the version is not waiting for the Chief');
  await call(chief, 'approvals:decide', {
    kind: 'intro-statement',
    id: version.id,
    packetHash: waiting.packetHash,
    decision: 'approve',
    comment: '',
  });
  await pause(10);
  await call(writer, 'pages:introPublished', {
    versionId: version.id,
    publishedAt: new Date().toISOString(),
  });
  await pause(10);
  return version;
}
