import { createHash } from 'node:crypto';
import type { DraftContent } from '../../shared/drafts/draft';
import { DEPICTIONS, type DraftMedia } from '../../shared/drafts/media';

/** Code-unit order: the same on every machine, whatever its locale (localeCompare is not). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DEPICTION_ORDER: readonly string[] = DEPICTIONS.map((d) => d.id);

/**
 * The same choices in one order, so ticking "vehicle" before "uniform" is not a new revision:
 * what a file shows in the checklist's order, its permissions by id. The files themselves keep
 * their order, since the order photos are posted in is part of the post.
 */
export function canonicalMedia(media: readonly DraftMedia[]): DraftMedia[] {
  return media.map((m) => ({
    ...m,
    depicts: [...m.depicts].sort((a, b) => DEPICTION_ORDER.indexOf(a) - DEPICTION_ORDER.indexOf(b)),
    permissions: [...m.permissions].sort(byCodeUnits),
  }));
}

/**
 * Fixed order, so the same content always hashes the same: an approval is tied to this hash. The
 * target pages count (an approval for X is not one for Instagram); a draft without any hashes as
 * it did before drafts had target pages, so earlier hashes still hold.
 */
export function contentHash(
  content: Omit<DraftContent, 'pages'> & { readonly pages?: readonly string[] },
): string {
  const pages = [...(content.pages ?? [])].sort();
  // Template values and media are content too (an approval covers the photo as much as the words);
  // a draft with neither hashes as before they existed.
  const fields = content.fields ?? {};
  // Each template's field ids sort the same by code units as they did by localeCompare, so the
  // hashes written before still hold; code units cannot differ from one machine to the next.
  const media = content.media ?? [];
  const extra =
    Object.keys(fields).length === 0 && media.length === 0
      ? []
      : [
          Object.fromEntries(Object.entries(fields).sort(([a], [b]) => byCodeUnits(a, b))),
          media.map((m) => [m.sha256, m.name, m.mediaType, m.size, m.depicts, m.permissions]),
        ];
  const canonical = JSON.stringify(
    pages.length === 0 && extra.length === 0
      ? [content.title, content.category, content.body]
      : [content.title, content.category, content.body, pages, ...extra],
  );
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
