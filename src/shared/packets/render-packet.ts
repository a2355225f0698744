import type { IntroPacketInput, PagePacketInput, PostPacketInput } from './packet-inputs';

// Placeholder signatures, to be replaced by the packet composition and its HTML renderer.
export function postPacketHtml(input: PostPacketInput): string {
  return `<!doctype html><title>Packet</title><p>${input.draft.id}</p>`;
}
export function pagePacketHtml(input: PagePacketInput): string {
  return `<!doctype html><title>Packet</title><p>${input.page.id}</p>`;
}
export function introPacketHtml(input: IntroPacketInput): string {
  return `<!doctype html><title>Packet</title><p>${input.version.id}</p>`;
}
