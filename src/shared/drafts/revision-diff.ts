import { diffWordsWithSpace } from 'diff';
import { DECISION_LABELS, type WorkflowStep } from '../workflow/workflow';
import { categoryLabel } from './categories';
import type { Revision } from './draft';
import { DEPICTIONS, type DraftMedia } from './media';
import { templateFor } from './templates';

/** A stretch of a compared text: in both revisions, only in the later one, or only in the earlier. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** One compared text (the title or the body), word by word. */
export interface TextDiff {
  readonly parts: readonly DiffPart[];
  readonly changed: boolean;
  /** Said in words when the marks alone would mislead: spacing only, or too much to compare. */
  readonly note: string | undefined;
}

export interface RevisionDiff {
  readonly from: number;
  readonly to: number;
  readonly title: TextDiff;
  readonly body: TextDiff;
  /** Category, target pages, template fields and media, one sentence each. */
  readonly otherChanges: readonly string[];
  readonly identical: boolean;
  /** One line for the top of the comparison: "No changes", or what changed. */
  readonly summary: string;
}

export interface DiffNames {
  /** A target page's name by its id (a page no longer recorded is named by its id). */
  readonly pageName?: (pageId: string) => string;
  /**
   * How long the word diff may take before the texts are shown as one removal and one addition:
   * two unrelated 100,000-character bodies would otherwise keep the screen busy for seconds.
   */
  readonly timeoutMs?: number;
}

const WHITESPACE_ONLY = /^\s*$/u;

function textDiff(before: string, after: string, what: string, timeoutMs: number): TextDiff {
  if (before === after) {
    return {
      parts: before === '' ? [] : [{ kind: 'same', text: before }],
      changed: false,
      note: undefined,
    };
  }
  const changes = diffWordsWithSpace(before, after, { timeout: timeoutMs });
  if (changes === undefined) {
    return {
      parts: [
        ...(before === '' ? [] : [{ kind: 'removed' as const, text: before }]),
        ...(after === '' ? [] : [{ kind: 'added' as const, text: after }]),
      ],
      changed: true,
      note: `The ${what} changed too much to compare word by word in time: the earlier ${what} is shown as removed and the later one as added.`,
    };
  }
  const parts: DiffPart[] = changes
    .filter((change) => change.value !== '')
    .map((change) => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }));
  const spacingOnly = parts.every(
    (part) => part.kind === 'same' || WHITESPACE_ONLY.test(part.text),
  );
  return {
    parts,
    changed: true,
    note: spacingOnly
      ? `Only spaces or line breaks changed in the ${what}; they are shown as · (space), → (tab) and ↵ (line break).`
      : undefined,
  };
}

/**
 * A changed stretch that is only spaces would be an empty mark on screen: spaces, tabs and line
 * breaks are shown as symbols (the line break is kept after its symbol, so lines still break).
 */
export function visibleSpacing(text: string): string {
  if (!WHITESPACE_ONLY.test(text)) return text;
  return text
    .replace(/\r?\n/gu, '↵\n')
    .replace(/\t/gu, '→')
    .replace(/[^\S\n]/gu, '·');
}

const quote = (text: string) => `“${text}”`;

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function pageChanges(
  before: Revision,
  after: Revision,
  pageName: (id: string) => string,
): string[] {
  const added = after.pages.filter((page) => !before.pages.includes(page));
  const removed = before.pages.filter((page) => !after.pages.includes(page));
  const changes: string[] = [];
  if (added.length > 0) {
    changes.push(
      `Target ${added.length === 1 ? 'page' : 'pages'} added: ${list(added.map((id) => quote(pageName(id))))}.`,
    );
  }
  if (removed.length > 0) {
    changes.push(
      `Target ${removed.length === 1 ? 'page' : 'pages'} removed: ${list(removed.map((id) => quote(pageName(id))))}.`,
    );
  }
  return changes;
}

function fieldLabel(category: string, fieldId: string): string {
  return templateFor(category)?.fields.find((field) => field.id === fieldId)?.label ?? fieldId;
}

function fieldChanges(before: Revision, after: Revision): string[] {
  const was = before.fields ?? {};
  const now = after.fields ?? {};
  const ids = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return ids.flatMap((id) => {
    const old = was[id] ?? '';
    const value = now[id] ?? '';
    if (old === value) return [];
    const label = fieldLabel(id in now ? after.category : before.category, id);
    if (old === '') return [`Template field “${label}” filled in: ${quote(value)}.`];
    if (value === '') return [`Template field “${label}” emptied (it was ${quote(old)}).`];
    return [`Template field “${label}” changed from ${quote(old)} to ${quote(value)}.`];
  });
}

function depictionLabel(id: string): string {
  return DEPICTIONS.find((depiction) => depiction.id === id)?.label ?? id;
}

function mediaChanges(before: Revision, after: Revision): string[] {
  const was = before.media ?? [];
  const now = after.media ?? [];
  const bySha = (media: readonly DraftMedia[], sha: string) => media.find((m) => m.sha256 === sha);
  const changes: string[] = [];
  for (const file of now) {
    const old = bySha(was, file.sha256);
    const shows = file.depicts.map(depictionLabel);
    if (!old) {
      changes.push(
        `Attachment ${quote(file.name)} added${shows.length > 0 ? `, showing ${list(shows)}` : ', showing nothing named'}.`,
      );
      continue;
    }
    if (old.name !== file.name) {
      changes.push(`Attachment ${quote(old.name)} renamed ${quote(file.name)}.`);
    }
    const added = file.depicts.filter((d) => !old.depicts.includes(d)).map(depictionLabel);
    const removed = old.depicts.filter((d) => !file.depicts.includes(d)).map(depictionLabel);
    if (added.length > 0) changes.push(`Attachment ${quote(file.name)} now shows ${list(added)}.`);
    if (removed.length > 0) {
      changes.push(`Attachment ${quote(file.name)} no longer shows ${list(removed)}.`);
    }
    const permitted = file.permissions.filter((p) => !old.permissions.includes(p)).length;
    const unpermitted = old.permissions.filter((p) => !file.permissions.includes(p)).length;
    if (permitted > 0) {
      changes.push(
        `Attachment ${quote(file.name)}: ${permitted === 1 ? 'a written permission' : `${permitted} written permissions`} now covering it.`,
      );
    }
    if (unpermitted > 0) {
      changes.push(
        `Attachment ${quote(file.name)}: ${unpermitted === 1 ? 'a written permission' : `${unpermitted} written permissions`} no longer covering it.`,
      );
    }
  }
  for (const file of was) {
    if (!bySha(now, file.sha256)) changes.push(`Attachment ${quote(file.name)} removed.`);
  }
  return changes;
}

function countWords(parts: readonly DiffPart[], kind: DiffPart['kind']): number {
  return parts
    .filter((part) => part.kind === kind)
    .reduce((sum, part) => sum + (part.text.match(/[^\s]+/gu)?.length ?? 0), 0);
}

const words = (count: number) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'word' : 'words'}`;

/**
 * Two revisions compared: the title and body word by word (spaces and line breaks count, so a
 * changed line break shows), everything else in sentences. `before` is normally the earlier one.
 */
export function compareRevisions(
  before: Revision,
  after: Revision,
  names: DiffNames = {},
): RevisionDiff {
  const pageName = names.pageName ?? ((id: string) => id);
  const timeoutMs = names.timeoutMs ?? 1_000;
  const title = textDiff(before.title, after.title, 'title', timeoutMs);
  const body = textDiff(before.body, after.body, 'body', timeoutMs);
  const otherChanges = [
    ...(before.category === after.category
      ? []
      : [
          `Category changed from ${quote(categoryLabel(before.category))} to ${quote(categoryLabel(after.category))}.`,
        ]),
    ...pageChanges(before, after, pageName),
    ...fieldChanges(before, after),
    ...mediaChanges(before, after),
  ];
  const identical = !title.changed && !body.changed && otherChanges.length === 0;
  const said: string[] = [];
  if (title.changed) said.push('the title changed');
  if (body.changed) {
    const added = countWords(body.parts, 'added');
    const removed = countWords(body.parts, 'removed');
    said.push(
      added + removed === 0
        ? 'the body’s spacing changed'
        : `in the body ${words(added)} added and ${words(removed)} removed`,
    );
  }
  if (otherChanges.length > 0) {
    said.push(
      otherChanges.length === 1 ? '1 other change' : `${otherChanges.length} other changes`,
    );
  }
  const sentence = said.join('; ');
  return {
    from: before.number,
    to: after.number,
    title,
    body,
    otherChanges,
    identical,
    summary: identical
      ? `No changes between revision ${before.number} and revision ${after.number}.`
      : `From revision ${before.number} to revision ${after.number}: ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
  };
}

/** The parts as plain text, `[-removed-]{+added+}` (the form `git diff --word-diff` prints). */
export function diffAsText(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'same':
          return part.text;
        case 'added':
          return `{+${part.text}+}`;
        case 'removed':
          return `[-${part.text}-]`;
        default: {
          const unreachable: never = part.kind;
          return unreachable;
        }
      }
    })
    .join('');
}

/** What the workflow did with a revision, for the history's table. */
export interface RevisionMarker {
  readonly move: 'submitted' | 'withdrawn' | 'decided' | 'confirmed' | 'published' | 'archived';
  /** The profile that recorded it. */
  readonly by: string;
  readonly at: string;
  /** The decision's words, or where it was published; empty when there is nothing more to say. */
  readonly detail: string;
}

/**
 * Each workflow step placed on the revision it concerns: a submission names its revision (or its
 * content hash), and what follows (a withdrawal, a decision, a publication) concerns the revision
 * last submitted. An archive concerns the latest revision saved before it.
 */
export function revisionMarkers(
  revisions: readonly Pick<Revision, 'number' | 'contentHash' | 'savedAt'>[],
  steps: readonly WorkflowStep[],
): ReadonlyMap<number, readonly RevisionMarker[]> {
  const markers = new Map<number, RevisionMarker[]>();
  const mark = (number: number | undefined, marker: RevisionMarker) => {
    if (number === undefined) return;
    markers.set(number, [...(markers.get(number) ?? []), marker]);
  };
  const savedBefore = (at: string) =>
    revisions.findLast((revision) => Date.parse(revision.savedAt) <= Date.parse(at))?.number;
  let submitted: number | undefined;
  for (const step of steps) {
    const stamp = { by: step.by, at: step.at };
    switch (step.move) {
      case 'submit':
        submitted =
          step.revision ??
          revisions.findLast((revision) => revision.contentHash === step.contentHash)?.number;
        mark(submitted, { move: 'submitted', ...stamp, detail: '' });
        break;
      case 'withdraw':
        mark(submitted, { move: 'withdrawn', ...stamp, detail: step.reason });
        break;
      case 'decide':
        mark(submitted, {
          move: 'decided',
          ...stamp,
          detail: `${DECISION_LABELS[step.decision]}${step.source === 'in-app' ? '' : ` (${step.source})`}`,
        });
        break;
      case 'confirm':
        mark(submitted, {
          move: 'confirmed',
          ...stamp,
          detail: 'verbal approval confirmed in writing',
        });
        break;
      case 'publish':
        mark(submitted, {
          move: 'published',
          ...stamp,
          detail: `on ${step.platform}, ${step.url}`,
        });
        break;
      case 'archive':
        mark(savedBefore(step.at), { move: 'archived', ...stamp, detail: step.reason });
        break;
      default: {
        const unreachable: never = step;
        return unreachable;
      }
    }
  }
  return markers;
}
