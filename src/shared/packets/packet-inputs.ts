import type { Draft } from '../drafts/draft';
import type { IntroStatementVersion, Page } from '../pages/page';
import type { DepartmentContacts } from '../policy/finding';

/**
 * What a packet is composed from (SPEC section 5). Composition is pure: the main process gathers
 * these from its stores, the same function runs for a preview and for the frozen packet.
 */
interface PacketCommon {
  readonly department: DepartmentContacts | undefined;
  /** A profile's name by id, for "who resolved it" (ids of removed or legacy authors stay ids). */
  readonly nameOf: (profileId: string) => string;
  /** When the packet was prepared (submission time for a frozen one). */
  readonly preparedAt: string;
  /** The department's name for the cover sheet, when set up. */
  readonly departmentName?: string;
  /** False for a preview of something not (or no longer) submitted: marked so on every page. */
  readonly frozen: boolean;
  /**
   * The profile id of whoever submits it, when the packet is frozen before the submit step is
   * written (its hash goes into that step). Otherwise the item's own submit step, or its author.
   */
  readonly submittedBy?: string;
}

export interface PostPacketInput extends PacketCommon {
  readonly draft: Draft;
  /** The draft's target pages, in the order the draft names them. */
  readonly targets: readonly Page[];
}

export interface PagePacketInput extends PacketCommon {
  readonly page: Page;
  /** The page's latest intro-statement version, if it has one yet. */
  readonly intro: IntroStatementVersion | undefined;
  /** The page record's content hash as its workflow computes it; else the statement's is shown. */
  readonly contentHash?: string;
}

export interface IntroPacketInput extends PacketCommon {
  readonly page: Page;
  readonly version: IntroStatementVersion;
  /** The version in force before it, to show what changes. */
  readonly previous: IntroStatementVersion | undefined;
}
