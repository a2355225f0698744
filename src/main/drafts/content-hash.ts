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
  const canonical = JSON.stringify(
    pages.length === 0
      ? [content.title, content.category, content.body]
      : [content.title, content.category, content.body, pages],
  );
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
