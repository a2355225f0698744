import { randomUUID } from 'node:crypto';
import { openServices } from '../../src/main/services';
import { COMMENT_CAPTURED } from '../../src/shared/moderation/comment';
import { seedModerationDesk } from './moderation-seed';

export const RECORDS_OFFICER = { name: 'Casey Brooks', passphrase: 'ledger-cedar-harbor-3' };

/** Comments captured in 2024 (from an older tool's archive): past a one-year retention now. */
export const OLD_COMMENTS = [
  {
    author: 'Resident 101',
    text: 'The lighthouse community tour on Elm Street was lovely, thank you.',
  },
  { author: 'Resident 102', text: 'Why was Elm Street closed all afternoon on Saturday?' },
] as const;

/**
 * The moderation desk's folder (people, page, intro statements) with a records officer, two
 * comments captured in March 2024, the comments' retention schedule (one year from capture, GS1
 * item 41), and a draft about the lighthouse; "community" is in a comment, the draft, the intro statements
 * and their approval packets.
 */
export async function seedRecordsDesk(dataFolder: string): Promise<{ pageId: string }> {
  const { pageId } = await seedModerationDesk(dataFolder);
  const services = await openServices(dataFolder, 'e2e seed');
  try {
    const dana = services.profiles.list().find((profile) => profile.roles.includes('drafter'));
    if (!dana) throw new Error('The workflow seed made no drafter');
    const casey = await services.profiles.add({ ...RECORDS_OFFICER, roles: ['records'] }, dana);
    await services.journal.append(
      OLD_COMMENTS.map((comment, n) => ({
        type: COMMENT_CAPTURED,
        by: dana.id,
        payload: {
          pageId,
          commentId: `archive-${randomUUID()}`,
          author: comment.author,
          text: comment.text,
          postedAt: `2024-03-0${n + 1}T15:00:00.000Z`,
          seenAt: `2024-03-0${n + 1}T16:00:00.000Z`,
          source: { file: 'archive-2024.csv', line: n + 2 },
        },
      })),
    );
    await services.retention.setSchedule(
      {
        type: 'comment',
        trigger: 'created',
        period: { years: 1, months: 0, days: 0 },
        authority: 'GS1 item 41',
      },
      casey,
    );
    await services.drafts.save(
      {
        title: 'Lighthouse open day',
        body: 'The harbour lighthouse opens to the community on Saturday from 10 a.m.',
        category: 'special-event',
        pages: [pageId],
      },
      dana,
    );
    return { pageId };
  } finally {
    await services.close();
  }
}
