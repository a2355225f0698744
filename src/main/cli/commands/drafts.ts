import { DraftService } from '../../drafts/draft-service';
import type { CliContext } from '../cli-context';

export async function draftsList(context: CliContext): Promise<number> {
  const drafts = await DraftService.open(await context.readFolder());
  context.io.out(JSON.stringify(drafts.list(), null, 2));
  return 0;
}
