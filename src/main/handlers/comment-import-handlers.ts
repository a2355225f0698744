import { unavailable } from './domain-handlers';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/** Issue 11: import in the app and manual entry (placeholders until built). */
export function commentImportHandlers(
  _context: HandlerContext,
): Pick<
  ActingHandlers,
  | 'comments:add'
  | 'comments:chooseImportFile'
  | 'comments:previewImport'
  | 'comments:startImport'
  | 'comments:importStatus'
  | 'comments:cancelImport'
  | 'comments:mappings'
> {
  return {
    'comments:add': () => unavailable('Entering a comment'),
    'comments:chooseImportFile': () => unavailable('Importing'),
    'comments:previewImport': () => unavailable('Importing'),
    'comments:startImport': () => unavailable('Importing'),
    'comments:importStatus': () => unavailable('Importing'),
    'comments:cancelImport': () => unavailable('Importing'),
    'comments:mappings': () => unavailable('Importing'),
  };
}
