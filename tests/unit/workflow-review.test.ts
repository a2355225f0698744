import { createHash } from 'node:crypto';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../src/main/attachments/attachment-store';
import { openServices } from '../../src/main/services';
import { type Draft, latestRevision } from '../../src/shared/drafts/draft';
import { cli, cliFirstAdministrator, setEnv, sharedFolder } from './records-fixtures';
import { snapshotTree } from './temp-folder';
import {
  ATTESTABLE,
  PASSPHRASE,
  type WorkflowDesk,
  openWorkflowDesk,
  packetOf,
} from './workflow-fixtures';
import { TEMPLATE_FIELDS_FOR } from './template-fixtures';

let desk: WorkflowDesk;
beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-review-');
}, 60_000);
afterAll(() => desk.close());

const pdf = (words: string) => Buffer.from(`%PDF-1.7\n${words}\n%%EOF\n`);
const scanOf = (bytes: Buffer) => ({
  name: 'decision.pdf',
  mediaType: 'application/pdf' as const,
  base64: bytes.toString('base64'),
});
const today = () => new Date().toISOString().slice(0, 10);
/** Two days back: before the submission's day wherever the signer is (up to 12 hours behind UTC). */
const beforeSubmission = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const URGENT = {
  title: 'Flash flood warning',
  body: 'Flash flood warning for the river district until 6 p.m. Avoid low roads and underpasses.',
  category: 'weather-emergency',
  fields: TEMPLATE_FIELDS_FOR['weather-emergency'],
};
const attachmentsOnDisk = async () =>
  (await readdir(join(desk.folder, ATTACHMENTS_FOLDER)).catch(() => [])).sort();

function paper(draft: Draft, extra: object = {}) {
  return {
    kind: 'post' as const,
    id: draft.id,
    packetHash: packetOf(draft),
    decision: 'approve' as const,
    comment: '',
    decidedBy: 'Chief M. Ramos',
    decidedOn: today(),
    scan: scanOf(pdf(`signed ${draft.id} ${JSON.stringify(extra)}`)),
    ...extra,
  };
}
function verbal(draft: Draft, extra: object = {}) {
  return {
    kind: 'post' as const,
    id: draft.id,
    packetHash: packetOf(draft),
    givenBy: 'Chief M. Ramos',
    givenAt: new Date().toISOString(),
    how: 'telephone',
    comment: '',
    ...extra,
  };
}

describe('a decision needs its frozen packet', () => {
  it('refuses every kind of decision and confirmation when the packet file is gone or damaged', async () => {
    const { pat, quinn, alex, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Packet removed' });
    const file = desk.services.packets.fileOf(packetOf(draft));
    await rm(file);
    const before = await desk.draftsOnDisk();
    const files = await attachmentsOnDisk();
    const decide = await desk.refusal(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
    });
    expect(decide.code).toBe('store-damaged');
    expect(decide.message).toContain('is missing');
    expect(decide.message).toContain('withdraw the item and submit it again');
    expect(decide.message).toContain('Nothing was changed');
    const transcribed = await desk.refusal(robin, 'approvals:transcribe', paper(draft));
    expect(transcribed.code).toBe('store-damaged');
    await writeFile(file, '<p>not the packet that was submitted</p>');
    const damaged = await desk.refusal(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'deny',
      comment: '',
    });
    expect(damaged.message).toContain('was changed outside Social Desk');
    expect(await desk.draftsOnDisk()).toEqual(before);
    expect(await attachmentsOnDisk()).toEqual(files);

    // A verbal approval recorded while the packet was whole; the packet lost before the paper.
    const urgent = await desk.submitted(pat, URGENT);
    await desk.call(quinn, 'approvals:recordVerbal', verbal(urgent));
    await rm(desk.services.packets.fileOf(packetOf(urgent)));
    const confirm = await desk.refusal(alex, 'approvals:confirm', {
      kind: 'post',
      id: urgent.id,
      comment: '',
    });
    expect(confirm.code).toBe('store-damaged');
    const onPaper = await desk.refusal(robin, 'approvals:transcribeConfirmation', {
      kind: 'post',
      id: urgent.id,
      comment: '',
      decidedBy: 'Chief M. Ramos',
      decidedOn: today(),
      scan: scanOf(pdf('confirmation')),
    });
    expect(onPaper.code).toBe('store-damaged');
    const urgentLater = await desk.submitted(pat, { ...URGENT, title: 'Flood warning, west side' });
    await rm(desk.services.packets.fileOf(packetOf(urgentLater)));
    const spoken = await desk.refusal(robin, 'approvals:recordVerbal', verbal(urgentLater));
    expect(spoken.code).toBe('store-damaged');
    expect(await attachmentsOnDisk()).toEqual(files);
  });

  it('refuses a decision on a submission from before packets: withdraw and submit again', async () => {
    const { pat, quinn } = desk.people;
    const draft = await desk.ready(pat, { title: 'Submitted before packets' });
    // As drafts submitted before packets existed were recorded: a submit step naming no packet.
    await desk.services.drafts.move(
      draft.id,
      'submit',
      pat,
      (current) => ({
        move: 'submit',
        by: pat.id,
        at: new Date().toISOString(),
        contentHash: latestRevision(current).contentHash,
        revision: current.revisions.length,
      }),
      () => 'draft submitted (as before packets)',
    );
    const before = await desk.draftsOnDisk();
    const refused = await desk.refusal(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: 'a'.repeat(64),
      decision: 'approve',
      comment: '',
    });
    expect(refused.code).toBe('invalid-request');
    expect(refused.message).toContain('withdraw it and submit it again');
    expect(await desk.draftsOnDisk()).toEqual(before);
  });
});

describe('separation of duties reaches whoever vouched for the checklist', () => {
  it('refuses the decision of an approver who attested items on another’s draft', async () => {
    const { pat, alex } = desk.people;
    const draft = await desk.call<Draft>(pat, 'drafts:save', {
      title: 'Alex vouched',
      body: 'Bring your bike to the station lot on Sunday at 10 a.m.',
      category: 'special-event',
      pages: [],
    });
    for (const itemId of ATTESTABLE)
      await desk.call(alex, 'drafts:attest', { id: draft.id, itemId });
    const submitted = await desk.call<Draft>(pat, 'drafts:submit', { id: draft.id });
    const refused = await desk.refusal(alex, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(submitted),
      decision: 'approve',
      comment: '',
    });
    expect(refused.message).toContain('separation of duties');
  });
});

describe('who signed a paper or spoken decision, and when', () => {
  it('refuses a signer who wrote or submitted the item, by name in any case, spacing or form', async () => {
    const { pat, quinn, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Signed by its author' });
    const before = await desk.draftsOnDisk();
    const files = await attachmentsOnDisk();
    for (const decidedBy of ['  pat okafor ', 'ＰＡＴ Okafor']) {
      const refused = await desk.refusal(
        robin,
        'approvals:transcribe',
        paper(draft, { decidedBy }),
      );
      expect(refused.message).toContain('separation of duties');
      expect(refused.message).toContain('Nothing was changed');
    }
    const urgent = await desk.submitted(pat, { ...URGENT, title: 'Said by its author' });
    const spoken = await desk.refusal(
      robin,
      'approvals:recordVerbal',
      verbal(urgent, { givenBy: 'PAT OKAFOR' }),
    );
    expect(spoken.message).toContain('separation of duties');
    await desk.call(quinn, 'approvals:recordVerbal', verbal(urgent));
    const confirmation = {
      kind: 'post',
      id: urgent.id,
      comment: '',
      decidedBy: 'Pat Okafor',
      decidedOn: today(),
      scan: scanOf(pdf('confirmed by the author')),
    };
    const confirmed = await desk.refusal(robin, 'approvals:transcribeConfirmation', confirmation);
    expect(confirmed.message).toContain('separation of duties');
    expect(await desk.draftsOnDisk()).not.toEqual(before); // only the verbal approval landed
    expect(await attachmentsOnDisk()).toEqual(files);
  });

  it('refuses a signature dated or an approval given before the submission, takes the same day', async () => {
    const { pat, quinn, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Signed the day before' });
    const early = await desk.refusal(
      robin,
      'approvals:transcribe',
      paper(draft, { decidedOn: beforeSubmission() }),
    );
    expect(early.message).toContain('before the draft was submitted');
    const urgent = await desk.submitted(pat, { ...URGENT, title: 'Spoken before submission' });
    const submittedAt = Date.parse(urgent.workflow.at(-1)?.at ?? '');
    const spokenEarly = await desk.refusal(
      robin,
      'approvals:recordVerbal',
      verbal(urgent, { givenAt: new Date(submittedAt - 60_000).toISOString() }),
    );
    expect(spokenEarly.message).toContain('before the draft was submitted');
    await desk.call(quinn, 'approvals:recordVerbal', verbal(urgent));
    const paperEarly = await desk.refusal(robin, 'approvals:transcribeConfirmation', {
      kind: 'post',
      id: urgent.id,
      comment: '',
      decidedBy: 'Chief M. Ramos',
      decidedOn: beforeSubmission(),
      scan: scanOf(pdf('confirmed a day early')),
    });
    expect(paperEarly.message).toContain('before the draft was submitted');
    expect(await desk.call(robin, 'approvals:transcribe', paper(draft))).toMatchObject({
      status: 'approved',
    });
  });
});

describe('a refused decision keeps no scan', () => {
  it('two transcriptions at once: exactly one lands and only its scan is kept', async () => {
    const { pat, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Two papers at once' });
    const files = await attachmentsOnDisk();
    const first = pdf('first signed copy');
    const second = pdf('second signed copy');
    desk.as(robin);
    const results = await Promise.all(
      [first, second].map((bytes) =>
        desk.dispatch('approvals:transcribe', { ...paper(draft), scan: scanOf(bytes) }, true),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.find((result) => !result.ok);
    expect(refused?.ok === false && refused.error.message).toContain('Nothing was changed');
    const step = (await desk.services.drafts.get(draft.id)).workflow.at(-1);
    const kept = step?.move === 'decide' ? step.scan?.sha256 : undefined;
    const added = (await attachmentsOnDisk()).filter((name) => !files.includes(name));
    expect(added).toEqual([kept]);
    expect([first, second].map((b) => createHash('sha256').update(b).digest('hex'))).toContain(
      kept,
    );
  });
});

describe('when a post went out', () => {
  it('refuses a publication time before its approval or later than now', async () => {
    const { pat, quinn } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Published when?' });
    await desk.call(quinn, 'approvals:decide', {
      kind: 'post',
      id: draft.id,
      packetHash: packetOf(draft),
      decision: 'approve',
      comment: '',
    });
    const before = await desk.draftsOnDisk();
    const published = (publishedAt: string) => ({
      id: draft.id,
      pageId: desk.page.id,
      url: 'https://www.facebook.com/examplepd/posts/9',
      publishedAt,
    });
    const early = await desk.refusal(pat, 'drafts:published', published('2019-05-01T10:00:00Z'));
    expect(early.message).toContain('is before the approval it went out under');
    expect(early.message).toContain('Nothing was changed');
    const late = await desk.refusal(pat, 'drafts:published', published('2099-05-01T10:00:00Z'));
    expect(late.message).toContain('later than now');
    expect(await desk.draftsOnDisk()).toEqual(before);
    const done = await desk.call<Draft>(
      pat,
      'drafts:published',
      published(new Date().toISOString()),
    );
    expect(done.workflow.at(-1)).toMatchObject({ move: 'publish' });
  });
});

describe('the scan as sent', () => {
  it('refuses base64 that is not base64, or cut short', async () => {
    const { pat, robin } = desk.people;
    const draft = await desk.submitted(pat, { title: 'Scan in transit' });
    const notBase64 = await desk.refusal(robin, 'approvals:transcribe', {
      ...paper(draft),
      scan: { name: 'decision.pdf', mediaType: 'application/pdf', base64: 'JVBERi0$$$' },
    });
    expect(notBase64.message).toContain('The scan is not base64');
    const whole = pdf('cut short').toString('base64').replace(/=+$/, '');
    const cut = whole.length % 4 === 0 ? whole.slice(0, -1) : whole;
    const short = await desk.refusal(robin, 'approvals:transcribe', {
      ...paper(draft),
      scan: { name: 'decision.pdf', mediaType: 'application/pdf', base64: cut },
    });
    expect(short.message).toContain('cut short');
  });
});

describe('the command line and a deactivated profile', () => {
  it('refuses to act as a deactivated --profile and writes nothing', async () => {
    const folder = await sharedFolder('social-desk-review-cli-');
    try {
      await cliFirstAdministrator(folder, 'Pat Okafor', 'administrator,drafter', PASSPHRASE);
      const services = await openServices(folder, 'review test');
      try {
        const pat = services.profiles.list()[0];
        if (pat === undefined) throw new Error('no first administrator');
        const sam = await services.profiles.add(
          { name: 'Sam Gone', roles: ['drafter'], passphrase: PASSPHRASE },
          pat,
        );
        await services.profiles.deactivate(sam.id, 'left the department', pat);
      } finally {
        await services.close();
      }
      setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
      const input = join(folder, '..', `review-draft-${Date.now()}.json`);
      await writeFile(
        input,
        JSON.stringify({ title: 'From a gone profile', body: 'Hello.', category: 'special-event' }),
      );
      const before = await snapshotTree(folder);
      const run = await cli('drafts', 'add', input, '--data', folder, '--profile', 'Sam Gone');
      await rm(input, { force: true });
      expect(run.code).not.toBe(0);
      expect(run.err).toContain('was deactivated');
      expect(run.err).toContain('cannot sign in');
      expect(await snapshotTree(folder)).toEqual(before);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
