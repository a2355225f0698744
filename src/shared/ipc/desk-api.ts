import { parseUnknown } from '../parse';
import { type Result, failure, resultSchema } from '../result';
import { parseRequest } from './request-wording';
import {
  CHANNELS,
  CONTRACT,
  type Channel,
  type Contract,
  type RequestInputOf,
  type ResponseOf,
} from './contract';

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type VerbsOf<D extends string> = {
  [C in Channel as C extends `${D}:${infer V}` ? V : never]: (
    request: RequestInputOf<C>,
  ) => Promise<Result<ResponseOf<C>>>;
};

/** `window.desk`: one function per contract row, grouped by domain (`desk.drafts.save(...)`). */
export type DeskApi = { readonly [D in DomainOf<Channel>]: Readonly<VerbsOf<D>> };

export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>;

async function call<C extends Channel>(
  invoke: Invoke,
  channel: C,
  request: unknown,
): Promise<Result<ResponseOf<C>>> {
  const spec: Contract[C] = CONTRACT[channel];
  // Checked here too so a bad request fails fast with the same message the main process would give.
  const parsedRequest = parseRequest(spec.request, request);
  if (!parsedRequest.ok) return parsedRequest;
  let answer: unknown;
  try {
    answer = await invoke(channel, parsedRequest.value);
  } catch (error) {
    return failure('internal', `${channel} could not reach the main process: ${String(error)}`);
  }
  const parsedAnswer = parseUnknown(
    resultSchema(spec.response),
    answer,
    `The answer to ${channel}`,
  );
  if (!parsedAnswer.ok) return failure('internal', parsedAnswer.error.message);
  return parsedAnswer.value as Result<ResponseOf<C>>;
}

/** Builds the API from the contract table; the preload and the test bridge both use it. */
export function buildDeskApi(invoke: Invoke): DeskApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (request: unknown) => call(invoke, channel, request);
  }
  for (const domain of Object.values(api)) Object.freeze(domain);
  return Object.freeze(api) as unknown as DeskApi;
}
