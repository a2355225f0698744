import type { Page } from '../pages/page';
import { PAGE_DESIGN_CHECKLIST } from './catalogue';
import { type ItemEvaluation, evaluateChecklist, scannedKinds } from './checklist';
import type { Finding, ScanContext } from './finding';
import { type RequirementCheck, checkIntroStatement } from './intro-statement';
import { SCANNERS, scanText } from './scanners';

const KINDS = scannedKinds(SCANNERS);

/** III.B.2.c asks for a named audience: the page record carries it, not the statement. */
function namedAudience(page: Pick<Page, 'audience'>): RequirementCheck {
  const audience = page.audience?.trim() ?? '';
  return {
    met: audience !== '',
    evidence: [],
    found: `The page record names its audience: ${audience}`,
    missing:
      'The page record names no target audience (III.B.2.c). Record who the page is for: the general public, youth, potential police recruits, …',
  };
}

/**
 * The page-design checklist for a page and its intro statement: what the statement says meets the
 * items it can, the page record the audience, and people attest to the rest. The statement's
 * words are scanned like a post's too, since the page publishes them.
 */
export function pageDesignChecklist(
  page: Pick<Page, 'audience'>,
  introStatement: string,
  attested: ReadonlySet<string>,
  context: ScanContext = {},
): { findings: Finding[]; items: ItemEvaluation[] } {
  const requirements = checkIntroStatement(introStatement, context);
  requirements.set('page-design.target-audience', namedAudience(page));
  const findings = scanText(introStatement, context);
  return {
    findings,
    items: evaluateChecklist(PAGE_DESIGN_CHECKLIST, {
      findings,
      attested,
      scannedKinds: KINDS,
      requirements,
    }),
  };
}
