import type { CliContext } from '../cli-context';
import { CliUsageError } from '../passphrase-input';

export function draftsAdd(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}

export function draftsSave(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}

export function draftsShow(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}

export function draftsAttest(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}

export function draftsSubmit(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}

export function draftsDecide(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}

export function draftsPublished(context: CliContext): Promise<number> {
  return Promise.reject(new CliUsageError(`${context.command} is not built yet.`));
}
