import { createHash } from 'node:crypto';
import type { DraftContent } from '../../shared/drafts/draft';

/** Fixed key order, so the same content always hashes the same: an approval is tied to this hash. */
export function contentHash(content: DraftContent): string {
  const canonical = JSON.stringify([content.title, content.category, content.body]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
