import type { ItemState } from '../policy/checklist';
import type { DirectiveSection } from '../policy/directive';
import type { TextSegment } from '../policy/page-text';
import type { ItemKind } from '../workflow/workflow';

/**
 * A Chief-approval packet as data (SPEC section 5): everything the Chief reads, already in words,
 * so that the HTML renderer only lays it out. Composing is pure; the same packet renders to the
 * same bytes, which is what lets a frozen packet be named by its SHA-256.
 */
export interface Packet {
  readonly kind: ItemKind;
  /** The document's title: what it is about, in one line. */
  readonly title: string;
  /** False for a preview: every page says "PREVIEW — NOT SUBMITTED". */
  readonly frozen: boolean;
  readonly preparedAt: string;
  readonly cover: CoverSheet;
  /** The exact words as each target page would show them. */
  readonly content: readonly ContentOnPage[];
  /** Media with their permission records; empty says so in words. */
  readonly media: readonly PacketMedia[];
  readonly checklist: readonly PacketChecklist[];
  /** The removal categories an intro statement publishes (III.B.3.d.1); undefined for a post. */
  readonly removalCategories: readonly string[] | undefined;
  /** For an intro-statement version: the one in force before it. */
  readonly previous: PreviousStatement | undefined;
  /** Every directive section the packet cites, in the directive's order, with its words. */
  readonly sections: readonly CitedSection[];
  /** The SHA-256 of the content the decision is about (a post's revision, a statement's version). */
  readonly contentHash: string | undefined;
  readonly contentHashOf: string;
  readonly decision: DecisionBlock;
}

export interface CoverSheet {
  /** What the Chief is asked to approve, in a sentence. */
  readonly what: string;
  readonly itemId: string;
  readonly askedBy: string;
  readonly askedAt: string;
  /** A post's category, with the directive section it falls under. */
  readonly category: { readonly label: string; readonly section: DirectiveSection } | undefined;
  readonly pages: readonly CoverPage[];
  readonly departmentName: string | undefined;
  /** Further lines for the cover (revision number, page administrators, …), label and value. */
  readonly facts: readonly (readonly [string, string])[];
  /**
   * A templated post's required details, label and value: the content hash covers them, so the
   * Chief reads them. Absent for a category without a template.
   */
  readonly details?: {
    readonly caption: string;
    readonly rows: readonly (readonly [string, string])[];
  };
}

export interface CoverPage {
  readonly name: string;
  readonly platform: string;
  readonly url: string;
  readonly audience: string;
}

/** One definition with the editor's preview and the copy button (policy/page-text). */
export type { TextSegment };

export interface ContentOnPage {
  /** Where it appears: "On “Example PD” (Facebook)"; the heading of its part of the packet. */
  readonly heading: string;
  readonly segments: readonly TextSegment[];
  /** What the platform does to it (cuts, ignored hashtags, dead links), in words. */
  readonly notes: readonly string[];
}

export interface PacketMedia {
  readonly name: string;
  readonly sha256: string;
  readonly depicts: readonly string[];
  readonly permission: string | undefined;
}

export interface PacketFinding {
  readonly kind: string;
  readonly section: DirectiveSection;
  /** Where the words are: title, body, intro statement. */
  readonly where: string;
  /** The matched words, exactly as written. */
  readonly words: string;
  readonly message: string;
  /** "Open: …" or "Justified by NAME on DATE: reason". */
  readonly resolution: string;
}

export interface PacketChecklistItem {
  readonly id: string;
  readonly section: DirectiveSection;
  readonly title: string;
  /** How it is satisfied: automatically, by attestation, or both. */
  readonly satisfiedBy: string;
  readonly evidence: string;
  readonly state: ItemState;
  readonly stateLabel: string;
  /** How it was resolved and by whom, one line each (automatic, attested, justified). */
  readonly resolutions: readonly string[];
  readonly findings: readonly PacketFinding[];
  /** For an intro statement: the words that meet the item. */
  readonly evidenceWords: readonly string[];
}

export interface PacketChecklist {
  readonly name: string;
  readonly items: readonly PacketChecklistItem[];
  /** Findings no item of this checklist covers (an intro statement's words scanned as a post's). */
  readonly findings: readonly PacketFinding[];
}

export interface CitedSection {
  readonly section: DirectiveSection;
  readonly words: string;
}

export interface PreviousStatement {
  readonly heading: string;
  readonly text: string;
}

export interface DecisionBlock {
  readonly options: readonly string[];
  /** What the decision is about, printed above the signature line. */
  readonly concerning: string;
}
