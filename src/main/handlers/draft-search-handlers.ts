import { DraftSearch } from '../drafts/draft-search';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/**
 * Word search over the drafts' text: the index is read from the drafts' files at the first search
 * (nothing is spent on it by a person who never searches), then follows every save.
 */
export function draftSearchHandlers(
  context: HandlerContext,
): Pick<ActingHandlers, 'drafts:search'> {
  const search = new DraftSearch(context.services.drafts);
  return {
    'drafts:search': async ({ words }) => ({ ids: await search.search(words) }),
  };
}
