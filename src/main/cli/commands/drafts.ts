import { DraftStore } from '../../drafts/draft-store';
import type { CliContext } from '../cli-context';

export async function draftsList(context: CliContext): Promise<number> {
  const summaries = await DraftStore.readSummaries(await context.readFolder());
  summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  context.io.out(JSON.stringify(summaries, null, 2));
  return 0;
}
