import type { ChecklistItem } from './catalogue';
import type { Finding, FindingKind, Scanner } from './finding';

export type ItemState = 'satisfied' | 'open' | 'needs-attestation';

export interface ItemEvaluation {
  readonly item: ChecklistItem;
  readonly state: ItemState;
  /** The findings that keep the item open, to show and to jump to. */
  readonly findings: readonly Finding[];
  /** Why the item is in its state, in one sentence for the panel. */
  readonly reason: string;
}

export interface ChecklistInput {
  readonly findings: readonly Finding[];
  /** Ids of the items a person has attested (profiles and attestations arrive with the stores). */
  readonly attested: ReadonlySet<string>;
  /** Kinds that have a scanner: an automatic item without one cannot be satisfied by the machine. */
  readonly scannedKinds: ReadonlySet<FindingKind>;
}

export function scannedKinds(scanners: readonly Scanner[]): ReadonlySet<FindingKind> {
  return new Set(scanners.map((scanner) => scanner.kind));
}

export function evaluateItem(item: ChecklistItem, input: ChecklistInput): ItemEvaluation {
  const findings = input.findings.filter((finding) => item.findingKinds.includes(finding.kind));
  if (findings.length > 0) {
    const count = findings.length === 1 ? '1 finding' : `${findings.length} findings`;
    return { item, state: 'open', findings, reason: `${count} to resolve` };
  }
  const machineChecked =
    item.findingKinds.length > 0 && item.findingKinds.every((kind) => input.scannedKinds.has(kind));
  const needsPerson =
    item.satisfiedBy !== 'automatic' || !machineChecked || item.findingKinds.length === 0;
  if (needsPerson && !input.attested.has(item.id)) {
    const reason =
      item.satisfiedBy === 'automatic'
        ? 'No automatic check for this yet: a person must attest to it'
        : 'A person must attest to it';
    return { item, state: 'needs-attestation', findings, reason };
  }
  return {
    item,
    state: 'satisfied',
    findings,
    reason: needsPerson ? 'Attested' : 'Checked automatically: nothing found',
  };
}

export function evaluateChecklist(
  items: readonly ChecklistItem[],
  input: ChecklistInput,
): ItemEvaluation[] {
  return items.map((item) => evaluateItem(item, input));
}
