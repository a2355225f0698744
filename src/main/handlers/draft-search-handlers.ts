import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/**
 * Word search over the drafts' text: the index is read from the drafts' files once the drafts
 * list is opened or at the first search, then follows every save. The index is the services' one
 * (services.draftSearch), so handlers made again never leave a second index following saves.
 */
export function draftSearchHandlers(
  context: HandlerContext,
): Pick<ActingHandlers, 'drafts:search'> {
  const search = context.services.draftSearch;
  return {
    'drafts:search': async ({ words }) => ({ ids: await search.search(words) }),
  };
}
