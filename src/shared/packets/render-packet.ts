import { composeIntroPacket, composePagePacket, composePostPacket } from './compose-packet';
import type { IntroPacketInput, PagePacketInput, PostPacketInput } from './packet-inputs';
import { renderPacketHtml } from './packet-html';

/** A post revision's packet as HTML: what is frozen at submission and shown as a preview before. */
export function postPacketHtml(input: PostPacketInput): string {
  return renderPacketHtml(composePostPacket(input));
}

/** A new page's packet (with its intro statement) as HTML. */
export function pagePacketHtml(input: PagePacketInput): string {
  return renderPacketHtml(composePagePacket(input));
}

/** An intro-statement version's packet as HTML. */
export function introPacketHtml(input: IntroPacketInput): string {
  return renderPacketHtml(composeIntroPacket(input));
}
