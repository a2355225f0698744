import { DraftSearch } from '../drafts/draft-search';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/**
 * Word search over the drafts' text: the index is read from the drafts' files once the drafts
 * list is opened or at the first search, then follows every save.
 */
export function draftSearchHandlers(
  context: HandlerContext,
  search = new DraftSearch(context.services.drafts),
): Pick<ActingHandlers, 'drafts:search'> {
  return {
    'drafts:search': async ({ words }) => ({ ids: await search.search(words) }),
  };
}
