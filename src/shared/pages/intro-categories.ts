import {
  REMOVAL_REASONS,
  type RemovalReason,
  publishedRemovalReasons,
} from '../policy/intro-statement';

export const REMOVAL_CATEGORY_LABELS: Readonly<Record<RemovalReason, string>> = {
  obscenity: 'Obscenity',
  'off-topic': 'Off-topic comments',
  'personal-attack': 'Personal attacks',
};

/**
 * Where an intro statement's words and the removal categories recorded for it disagree. A
 * moderator may remove a comment only for a category the statement published (SPEC section 4), so
 * a category recorded but never said to visitors, or said but not recorded, is worth a warning
 * before the version goes to the Chief.
 */
export function categoryWarnings(text: string, categories: readonly RemovalReason[]): string[] {
  const named = publishedRemovalReasons(text);
  const warnings: string[] = [];
  for (const reason of REMOVAL_REASONS) {
    const recorded = categories.includes(reason);
    if (recorded && !named.has(reason)) {
      warnings.push(
        `The version publishes “${REMOVAL_CATEGORY_LABELS[reason]}” as a removal category, but its text does not name it (III.B.3.d.1): say it in the text, or untick it.`,
      );
    } else if (!recorded && named.has(reason)) {
      const words = named.get(reason)?.[0]?.text ?? reason;
      warnings.push(
        `The text names “${words}” (${REMOVAL_CATEGORY_LABELS[reason]}) as a reason for removal, but the version does not publish that category: tick it, or take it out of the text.`,
      );
    }
  }
  return warnings;
}
