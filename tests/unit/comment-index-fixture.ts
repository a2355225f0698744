import { Journal } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';
import { CommentIndex } from '../../src/main/moderation/comment-index';

export const MODERATOR = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const SUPERVISOR = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const PAGE_A = '00000000-0000-4000-8000-0000000000aa';
export const PAGE_B = '00000000-0000-4000-8000-0000000000bb';

const by = (who: string, type: string, payload: unknown): NewEvent => ({ type, by: who, payload });

export function captured(
  n: number,
  pageId = PAGE_A,
  text = `Comment number ${n} about the detour`,
): NewEvent {
  return by(MODERATOR, 'comment.captured', {
    pageId,
    commentId: `c${n}`,
    text,
    author: `Resident ${n % 7}`,
    ...(n % 3 === 0 ? {} : { permalink: `https://example.org/p?c=${n}` }),
    ...(n % 4 === 0
      ? {}
      : { postedAt: `2026-03-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00.000Z` }),
    seenAt: '2026-04-01T09:00:00.000Z',
  });
}

export function edited(
  captured: number,
  replaces: number,
  text: string,
  pageId = PAGE_A,
): NewEvent {
  return by(MODERATOR, 'comment.edited', {
    pageId,
    commentId: `c${captured}`,
    captured,
    replaces,
    previousTextSha256: 'a'.repeat(64),
    text,
    seenAt: '2026-04-02T09:00:00.000Z',
  });
}

export function acted(
  comment: number,
  action: 'keep' | 'hide' | 'remove' | 'restore' | 'refer',
  reason?: 'obscenity' | 'off-topic' | 'personal-attack',
  who = MODERATOR,
): NewEvent {
  return by(who, 'moderation.action', { comment, action, ...(reason ? { reason } : {}) });
}

export const corrected = (corrects: number) =>
  by(SUPERVISOR, 'correction', { corrects, note: 'Wrong comment, the next one was meant.' });
export const reviewed = (action: number, verdict: 'agree' | 'disagree') =>
  by(SUPERVISOR, 'moderation.review', { action, verdict });
export const noticed = (action: number, sent: boolean) =>
  by(MODERATOR, 'moderation.notice', { action, sent, text: 'Your comment was removed.' });
export const pageRules = (pageId: string, secondReviewer: boolean, noticeRequired: boolean) =>
  by(MODERATOR, 'moderation.page-rules', { pageId, secondReviewer, noticeRequired });

/** Every comment's summary and every action, as the index gives them: what "equal" compares. */
export async function everything(index: CommentIndex): Promise<unknown> {
  await index.ready();
  const list = await index.list({ limit: 500 }, (id) => `name of ${id}`);
  const comments = list.comments.map((summary) => {
    const comment = index.comment(summary.seq);
    return {
      summary,
      comment: comment && { ...comment, textHashes: [...comment.textHashes].sort() },
    };
  });
  return { total: list.total, comments, actions: [...index.allActions()] };
}

/** An index rebuilt from the journal alone, in a read-only open: no snapshot read or written. */
export async function rebuilt(folder: string): Promise<unknown> {
  const { journal } = await Journal.open(folder, { readOnly: true });
  const index = CommentIndex.open(folder, journal, { readOnly: true, ignoreSnapshot: true });
  try {
    return await everything(index);
  } finally {
    await index.close();
    await journal.close();
  }
}

/**
 * A story of 40 comments on two pages: edits, actions of every kind, corrections, a page that asks
 * for a second reviewer and notices, reviews and notices.
 */
export async function tellStory(journal: Journal): Promise<void> {
  await journal.append([pageRules(PAGE_B, true, true)]);
  const seqs: number[] = [];
  for (let n = 1; n <= 40; n += 1) {
    const [header] = await journal.append([captured(n, n % 2 ? PAGE_A : PAGE_B)]);
    seqs.push(header?.seq ?? 0);
  }
  const s = (n: number) => seqs[n - 1] ?? 0;
  const edit = await journal.append([
    edited(s(3), s(3), 'Edited: the detour was badly marked', PAGE_A),
  ]);
  await journal.append([edited(s(3), edit[0]?.seq ?? 0, 'Edited twice: fine now, thanks', PAGE_A)]);
  const [keep] = await journal.append([acted(s(1), 'keep')]);
  await journal.append([acted(s(2), 'remove', 'obscenity')]);
  const [hide] = await journal.append([acted(s(4), 'hide', 'off-topic', SUPERVISOR)]);
  await journal.append([acted(s(5), 'refer')]);
  const [remove] = await journal.append([acted(s(6), 'remove', 'personal-attack')]);
  await journal.append([reviewed(remove?.seq ?? 0, 'agree'), noticed(remove?.seq ?? 0, true)]);
  await journal.append([acted(s(8), 'remove', 'off-topic')]);
  await journal.append([corrected(keep?.seq ?? 0), corrected(hide?.seq ?? 0)]);
  await journal.append([acted(s(7), 'hide', 'obscenity'), acted(s(7), 'restore')]);
  // A duplicate capture of comment 9 (same platform id): not a second comment.
  await journal.append([captured(9, PAGE_A)]);
}
