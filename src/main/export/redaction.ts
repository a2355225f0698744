import { sha256 } from '../journal/journal-line';
import { canonicalJson } from '../../shared/canonical-json';
import type { DepartmentContacts } from '../../shared/policy/finding';
import { personalDataScanner } from '../../shared/policy/scanners/personal-data';
import type { ExportRedaction } from '../../shared/records/export-view';
import type { RecordType } from '../../shared/records/record-types';
import type { CatalogueRecord } from '../retention/record-catalogue';

export const THIRD_PARTY_REASON = 'personal data of a third party';

/** One withheld piece, as redactions.json lists it for a reviewer. */
export interface AppliedRedaction {
  readonly type: RecordType;
  readonly id: string;
  /** The field of the exported record ("content.text", "title", "text"). */
  readonly field: string;
  readonly reason: string;
  /** SHA-256 of the withheld text (UTF-8), so a reviewer holding the record can check it. */
  readonly sha256: string;
  /** Proposed by the personal-data rule, or asked for by name in the request. */
  readonly by: 'rule' | 'request';
}

/** The record as exported: copies only, so the stored record is never touched. */
export interface RedactedRecord {
  readonly title: string;
  readonly text: string;
  readonly content: unknown;
  readonly redactions: readonly AppliedRedaction[];
}

export const marker = (reason: string) => `[REDACTED: ${reason}]`;

/** A comment's fields that hold a visitor's words. */
const COMMENT_WORDS = ['text', 'originalText'] as const;

/**
 * Applies the request's redactions to a copy of one record. `named` are the request's own
 * redactions for this record; `thirdParties` scans a comment's words with the drafts' own
 * personal-data scanner and withholds what it finds (the department's own lines stay).
 */
export function redactRecord(
  record: CatalogueRecord,
  named: readonly ExportRedaction[],
  thirdParties: boolean,
  department: DepartmentContacts | undefined,
): RedactedRecord {
  const byRule = thirdParties && record.type === 'comment';
  if (named.length === 0 && !byRule) {
    return { title: record.title, text: record.text, content: record.content, redactions: [] };
  }
  // A deep copy: the catalogue may hand over the live object a store keeps in memory.
  const content = structuredClone<unknown>(record.content);
  let { title, text } = record;
  const applied: AppliedRedaction[] = [];
  const note = (field: string, reason: string, withheld: string, by: 'rule' | 'request') => {
    applied.push({ type: record.type, id: record.id, field, reason, sha256: sha256(withheld), by });
  };

  for (const redaction of named) {
    const path = redaction.field.split('.');
    const withheld = fieldAt(content, path);
    if (withheld === undefined) {
      throw new Error(
        `The ${record.type} ${record.id} has no field “${redaction.field}” to withhold. Name a field its exported content has (see records/${record.type}.json of an export without redactions). Nothing was exported.`,
      );
    }
    const words = typeof withheld === 'string' ? withheld : canonicalJson(withheld);
    setField(content, path, marker(redaction.reason));
    note(`content.${redaction.field}`, redaction.reason, words, 'request');
    if (words.length > 0) {
      // The same words are in the record's title and text too: withhold them there as well.
      title = title.replaceAll(words, marker(redaction.reason));
      text = text.replaceAll(words, marker(redaction.reason));
    }
  }

  if (byRule && content !== null && typeof content === 'object') {
    const fields = content as Record<string, unknown>;
    for (const field of COMMENT_WORDS) {
      const value = fields[field];
      if (typeof value !== 'string') continue;
      fields[field] = redactSpans(value, department, (withheld) =>
        note(`content.${field}`, THIRD_PARTY_REASON, withheld, 'rule'),
      );
    }
    title = redactSpans(title, department, (withheld) =>
      note('title', THIRD_PARTY_REASON, withheld, 'rule'),
    );
    text = redactSpans(text, department, (withheld) =>
      note('text', THIRD_PARTY_REASON, withheld, 'rule'),
    );
  }
  return { title, text, content, redactions: applied };
}

/** Replaces each personal-data finding in `value` by the marker, last first so offsets hold. */
function redactSpans(
  value: string,
  department: DepartmentContacts | undefined,
  withheld: (text: string) => void,
): string {
  const findings = personalDataScanner
    .scan(value, department ? { department } : {})
    .slice()
    .sort((a, b) => b.start - a.start);
  let out = value;
  let floor = Infinity;
  for (const finding of findings) {
    // Overlapping findings (a phone inside an address) are withheld once, not cut twice.
    if (finding.end > floor) continue;
    withheld(out.slice(finding.start, finding.end));
    out = `${out.slice(0, finding.start)}${marker(THIRD_PARTY_REASON)}${out.slice(finding.end)}`;
    floor = finding.start;
  }
  return out;
}

function fieldAt(value: unknown, path: readonly string[]): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function setField(value: unknown, path: readonly string[], replacement: string): void {
  const parent = fieldAt(value, path.slice(0, -1)) as Record<string, unknown>;
  const last = path.at(-1);
  if (last !== undefined) parent[last] = replacement;
}
