import type { Draft, DraftContent } from '../drafts/draft';
import { CONTENT_CHECKLIST, type ChecklistItem } from './catalogue';
import { type ItemEvaluation, evaluateChecklist, scannedKinds } from './checklist';
import type { Finding, FindingKind, ScanContext } from './finding';
import { type PostTarget, checkPlatformLimits, targetItems } from './platform-check';
import { MEDIA_PERMISSIONS_ITEM, mediaPermissionsCheck } from './media-permissions';
import { findLinks } from './post-shape';
import { SCANNERS, scanText } from './scanners';
import { templatePlaceholderFindings } from './template-placeholders';

const KINDS: ReadonlySet<FindingKind> = new Set([
  ...scannedKinds(SCANNERS),
  'platform-limit',
  'template-placeholder',
]);

export interface FieldFinding extends Finding {
  readonly field: 'title' | 'body';
}

/** What a draft is checked against besides its words: the department, and its target pages. */
export interface DraftCheckContext extends ScanContext {
  readonly targets?: readonly PostTarget[];
}

/** The content checklist, then each target page's platform limits. */
export function draftItems(targets: readonly PostTarget[] = []): ChecklistItem[] {
  return [...CONTENT_CHECKLIST, ...targets.flatMap(targetItems)];
}

/**
 * Findings in the title and the body, each with offsets into its own field; the platform limits
 * apply to the body, the text that is published.
 */
export function scanDraftContent(
  content: Pick<DraftContent, 'title' | 'body'> & { readonly category?: string },
  context: DraftCheckContext = {},
): FieldFinding[] {
  const targets = context.targets ?? [];
  // Found once for every target page: link finding is the costliest part of a limit check.
  const links = targets.length > 0 ? findLinks(content.body) : [];
  return [
    ...scanText(content.title, context).map((f) => ({ ...f, field: 'title' as const })),
    ...scanText(content.body, context).map((f) => ({ ...f, field: 'body' as const })),
    ...targets.flatMap((target) =>
      checkPlatformLimits(content.body, target, links).map((f) => ({
        ...f,
        field: 'body' as const,
      })),
    ),
    // Needs the category (its template's labels): a caller without one checks the words alone.
    ...templatePlaceholderFindings(content.body, content.category).map((f) => ({
      ...f,
      field: 'body' as const,
    })),
  ];
}

/**
 * The content checklist for a draft: scanned from `content` (the saved revision, or what is in
 * the editor), with the attestations made for `contentHash` and every recorded justification.
 * The renderer shows it live; the main process runs the same function before any submission.
 */
export function draftChecklist(
  content: Pick<DraftContent, 'title' | 'body'> & {
    readonly media?: DraftContent['media'];
    readonly category?: string;
  },
  draft:
    | (Pick<Draft, 'attestations' | 'justifications'> & {
        readonly permissions?: Draft['permissions'];
      })
    | undefined,
  contentHash: string | undefined,
  context: DraftCheckContext = {},
): { findings: FieldFinding[]; items: ItemEvaluation[] } {
  const findings = scanDraftContent(content, context);
  const attested = new Set(
    (draft?.attestations ?? [])
      // A withdrawn attestation is kept in the record but vouches for nothing.
      .filter((a) => a.contentHash === contentHash && a.withdrawn === undefined)
      .map((a) => a.itemId),
  );
  const justified = new Set((draft?.justifications ?? []).map((j) => j.findingKey));
  return {
    findings,
    items: evaluateChecklist(draftItems(context.targets), {
      findings,
      attested,
      justified,
      scannedKinds: KINDS,
      // Photos and videos are judged against the draft's permission records, not its words.
      requirements: new Map([
        [
          MEDIA_PERMISSIONS_ITEM,
          mediaPermissionsCheck(content.media ?? [], draft?.permissions ?? []),
        ],
      ]),
    }),
  };
}
