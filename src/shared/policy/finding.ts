import type { DirectiveSection } from './directive';

export const FINDING_KINDS = [
  'personal-data',
  'guilt-or-innocence',
  'pending-prosecution',
  'confidential',
  'obscenity',
  'political',
  'commercial',
  'juvenile-identity',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One way a text could break the directive: where it is, the words, and what to do about it. */
export interface Finding {
  readonly kind: FindingKind;
  readonly section: DirectiveSection;
  /** Offsets in UTF-16 code units into the scanned text, as JavaScript strings and textareas count. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
}

/** The department's own contact lines and sites: never a private person's personal data. */
export interface DepartmentContacts {
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly websites: readonly string[];
}

export interface ScanContext {
  readonly department?: DepartmentContacts;
}

export interface Scanner {
  readonly kind: FindingKind;
  scan(text: string, context?: ScanContext): readonly Finding[];
}
