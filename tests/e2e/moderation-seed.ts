import { readFile, writeFile } from 'node:fs/promises';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import type { Channel, RequestInputOf, ResponseOf } from '../../src/shared/ipc/contract';
import { ATTESTABLE_PAGE_ITEMS } from '../../src/shared/pages/page-design';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import type { Profile } from '../../src/shared/profiles/profile';
import { APPROVER, seedWorkflow } from './seed';

export const MODERATOR = { name: 'Lee Moreno', passphrase: 'quiet-harbor-maple-5' };
export const SECOND_MODERATOR = { name: 'Ari Chen', passphrase: 'amber-field-sparrow-8' };

/** Through the app's own dispatcher, signed in as `who`: the same checks as the window's requests. */
function caller(services: Services) {
  const dispatch = createDispatcher(createHandlers(services));
  return async <C extends Channel>(who: Profile, channel: C, request: RequestInputOf<C>) => {
    services.session.signIn(who);
    const answer = await dispatch(channel, request, true);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value as ResponseOf<C>;
  };
}

async function introText(): Promise<string> {
  const corpus = JSON.parse(
    await readFile(new URL('../corpus/intro-statements.json', import.meta.url), 'utf8'),
  ) as { id: string; text: string }[];
  const text = corpus.find((entry) => entry.id === 'intro-001')?.text;
  if (!text) throw new Error('tests/corpus/intro-statements.json has no intro-001');
  return text;
}

/**
 * The moderation desk's data folder: the workflow's people and Facebook page, two moderators,
 * and the page's intro statement in two approved versions, posted a second apart (nothing can be
 * posted before its approval, so both are today's): the first published obscenity and personal
 * attacks as removal categories, the second off-topic comments too.
 */
export async function seedModerationDesk(
  dataFolder: string,
): Promise<{ pageId: string; firstPosted: string; secondPosted: string }> {
  const { pageId } = await seedWorkflow(dataFolder);
  const services = await openServices(dataFolder, 'e2e seed');
  try {
    const call = caller(services);
    const [dana, chief] = services.profiles.list();
    if (!dana || !chief) throw new Error('The workflow seed made no administrator or approver');
    await services.profiles.add({ ...MODERATOR, roles: ['moderator'] }, dana);
    await services.profiles.add({ ...SECOND_MODERATOR, roles: ['moderator'] }, dana);
    const page = services.pages.get(pageId);
    await call(dana, 'pages:save', {
      id: pageId,
      platform: page.platform,
      name: page.name,
      url: page.url,
      audience: page.audience,
      administrators: [dana.name],
    });
    const text = await introText();
    const versions: RequestInputOf<'pages:introSave'>['categories'][] = [
      ['obscenity', 'personal-attack'],
      ['obscenity', 'off-topic', 'personal-attack'],
    ];
    const posted: string[] = [];
    for (const categories of versions) {
      const saved: PageDetail = await call(dana, 'pages:introSave', { pageId, text, categories });
      const version = saved.versions.at(-1);
      if (!version) throw new Error('No intro statement version was saved');
      for (const item of ATTESTABLE_PAGE_ITEMS)
        await call(dana, 'pages:introAttest', { versionId: version.id, itemId: item.id });
      await call(dana, 'pages:introSubmit', { versionId: version.id });
      const inbox = await call(chief, 'approvals:inbox', {});
      const waiting = inbox.submitted.find((item) => item.id === version.id);
      if (!waiting) throw new Error('The intro statement is not waiting for the Chief');
      await call(chief, 'approvals:decide', {
        kind: 'intro-statement',
        id: version.id,
        packetHash: waiting.packetHash,
        decision: 'approve',
        comment: '',
      });
      // Nothing goes out before the Chief approves it: each version is posted just after.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const postedAt = new Date().toISOString();
      await call(dana, 'pages:introPublished', { versionId: version.id, publishedAt: postedAt });
      posted.push(postedAt);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const [first, second] = posted;
    if (!first || !second) throw new Error('The intro statements were not posted');
    return { pageId, firstPosted: first, secondPosted: second };
  } finally {
    services.session.signOut();
    await services.close();
  }
}

/** The comments of the export, in the order they were posted; the test knows a few by number. */
export interface ExportComment {
  readonly ref: string;
  readonly author: string;
  readonly postedAt: string;
  readonly text: string;
}

const ORDINARY = [
  'Thank you for the update on the road closure.',
  'When will the crosswalk on Elm Street be repainted?',
  'Why did it take so long to respond to the break-in on Fifth? Not good enough.',
  'Great job at the community barbecue, the kids loved the K-9 demo.',
  'Is the front desk open on Saturday mornings?',
  'I think the new parking rules downtown are a mistake.',
  'Appreciate the officers who helped my neighbour last night.',
  'Where can I pick up a bike registration form?',
];

/**
 * 500 comments from "another tool" whose column names no platform uses, so every field needs the
 * mapping preview. The first 250 were posted under the first intro statement, the rest under the
 * second. The first 20 are the ones triaged: the 3rd is obscene, the 7th a personal attack; the
 * 250th mentions a zeppelin (the word search); the 300th is off-topic.
 */
export function exportComments(firstPosted: string, secondPosted: string): ExportComment[] {
  const comments: ExportComment[] = [];
  const first = Date.parse(firstPosted);
  const step = (Date.parse(secondPosted) - first) / 252;
  for (let n = 1; n <= 500; n += 1) {
    // After the second version, a second apart: up to some minutes ahead, which an export made in
    // a zone ahead of ours may show.
    const at =
      n <= 250 ? first + Math.ceil(n * step) : Date.parse(secondPosted) + (n - 250) * 1_000;
    let text = `${ORDINARY[n % ORDINARY.length] ?? ''} (comment ${n})`;
    if (n === 3) text = 'This is total shit, you fucking clowns.';
    if (n === 7) text = 'Officer Smith is a moron and an idiot, @mike_r you too.';
    if (n === 250) text = 'Saw a zeppelin over the fairgrounds, was that part of the show?';
    if (n === 300)
      text = 'Buy cheap watches here, totally unrelated to anything: visit my shop today.';
    comments.push({
      ref: `T-${String(n).padStart(4, '0')}`,
      author: `Resident ${n}`,
      postedAt: new Date(at).toISOString(),
      text,
    });
  }
  return comments;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes the export as that tool does: "Commenter,Posted,Message Body,Ref No,Link". */
export async function writeExport(file: string, comments: readonly ExportComment[]): Promise<void> {
  const lines = ['Commenter,Posted,Message Body,Ref No,Link'];
  for (const c of comments) {
    lines.push(
      [
        c.author,
        c.postedAt,
        c.text,
        c.ref,
        `https://www.facebook.com/examplepd/posts/4410?comment=${c.ref}`,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

export { APPROVER };
