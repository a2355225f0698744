import { createHash } from 'node:crypto';
import type { DraftContent } from '../../shared/drafts/draft';

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
  const media = content.media ?? [];
  const extra =
    Object.keys(fields).length === 0 && media.length === 0
      ? []
      : [
          Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))),
          media.map((m) => [m.sha256, m.name, m.mediaType, m.size, m.depicts, m.permissions]),
        ];
  const canonical = JSON.stringify(
    pages.length === 0 && extra.length === 0
      ? [content.title, content.category, content.body]
      : [content.title, content.category, content.body, pages, ...extra],
  );
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
