import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskShell } from '../../src/main/handlers/domain-handlers';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers } from '../../src/main/services';
import type { Draft } from '../../src/shared/drafts/draft';
import { composePostPacket } from '../../src/shared/packets/compose-packet';
import type { Page } from '../../src/shared/pages/page';
import { pageTarget } from '../../src/shared/policy/platform-check';
import { countCharacters, pageText } from '../../src/shared/policy/page-text';
import type { Profile } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import type { ItemStatus } from '../../src/shared/workflow/workflow';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

/**
 * Electron's clipboard exists only inside the Electron binary, which cannot run here: this shell
 * stands in for it and keeps every text it was asked to copy. Everything else is real (the data
 * folder, the services, the dispatcher and its role table).
 */
function recordingShell() {
  const copied: string[] = [];
  const refuse = () => Promise.reject(new Error('Copying never saves, prints or renders'));
  const shell: DeskShell = {
    chooseSaveFile: refuse,
    chooseOpenFile: refuse,
    printToPdf: refuse,
    print: refuse,
    copyText: (text) => {
      copied.push(text);
      return Promise.resolve();
    },
  };
  return { shell, copied };
}

interface Copied {
  readonly text: string;
  readonly characters: number;
  readonly status: ItemStatus;
  readonly approved: boolean;
  readonly revision: number;
  readonly cut: boolean;
  readonly leftOut: number;
}

describe('drafts:copyText through the real services and dispatcher', () => {
  let desk: WorkflowDesk;
  let recorded: ReturnType<typeof recordingShell>;
  let dispatch: Dispatch;
  let onX: Page;
  let elsewhere: Page;

  beforeEach(async () => {
    desk = await openWorkflowDesk('social-desk-copy-');
    recorded = recordingShell();
    dispatch = createDispatcher(createHandlers(desk.services, recorded.shell));
    const { pat } = desk.people;
    onX = await desk.services.pages.add(
      { platform: 'x', name: 'Example PD on X', url: 'https://x.com/examplepd' },
      pat,
      desk.services.audit,
    );
    elsewhere = await desk.services.pages.add(
      { platform: 'instagram', name: 'Example PD Photos', url: 'https://www.instagram.com/expd' },
      pat,
      desk.services.audit,
    );
  });
  afterEach(async () => {
    await desk.close();
  });

  async function send<T>(who: Profile, request: object): Promise<Result<T>> {
    desk.as(who);
    return (await dispatch('drafts:copyText', request, true)) as Result<T>;
  }
  async function copy(who: Profile, request: object): Promise<Copied> {
    const result = await send<Copied>(who, request);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }
  const save = (who: Profile, content: object) =>
    desk.call<Draft>(who, 'drafts:save', {
      title: 'Parade',
      category: 'special-event',
      pages: [],
      ...content,
    });

  it('puts the latest revision’s text on the clipboard and answers it with its length', async () => {
    const { pat, quinn } = desk.people;
    const first = await save(pat, { body: 'Parade on Main St at 10. 🎉', pages: [desk.page.id] });
    await save(pat, {
      id: first.id,
      body: 'Parade on Main St at 11. 🇺🇸🎉 Café open.',
      pages: [desk.page.id],
    });
    // Anyone signed in may copy (an approver posts too); the text is the saved one, never sent in.
    const answer = await copy(quinn, { id: first.id, pageId: desk.page.id });
    expect(answer.text).toBe('Parade on Main St at 11. 🇺🇸🎉 Café open.');
    expect(recorded.copied).toEqual([answer.text]);
    // A flag and an emoji are one character each, as a person counts them.
    expect(answer.characters).toBe(38); // 25 + 2 + 11
    expect(countCharacters('🇺🇸🎉 Café')).toBe(7);
  });

  it('copies what the page shows: the end the platform would cut is left out, as the packet marks it', async () => {
    const { pat } = desk.people;
    const sentence = 'Main St is closed between 1st and 4th Ave for the parade; use Oak St. ';
    const body = sentence.repeat(6).trim();
    const draft = await save(pat, { body, pages: [desk.page.id, onX.id] });

    const onXAnswer = await copy(pat, { id: draft.id, pageId: onX.id });
    const expected = pageText(body, pageTarget(onX));
    expect(expected.cut).toBe(true);
    expect(onXAnswer.text).toBe(expected.shown);
    expect(onXAnswer.text.length).toBeLessThan(body.length);
    expect(body.startsWith(onXAnswer.text)).toBe(true);
    // The packet draws the same line: its kept segments are exactly what was copied.
    const packet = composePostPacket({
      draft: await desk.call<Draft>(pat, 'drafts:get', { id: draft.id }),
      targets: [desk.page, onX],
      nameOf: (id) => id,
      department: desk.services.department,
      frozen: false,
      preparedAt: new Date().toISOString(),
    });
    const xContent = packet.content[1];
    expect(
      xContent?.segments
        .filter((s) => s.mark !== 'cut')
        .map((s) => s.text)
        .join(''),
    ).toBe(onXAnswer.text);

    // Facebook keeps the whole post.
    const onFacebook = await copy(pat, { id: draft.id, pageId: desk.page.id });
    expect(onFacebook.text).toBe(body);
    expect(recorded.copied).toEqual([onXAnswer.text, body]);
  });

  it('refuses a page the latest revision does not target, naming it, and copies nothing', async () => {
    const { pat } = desk.people;
    const draft = await save(pat, { body: 'Parade at 10.', pages: [desk.page.id, onX.id] });
    // Targeted by revision 1, taken off in revision 2: revision 2 is what would be posted.
    await save(pat, { id: draft.id, body: 'Parade at 10.', pages: [desk.page.id] });

    for (const page of [onX, elsewhere]) {
      const refused = await send<Copied>(pat, { id: draft.id, pageId: page.id });
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('invalid-request');
      expect(refused.error.message).toContain(`“${page.name}” is not one of the target pages`);
      expect(refused.error.message).toContain('revision 2 of “Parade”');
      expect(refused.error.message).toContain('Nothing was copied.');
    }
    expect(recorded.copied).toEqual([]);
  });

  it('refuses an unknown draft in words and copies nothing', async () => {
    const { pat } = desk.people;
    const refused = await send<Copied>(pat, {
      id: '00000000-0000-4000-8000-000000000000',
      pageId: desk.page.id,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('not-found');
    expect(refused.error.message).toMatch(/00000000-0000-4000-8000-000000000000/);
    expect(recorded.copied).toEqual([]);
  });

  // The main process answers whether the copied words may be posted: the renderer only words it.
  const decide = async (submitted: Draft, decision: string) =>
    desk.call(desk.people.quinn, 'approvals:decide', {
      kind: 'post',
      id: submitted.id,
      packetHash: packetOf(submitted),
      decision,
      comment: 'Decided in the test.',
    });

  it('answers approved: true for the approved revision, with its status and number', async () => {
    const { pat, quinn } = desk.people;
    const submitted = await desk.submitted(pat, { pages: [desk.page.id] });
    const whileSubmitted = await copy(pat, { id: submitted.id, pageId: desk.page.id });
    expect(whileSubmitted).toMatchObject({ status: 'submitted', approved: false, revision: 1 });

    await decide(submitted, 'approve');
    const answer = await copy(quinn, { id: submitted.id, pageId: desk.page.id });
    expect(answer).toMatchObject({
      status: 'approved',
      approved: true,
      revision: 1,
      cut: false,
      leftOut: 0,
    });
  });

  it('answers approved: false once an approved draft is edited: the new revision is not approved', async () => {
    const { pat } = desk.people;
    const submitted = await desk.submitted(pat, { pages: [desk.page.id] });
    await decide(submitted, 'approve');
    const latest = submitted.revisions.at(-1);
    await save(pat, {
      id: submitted.id,
      title: latest?.title,
      category: latest?.category,
      body: `${latest?.body ?? ''} Helmets required.`,
      pages: [desk.page.id],
    });
    const answer = await copy(pat, { id: submitted.id, pageId: desk.page.id });
    expect(answer).toMatchObject({ status: 'draft', approved: false, revision: 2 });
    expect(answer.text).toContain('Helmets required.');
  });

  it('answers approved: false for “approved with changes”: the changes come first, as a new revision', async () => {
    const { pat } = desk.people;
    const submitted = await desk.submitted(pat, { pages: [desk.page.id] });
    await decide(submitted, 'approve-with-changes');
    const answer = await copy(pat, { id: submitted.id, pageId: desk.page.id });
    expect(answer).toMatchObject({ status: 'approved-with-changes', approved: false, revision: 1 });
  });

  it('answers cut: true for a post too long for the page, saying how many characters were left out', async () => {
    const { pat } = desk.people;
    const body = 'Main St is closed between 1st and 4th Ave for the parade; use Oak St. '
      .repeat(6)
      .trim();
    const draft = await save(pat, { body, pages: [desk.page.id, onX.id] });
    const onXAnswer = await copy(pat, { id: draft.id, pageId: onX.id });
    expect(onXAnswer.cut).toBe(true);
    expect(onXAnswer.leftOut).toBe(countCharacters(body) - onXAnswer.characters);
    expect(onXAnswer.leftOut).toBeGreaterThan(0);
    expect(onXAnswer).toMatchObject({ status: 'draft', approved: false, revision: 1 });
    // Facebook keeps it whole.
    const onFacebook = await copy(pat, { id: draft.id, pageId: desk.page.id });
    expect(onFacebook).toMatchObject({ cut: false, leftOut: 0 });
  });

  it('refuses an empty post rather than putting nothing on the clipboard', async () => {
    const { pat } = desk.people;
    const draft = await save(pat, { body: '   ', pages: [desk.page.id] });
    const refused = await send<Copied>(pat, { id: draft.id, pageId: desk.page.id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/has no text to copy for “Example PD” \(Facebook\)/);
    expect(recorded.copied).toEqual([]);
  });
});
