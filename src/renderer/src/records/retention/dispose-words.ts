import {
  RECORD_TYPES,
  RECORD_TYPE_WORDS,
  type RecordType,
} from '../../../../shared/records/record-types';
import type { DisposeOutcome, RetentionOverview } from '../../../../shared/records/retention-view';

type Counts = Partial<Record<RecordType, number>>;

/** "1 comment", "12 captured comments". */
export function countWords(type: RecordType, count: number): string {
  const words = RECORD_TYPE_WORDS[type];
  return count === 1 ? `1 ${words.one}` : `${count} ${words.many.toLowerCase()}`;
}

/** What disposition does to a record of each type, said plainly: it cannot be undone. */
function effect(type: RecordType, count: number): string {
  const they = count === 1 ? 'its' : 'their';
  switch (type) {
    case 'comment':
      return `will lose ${they} text for good`;
    case 'draft':
    case 'post':
      return `will have ${they} file removed for good, with the photos and scans no other record names (the SHA-256 of each is kept in the disposition event)`;
    case 'packet':
      return `will have ${they} frozen HTML removed for good, with a decision's scan no other record names (the SHA-256 of each is kept in the disposition event)`;
    case 'moderation':
      return `will lose ${they} reason, note and screenshot for good, with ${they} reviews and notices, each only with its comment or after it`;
    case 'intro':
    case 'audit':
      return `will lose ${they} content for good (the record that ${count === 1 ? 'it' : 'they'} existed stays)`;
    default: {
      const never: never = type;
      return never;
    }
  }
}

const records = (count: number) => (count === 1 ? '1 record' : `${count} records`);

function sentence(parts: readonly string[]): string {
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What would go, per type, in RECORD_TYPES order. */
function goingParts(going: Counts): string[] {
  return RECORD_TYPES.filter((type) => (going[type] ?? 0) > 0).map(
    (type) => `${countWords(type, going[type] ?? 0)} ${effect(type, going[type] ?? 0)}`,
  );
}

/**
 * The confirmation of "everything due and not held": exactly what goes and what stays
 * ("12 captured comments will lose their text for good; 3 held records stay").
 */
export function disposeAllWords(overview: RetentionOverview): string {
  const { byType, heldByType, held } = overview.due;
  const going: Counts = {};
  let kept = 0;
  for (const type of RECORD_TYPES) {
    const free = (byType[type] ?? 0) - (heldByType[type] ?? 0);
    if (free <= 0) continue;
    if (overview.disposable.includes(type)) going[type] = free;
    else kept += free;
  }
  const parts = goingParts(going);
  if (parts.length === 0) parts.push('nothing would be disposed of');
  if (held > 0) parts.push(`${records(held)} under legal hold stay`);
  if (kept > 0) {
    parts.push(`${records(kept)} of types that are never disposed of stay kept`);
  }
  return sentence(parts);
}

/** How many of each type the ticked records are. */
export function countByType(refs: readonly { readonly type: RecordType }[]): Counts {
  const counts: Counts = {};
  for (const ref of refs) counts[ref.type] = (counts[ref.type] ?? 0) + 1;
  return counts;
}

/** The confirmation of the ticked records ("2 captured comments will lose their text for good"). */
export function disposeTickedWords(ticked: readonly { readonly type: RecordType }[]): string {
  const parts = goingParts(countByType(ticked));
  return sentence(parts.length > 0 ? parts : ['nothing is ticked']);
}

/** The outcome, as the main process reported it. */
export function outcomeWords(outcome: DisposeOutcome): string {
  const done = RECORD_TYPES.filter((type) => (outcome.disposed[type] ?? 0) > 0).map((type) =>
    countWords(type, outcome.disposed[type] ?? 0),
  );
  const events =
    outcome.events.length === 1
      ? `disposition event ${outcome.events[0]}`
      : `disposition events ${outcome.events.join(', ')}`;
  const held = outcome.held > 0 ? ` ${records(outcome.held)} under legal hold stay.` : '';
  const kept =
    outcome.kept > 0
      ? ` ${records(outcome.kept)} stay kept (of types never disposed of, or moderation actions whose comment stays).`
      : '';
  return `Disposed of ${done.join(', ') || 'nothing'}, recorded in ${events}.${held}${kept}`;
}
