import type { Attestation, Draft } from '../../../shared/drafts/draft';
import { latestRevision } from '../../../shared/drafts/draft';
import type { ItemEvaluation } from '../../../shared/policy/checklist';

/**
 * How the checklist panel orders and words what is open: by what each item needs from the person
 * (edit the text, edit or justify, attest), satisfied items out of the way. Pure, so each rule is
 * tested without a window.
 */

export type OpenGroupKey = 'edit' | 'justify' | 'attest';

export interface OpenGroup {
  readonly key: OpenGroupKey;
  readonly heading: string;
  /** What the person does for the items of this group, in one line under the heading. */
  readonly hint: string;
  readonly items: readonly ItemEvaluation[];
}

const GROUPS: readonly Omit<OpenGroup, 'items'>[] = [
  {
    key: 'edit',
    heading: 'Edit the text',
    hint: 'A target page’s platform would cut or refuse this: only an edit resolves it.',
  },
  {
    key: 'justify',
    heading: 'Edit or justify',
    hint: 'Change the flagged words, or record why they are acceptable.',
  },
  {
    key: 'attest',
    heading: 'Attest',
    hint: 'Read the post for each and attest it with your name.',
  },
];

/** The group an open item belongs to; undefined for a satisfied one. */
export function groupOf({ state, findings }: ItemEvaluation): OpenGroupKey | undefined {
  if (state === 'satisfied') return undefined;
  if (state === 'needs-attestation') return 'attest';
  // An item with any finding a platform would cut needs an edit whatever else is justified.
  return findings.some((finding) => finding.mustEdit) ? 'edit' : 'justify';
}

/** The open items in the order a person works them, each group only when it has items. */
export function openGroups(items: readonly ItemEvaluation[]): OpenGroup[] {
  return GROUPS.map((group) => ({
    ...group,
    items: items.filter((evaluation) => groupOf(evaluation) === group.key),
  })).filter((group) => group.items.length > 0);
}

export function satisfiedItems(items: readonly ItemEvaluation[]): ItemEvaluation[] {
  return items.filter((evaluation) => evaluation.state === 'satisfied');
}

/** The open items in panel order: the refusal's links follow the panel, top to bottom. */
export function openInPanelOrder(items: readonly ItemEvaluation[]): ItemEvaluation[] {
  return openGroups(items).flatMap((group) => group.items);
}

/** The refusal under Submit: a few links a person can take in at a glance, and how many more. */
export const REFUSAL_SHOWN = 5;
export function refusalLinks(
  items: readonly ItemEvaluation[],
  shown = REFUSAL_SHOWN,
): { readonly links: readonly ItemEvaluation[]; readonly more: number } {
  const open = openInPanelOrder(items);
  // "and 1 more" would take the room of the one item it hides: show it instead.
  const cap = open.length === shown + 1 ? open.length : shown;
  return { links: open.slice(0, cap), more: Math.max(0, open.length - cap) };
}

/** An element id for an item's heading (ids hold dots and UUIDs, safe in an id attribute). */
export function itemAnchor(itemId: string): string {
  return `checklist-item-${itemId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function attestButtonId(itemId: string): string {
  return `${itemAnchor(itemId)}-attest`;
}

export function groupHeadingId(key: OpenGroupKey): string {
  return `checklist-group-${key}`;
}

/**
 * The attestations given for the saved text of one item, oldest first: the one standing (not
 * withdrawn) is the last, and withdrawn ones stay listed so the record shows what was taken back.
 */
export function attestationsOf(draft: Draft | undefined, itemId: string): Attestation[] {
  if (!draft) return [];
  const { contentHash } = latestRevision(draft);
  return draft.attestations.filter((a) => a.itemId === itemId && a.contentHash === contentHash);
}

export function standingAttestation(
  draft: Draft | undefined,
  itemId: string,
): Attestation | undefined {
  return attestationsOf(draft, itemId).findLast((a) => a.withdrawn === undefined);
}

const SHORT_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2 Dec 14:05": the day and time a person recognises at a glance beside a name. */
export function shortTime(iso: string): string {
  return SHORT_TIME.format(new Date(iso)).replace(',', '');
}

/** "Attested by Dana Reyes, 2 Dec 14:05", with its withdrawal when it was taken back. */
export function attestationLine(attestation: Attestation, nameOf: (id: string) => string): string {
  const given = `Attested by ${nameOf(attestation.by)}, ${shortTime(attestation.at)}`;
  if (!attestation.withdrawn) return given;
  const { by, at } = attestation.withdrawn;
  return `${given}; withdrawn by ${nameOf(by)}, ${shortTime(at)}`;
}

/** "Attest 3 selected items": the button names the count it acts on. */
export function attestSeveralLabel(count: number): string {
  return `Attest ${count} selected item${count === 1 ? '' : 's'}`;
}
