import type { ChecklistItem } from './catalogue';
import type { Finding, FindingKind, Scanner } from './finding';
import type { RequirementCheck } from './intro-statement';
import type { Span } from './post-shape';

export type ItemState = 'satisfied' | 'open' | 'needs-attestation';

export interface ItemEvaluation {
  readonly item: ChecklistItem;
  readonly state: ItemState;
  /** The findings that keep the item open, to show and to jump to. */
  readonly findings: readonly Finding[];
  /** Findings a person resolved with a recorded justification: shown, never hidden. */
  readonly justifiedFindings: readonly Finding[];
  /** Why the item is in its state, in one sentence for the panel. */
  readonly reason: string;
  /** For an item met by what a text says (an intro statement): the words that say it. */
  readonly evidence: readonly Span[];
}

export interface ChecklistInput {
  readonly findings: readonly Finding[];
  /** Ids of the items a person has attested for this exact content. */
  readonly attested: ReadonlySet<string>;
  /** Keys (see `findingKey`) of findings resolved by a recorded justification. */
  readonly justified?: ReadonlySet<string>;
  /** Kinds that have a scanner: an automatic item without one cannot be satisfied by the machine. */
  readonly scannedKinds: ReadonlySet<FindingKind>;
  /** Items met by what a text says (an intro statement's), by item id. */
  readonly requirements?: ReadonlyMap<string, RequirementCheck>;
}

/**
 * A finding's identity across edits: its kind and its words. Editing the words makes a new
 * finding (the old justification no longer applies); moving them does not.
 */
export function findingKey(finding: Pick<Finding, 'kind' | 'text'>): string {
  return `${finding.kind}:${finding.text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function scannedKinds(scanners: readonly Scanner[]): ReadonlySet<FindingKind> {
  return new Set(scanners.map((scanner) => scanner.kind));
}

export function evaluateItem(item: ChecklistItem, input: ChecklistInput): ItemEvaluation {
  const requirement = input.requirements?.get(item.id);
  if (requirement) return evaluateRequirement(item, requirement, input.attested);
  const mine = input.findings.filter(
    (finding) =>
      item.findingKinds.includes(finding.kind) &&
      (item.target === undefined ||
        (finding.target?.page === item.target.page &&
          finding.target.aspect === item.target.aspect)),
  );
  // A finding that must be edited (a platform would cut the post) stays open whatever is recorded.
  const justified = mine.filter(
    (finding) => !finding.mustEdit && (input.justified?.has(findingKey(finding)) ?? false),
  );
  const findings = mine.filter((finding) => !justified.includes(finding));
  if (findings.length > 0) {
    const count = findings.length === 1 ? '1 finding' : `${findings.length} findings`;
    return {
      item,
      state: 'open',
      findings,
      justifiedFindings: justified,
      reason: `${count} to resolve`,
      evidence: [],
    };
  }
  const machineChecked =
    item.findingKinds.length > 0 && item.findingKinds.every((kind) => input.scannedKinds.has(kind));
  const needsPerson = item.satisfiedBy !== 'automatic' || !machineChecked;
  if (needsPerson && !input.attested.has(item.id)) {
    const reason =
      item.satisfiedBy === 'automatic'
        ? 'No automatic check for this yet: a person must attest to it'
        : 'A person must attest to it';
    return {
      item,
      state: 'needs-attestation',
      findings,
      justifiedFindings: justified,
      reason,
      evidence: [],
    };
  }
  const resolved = justified.length > 0 ? ` (${justified.length} justified)` : '';
  return {
    item,
    state: 'satisfied',
    findings,
    justifiedFindings: justified,
    reason: needsPerson
      ? `Attested${resolved}`
      : `Checked automatically${resolved || ': nothing found'}`,
    evidence: [],
  };
}

/** An item a text must say something for: open until it does, then attested where a person must. */
function evaluateRequirement(
  item: ChecklistItem,
  requirement: RequirementCheck,
  attested: ReadonlySet<string>,
): ItemEvaluation {
  const base = { item, findings: [], justifiedFindings: [], evidence: requirement.evidence };
  if (!requirement.met) return { ...base, state: 'open', reason: requirement.missing };
  if (item.satisfiedBy !== 'automatic' && !attested.has(item.id)) {
    return {
      ...base,
      state: 'needs-attestation',
      reason: 'Found in the text; a person must attest to it',
    };
  }
  return {
    ...base,
    state: 'satisfied',
    reason:
      item.satisfiedBy === 'automatic'
        ? (requirement.found ?? 'Checked automatically: found in the text')
        : 'Found in the text and attested',
  };
}

export function evaluateChecklist(
  items: readonly ChecklistItem[],
  input: ChecklistInput,
): ItemEvaluation[] {
  return items.map((item) => evaluateItem(item, input));
}

export function openItems(evaluations: readonly ItemEvaluation[]): ItemEvaluation[] {
  return evaluations.filter((evaluation) => evaluation.state !== 'satisfied');
}
