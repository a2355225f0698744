import { categoryLabel, DRAFT_CATEGORIES } from '../drafts/categories';
import {
  type Attestation,
  type Justification,
  type Revision,
  latestRevision,
} from '../drafts/draft';
import { templateFor } from '../drafts/templates';
import type { IntroStatementVersion, Page } from '../pages/page';
import type { SatisfiedBy } from '../policy/catalogue';
import { type ItemEvaluation, type ItemState, findingKey } from '../policy/checklist';
import { DIRECTIVE_SECTIONS, type DirectiveSection, directiveWords } from '../policy/directive';
import { draftChecklist } from '../policy/draft-checklist';
import type { Finding } from '../policy/finding';
import type { RemovalReason } from '../policy/intro-statement';
import { pageDesignChecklist } from '../policy/page-checklist';
import { type PostTarget, pageTarget } from '../policy/platform-check';
import { pageText, platformLabel, segmentText } from '../policy/page-text';
import { limitsFor } from '../policy/platform-limits';
import { findLinks } from '../policy/post-shape';
import { DECISIONS, DECISION_LABELS, type WorkflowStep } from '../workflow/workflow';
import type {
  ContentOnPage,
  CoverPage,
  CoverSheet,
  Packet,
  PacketChecklist,
  PacketChecklistItem,
  PacketFinding,
} from './packet';
import type { IntroPacketInput, PagePacketInput, PostPacketInput } from './packet-inputs';
import { packetMedia } from './packet-media';

/**
 * A time as the packet prints it, the same wherever it is rendered: the machine's time zone and
 * locale would otherwise change the bytes of a frozen packet.
 */
export function packetTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${time.getUTCFullYear()}-${two(time.getUTCMonth() + 1)}-${two(time.getUTCDate())} ${two(time.getUTCHours())}:${two(time.getUTCMinutes())} UTC`;
}

const SATISFIED_BY: Readonly<Record<SatisfiedBy, string>> = {
  automatic: 'Automatically (the scanners)',
  attestation: 'A person’s attestation',
  both: 'Automatically and a person’s attestation',
};

const STATE_LABELS: Readonly<Record<ItemState, string>> = {
  satisfied: 'Satisfied',
  open: 'Open',
  'needs-attestation': 'Needs attestation',
};

const REMOVAL_LABELS: Readonly<Record<RemovalReason, string>> = {
  obscenity: 'Obscenities',
  'off-topic': 'Off-topic comments',
  'personal-attack': 'Personal attacks',
};

const DECISION_OPTIONS = DECISIONS.map((decision) => DECISION_LABELS[decision]);

function coverPage(page: Page): CoverPage {
  return {
    name: page.name,
    platform: platformLabel(page.platform),
    url: page.url,
    audience: page.audience?.trim() || 'Not named',
  };
}

/** The latest submission of exactly this content, if the item has one. */
function submissionOf(steps: readonly WorkflowStep[], contentHash: string) {
  return steps.findLast((step) => step.move === 'submit' && step.contentHash === contentHash);
}

/** The post body as one target page would show it, and what its platform would do to it. */
function contentOn(body: string, page: Page, target: PostTarget): ContentOnPage {
  const heading = `On “${page.name}” (${platformLabel(target.platform)}, ${page.url})`;
  const { segments, notes } = pageText(body, target);
  const clickable = limitsFor(target.platform)?.linksClickable === true;
  if (clickable && findLinks(body).length > 0) {
    return {
      heading,
      segments,
      notes: [
        ...notes,
        `${platformLabel(target.platform)} makes the links clickable; this packet shows them as text, never as links.`,
      ],
    };
  }
  return { heading, segments, notes };
}

function where(finding: Finding, fallback: string): string {
  return 'field' in finding && typeof finding.field === 'string' ? finding.field : fallback;
}

interface Records {
  readonly nameOf: (profileId: string) => string;
  readonly attestations: readonly Attestation[];
  readonly justifications: readonly Justification[];
  readonly contentHash: string;
  /** What the scanned words are called where a finding has no field of its own. */
  readonly textName: string;
}

function packetFinding(finding: Finding, records: Records, justified: boolean): PacketFinding {
  const base = {
    kind: finding.kind,
    section: finding.section,
    where: where(finding, records.textName),
    words: finding.text,
    message: finding.message,
  };
  if (!justified) {
    return {
      ...base,
      resolution: finding.mustEdit
        ? 'Open: only an edit of the text resolves it'
        : 'Open: not resolved',
    };
  }
  const key = findingKey(finding);
  const justification = records.justifications.findLast((j) => j.findingKey === key);
  return {
    ...base,
    resolution: justification
      ? `Justified by ${records.nameOf(justification.by)} on ${packetTime(justification.at)}: ${justification.reason}`
      : 'Justified (no record of who: see the audit trail)',
  };
}

function packetItem(evaluation: ItemEvaluation, records: Records): PacketChecklistItem {
  const { item, state } = evaluation;
  const mine = records.attestations.filter(
    (a) => a.itemId === item.id && a.contentHash === records.contentHash,
  );
  // The one standing now, the latest given: a withdrawn attestation vouches for nothing, so the
  // packet never names its author as the one who attested.
  const attestation = mine.findLast((a) => a.withdrawn === undefined);
  const resolutions: string[] = [];
  if (state === 'open') resolutions.push(`Open: ${evaluation.reason}`);
  if (state === 'needs-attestation') resolutions.push(`Waiting: ${evaluation.reason}`);
  if (state === 'satisfied' && !attestation) resolutions.push(evaluation.reason);
  if (attestation) {
    resolutions.push(
      `Attested by ${records.nameOf(attestation.by)} on ${packetTime(attestation.at)}`,
    );
  }
  // Kept in the record, so the approver sees that a word was given and taken back.
  for (const taken of mine) {
    if (taken.withdrawn === undefined) continue;
    resolutions.push(
      `Attested by ${records.nameOf(taken.by)} on ${packetTime(taken.at)}, withdrawn by ${records.nameOf(taken.withdrawn.by)} on ${packetTime(taken.withdrawn.at)}`,
    );
  }
  const justified = evaluation.justifiedFindings.length;
  if (justified > 0) {
    resolutions.push(
      `${justified === 1 ? '1 finding' : `${justified} findings`} justified, each with its reason below`,
    );
  }
  return {
    id: item.id,
    section: item.section,
    title: item.title,
    satisfiedBy: SATISFIED_BY[item.satisfiedBy],
    evidence: item.evidence,
    state,
    stateLabel: STATE_LABELS[state],
    resolutions,
    findings: [
      ...evaluation.findings.map((finding) => packetFinding(finding, records, false)),
      ...evaluation.justifiedFindings.map((finding) => packetFinding(finding, records, true)),
    ],
    evidenceWords: evaluation.evidence.map((span) => span.text),
  };
}

const SECTION_ORDER = Object.keys(DIRECTIVE_SECTIONS);

/** Every section cited anywhere in the packet, once, in the directive's own order. */
function citedSections(sections: Iterable<DirectiveSection>) {
  return [...new Set(sections)]
    .sort((a, b) => SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b))
    .map((section) => ({ section, words: directiveWords(section) }));
}

function sectionsOf(
  checklist: readonly PacketChecklist[],
  also: readonly DirectiveSection[],
): DirectiveSection[] {
  return [
    ...also,
    ...checklist.flatMap((list) => [
      ...list.items.flatMap((item) => [item.section, ...item.findings.map((f) => f.section)]),
      ...list.findings.map((f) => f.section),
    ]),
  ];
}

function decisionBlock(what: string, contentHash: string | undefined) {
  return {
    options: DECISION_OPTIONS,
    concerning:
      contentHash === undefined
        ? what
        : `${what}, content SHA-256 ${contentHash}, as printed in this packet.`,
  };
}

/** The template's details as saved, each by its label; one left empty says so. */
function templateDetails(revision: Revision): CoverSheet['details'] {
  const template = templateFor(revision.category);
  if (!template) return undefined;
  return {
    caption: `Required details (the ${categoryLabel(template.category).toLowerCase()} template)`,
    rows: template.fields.map((field): [string, string] => [
      field.label,
      revision.fields?.[field.id]?.trim() || 'Not filled in',
    ]),
  };
}

export function composePostPacket(input: PostPacketInput): Packet {
  const { draft, targets, nameOf } = input;
  const revision = latestRevision(draft);
  const postTargets = targets.map(pageTarget);
  const { items } = draftChecklist(revision, draft, revision.contentHash, {
    department: input.department,
    targets: postTargets,
  });
  const records: Records = {
    nameOf,
    attestations: draft.attestations,
    justifications: draft.justifications,
    contentHash: revision.contentHash,
    textName: 'body',
  };
  const checklist: PacketChecklist[] = [
    {
      name: 'Content checklist (III.B.1, III.B.3.c) and each target page’s limits',
      items: items.map((evaluation) => packetItem(evaluation, records)),
      findings: [],
    },
  ];
  const submission = submissionOf(draft.workflow, revision.contentHash);
  const category = DRAFT_CATEGORIES.find((c) => c.id === revision.category);
  const what = `Post “${revision.title}”, revision ${revision.number}`;
  const content: ContentOnPage[] =
    targets.length === 0
      ? [
          {
            heading: 'The text as written (no target page chosen yet)',
            segments: segmentText(revision.body, findLinks(revision.body), undefined),
            notes: [],
          },
        ]
      : targets.map((page, index) =>
          contentOn(revision.body, page, postTargets[index] ?? pageTarget(page)),
        );
  return {
    kind: 'post',
    title: `Approval packet: ${what}`,
    frozen: input.frozen,
    preparedAt: input.preparedAt,
    cover: {
      what: `${what} of draft ${draft.id}, for the Chief of Police or a designee to approve before it is posted.`,
      itemId: draft.id,
      askedBy: nameOf(input.submittedBy ?? submission?.by ?? revision.savedBy),
      askedAt: packetTime(submission?.at ?? input.preparedAt),
      category: category && { label: categoryLabel(category.id), section: category.section },
      pages: targets.map(coverPage),
      departmentName: input.departmentName,
      details: templateDetails(revision),
      facts: [
        ['Title', revision.title],
        [
          'Revision',
          `${revision.number} of ${draft.revisions.length}, saved by ${nameOf(revision.savedBy)} on ${packetTime(revision.savedAt)}`,
        ],
      ],
    },
    content,
    media: packetMedia(revision, draft.permissions),
    checklist,
    removalCategories: undefined,
    previous: undefined,
    sections: citedSections(sectionsOf(checklist, category ? [category.section] : [])),
    contentHash: revision.contentHash,
    contentHashOf: `revision ${revision.number} (title, category, body, target pages, template details and media)`,
    decision: decisionBlock(what, revision.contentHash),
  };
}

/** The page-design checklist of a page and one statement, with the statement's own findings. */
function pageDesign(
  input: {
    readonly page: Page;
    readonly department: PostPacketInput['department'];
    readonly nameOf: (id: string) => string;
  },
  version: IntroStatementVersion | undefined,
): PacketChecklist[] {
  const attested = new Set(
    (version?.attestations ?? [])
      .filter((a) => a.contentHash === version?.contentHash)
      .map((a) => a.itemId),
  );
  const { findings, items } = pageDesignChecklist(input.page, version?.text ?? '', attested, {
    department: input.department,
  });
  const records: Records = {
    nameOf: input.nameOf,
    attestations: version?.attestations ?? [],
    justifications: [],
    contentHash: version?.contentHash ?? '',
    textName: 'intro statement',
  };
  return [
    {
      name: 'Page-design checklist (III.B.2, III.B.3)',
      items: items.map((evaluation) => packetItem(evaluation, records)),
      findings: findings.map((finding) => packetFinding(finding, records, false)),
    },
  ];
}

function statementOn(page: Page, version: IntroStatementVersion | undefined): ContentOnPage {
  const heading = `Intro statement on “${page.name}” (${platformLabel(page.platform)}, ${page.url})`;
  if (!version) {
    return { heading, segments: [], notes: ['No intro statement is recorded for this page yet.'] };
  }
  return {
    heading: `${heading}, version ${version.number}`,
    segments: segmentText(version.text, findLinks(version.text), undefined),
    notes: [],
  };
}

function removalCategories(version: IntroStatementVersion | undefined): string[] {
  return (version?.categories ?? []).map((category) => REMOVAL_LABELS[category]);
}

function administrators(page: Page): string {
  const names = page.administrators ?? [];
  return names.length === 0 ? 'None named' : names.join(', ');
}

export function composePagePacket(input: PagePacketInput): Packet {
  const { page, intro, nameOf } = input;
  const checklist = pageDesign(input, intro);
  const contentHash = input.contentHash ?? intro?.contentHash;
  const submission =
    contentHash === undefined ? undefined : submissionOf(page.workflow, contentHash);
  const what = `New page “${page.name}” on ${platformLabel(page.platform)}`;
  return {
    kind: 'page',
    title: `Approval packet: ${what}`,
    frozen: input.frozen,
    preparedAt: input.preparedAt,
    cover: {
      what: `${what} (page ${page.id}), for the Chief of Police or a designee to approve (III.B.3.a).`,
      itemId: page.id,
      askedBy: nameOf(input.submittedBy ?? submission?.by ?? page.updatedBy ?? page.createdBy),
      askedAt: packetTime(submission?.at ?? input.preparedAt),
      category: undefined,
      pages: [coverPage(page)],
      departmentName: input.departmentName,
      facts: [
        ['Administrators', administrators(page)],
        ['Recorded', `by ${nameOf(page.createdBy)} on ${packetTime(page.createdAt)}`],
      ],
    },
    content: [statementOn(page, intro)],
    media: [],
    checklist,
    removalCategories: removalCategories(intro),
    previous: undefined,
    sections: citedSections(sectionsOf(checklist, ['III.B.3.a', 'III.B.3.d.1'])),
    contentHash,
    contentHashOf:
      input.contentHash !== undefined
        ? 'the page record (platform, name, URL, audience, administrators)'
        : intro
          ? `the intro statement, version ${intro.number}`
          : 'nothing yet: the page has no intro statement',
    decision: decisionBlock(what, contentHash),
  };
}

export function composeIntroPacket(input: IntroPacketInput): Packet {
  const { page, version, previous, nameOf } = input;
  const checklist = pageDesign(input, version);
  const submission = submissionOf(version.workflow, version.contentHash);
  const what = `Intro statement version ${version.number} for “${page.name}” on ${platformLabel(page.platform)}`;
  return {
    kind: 'intro-statement',
    title: `Approval packet: ${what}`,
    frozen: input.frozen,
    preparedAt: input.preparedAt,
    cover: {
      what: `${what} (version ${version.id}), for the Chief of Police or a designee to approve before it is posted on the page.`,
      itemId: version.id,
      askedBy: nameOf(input.submittedBy ?? submission?.by ?? version.createdBy),
      askedAt: packetTime(submission?.at ?? input.preparedAt),
      category: undefined,
      pages: [coverPage(page)],
      departmentName: input.departmentName,
      facts: [
        ['Administrators', administrators(page)],
        ['Written', `by ${nameOf(version.createdBy)} on ${packetTime(version.createdAt)}`],
      ],
    },
    content: [statementOn(page, version)],
    media: [],
    checklist,
    removalCategories: removalCategories(version),
    previous: previous && {
      heading: `Version ${previous.number}, the statement it replaces`,
      text: previous.text,
    },
    sections: citedSections(sectionsOf(checklist, ['III.B.3.d.1'])),
    contentHash: version.contentHash,
    contentHashOf: `the intro statement, version ${version.number} (its words and removal categories)`,
    decision: decisionBlock(what, version.contentHash),
  };
}
