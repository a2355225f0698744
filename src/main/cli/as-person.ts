import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { createDispatcher } from '../ipc/dispatcher';
import { DeskFailure } from '../ipc/desk-failure';
import { type Services, createHandlers, openServices } from '../services';
import type { CliContext } from './cli-context';
import { CliUsageError } from './passphrase-input';

/** Sends requests through the app's own dispatcher: the same checks, handlers and answers. */
export interface Desk {
  readonly services: Services;
  readonly send: <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;
}

/**
 * Runs `work` as the signed-in person with the data folder's services, opened inside the writer
 * lock `asWriter` already holds (so they do not take it again), and closes them after.
 */
export function asPerson<T>(
  context: CliContext,
  doing: string,
  work: (desk: Desk) => Promise<T>,
): Promise<T> {
  return context.asWriter(context.command, async (folder, actor) => {
    if (!actor) throw new CliUsageError(`${doing} acts as a person: add --profile NAME.`);
    const services = await openServices(folder, `social-desk ${context.command}`, {
      lockHeld: true,
    });
    try {
      for (const notice of services.notices) context.io.err(`social-desk: ${notice}`);
      services.session.signIn(actor);
      const dispatch = createDispatcher(createHandlers(services));
      return await work({
        services,
        async send(channel, request) {
          const result = await dispatch(channel, request, true);
          if (!result.ok) throw new DeskFailure(result.error.code, result.error.message);
          // The dispatcher checked the answer against the channel's response schema.
          return result.value as ResponseOf<typeof channel>;
        },
      });
    } finally {
      await services.close();
    }
  });
}
