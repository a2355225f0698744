// A writer for the crash-safety test: it saves drafts and appends journal events as fast as it can
// and prints one line per acknowledged write. The test kills it with SIGKILL at random moments.
import { DraftService } from '../../src/main/drafts/draft-service';
import { Journal } from '../../src/main/journal/journal';
import { lockDataFolder } from '../../src/main/storage/data-folder-lock';

const folder = process.argv[2] ?? '';
const round = Number(process.argv[3] ?? '0');
await lockDataFolder(folder, 'crash-test writer');
const { journal } = await Journal.open(folder, { segmentEvents: 64 });
const drafts = await DraftService.open(folder);
const draftIds = drafts.list().map((draft) => draft.id);
process.stdout.write('ready\n');

for (let i = 0; ; i += 1) {
  if (i % 3 === 2) {
    const id = draftIds.length > 0 && i % 2 === 0 ? draftIds[i % draftIds.length] : undefined;
    const draft = await drafts.save(
      {
        id,
        title: `Draft ${round}-${i}`,
        body: `Body ${round}-${i} 🚓 `.repeat(20),
        category: 'other',
      },
      { id: 'crash-test' },
    );
    if (id === undefined) draftIds.push(draft.id);
    const latest = draft.revisions.at(-1);
    process.stdout.write(`D ${draft.id} ${latest?.number ?? 0} ${latest?.contentHash ?? ''}\n`);
  } else {
    const count = 1 + (i % 7);
    const headers = await journal.append(
      Array.from({ length: count }, (_, k) => ({
        type: 'comment.captured',
        by: 'crash-test',
        payload: { round, i, k, text: `comment ${round}-${i}-${k} café` },
      })),
    );
    const last = headers.at(-1);
    if (last) process.stdout.write(`J ${last.seq}\n`);
  }
}
