// Imports one comment export in a fresh process, so its peak memory is the import's own: the
// app's path (the data folder's services, known comments found through the comment index).
// With `journal` last, a bare journal instead, with no comment index applying each appended event
// (known comments then read from the journal), to show what the index costs an import.
// Usage: comment-import-child.ts DATA_FOLDER FILE PAGE_ID [times] [services|journal]
import { Journal } from '../../src/main/journal/journal';
import { importComments } from '../../src/main/moderation/comment-import';
import { openServices } from '../../src/main/services';

const [folder = '', file = '', pageId = '', times = '1', mode = 'services'] = process.argv.slice(2);
const services =
  mode === 'journal'
    ? await Journal.open(folder).then(({ journal }) => ({
        journal,
        comments: undefined,
        close: () => journal.close(),
      }))
    : await openServices(folder, 'bench');
const runs: { ms: number; imported: number; duplicates: number; rejected: number }[] = [];
try {
  for (let run = 0; run < Number(times); run += 1) {
    const start = process.hrtime.bigint();
    const result = await importComments(folder, services.journal, {
      file,
      pageId,
      by: { id: 'bench' },
      index: services.comments,
    });
    runs.push({
      ms: Number(process.hrtime.bigint() - start) / 1e6,
      imported: result.imported,
      duplicates: result.duplicates,
      rejected: result.rejected.length,
    });
  }
} finally {
  await services.close();
}
process.stdout.write(JSON.stringify({ runs, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
