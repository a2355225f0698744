import {
  CONTRACT,
  type Channel,
  type RequestOf,
  type ResponseOf,
  isChannel,
} from '../../shared/ipc/contract';
import { parseRequest } from '../../shared/ipc/request-wording';
import { parseUnknown } from '../../shared/parse';
import { type Result, failure, ok } from '../../shared/result';
import { DeskFailure } from './desk-failure';

export type Handlers = {
  readonly [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export type Dispatch = (
  channel: unknown,
  payload: unknown,
  trustedSender: boolean,
) => Promise<Result<unknown>>;

/**
 * The main process's side of the contract, free of Electron so it runs under plain Node too (tests,
 * the end-to-end bridge). Order matters: the sender is checked before the payload is even parsed.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, payload, trustedSender) => {
    if (!isChannel(channel)) {
      return failure('unknown-channel', `There is no channel named ${JSON.stringify(channel)}.`);
    }
    if (!trustedSender) {
      return failure(
        'untrusted-sender',
        `${channel} was refused: the request did not come from Social Desk's own window.`,
      );
    }
    const spec = CONTRACT[channel];
    // Said per field in words: the person reads this at the form, not a developer at a console.
    const request = parseRequest(spec.request, payload);
    if (!request.ok) return request;
    try {
      // The table pairs each channel with its handler; TypeScript cannot correlate the two unions.
      const handler = handlers[channel] as (request: unknown) => unknown;
      const answer = await handler(request.value);
      const response = parseUnknown(spec.response, answer, `The answer from ${channel}`);
      if (!response.ok) return failure('internal', response.error.message);
      return ok(response.value);
    } catch (error) {
      if (error instanceof DeskFailure) return failure(error.code, error.message);
      const detail = error instanceof Error ? error.message : String(error);
      return failure('internal', `${channel} failed unexpectedly: ${detail}`);
    }
  };
}
