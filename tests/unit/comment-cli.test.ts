import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMENT_CAPTURED, capturedCommentSchema } from '../../src/shared/moderation/comment';
import {
  cli,
  cliFirstAdministrator,
  cliPage,
  journalEvents,
  scratchFolder,
} from './records-fixtures';

const ADMIN = 'Avery Admin';
const PASSPHRASE = 'records are kept whole';
// Three sign-ins with a real scrypt check.
const TIMEOUT = 60_000;

const report = z.object({
  imported: z.number(),
  edited: z.number(),
  duplicates: z.number(),
  rejected: z.array(z.object({ line: z.number(), reason: z.string() })),
});

describe('social-desk comments import --date-format', () => {
  it(
    'refuses an ambiguous 03/04/2026 with the hint, reads it with --date-format dmy, and refuses an unknown order',
    async () => {
      const parent = await scratchFolder('social-desk-comment-cli-');
      const folder = join(parent, 'data');
      await cliFirstAdministrator(folder, ADMIN, 'administrator,moderator', PASSPHRASE);
      const pageId = await cliPage(folder, ADMIN);
      const file = join(parent, 'other-tool.csv');
      await writeFile(
        file,
        'Ref,Name,Date,Comment\nr-1,Dana Whitfield,03/04/2026 02:00 PM,Thank you\n',
      );
      const importWith = (...extra: string[]) =>
        cli(
          'comments',
          'import',
          file,
          '--data',
          folder,
          '--profile',
          ADMIN,
          '--page',
          pageId,
          '--map',
          'id=Ref,text=Comment,author=Name,time=Date',
          ...extra,
        );

      const unknownOrder = await importWith('--date-format', 'yyyy-mm-dd');
      expect(unknownOrder.code).toBe(2);
      expect(unknownOrder.err).toContain('--date-format is dmy');

      const ambiguous = await importWith();
      expect(ambiguous.code, ambiguous.err).toBe(0);
      expect(report.parse(JSON.parse(ambiguous.out))).toMatchObject({
        imported: 0,
        rejected: [
          { line: 2, reason: expect.stringContaining('--date-format dmy (day first)') as unknown },
        ],
      });

      const dayFirst = await importWith('--date-format', 'dmy');
      expect(dayFirst.code, dayFirst.err).toBe(0);
      expect(report.parse(JSON.parse(dayFirst.out))).toMatchObject({ imported: 1, rejected: [] });
      const [comment] = (await journalEvents(folder))
        .filter((event) => event.header.type === COMMENT_CAPTURED)
        .map((event) => capturedCommentSchema.parse(event.payload));
      expect(comment?.postedAt).toBe(new Date(2026, 3, 3, 14, 0).toISOString());
    },
    TIMEOUT,
  );

  it(
    'exits 1 on a file refused whole, naming it and saying nothing was imported',
    async () => {
      const parent = await scratchFolder('social-desk-comment-cli-');
      const folder = join(parent, 'data');
      await cliFirstAdministrator(folder, ADMIN, 'administrator,moderator', PASSPHRASE);
      const pageId = await cliPage(folder, ADMIN);
      const file = join(parent, 'unicode-text.csv');
      await writeFile(
        file,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,message\n1,Hi\n', 'utf16le')]),
      );

      const run = await cli(
        'comments',
        'import',
        file,
        '--data',
        folder,
        '--profile',
        ADMIN,
        '--page',
        pageId,
      );

      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toContain(`${file} is UTF-16 text`);
      expect(run.err).toContain('Nothing was imported.');
    },
    TIMEOUT,
  );
});
