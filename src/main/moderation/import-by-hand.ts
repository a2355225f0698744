import { COMMENT_PAGE_MAX, type CommentSummary } from '../../shared/moderation/comment-view';
import type { Services } from '../services';
import { profileNames } from '../handlers/profile-names';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A comment already recorded on the page with this author, text and posted time (to the minute),
 * for one entered by hand without the platform's id. An export writes the time its own way
 * ("2026-10-03T14:11:00+0000", "10/03/2026 2:11 PM"), and an id derived from the time as written
 * cannot match one derived from the ISO time the form gives; the comment itself can.
 */
export async function matchingByHand(
  services: Services,
  entry: {
    readonly pageId: string;
    readonly author: string;
    readonly text: string;
    readonly postedAt: string;
  },
): Promise<CommentSummary | undefined> {
  const posted = Date.parse(entry.postedAt);
  const minute = Math.floor(posted / MINUTE_MS);
  // The list filters by whole local days: a day either side covers any zone's reading.
  const from = localDate(posted - DAY_MS);
  const to = localDate(posted + DAY_MS);
  const author = entry.author.trim();
  const nameOf = profileNames(services);
  for (let offset = 0; ; offset += COMMENT_PAGE_MAX) {
    const page = await services.comments.list(
      { pageId: entry.pageId, from, to, offset, limit: COMMENT_PAGE_MAX },
      nameOf,
    );
    const same = page.comments.find(
      (comment) =>
        comment.author.trim() === author &&
        (comment.text === entry.text || comment.originalText === entry.text) &&
        comment.postedAt !== undefined &&
        Math.floor(Date.parse(comment.postedAt) / MINUTE_MS) === minute,
    );
    if (same) return same;
    if (offset + page.comments.length >= page.total || page.comments.length === 0) return undefined;
  }
}

function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
