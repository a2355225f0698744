import { randomUUID } from 'node:crypto';
import type { IntroStatementVersion } from '../../src/shared/pages/page';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';

const HASH = 'a'.repeat(64);

/**
 * An intro-statement version as pages.json holds it: submitted, approved, then posted on
 * `postedAt`, which is when its categories come into force for the page's comments.
 */
export function postedIntroVersion(
  pageId: string,
  number: number,
  categories: IntroStatementVersion['categories'],
  postedAt: string,
  text = `Version ${number}`,
): IntroStatementVersion {
  const steps: WorkflowStep[] = [
    { move: 'submit', by: 'dana', at: '2026-01-02T00:00:00.000Z', contentHash: HASH },
    {
      move: 'decide',
      by: 'chief',
      at: '2026-01-03T00:00:00.000Z',
      decision: 'approve',
      comment: '',
      source: 'in-app',
    },
    {
      move: 'publish',
      by: 'dana',
      at: postedAt,
      platform: 'facebook',
      url: 'https://www.facebook.com/examplepd',
      publishedAt: postedAt,
      pageId,
    },
  ];
  return {
    id: randomUUID(),
    pageId,
    number,
    text,
    categories,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'dana',
    contentHash: HASH,
    attestations: [],
    workflow: steps,
  };
}
