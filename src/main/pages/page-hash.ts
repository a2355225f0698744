import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical-json';
import type { RemovalReason } from '../../shared/policy/intro-statement';
import { type Page, type PageRequest } from '../../shared/pages/page';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * What the Chief approves of a page: its platform, name, URL, audience and administrators. A
 * missing audience or list hashes as an empty one, so recording "no administrators" explicitly
 * does not void an approval. Any other change does, and the page goes back to draft.
 */
export function pageContentHash(page: Pick<Page, keyof PageRequest>): string {
  return sha256(
    canonicalJson({
      platform: page.platform,
      name: page.name,
      url: page.url,
      audience: page.audience ?? '',
      administrators: page.administrators ?? [],
    }),
  );
}

/** An intro-statement version's words and the categories it publishes (their order is no change). */
export function introContentHash(
  pageId: string,
  text: string,
  categories: readonly RemovalReason[],
): string {
  return sha256(canonicalJson({ pageId, text, categories: [...categories].sort() }));
}
