import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { findChromium, htmlToPdf } from '../../src/main/packets/chromium-pdf';
import { latestRevision } from '../../src/shared/drafts/draft';
import { PREVIEW_MARK } from '../../src/shared/packets/packet-html';
import { postPacketHtml } from '../../src/shared/packets/render-packet';
import { draftItems } from '../../src/shared/policy/draft-checklist';
import { pageTarget } from '../../src/shared/policy/platform-check';
import { pdfText } from '../pdf-text';
import { PAGES, packetDraft, postInput } from './packet-fixtures';

const chromium = await findChromium().catch((error: unknown) => {
  console.warn(`packet PDF tests skipped: ${(error as Error).message}`);
  return undefined;
});

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(chromium === undefined)('a packet PDF made by Chromium', () => {
  it('holds, as text, every checklist item, the content hash and the preview mark', async () => {
    const pdf = await htmlToPdf(postPacketHtml(postInput()), chromium);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    const items = draftItems(PAGES.map(pageTarget));
    expect(items).toHaveLength(24);
    for (const item of items) expect(text, item.id).toContain(squeeze(item.title));
    // A long hash may wrap inside its table cell: compare without the spaces a wrap leaves.
    const hash = latestRevision(packetDraft()).contentHash;
    expect(text.replace(/\s/g, '')).toContain(hash);
    expect(text).toContain(PREVIEW_MARK);
    expect(text.replace(/\s/g, '')).toContain('<script>alert("packet")</script>');
  }, 60_000);

  it('loads nothing: a request the HTML would make never leaves the browser', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const html = `<!doctype html><html lang="en"><title>t</title><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"><img src="http://127.0.0.1:${port}/image.png" alt=""><p>Nothing loads</p></html>`;
      const text = await pdfText(await htmlToPdf(html, chromium));
      expect(text).toContain('Nothing loads');
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  }, 60_000);
});

describe('finding Chromium', () => {
  it('names a SOCIAL_DESK_CHROMIUM that is not there, and what to do', async () => {
    const error = await findChromium({ SOCIAL_DESK_CHROMIUM: '/nowhere/chromium', PATH: '' }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DeskFailure);
    expect((error as DeskFailure).message).toContain('/nowhere/chromium');
  });
});
