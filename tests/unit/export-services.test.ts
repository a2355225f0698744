import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyExport } from '../../src/main/export/verify-export';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { type DeskShell, headlessShell } from '../../src/main/handlers/domain-handlers';
import { createHandlers } from '../../src/main/services';
import type { ExportStatus } from '../../src/shared/records/export-view';
import { openStoryDesk } from './comment-story-fixtures';
import { exported } from './export-fixtures';
import { cli, folderDigest, journalEvents, scratchFolder, setEnv } from './records-fixtures';

// Making profiles hashes passphrases at the real scrypt cost.
const TIMEOUT = 60_000;
const PASSPHRASE = 'a long enough passphrase';

async function finished(
  send: (channel: string, request: object) => Promise<{ ok: boolean; value?: unknown }>,
  job: string,
): Promise<ExportStatus> {
  for (;;) {
    const status = await send('records:exportStatus', { job });
    if (!status.ok) throw new Error('status refused');
    const value = status.value as ExportStatus;
    if (value.state !== 'running') return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('exporting records through the app and the command line', () => {
  it(
    'exports with third parties’ personal data withheld and marked, the store unchanged, the export recorded; a profile without the records role is refused',
    async () => {
      const story = await openStoryDesk();
      const out = await scratchFolder();
      const shell: DeskShell = { ...headlessShell, chooseFolder: () => Promise.resolve(out) };
      const dispatch = createDispatcher(createHandlers(story.services, shell));
      let closed = false;
      try {
        const casey = await story.services.profiles.add(
          { name: 'Casey Records', roles: ['records'], passphrase: PASSPHRASE },
          story.pat,
        );
        const phoned = await story.capture(
          'Call my neighbour at 555-867-5309 or mail jo.doe@example.com',
          '2026-06-01T10:00:00.000Z',
        );
        await story.capture(
          '=HYPERLINK("http://evil.example","click")',
          '2026-06-02T10:00:00.000Z',
        );
        const before = await folderDigest(story.folder);
        const segment = join(story.folder, 'journal', 'segment-000000000001.jsonl');
        const journalBefore = await readFile(segment, 'utf8');

        // A moderator may not export.
        story.services.session.signIn(story.sam);
        const refused = await dispatch('records:startExport', { request: 'PRR 2026-114' }, true);
        expect(refused).toMatchObject({ ok: false });
        expect(!refused.ok && refused.error.message).toContain(
          'Exporting records needs the records role',
        );
        expect(await readdir(out)).toEqual([]);

        story.services.session.signIn(casey);
        const send = (channel: string, request: object) => dispatch(channel, request, true);
        const started = await send('records:startExport', {
          request: 'PRR 2026-114',
          types: ['comment'],
          redactThirdParties: true,
        });
        expect(started.ok).toBe(true);
        const { job, folder } = (started as { value: { job: string; folder: string } }).value;
        const status = await finished(send, job);
        expect(status).toMatchObject({ state: 'done', result: { records: 2, redactions: 8 } });
        // Two pieces, each withheld from the content's text and original text, the title and the words.
        const target = join(out, folder);
        expect(existsSync(`${target}.zip`)).toBe(true);
        expect(await verifyExport(target)).toMatchObject({ ok: true });

        // The exported copy shows the marker; redactions.json lists each with the hash of the text.
        const comments = await exported(target, 'comment');
        const copy = comments.find((record) => record.id === String(phoned));
        const text = (copy?.content as { text: string }).text;
        expect(text).toBe(
          'Call my neighbour at [REDACTED: personal data of a third party] or mail [REDACTED: personal data of a third party]',
        );
        expect(copy?.redacted).toContain('content.text');
        const redactions = JSON.parse(await readFile(join(target, 'redactions.json'), 'utf8')) as {
          id: string;
          field: string;
          sha256: string;
        }[];
        expect(redactions.filter((r) => r.field === 'content.text').map((r) => r.id)).toEqual([
          String(phoned),
          String(phoned),
        ]);
        // The journal slice does not carry the withheld words either.
        const slice = await readFile(join(target, 'journal', 'events.jsonl'), 'utf8');
        expect(slice).not.toContain('555-867-5309');
        expect(slice).toContain('"withheld"');

        // The stored records are byte for byte as they were, but for the export's audit entry.
        const after = await folderDigest(story.folder);
        const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
        // (The comment index keeps a snapshot of its own, rebuilt from the journal at will.)
        expect(changed.filter((file) => !file.startsWith('comment-index/'))).toEqual([
          'journal/segment-000000000001.jsonl',
          'journal-head.jsonl',
        ]);
        // The journal only grew: every line before the export is as it was.
        expect((await readFile(segment, 'utf8')).startsWith(journalBefore)).toBe(true);
        const stored = [...story.services.comments.allComments()].find((c) => c.seq === phoned);
        expect(stored?.text).toContain('555-867-5309');
        const events = await journalEvents(story.folder);
        const audit = events.at(-1);
        expect(audit?.header).toMatchObject({ type: 'audit.change', by: casey.id });
        const payload = audit?.payload as { store: string; document: string; summary: string };
        expect(payload.store).toBe('export');
        expect(payload.document).toBe('PRR 2026-114');
        expect(payload.summary).toContain('Casey Records exported 2 record(s)');
        expect(payload.summary).toContain(status.result?.manifestSha256 ?? 'missing');

        // The command line: the same role table, the same export.
        await story.close();
        closed = true;
        setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
        const cliTarget = join(out, 'cli-export');
        const moderator = await cli(
          'export',
          '--data',
          story.folder,
          '--profile',
          'Sam Ortiz',
          '--request',
          'PRR 9',
          '--out',
          cliTarget,
        );
        expect(moderator.code).toBe(1);
        expect(moderator.err).toContain('needs the records role');
        expect(existsSync(cliTarget)).toBe(false);
        const custodian = await cli(
          'export',
          '--data',
          story.folder,
          '--profile',
          'Casey Records',
          '--request',
          'PRR 9',
          '--types',
          'comment,moderation',
          '--from',
          '2026-01-01',
          '--out',
          cliTarget,
        );
        expect(custodian.err).toBe('social-desk: writing 2 record(s)…');
        expect(custodian.code).toBe(0);
        expect(custodian.out).toContain('Exported 2 record(s)');
        const verified = await cli('export', 'verify', cliTarget);
        expect(verified).toMatchObject({ code: 0 });
        expect(verified.out).toContain('match its manifest.json');
      } finally {
        if (!closed) await story.close();
      }
    },
    TIMEOUT,
  );
});
