import { FINDING_KINDS, type FindingKind } from '../../../shared/policy/finding';

/**
 * The findings as the drafter meets them in the text: a name for each kind, the finding under the
 * caret, and the next or previous one for F8 and Shift+F8. Pure, so each choice is tested without a
 * window.
 */

/** What each kind is called beside its colour: a colour alone tells some people nothing. */
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'personal-data': 'Personal data',
  'guilt-or-innocence': 'Guilt or innocence',
  'pending-prosecution': 'Pending prosecution',
  confidential: 'Confidential',
  obscenity: 'Obscenity',
  political: 'Political',
  commercial: 'Commercial',
  'juvenile-identity': 'Juvenile identity',
  'platform-limit': 'Platform limit',
  'template-placeholder': 'Template detail missing',
};

/** The part of a finding the editor reads: where it is, in which field, and what it says. */
export interface TextFinding {
  readonly kind: FindingKind;
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly section: string;
}

/** Where the caret (or selection) is: which field, and its selection. */
export interface Caret {
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

/**
 * The finding the caret is in (touching either end counts: a click just after a word is on it).
 * Where findings overlap, the narrowest wins: a platform's "the end is cut off" spans the whole
 * tail of a long post, and the name inside it is what the person clicked on.
 */
export function findingAt<F extends TextFinding>(
  findings: readonly F[],
  caret: Caret,
): F | undefined {
  let best: F | undefined;
  for (const finding of findings) {
    if (finding.field !== caret.field) continue;
    if (caret.start < finding.start || caret.end > finding.end) continue;
    if (best === undefined || finding.end - finding.start < best.end - best.start) best = finding;
  }
  return best;
}

/** Title findings first, then the body's, each in reading order: the order F8 walks them in. */
function inReadingOrder<F extends TextFinding>(findings: readonly F[]): F[] {
  const fieldOrder = (f: TextFinding) => (f.field === 'title' ? 0 : 1);
  return [...findings].sort(
    (a, b) => fieldOrder(a) - fieldOrder(b) || a.start - b.start || a.end - b.end,
  );
}

/** A position comparable across fields: the title comes before the body. */
const position = (field: 'title' | 'body', offset: number): [number, number] => [
  field === 'title' ? 0 : 1,
  offset,
];
const before = (a: [number, number], b: [number, number]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/**
 * The finding F8 (forward) or Shift+F8 (back) goes to from the caret: the first that starts after
 * the caret's start (so a selected finding moves on to the next), wrapping round at either end.
 * No caret starts from the top.
 */
export function nextFinding<F extends TextFinding>(
  findings: readonly F[],
  caret: Caret | undefined,
  direction: 'next' | 'previous',
): F | undefined {
  const ordered = inReadingOrder(findings);
  if (ordered.length === 0) return undefined;
  if (caret === undefined) return direction === 'next' ? ordered[0] : ordered.at(-1);
  const here = position(caret.field, caret.start);
  if (direction === 'next') {
    return ordered.find((f) => before(here, position(f.field, f.start))) ?? ordered[0];
  }
  return ordered.findLast((f) => before(position(f.field, f.start), here)) ?? ordered.at(-1);
}

/** "Personal data — … (III.B.1.c)": a finding in words, its kind named first. */
export function findingText(finding: TextFinding): string {
  return `${FINDING_KIND_LABELS[finding.kind]} — ${finding.message} (${finding.section})`;
}

/** "At the cursor: Personal data — … (III.B.1.c)": what the live region under the text says. */
export function atCursorText(finding: TextFinding | undefined): string {
  return finding === undefined ? '' : `At the cursor: ${findingText(finding)}`;
}

/** The kinds marked in the text, in the catalogue's order, for the legend. */
export function kindsPresent(findings: readonly Pick<TextFinding, 'kind'>[]): FindingKind[] {
  const present = new Set(findings.map((f) => f.kind));
  return FINDING_KINDS.filter((kind) => present.has(kind));
}
