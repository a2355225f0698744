import type { ActingHandlers } from '../ipc/authorize';
import { RecordSearch } from '../search/record-search';
import type { Services } from '../services';
import type { HandlerContext } from './domain-handlers';

/**
 * One records search per set of services: it follows the drafts' saves, so handlers made again
 * (a new window) share it rather than leave a second one following them.
 */
const searches = new WeakMap<Services, RecordSearch>();

export function recordSearchOf(services: Services): RecordSearch {
  let search = searches.get(services);
  if (!search) {
    search = new RecordSearch({
      drafts: services.drafts,
      pages: services.pages,
      comments: services.comments,
      packets: services.packets,
    });
    searches.set(services, search);
  }
  return search;
}

/** Issue 12's search across every kind of record (SPEC section 6, "full-text search"). */
export function recordSearchHandlers({
  services,
}: HandlerContext): Pick<ActingHandlers, 'records:search' | 'records:prepareSearch'> {
  return {
    'records:search': (request) => recordSearchOf(services).search(request),
    'records:prepareSearch': () => {
      recordSearchOf(services).warm();
      return null;
    },
  };
}
