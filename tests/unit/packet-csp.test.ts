import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/main/packets/chromium-pdf';
import { CONTENT_SECURITY_POLICY, PACKET_STYLE_SOURCE } from '../../src/main/window/security';
import { escapeHtml } from '../../src/shared/packets/packet-html';
import { PACKET_STYLE } from '../../src/shared/packets/packet-style';
import { postPacketHtml } from '../../src/shared/packets/render-packet';
import { postInput } from './packet-fixtures';

const CHROMIUM = process.env.SOCIAL_DESK_CHROMIUM ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`packet frame in Chromium skipped: no Chromium at ${CHROMIUM}`);

/** The exact frame PacketView renders: sandboxed (no script, opaque origin), the packet as srcdoc. */
export const packetFrame = (html: string) =>
  `<iframe sandbox="" title="Approval packet" srcdoc="${escapeHtml(html)}"></iframe>`;

describe("the app's policy allows the packet's style, and only it", () => {
  it('style-src carries the SHA-256 of the packet style, computed from the constant', () => {
    const expected = `'sha256-${createHash('sha256').update(PACKET_STYLE, 'utf8').digest('base64')}'`;
    expect(PACKET_STYLE_SOURCE).toBe(expected);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${expected};`);
  });

  it('the style is ASCII only, so its hash does not depend on how a page was decoded', () => {
    expect(PACKET_STYLE).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it("index.html's meta policy carries the same hash (update it when the style changes)", async () => {
    const html = await readFile(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
    const styleSrc = /style-src ([^;"]*)/.exec(html)?.[1]?.trim().split(/\s+/);
    expect(styleSrc).toEqual(["'self'", PACKET_STYLE_SOURCE]);
  });
});

describe.skipIf(!HAS_CHROMIUM)(
  'a packet in a sandboxed srcdoc frame under the policy, in Chromium',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
    });
    afterAll(async () => {
      await browser.close();
    });

    /** Serves one page with `policy` as its header, the way the app's protocol serves index.html. */
    async function show(policy: string) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await context.route('**/*', (route) =>
        route.request().url() === 'http://desk.test/'
          ? route.fulfill({
              headers: {
                'Content-Security-Policy': policy,
                'Content-Type': 'text/html; charset=utf-8',
              },
              body: `<!doctype html><html lang="en"><title>Packet</title>${packetFrame(postPacketHtml(postInput()))}</html>`,
            })
          : route.abort(),
      );
      await page.goto('http://desk.test/');
      const frame = page.frames()[1];
      if (!frame) throw new Error('The packet frame was not created');
      await frame.waitForLoadState('load');
      const heading = await frame.locator('h1').textContent();
      const border = await frame
        .locator('.preview')
        .evaluate((element) => getComputedStyle(element).borderTopWidth);
      await context.close();
      return { heading, border, refused };
    }

    it("shows the packet styled, with frame-src 'none' kept, and nothing refused", async () => {
      expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
      const shown = await show(CONTENT_SECURITY_POLICY);
      expect(shown.heading).toContain('Approval packet');
      expect(shown.border).toBe('3px');
      expect(shown.refused).toEqual([]);
    });

    it('without the hash the style is refused: the hash is what allows it', async () => {
      const shown = await show(CONTENT_SECURITY_POLICY.replace(` ${PACKET_STYLE_SOURCE}`, ''));
      expect(shown.heading).toContain('Approval packet');
      expect(shown.border).toBe('0px');
      expect(shown.refused.join('\n')).toMatch(/style/i);
    });
  },
);
