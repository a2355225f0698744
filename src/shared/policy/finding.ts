import type { DirectiveSection } from './directive';

/** The kinds the content scanners raise from the words alone (scored on the corpus). */
export const CONTENT_FINDING_KINDS = [
  'personal-data',
  'guilt-or-innocence',
  'pending-prosecution',
  'confidential',
  'obscenity',
  'political',
  'commercial',
  'juvenile-identity',
] as const;

/**
 * Plus what a target page's platform would cut, refuse or mangle, and a template's detail left as
 * its "[Label]" placeholder (template-placeholders.ts).
 */
export const FINDING_KINDS = [
  ...CONTENT_FINDING_KINDS,
  'platform-limit',
  'template-placeholder',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** The three things a platform limits, each its own checklist item per target page. */
export type LimitAspect = 'length' | 'hashtags' | 'links';

/** The target page and limit a platform-limit finding or item is about. */
export interface LimitTarget {
  /** The page's id (or, on the command line, the page as it was named). */
  readonly page: string;
  readonly aspect: LimitAspect;
}

/** One way a text could break the directive: where it is, the words, and what to do about it. */
export interface Finding {
  readonly kind: FindingKind;
  readonly section: DirectiveSection;
  /** Offsets in UTF-16 code units into the scanned text, as JavaScript strings and textareas count. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  /** Set on platform-limit findings: which page and which limit. */
  readonly target?: LimitTarget;
  /**
   * A platform would cut or refuse the post, or a template's detail is missing: only editing
   * resolves it, no justification can.
   */
  readonly mustEdit?: boolean;
}

/** The department's own contact lines and sites: never a private person's personal data. */
export interface DepartmentContacts {
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly websites: readonly string[];
  /** The department's street and place names: never an obscenity ("Hooker Ave", "Cumming Park"). */
  readonly placeNames?: readonly string[];
}

export interface ScanContext {
  readonly department?: DepartmentContacts;
  /**
   * The phrase rules alone, without parsing sentences: what the scanners were before issue 13,
   * kept so the benchmark can show the sentence layer's cost beside them in the same run.
   */
  readonly phraseRulesOnly?: boolean;
  /**
   * The rules without the sentence model (scanners/sentence-model.ts): how its trainer labels the
   * rules' own test sentences, and how the benchmark shows what the model costs.
   */
  readonly withoutModel?: boolean;
  /**
   * When a piece of a long document is scanned (see scanners/scan-pieces.ts), the whole document:
   * a check that asks whether the text anywhere mentions a case, an election or a scam reads it,
   * so a sentence is judged the same in a piece as in the whole.
   */
  readonly document?: string;
  /** Where the piece being scanned starts in `document`: a check of "the text beside the words matched" reads the document around them. */
  readonly pieceStart?: number;
}

export interface Scanner {
  readonly kind: FindingKind;
  scan(text: string, context?: ScanContext): readonly Finding[];
  /**
   * What a piece's findings depend on in the rest of the document (the answers of its whole-text
   * checks), so findings remembered for a piece are used again only while those answers hold.
   */
  documentKey?(document: string, context: ScanContext): string;
}
