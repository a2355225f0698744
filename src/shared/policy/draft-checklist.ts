import type { Draft, DraftContent } from '../drafts/draft';
import { CONTENT_CHECKLIST } from './catalogue';
import { type ItemEvaluation, evaluateChecklist, scannedKinds } from './checklist';
import type { Finding, ScanContext } from './finding';
import { SCANNERS, scanText } from './scanners';

const KINDS = scannedKinds(SCANNERS);

export interface FieldFinding extends Finding {
  readonly field: 'title' | 'body';
}

/** Findings in the title and the body, each with offsets into its own field. */
export function scanDraftContent(
  content: Pick<DraftContent, 'title' | 'body'>,
  context: ScanContext = {},
): FieldFinding[] {
  return [
    ...scanText(content.title, context).map((f) => ({ ...f, field: 'title' as const })),
    ...scanText(content.body, context).map((f) => ({ ...f, field: 'body' as const })),
  ];
}

/**
 * The content checklist for a draft: scanned from `content` (the saved revision, or what is in
 * the editor), with the attestations made for `contentHash` and every recorded justification.
 * The renderer shows it live; the main process runs the same function before any submission.
 */
export function draftChecklist(
  content: Pick<DraftContent, 'title' | 'body'>,
  draft: Pick<Draft, 'attestations' | 'justifications'> | undefined,
  contentHash: string | undefined,
  context: ScanContext = {},
): { findings: FieldFinding[]; items: ItemEvaluation[] } {
  const findings = scanDraftContent(content, context);
  const attested = new Set(
    (draft?.attestations ?? []).filter((a) => a.contentHash === contentHash).map((a) => a.itemId),
  );
  const justified = new Set((draft?.justifications ?? []).map((j) => j.findingKey));
  return {
    findings,
    items: evaluateChecklist(CONTENT_CHECKLIST, {
      findings,
      attested,
      justified,
      scannedKinds: KINDS,
    }),
  };
}
