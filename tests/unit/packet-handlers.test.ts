import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskShell } from '../../src/main/handlers/domain-handlers';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers } from '../../src/main/services';
import type { Draft } from '../../src/shared/drafts/draft';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import { PREVIEW_MARK } from '../../src/shared/packets/packet-html';
import type { Profile } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import { tempFolder } from './temp-folder';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

interface PacketAnswer {
  readonly title: string;
  readonly html: string;
  readonly sha256: string | null;
  readonly frozen: boolean;
}

/**
 * The window's shell is Electron's (dialogs, printToPDF); here a small stand-in records what it was
 * asked and answers as a person would: the file chosen, or a cancel.
 */
function recordingShell(chosen: () => string | undefined) {
  const asked: { name: string; kind: string }[] = [];
  const printed: string[] = [];
  const shell: DeskShell = {
    chooseSaveFile: (name, kind) => {
      asked.push({ name, kind });
      return Promise.resolve(chosen());
    },
    chooseOpenFile: () => Promise.reject(new Error('Packets never open a file')),
    printToPdf: (html) =>
      Promise.resolve(new TextEncoder().encode(`%PDF-stand-in ${sha256(html)}`)),
    print: (html) => {
      printed.push(html);
      return Promise.resolve(true);
    },
    copyText: () => Promise.reject(new Error('Packets are never copied to the clipboard')),
  };
  return { shell, asked, printed };
}

describe('packets:* through the real services and dispatcher', () => {
  let desk: WorkflowDesk;
  let out: string;
  let choice: string | undefined;
  let recorded: ReturnType<typeof recordingShell>;
  let dispatch: Dispatch;

  beforeEach(async () => {
    desk = await openWorkflowDesk('social-desk-packets-');
    out = await tempFolder();
    choice = undefined;
    recorded = recordingShell(() => choice);
    dispatch = createDispatcher(createHandlers(desk.services, recorded.shell));
  });
  afterEach(async () => {
    await desk.close();
  });

  async function send<T>(who: Profile, channel: string, request: object): Promise<Result<T>> {
    desk.as(who);
    return (await dispatch(channel, request, true)) as Result<T>;
  }
  async function get(who: Profile, kind: string, id: string): Promise<PacketAnswer> {
    const result = await send<PacketAnswer>(who, 'packets:get', { kind, id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('a draft not submitted gets a preview composed now, marked, with no hash', async () => {
    const { pat } = desk.people;
    const draft = await desk.ready(pat, { pages: [desk.page.id] });
    const packet = await get(desk.people.quinn, 'post', draft.id);
    expect(packet.frozen).toBe(false);
    expect(packet.sha256).toBeNull();
    expect(packet.html).toContain(`<p class="preview" role="note">${PREVIEW_MARK}</p>`);
    expect(packet.title).toBe(`Approval packet: Post “Bike rodeo”, revision 1 (${PREVIEW_MARK})`);
    expect(packet.html).toContain('On “Example PD” (Facebook');
    expect(packet.html).toContain('Attested by Pat Okafor');
  });

  it('a submitted draft gets the frozen packet, byte for byte as stored under its hash', async () => {
    const draft = await desk.submitted(desk.people.pat);
    const hash = packetOf(draft);
    const packet = await get(desk.people.quinn, 'post', draft.id);
    expect(packet).toMatchObject({ frozen: true, sha256: hash });
    expect(sha256(packet.html)).toBe(hash);
    expect(packet.html).toBe(await readFile(desk.services.packets.fileOf(hash), 'utf8'));
    expect(packet.html.split('</style>')[1]).not.toContain(PREVIEW_MARK);
    expect(packet.html).toContain('<th scope="row">Who asks</th><td>Pat Okafor</td>');
  });

  it('a frozen packet changed on disk is named as damaged, never shown', async () => {
    const draft = await desk.submitted(desk.people.pat);
    const file = desk.services.packets.fileOf(packetOf(draft));
    await writeFile(file, (await readFile(file, 'utf8')).replace('Bike rodeo', 'Bike rodeo!'));
    const result = await send(desk.people.quinn, 'packets:get', { kind: 'post', id: draft.id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('store-damaged');
    expect(result.error.message).toContain(file);
  });

  it('edited after submission: the frozen packet no longer applies, a preview is shown', async () => {
    const { pat } = desk.people;
    const draft = await desk.submitted(pat);
    await send(pat, 'drafts:withdraw', { id: draft.id, reason: 'A date changes' });
    await desk.call<Draft>(pat, 'drafts:save', {
      id: draft.id,
      title: 'Bike rodeo',
      body: 'Bring your bike to the station lot on Sunday at 10 a.m.',
      category: 'special-event',
      pages: [],
    });
    const packet = await get(desk.people.quinn, 'post', draft.id);
    expect(packet.frozen).toBe(false);
    expect(packet.html).toContain('Sunday');
  });

  it('saves the HTML and the PDF where the person chose, and a cancel writes nothing', async () => {
    const draft = await desk.submitted(desk.people.pat);
    const hash = packetOf(draft);
    const quinn = desk.people.quinn;
    const ref = { kind: 'post', id: draft.id };

    expect(await send(quinn, 'packets:saveHtml', ref)).toEqual({
      ok: true,
      value: { saved: null },
    });
    expect(await readdir(out)).toEqual([]);

    choice = join(out, 'packet.html');
    expect(await send(quinn, 'packets:saveHtml', ref)).toEqual({
      ok: true,
      value: { saved: choice },
    });
    expect(sha256(await readFile(choice))).toBe(hash);

    choice = join(out, 'packet.pdf');
    expect(await send(quinn, 'packets:savePdf', ref)).toEqual({
      ok: true,
      value: { saved: choice },
    });
    expect(await readFile(choice, 'utf8')).toBe(`%PDF-stand-in ${hash}`);
    expect(recorded.asked).toEqual([
      { name: `packet-post-${draft.id.slice(0, 8)}-${hash.slice(0, 12)}.html`, kind: 'html' },
      { name: `packet-post-${draft.id.slice(0, 8)}-${hash.slice(0, 12)}.html`, kind: 'html' },
      { name: `packet-post-${draft.id.slice(0, 8)}-${hash.slice(0, 12)}.pdf`, kind: 'pdf' },
    ]);
  });

  it('a save the disk refuses says so, naming the file', async () => {
    const draft = await desk.submitted(desk.people.pat);
    choice = join(out, 'no-such-folder', 'packet.html');
    const result = await send(desk.people.quinn, 'packets:saveHtml', {
      kind: 'post',
      id: draft.id,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('write-failed');
    expect(result.error.message).toContain(
      `could not be saved as ${choice}: its folder does not exist`,
    );
  });

  it('prints the packet itself', async () => {
    const draft = await desk.submitted(desk.people.pat);
    expect(await send(desk.people.quinn, 'packets:print', { kind: 'post', id: draft.id })).toEqual({
      ok: true,
      value: { printed: true },
    });
    expect(recorded.printed.map((html) => sha256(html))).toEqual([packetOf(draft)]);
  });

  it('a page and an intro-statement version get their packets too', async () => {
    const { pat, quinn } = desk.people;
    const page = await get(quinn, 'page', desk.page.id);
    expect(page.frozen).toBe(false);
    expect(page.title).toBe(`Approval packet: New page “Example PD” on Facebook (${PREVIEW_MARK})`);
    const saved = await send<PageDetail>(pat, 'pages:introSave', {
      pageId: desk.page.id,
      text: 'We share safety tips and news. Comments are monitored.',
      categories: ['obscenity', 'off-topic'],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const version = saved.value.versions.at(-1);
    if (!version) throw new Error('no version saved');
    const intro = await get(quinn, 'intro-statement', version.id);
    expect(intro.title).toBe(
      `Approval packet: Intro statement version 1 for “Example PD” on Facebook (${PREVIEW_MARK})`,
    );
    expect(intro.html).toContain('<li>Obscenities</li><li>Off-topic comments</li>');
  });
});
