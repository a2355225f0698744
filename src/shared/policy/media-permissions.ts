import type { DraftMedia, PermissionRecord } from '../drafts/media';
import { depictionsNeedingPermission, mediaUndecided } from '../drafts/media';
import type { RequirementCheck } from './intro-statement';

/** The content checklist's item for photos and videos that need a written permission. */
export const MEDIA_PERMISSIONS_ITEM = 'content.media-permissions';

/**
 * III.B.1.c: a photo or video of training, an activity or assignment, an identifiable person or a
 * minor goes out only with express written permission. Met when each such file links at least one
 * of the draft's own permission records (a link to a record the draft does not hold counts for
 * nothing); what is missing names every file and what it shows. A file nobody has said anything
 * about keeps it open too: "nothing ticked" would otherwise pass for "needs no permission".
 */
export function mediaPermissionsCheck(
  media: readonly Pick<DraftMedia, 'name' | 'depicts' | 'permissions'>[],
  permissions: readonly Pick<PermissionRecord, 'id'>[],
): RequirementCheck {
  if (media.length === 0)
    return { met: true, evidence: [], missing: '', found: 'No photos or videos attached' };
  const undecided = mediaUndecided(media).map((file) => `Say what “${file.name}” shows`);
  const recorded = new Set(permissions.map((permission) => permission.id));
  const uncovered = media.flatMap((file) => {
    const needs = depictionsNeedingPermission(file.depicts);
    if (needs.length === 0 || file.permissions.some((id) => recorded.has(id))) return [];
    return [`${file.name} (shows ${needs.map((d) => d.label.toLowerCase()).join(', ')})`];
  });
  if (undecided.length > 0 || uncovered.length > 0) {
    const missing = [
      ...(undecided.length === 0
        ? []
        : [`${undecided.join('; ')}: tick what it shows, or “None of these”.`]),
      ...(uncovered.length === 0
        ? []
        : [
            `No written permission linked for ${uncovered.join('; ')}: record the signed permission and link it to the file, or remove the file.`,
          ]),
    ];
    return { met: false, evidence: [], missing: missing.join(' ') };
  }
  const needing = media.filter((file) => depictionsNeedingPermission(file.depicts).length > 0);
  return {
    met: true,
    evidence: [],
    missing: '',
    found:
      needing.length === 0
        ? `No attached photo or video needs a written permission (${media.length} attached)`
        : `Each of the ${needing.length} photo(s) or video(s) that need it links a written permission`,
  };
}
