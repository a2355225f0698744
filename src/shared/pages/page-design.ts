import { PAGE_DESIGN_CHECKLIST } from '../policy/catalogue';
import { type ItemEvaluation, openItems } from '../policy/checklist';
import type { Finding, ScanContext } from '../policy/finding';
import { pageDesignChecklist } from '../policy/page-checklist';
import type { ItemStatus } from '../workflow/workflow';
import type { IntroStatementVersion, Page } from './page';

/**
 * III.B.3.a "approved by the Chief of Police or a designee": no one attests to it. It is what the
 * approval packet asks the Chief for, so it is the one item left open when a page or an intro
 * statement is submitted, and it is met by the Chief's approval itself.
 */
export const CHIEF_APPROVAL_ITEM = 'page-design.chief-approval';

/** The page-design items a person attests to for a version's exact words. */
export const ATTESTABLE_PAGE_ITEMS = PAGE_DESIGN_CHECKLIST.filter(
  (item) => item.satisfiedBy !== 'automatic' && item.id !== CHIEF_APPROVAL_ITEM,
);

/** III.B.3.a "administered by the CAT": one cannot attest to administrators the page does not name. */
export const ADMINISTERED_BY_CAT_ITEM = 'page-design.administered-by-cat';

/**
 * The page-design checklist for a page and one version of its intro statement: the version's
 * attestations count for its own words only, and the Chief's approval of it meets III.B.3.a.
 */
export function versionChecklist(
  page: Pick<Page, 'audience'>,
  version: Pick<IntroStatementVersion, 'text' | 'attestations' | 'contentHash'> | undefined,
  approvedByChief: boolean,
  context: ScanContext = {},
): { findings: Finding[]; items: ItemEvaluation[] } {
  const attested = new Set(
    (version?.attestations ?? [])
      .filter((attestation) => attestation.contentHash === version?.contentHash)
      .map((attestation) => attestation.itemId),
  );
  if (approvedByChief) attested.add(CHIEF_APPROVAL_ITEM);
  return pageDesignChecklist(page, version?.text ?? '', attested, context);
}

/** What keeps a page or a version from going to the Chief: every unsatisfied item but her approval. */
export function itemsBlockingSubmission(items: readonly ItemEvaluation[]): ItemEvaluation[] {
  return openItems(items).filter((evaluation) => evaluation.item.id !== CHIEF_APPROVAL_ITEM);
}

/** The refusal in words, one line per item, or undefined when nothing blocks it. */
export function submissionRefusal(
  what: string,
  items: readonly ItemEvaluation[],
): string | undefined {
  const open = itemsBlockingSubmission(items);
  if (open.length === 0) return undefined;
  const lines = open.map(({ item, reason }) => `- ${item.section} ${item.title}: ${reason}`);
  return `${what} cannot be submitted while ${open.length} page-design item(s) are open (the Chief’s approval, III.B.3.a, is what the packet asks for and stays open):\n${lines.join('\n')}`;
}

/** Approved as it stands, or posted since: the Chief's approval meets III.B.3.a. */
export function approvedByChief(status: ItemStatus): boolean {
  return status === 'approved' || status === 'published';
}
