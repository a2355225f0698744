import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summarizeDraft, type Draft } from '../../src/shared/drafts/draft';
import { contentHash } from '../../src/main/drafts/content-hash';
import {
  DRAFT_INDEX,
  DRAFT_SCHEMA_VERSION,
  draftFile,
  draftsFolder,
} from '../../src/main/drafts/draft-files';
import type { Journal } from '../../src/main/journal/journal';
import type { NewEvent } from '../../src/main/journal/journal-line';

const TEXT =
  'Thank you officers for closing Main St so quickly after the crash this morning, my kids were on the bus and the detour was well marked. 🚓';

export function capturedEvent(n: number): NewEvent {
  return {
    type: 'comment.captured',
    by: '00000000-0000-4000-8000-000000000001',
    payload: {
      pageId: '00000000-0000-4000-8000-0000000000aa',
      commentId: `10158${String(n).padStart(9, '0')}_1`,
      text: TEXT,
      author: `Resident ${n % 977}`,
      permalink: `https://www.facebook.com/examplepd/posts/pfbid0${n % 5000}?comment_id=${n}`,
      postedAt: '2026-10-03T14:06:00.000Z',
      seenAt: '2026-10-04T09:00:00.000Z',
    },
  };
}

/** Grows the journal to `target` events through the real append path, in large batches. */
export async function growJournal(journal: Journal, target: number, batch = 5000): Promise<void> {
  while (journal.head().events < target) {
    const from = journal.head().events + 1;
    const count = Math.min(batch, target - journal.head().events);
    await journal.append(Array.from({ length: count }, (_, i) => capturedEvent(from + i)));
  }
}

/** A road closure's template values (templates.ts): the app saves none of these drafts without them. */
export const ROAD_CLOSURE_FIELDS = {
  location: 'Main St between 1st Ave and 5th Ave',
  start: 'Monday 6 a.m.',
  'expected-end': 'Friday 6 p.m.',
  detour: 'Use Elm St',
};

/** Writes `count` drafts straight into the layout (a fixture: saving 20,000 one by one takes minutes). */
export async function seedDrafts(dataFolder: string, count: number): Promise<string[]> {
  await mkdir(draftsFolder(dataFolder), { recursive: true });
  const ids: string[] = [];
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const content = {
      title: `Road closure ${i}`,
      body: `${TEXT} `.repeat(8),
      category: 'road-closure' as const,
      pages: [],
      fields: ROAD_CLOSURE_FIELDS,
    };
    const draft: Draft = {
      id,
      createdAt: '2026-10-01T08:00:00.000Z',
      attestations: [],
      justifications: [],
      workflow: [],
      permissions: [],
      revisions: [
        {
          ...content,
          number: 1,
          savedAt: '2026-10-01T08:00:00.000Z',
          savedBy: 'bench',
          contentHash: contentHash(content),
        },
      ],
    };
    await writeFile(
      draftFile(dataFolder, id),
      JSON.stringify({ schemaVersion: DRAFT_SCHEMA_VERSION, draft }),
    );
    lines.push(JSON.stringify(summarizeDraft(draft)));
    ids.push(id);
  }
  await writeFile(
    join(draftsFolder(dataFolder), DRAFT_INDEX),
    lines.map((line) => `${line}\n`).join(''),
  );
  return ids;
}
