import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../src/main/attachments/attachment-store';
import { draftFile } from '../../src/main/drafts/draft-files';
import { type Draft, draftWorkflow } from '../../src/shared/drafts/draft';
import type { Inbox } from '../../src/shared/ipc/channels/workflow-channels';
import { waitedFor } from '../../src/shared/workflow/workflow';
import { journalEvents } from './records-fixtures';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-approvals-');
}, 60_000);
afterAll(() => desk.close());

/** The first bytes of each kind of file, and a little more, as a scanner would save them. */
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from('signed decision page\n%%EOF\n'),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR…'),
]);
const NOT_A_PDF = Buffer.from('MZ\x90\x00 this is an executable, renamed scan.pdf');

const URGENT = {
  title: 'Flash flood warning',
  body: 'Flash flood warning for the river district until 6 p.m. Avoid low roads and underpasses.',
  category: 'weather-emergency',
  fields: TEMPLATE_FIELDS_FOR['weather-emergency'],
};
const inbox = () => desk.call<Inbox>(desk.people.quinn, 'approvals:inbox', {});
const attachmentsOnDisk = async () =>
  (await readdir(join(desk.folder, ATTACHMENTS_FOLDER)).catch(() => [])).sort();

describe('the approvals inbox', () => {
  it('lists submitted items oldest first, with their packet, and marks one’s own', async () => {
    const { pat, alex } = desk.people;
    const first = await desk.submitted(pat, { title: 'First in' });
    const second = await desk.submitted(alex, { title: 'Second in' });
    const box = await desk.call<Inbox>(alex, 'approvals:inbox', {});
    const ids = box.submitted.map((item) => item.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(box.submitted.find((item) => item.id === first.id)).toMatchObject({
      kind: 'post',
      title: 'First in',
      submittedBy: 'Pat Okafor',
      packetHash: packetOf(first),
      ownItem: false,
    });
    expect(box.submitted.find((item) => item.id === second.id)?.ownItem).toBe(true);
  });

  it('reads only the drafts the index says are waiting: a damaged draft file that waits for nothing is never opened', async () => {
    const idle = await desk.ready(desk.people.pat, { title: 'Idle, and about to be damaged' });
    // Same size and time would still be read if opened; the bytes no longer parse.
    const file = draftFile(desk.folder, idle.id);
    const bytes = await readFile(file);
    await writeFile(file, Buffer.alloc(bytes.length, 0x20));
    const box = await inbox();
    expect(box.submitted.length).toBeGreaterThan(0);
    // Opening it would have set it aside as damaged; it is still listed.
    expect(desk.services.drafts.list().some((summary) => summary.id === idle.id)).toBe(true);
  });
});

describe('decisions transcribed from signed paper', () => {
  it('takes a signature dated today wherever the signer is (up to UTC+14), never a later day', async () => {
    const { pat, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Signed far east' });
    const dayOf = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 10);
    const paper = {
      kind: 'post' as const,
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve' as const,
      comment: '',
      decidedBy: 'Chief M. Ramos',
      scan: {
        name: 'decision.pdf',
        mediaType: 'application/pdf' as const,
        base64: PDF.toString('base64'),
      },
    };
    const tooLate = await desk.refusal(robin, 'approvals:transcribe', {
      ...paper,
      decidedOn: dayOf(2 * 86_400_000),
    });
    expect(tooLate.message).toContain('is later than now');
    // Already "today" in Kiribati (UTC+14) while still yesterday in UTC.
    const status = await desk.call(robin, 'approvals:transcribe', {
      ...paper,
      decidedOn: dayOf(13 * 3_600_000),
    });
    expect(status).toMatchObject({ status: 'approved' });
  });

  it('keeps the scan under its SHA-256 in the data folder and names it in the step', async () => {
    const { pat, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Decided on paper' });
    // Signed the day it was submitted (a signature never predates the submission).
    const signed = new Date().toISOString().slice(0, 10);
    const status = await desk.call(robin, 'approvals:transcribe', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve-with-changes',
      comment: 'Shorten the second sentence',
      decidedBy: 'Chief M. Ramos',
      decidedOn: signed,
      scan: { name: 'decision.pdf', mediaType: 'application/pdf', base64: PDF.toString('base64') },
    });
    expect(status).toMatchObject({ status: 'approved-with-changes' });
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    const stored = await readFile(join(desk.folder, ATTACHMENTS_FOLDER, sha256));
    expect(stored.equals(PDF)).toBe(true);
    const decided = await desk.services.drafts.get(draft.id);
    expect(decided.workflow.at(-1)).toMatchObject({
      move: 'decide',
      source: 'paper',
      by: robin.id,
      decidedBy: 'Chief M. Ramos',
      decidedAt: `${signed}T00:00:00.000Z`,
      packetHash: packetOf(draft),
      scan: { name: 'decision.pdf', file: `${ATTACHMENTS_FOLDER}/${sha256}`, sha256 },
    });
    expect(Buffer.from(await desk.services.attachments.read({ sha256 })).equals(PDF)).toBe(true);
  });

  it('refuses a scan whose bytes are not what it claims, and a refused decision keeps no scan', async () => {
    const { pat, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Scan check' });
    const drafts = await desk.draftsOnDisk();
    const attachments = await attachmentsOnDisk();
    const renamed = await desk.refusal(robin, 'approvals:transcribe', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief M. Ramos',
      decidedOn: '2026-11-30',
      scan: {
        name: 'decision.pdf',
        mediaType: 'application/pdf',
        base64: NOT_A_PDF.toString('base64'),
      },
    });
    expect(renamed.message).toContain('its contents are neither a PDF, a PNG nor a JPEG');
    const pngAsPdf = await desk.refusal(robin, 'approvals:transcribe', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief M. Ramos',
      decidedOn: '2026-11-30',
      scan: { name: 'decision.pdf', mediaType: 'application/pdf', base64: PNG.toString('base64') },
    });
    expect(pngAsPdf.message).toContain('its contents are a PNG image');
    // Robin wrote nothing of this draft, but the packet named is not the one submitted.
    const wrongPacket = await desk.refusal(robin, 'approvals:transcribe', {
      kind: 'post',
      id: draft.id,
      packetHash: 'e'.repeat(64),
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief M. Ramos',
      decidedOn: '2026-11-30',
      scan: { name: 'other.png', mediaType: 'image/png', base64: PNG.toString('base64') },
    });
    expect(wrongPacket.message).toContain('decide on the packet as submitted');
    expect(await desk.draftsOnDisk()).toEqual(drafts);
    expect(await attachmentsOnDisk()).toEqual(attachments);
  });

  it('refuses a transcription by the administrator who drafted the item', async () => {
    const { pat } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Pat transcribes own' });
    const refused = await desk.refusal(pat, 'approvals:transcribe', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
      decidedBy: 'Chief M. Ramos',
      decidedOn: '2026-11-30',
      scan: { name: 'decision.png', mediaType: 'image/png', base64: PNG.toString('base64') },
    });
    expect(refused.message).toContain('separation of duties');
  });
});

describe('verbal approvals of urgent notices', () => {
  it('records one, shows it waiting with how long, and takes its written confirmation', async () => {
    const { pat, quinn, robin } = desk.people;
    const draft = await desk.submitted(pat, URGENT);
    // Given as soon as it was submitted (never before): it has waited since then.
    const givenAt = draft.workflow.at(-1)?.at ?? '';
    const status = await desk.call(robin, 'approvals:recordVerbal', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      givenBy: 'Chief M. Ramos',
      givenAt,
      how: 'telephone',
      comment: 'Post it now',
    });
    expect(status).toEqual({
      kind: 'post',
      id: draft.id,
      status: 'approved',
      awaitingConfirmation: true,
    });
    expect(desk.services.drafts.list().find((s) => s.id === draft.id)).toMatchObject({
      status: 'approved',
      awaitingConfirmation: true,
    });
    const waiting = (await inbox()).awaitingConfirmation.find((item) => item.id === draft.id);
    expect(waiting).toMatchObject({
      kind: 'post',
      title: URGENT.title,
      givenBy: 'Chief M. Ramos',
      givenAt,
      how: 'telephone',
      recordedBy: 'Robin Admin',
      waited: '0 min',
    });
    // How a longer wait reads (an approval is never given before its submission, so not above).
    const now = new Date();
    expect(waitedFor(new Date(now.getTime() - (3 * 60 + 12) * 60_000).toISOString(), now)).toBe(
      '3 h 12 min',
    );

    // Published before the paper arrives: still waiting, still listed.
    await desk.call<Draft>(pat, 'drafts:published', {
      id: draft.id,
      pageId: desk.page.id,
      url: 'https://www.facebook.com/examplepd/posts/77',
      publishedAt: new Date().toISOString(),
    });
    expect((await inbox()).awaitingConfirmation.some((item) => item.id === draft.id)).toBe(true);

    // The author cannot confirm it; the approver can.
    const own = await desk.refusal(pat, 'approvals:confirm', {
      kind: 'post',
      id: draft.id,
      comment: '',
    });
    expect(own.code).toBe('not-permitted');
    const confirmed = await desk.call(quinn, 'approvals:confirm', {
      kind: 'post',
      id: draft.id,
      comment: 'Confirmed in writing',
    });
    expect(confirmed).toMatchObject({ status: 'published', awaitingConfirmation: false });
    expect((await inbox()).awaitingConfirmation.some((item) => item.id === draft.id)).toBe(false);
    const twice = await desk.refusal(quinn, 'approvals:confirm', {
      kind: 'post',
      id: draft.id,
      comment: '',
    });
    expect(twice.message).toContain('no verbal approval waiting');

    const summaries = (await journalEvents(desk.folder)).flatMap((event) => {
      const payload = event.payload as { document?: string; summary?: string } | undefined;
      return payload?.document === draft.id ? [payload.summary ?? ''] : [];
    });
    expect(summaries.filter((s) => s.includes(packetOf(draft)))).toHaveLength(3);
  });

  it('takes a written confirmation transcribed from paper, with its scan', async () => {
    const { pat, quinn, robin } = desk.people;
    const draft = await desk.submitted(pat, { ...URGENT, title: 'Flood warning, east side' });
    // Recorded by an approver: the one who records it cannot also confirm it.
    await desk.call(quinn, 'approvals:recordVerbal', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      givenBy: 'Chief M. Ramos',
      givenAt: new Date().toISOString(),
      how: 'radio',
      comment: '',
    });
    const later = await desk.refusal(robin, 'approvals:recordVerbal', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      givenBy: 'Chief M. Ramos',
      givenAt: new Date(Date.now() + 3_600_000).toISOString(),
      how: 'radio',
      comment: '',
    });
    expect(later.message).toContain('is later than now');
    const status = await desk.call(robin, 'approvals:transcribeConfirmation', {
      kind: 'post',
      id: draft.id,
      comment: 'Memo on file',
      decidedBy: 'Chief M. Ramos',
      decidedOn: new Date().toISOString().slice(0, 10),
      scan: { name: 'memo.png', mediaType: 'image/png', base64: PNG.toString('base64') },
    });
    expect(status).toMatchObject({ status: 'approved', awaitingConfirmation: false });
    const step = (await desk.services.drafts.get(draft.id)).workflow.at(-1);
    expect(step).toMatchObject({ move: 'confirm', source: 'paper', scan: { name: 'memo.png' } });
    expect(draftWorkflow(await desk.services.drafts.get(draft.id)).status).toBe('approved');
  });
});
