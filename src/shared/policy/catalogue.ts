import type { DirectiveSection } from './directive';
import type { FindingKind, LimitTarget } from './finding';

/** How an item can be satisfied: a scanner finding nothing unresolved, a person's attestation, or both. */
export type SatisfiedBy = 'automatic' | 'attestation' | 'both';
export type ChecklistName = 'content' | 'page-design';

export interface ChecklistItem {
  readonly id: string;
  readonly checklist: ChecklistName;
  readonly section: DirectiveSection;
  /** The item as a CAT member reads it in the panel. */
  readonly title: string;
  readonly satisfiedBy: SatisfiedBy;
  /** What counts as proof, shown beside the item and printed on the packet. */
  readonly evidence: string;
  /** The scanner findings that keep this item open until resolved. */
  readonly findingKinds: readonly FindingKind[];
  /** For a target page's platform limit: only that page's findings for that limit count. */
  readonly target?: LimitTarget;
}

function item(
  checklist: ChecklistName,
  id: string,
  section: DirectiveSection,
  title: string,
  satisfiedBy: SatisfiedBy,
  evidence: string,
  findingKinds: readonly FindingKind[] = [],
): ChecklistItem {
  return {
    id: `${checklist}.${id}`,
    checklist,
    section,
    title,
    satisfiedBy,
    evidence,
    findingKinds,
  };
}

/** Content checklist, for every post (SPEC section 2; III.B.1.a to h, III.B.3.c). */
export const CONTENT_CHECKLIST: readonly ChecklistItem[] = [
  item(
    'content',
    'decorum',
    'III.B.1.a',
    'Written with the decorum of a department representative; no obscene language',
    'both',
    'No unresolved obscenity finding, and the drafter attests to the tone',
    ['obscenity'],
  ),
  item(
    'content',
    'identifies-department',
    'III.B.1.b',
    'Identifies the department as its author',
    'attestation',
    'The drafter attests the post is identifiable as the department’s',
  ),
  item(
    'content',
    'no-guilt-or-innocence',
    'III.B.1.c',
    'No statement on the guilt or innocence of a suspect or arrestee',
    'both',
    'No unresolved guilt-or-innocence finding, and the drafter attests the post makes no such statement',
    ['guilt-or-innocence'],
  ),
  item(
    'content',
    'no-pending-prosecution',
    'III.B.1.c',
    'No comment on a pending prosecution',
    'both',
    'No unresolved pending-prosecution finding, and the drafter attests the post makes no such comment',
    ['pending-prosecution'],
  ),
  item(
    'content',
    'no-confidential',
    'III.B.1.c',
    'No confidential information; photos or videos of training, activities or assignments only with written permission',
    'both',
    'No unresolved confidential finding, and a written-permission record for each such photo or video',
    ['confidential'],
  ),
  item(
    'content',
    'media-permissions',
    'III.B.1.c',
    'Every photo or video that needs written permission has one',
    'automatic',
    'Each attached file showing training, an activity or assignment, an identifiable person or a minor links a written-permission record (granted by, date, scope, signed scan)',
  ),
  item(
    'content',
    'no-unlawful-comment',
    'III.B.1.d',
    'Nothing unlawful, slanderous or libelous about City or department policies, procedures, activities or employees',
    'attestation',
    'The drafter attests to it',
  ),
  item(
    'content',
    'depictions-no-discredit',
    'III.B.1.e',
    'Uniforms, badges, patches, vehicles or equipment shown without discredit',
    'attestation',
    'The drafter attests to it for every attached image or video',
  ),
  item(
    'content',
    'no-political-activity',
    'III.B.1.f',
    'No political activity',
    'both',
    'No unresolved political finding, and the drafter attests the post takes no political side',
    ['political'],
  ),
  item(
    'content',
    'no-private-business',
    'III.B.1.f',
    'No private business',
    'both',
    'No unresolved commercial finding, and the drafter attests the post promotes no private business',
    ['commercial'],
  ),
  item(
    'content',
    'department-device',
    'III.B.1.g',
    'Prepared on department equipment, or with written permission for a personal device',
    'attestation',
    'The drafter attests to it, citing the written permission where one applies',
  ),
  item(
    'content',
    'copyright',
    'III.B.1.h',
    'Copyright, trademark and service marks respected',
    'attestation',
    'The drafter attests the department may use every text, image and mark in the post',
  ),
  item(
    'content',
    'lawful',
    'III.B.3.c',
    'Lawful and within City and department policy; no private person’s personal data, no identifiable juvenile',
    'both',
    'No unresolved personal-data or juvenile-identity finding, and the drafter attests to the rest',
    ['personal-data', 'juvenile-identity'],
  ),
  item(
    'content',
    'template-details',
    'III.A.2',
    'Every detail of the category’s template is filled in (no placeholder such as “[Detour]” left)',
    'automatic',
    'No placeholder of the category’s template left in the text; only filling in the detail resolves one',
    ['template-placeholder'],
  ),
];

/** Page-design checklist, for every page and intro statement (III.B.2.a to c, III.B.3.a to d). */
export const PAGE_DESIGN_CHECKLIST: readonly ChecklistItem[] = [
  item(
    'page-design',
    'purpose-and-scope',
    'III.B.2.a',
    'Intro statement states the purpose and scope of the department’s presence',
    'both',
    'The intro statement names a purpose and a scope, and the administrator attests to them',
  ),
  item(
    'page-design',
    'links-official-website',
    'III.B.2.b',
    'Links to the department’s official website',
    'automatic',
    'The intro statement contains the department’s website address',
  ),
  item(
    'page-design',
    'target-audience',
    'III.B.2.c',
    'Designed for a named target audience',
    'automatic',
    'The page record names its audience',
  ),
  item(
    'page-design',
    'chief-approval',
    'III.B.3.a',
    'Approved by the Chief of Police or a designee',
    'attestation',
    'A decided approval packet for the page',
  ),
  item(
    'page-design',
    'administered-by-cat',
    'III.B.3.a',
    'Administered by the Community Action Team or a trained designee',
    'attestation',
    'The page’s administrators are named and each is CAT or a trained designee',
  ),
  item(
    'page-design',
    'maintained-by-department',
    'III.B.3.b',
    'Says it is maintained by the department, with contact information prominently displayed',
    'automatic',
    'The intro statement says so and carries a department contact line',
  ),
  item(
    'page-design',
    'records-retention',
    'III.B.3.c.1',
    'Content kept under the records retention schedule',
    'attestation',
    'The records custodian attests a retention schedule covers the page',
  ),
  item(
    'page-design',
    'records-retrieval',
    'III.B.3.c.2',
    'Content managed, stored and retrievable for open-records and e-discovery requests',
    'attestation',
    'The records custodian attests the page’s content is captured in Social Desk',
  ),
  item(
    'page-design',
    'visitor-opinions',
    'III.B.3.d',
    'States that visitors’ opinions are not the department’s',
    'automatic',
    'The intro statement says so',
  ),
  item(
    'page-design',
    'comments-monitored',
    'III.B.3.d.1',
    'Says comments are monitored and obscenities, off-topic comments and personal attacks may be removed',
    'automatic',
    'The intro statement says so, naming the three removal reasons',
  ),
  item(
    'page-design',
    'public-disclosure',
    'III.B.3.d.2',
    'Says posted content is subject to public disclosure',
    'automatic',
    'The intro statement says so',
  ),
];

export const CATALOGUE: readonly ChecklistItem[] = [...CONTENT_CHECKLIST, ...PAGE_DESIGN_CHECKLIST];
