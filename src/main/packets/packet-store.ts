import { createHash } from 'node:crypto';

// Placeholder: the frozen-packet store (packets/<sha256>.html, written durably, read back verified).
export class PacketStore {
  private readonly frozen = new Map<string, string>();
  constructor(readonly dataFolder: string) {}
  /** Stores the packet's HTML; returns its SHA-256 (the name a decision uses). */
  freeze(html: string): Promise<string> {
    const sha256 = createHash('sha256').update(html, 'utf8').digest('hex');
    this.frozen.set(sha256, html);
    return Promise.resolve(sha256);
  }
  /** The frozen HTML, checked against its hash. */
  read(sha256: string): Promise<string> {
    const html = this.frozen.get(sha256);
    return html === undefined
      ? Promise.reject(new Error(`No packet ${sha256}`))
      : Promise.resolve(html);
  }
}
