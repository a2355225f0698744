import { APP_VERSION } from './app-version';
import { DraftService } from './drafts/draft-service';
import type { Handlers } from './ipc/dispatcher';

export interface Services {
  readonly dataFolder: string;
  readonly drafts: DraftService;
}

export async function openServices(dataFolder: string): Promise<Services> {
  return { dataFolder, drafts: await DraftService.open(dataFolder) };
}

/** One handler per contract row; the dispatcher has already validated every request. */
export function createHandlers(services: Services): Handlers {
  return {
    'app:info': () => ({ version: APP_VERSION, dataFolder: services.dataFolder }),
    'drafts:list': () => services.drafts.list(),
    'drafts:get': ({ id }) => services.drafts.get(id),
    'drafts:save': (request) => services.drafts.save(request),
  };
}
