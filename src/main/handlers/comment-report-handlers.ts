import { unavailable } from './domain-handlers';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';

/** Issue 11: the consistency report (placeholders until built). */
export function commentReportHandlers(
  _context: HandlerContext,
): Pick<ActingHandlers, 'comments:report' | 'comments:saveReport'> {
  return {
    'comments:report': () => unavailable('The consistency report'),
    'comments:saveReport': () => unavailable('The consistency report'),
  };
}
