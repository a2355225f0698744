import type { ItemKind } from '../../shared/workflow/workflow';
import type { Services } from '../services';
import { postRecords } from './post-records';
import type { WorkflowRecords } from './workflow-records';

/** Where the approvals reach each kind of item: one WorkflowRecords per kind. */
export type WorkflowRegistry = Readonly<Record<ItemKind, WorkflowRecords>>;

/**
 * Every kind of item that goes to the Chief, each through its own records: drafts for posts, the
 * page service for pages and intro-statement versions. The inbox and every decision go through
 * this one table, so no kind is decided by other rules than the others.
 */
export function workflowRegistry(services: Pick<Services, 'drafts' | 'pages'>): WorkflowRegistry {
  return {
    post: postRecords(services.drafts, services.pages),
    page: services.pages.workflowRecords('page'),
    'intro-statement': services.pages.workflowRecords('intro-statement'),
  };
}
