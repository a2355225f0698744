import type { Draft, Revision } from '../drafts/draft';
import { DEPICTIONS } from '../drafts/media';
import type { PacketMedia } from './packet';

/** A permission's scan, named short enough to read, long enough to find its file. */
const SCAN_PREFIX = 12;

/**
 * The submitted revision's photos and videos as the approver reads them: each file by name and
 * SHA-256, what it shows, and the written permissions linked to it, in words (who, when, what it
 * covers, which scan). A link to a record the draft does not hold is never printed as a permission.
 */
export function packetMedia(
  revision: Pick<Revision, 'media'>,
  permissions: Draft['permissions'],
): PacketMedia[] {
  return (revision.media ?? []).map((file) => {
    const linked = permissions.filter((permission) => file.permissions.includes(permission.id));
    return {
      name: file.name,
      sha256: file.sha256,
      depicts: DEPICTIONS.filter((d) => file.depicts.includes(d.id)).map((d) => d.label),
      permission:
        linked.length === 0
          ? undefined
          : linked
              .map(
                (p) =>
                  `Granted by ${p.grantedBy} on ${p.grantedOn}: ${p.scope} (scan ${p.scan.sha256.slice(0, SCAN_PREFIX)})`,
              )
              .join('; '),
    };
  });
}
