import type { Draft } from '../../shared/drafts/draft';
import type { IntroStatementVersion, Page } from '../../shared/pages/page';
import type { RecordSummary } from '../../shared/records/record';
import type { RecordType } from '../../shared/records/record-types';
import type { WorkflowStep } from '../../shared/workflow/workflow';
import { AttachmentStore } from '../attachments/attachment-store';
import { AUDIT_CHANGE, AUDIT_NOT_APPLIED } from '../audit/audit-trail';
import { DRAFTS_FOLDER, draftFileName } from '../drafts/draft-files';
import type { DraftService } from '../drafts/draft-service';
import { readEvents } from '../journal/read-events';
import type { CommentIndex, IndexedAction, IndexedComment } from '../moderation/comment-index';
import { PACKETS_FOLDER, type PacketStore } from '../packets/packet-store';
import type { PageService } from '../pages/page-service';

/** A record with what an export, a hold and a disposition need of it. */
export interface CatalogueRecord extends RecordSummary {
  /** The record as exported: JSON (for some types made only when read). */
  readonly content: unknown;
  /** Its words, for word filters and holds. */
  readonly text: string;
  /** The journal events holding its content (a comment's capture and edits, an action...). */
  readonly seqs: readonly number[];
  /** Its files, relative to the data folder in `/` form (a draft's file, media, packets, scans). */
  readonly files: readonly string[];
}

export interface CatalogueSources {
  readonly dataFolder: string;
  readonly drafts: Pick<DraftService, 'list' | 'get'>;
  readonly pages: Pick<PageService, 'list' | 'versions'>;
  readonly comments: Pick<CommentIndex, 'ready' | 'allComments' | 'allActions' | 'actionEvents'>;
  readonly packets: Pick<PacketStore, 'disposed'>;
}

export interface CatalogueFilter {
  readonly types?: readonly RecordType[];
}

/**
 * Every record of the data folder by type, from the stores that hold them: drafts (a draft with a
 * publish step is a published post), pages' intro-statement versions, the packets their
 * submissions froze, comments and moderation actions from the comment index, and audit entries
 * from the journal. It reads; it never changes anything.
 */
export class RecordCatalogue {
  constructor(private readonly sources: CatalogueSources) {}

  async *records(filter: CatalogueFilter = {}): AsyncGenerator<CatalogueRecord> {
    const wanted = (type: RecordType) => !filter.types || filter.types.includes(type);
    const disposedPackets = wanted('packet') ? await this.sources.packets.disposed() : new Map();
    const packetRecords = (steps: readonly WorkflowStep[], item: PacketItem) =>
      packetsOf(steps, item, disposedPackets);
    if (wanted('draft') || wanted('post') || wanted('packet')) {
      for (const summary of this.sources.drafts.list()) {
        const draft = await this.sources.drafts.get(summary.id);
        const record = draftRecord(draft);
        if (wanted(record.type)) yield record;
        if (wanted('packet')) yield* packetRecords(draft.workflow, itemOfDraft(draft));
      }
    }
    if (wanted('intro') || wanted('packet')) {
      for (const page of this.sources.pages.list()) {
        const versions = this.sources.pages.versions(page.id);
        for (const version of versions) {
          if (wanted('intro')) yield introRecord(page, version, versions);
          if (wanted('packet')) {
            yield* packetRecords(version.workflow, {
              title: `${page.name}: intro statement version ${version.number}`,
              pages: [page.id],
              kind: 'intro-statement',
              id: version.id,
            });
          }
        }
        if (wanted('packet')) {
          yield* packetRecords(page.workflow, {
            title: `Page ${page.name}`,
            pages: [page.id],
            kind: 'page',
            id: page.id,
          });
        }
      }
    }
    if (wanted('comment') || wanted('moderation')) {
      await this.sources.comments.ready();
      if (wanted('comment')) {
        for (const comment of this.sources.comments.allComments()) yield commentRecord(comment);
      }
      if (wanted('moderation')) {
        const pageOf = new Map<number, string>();
        for (const comment of this.sources.comments.allComments()) {
          pageOf.set(comment.seq, comment.pageId);
        }
        for (const action of this.sources.comments.allActions()) {
          yield actionRecord(
            action,
            pageOf.get(action.comment),
            this.sources.comments.actionEvents(action.seq),
          );
        }
      }
    }
    if (wanted('audit')) {
      const notApplied = new Set<number>();
      for await (const event of readEvents(this.sources.dataFolder)) {
        if (event.header.type === AUDIT_NOT_APPLIED) {
          const named = (event.payload as { event?: unknown } | undefined)?.event;
          if (typeof named === 'number') notApplied.add(named);
        }
      }
      for await (const event of readEvents(this.sources.dataFolder)) {
        if (event.header.type !== AUDIT_CHANGE) continue;
        const payload = event.payload as { summary?: unknown; store?: unknown } | undefined;
        const summary = typeof payload?.summary === 'string' ? payload.summary : '';
        yield {
          type: 'audit',
          id: String(event.header.seq),
          title: summary || `Audit entry ${event.header.seq}`,
          pages: [],
          created: event.header.at,
          ...(event.payload === undefined ? { disposed: true } : {}),
          content: {
            seq: event.header.seq,
            at: event.header.at,
            by: event.header.by,
            hash: event.hash,
            payloadHash: event.header.payloadHash,
            ...(event.payload === undefined ? {} : { change: event.payload }),
            ...(notApplied.has(event.header.seq) ? { notApplied: true } : {}),
          },
          text: summary,
          seqs: [event.header.seq],
          files: [],
        };
      }
    }
  }
}

function stepAt<M extends WorkflowStep['move']>(
  steps: readonly WorkflowStep[],
  move: M,
  which: 'first' | 'last' = 'first',
): Extract<WorkflowStep, { move: M }> | undefined {
  const of = steps.filter((step): step is Extract<WorkflowStep, { move: M }> => step.move === move);
  return which === 'first' ? of[0] : of.at(-1);
}

/** Archived, or denied with no submission after the denial: the draft is closed. */
function closedAt(steps: readonly WorkflowStep[]): string | undefined {
  const archived = stepAt(steps, 'archive', 'last');
  if (archived) return archived.at;
  const last = steps.at(-1);
  return last?.move === 'decide' && last.decision === 'deny' ? last.at : undefined;
}

/** The signed scans a workflow's decisions and confirmations name, as data-folder paths. */
export function scanFiles(steps: readonly WorkflowStep[]): string[] {
  const files: string[] = [];
  for (const step of steps) {
    if ((step.move === 'decide' || step.move === 'confirm') && step.scan)
      files.push(step.scan.file);
  }
  return files;
}

function draftRecord(draft: Draft): CatalogueRecord {
  const latest = draft.revisions.at(-1);
  const published = stepAt(draft.workflow, 'publish');
  const closed = closedAt(draft.workflow);
  const media = new Set<string>();
  for (const revision of draft.revisions) {
    for (const file of revision.media ?? []) media.add(AttachmentStore.relativePath(file.sha256));
  }
  for (const permission of draft.permissions) media.add(permission.scan.file);
  return {
    type: published ? 'post' : 'draft',
    id: draft.id,
    title: latest?.title ?? '',
    pages: latest?.pages ?? [],
    created: draft.createdAt,
    ...(published ? { published: published.publishedAt } : {}),
    ...(closed ? { closed } : {}),
    content: draft,
    text: draft.revisions.map((revision) => `${revision.title}\n${revision.body}`).join('\n'),
    seqs: [],
    files: [`${DRAFTS_FOLDER}/${draftFileName(draft.id)}`, ...media, ...scanFiles(draft.workflow)],
  };
}

interface PacketItem {
  readonly title: string;
  readonly pages: readonly string[];
  readonly kind: 'post' | 'page' | 'intro-statement';
  readonly id: string;
}

function itemOfDraft(draft: Draft): PacketItem {
  const latest = draft.revisions.at(-1);
  return { title: latest?.title ?? '', pages: latest?.pages ?? [], kind: 'post', id: draft.id };
}

/** One packet per submission that froze one; closed when a decision names it. */
function* packetsOf(
  steps: readonly WorkflowStep[],
  item: PacketItem,
  disposed: ReadonlyMap<string, number>,
): Generator<CatalogueRecord> {
  for (const submit of steps) {
    if (submit.move !== 'submit' || !submit.packetHash) continue;
    const sha256 = submit.packetHash;
    const decision = steps.find((step) => step.move === 'decide' && step.packetHash === sha256);
    yield {
      type: 'packet',
      id: sha256,
      title: `Approval packet: ${item.title}`,
      pages: [...item.pages],
      created: submit.at,
      ...(decision ? { closed: decision.at } : {}),
      ...(disposed.has(sha256) ? { disposed: true } : {}),
      content: {
        sha256,
        item: { kind: item.kind, id: item.id, title: item.title },
        submitted: { by: submit.by, at: submit.at },
        ...(decision ? { decision } : {}),
      },
      text: item.title,
      seqs: [],
      files: [
        `${PACKETS_FOLDER}/${sha256}.html`,
        ...(decision?.move === 'decide' && decision.scan ? [decision.scan.file] : []),
      ],
    };
  }
}

function introRecord(
  page: Page,
  version: IntroStatementVersion,
  versions: readonly IntroStatementVersion[],
): CatalogueRecord {
  const published = stepAt(version.workflow, 'publish');
  // Superseded when a later version of the same page was posted.
  const later = versions
    .filter((other) => other.number > version.number)
    .map((other) => stepAt(other.workflow, 'publish')?.publishedAt)
    .filter((at): at is string => at !== undefined)
    .sort()[0];
  return {
    type: 'intro',
    id: version.id,
    title: `${page.name}: intro statement version ${version.number}`,
    pages: [page.id],
    created: version.createdAt,
    ...(published ? { published: published.publishedAt } : {}),
    ...(published && later ? { superseded: later } : {}),
    content: version,
    text: version.text,
    seqs: [],
    files: scanFiles(version.workflow),
  };
}

function commentRecord(comment: IndexedComment): CatalogueRecord {
  return {
    type: 'comment',
    id: String(comment.seq),
    title: comment.disposed
      ? `Comment ${comment.seq} (content disposed of)`
      : `${comment.author}: ${comment.text.slice(0, 80)}`,
    pages: comment.pageId ? [comment.pageId] : [],
    created: comment.seenAt,
    ...(comment.disposed ? { disposed: true } : {}),
    // Made only when asked for (an export): what is due among 600,000 comments never needs it.
    get content() {
      return { ...comment, textHashes: [...comment.textHashes].sort() };
    },
    text: comment.disposed
      ? ''
      : `${comment.author}\n${comment.originalText}${comment.edits > 0 ? `\n${comment.text}` : ''}`,
    // The capture and the edits hold the comment's words; its actions are records of their own.
    seqs: comment.content,
    files: [],
  };
}

function actionRecord(
  action: IndexedAction,
  pageId: string | undefined,
  events: readonly number[],
): CatalogueRecord {
  return {
    type: 'moderation',
    id: String(action.seq),
    title: `${action.action}${action.reason ? ` for ${action.reason}` : ''} on comment ${action.comment}`,
    pages: pageId ? [pageId] : [],
    created: action.at,
    content: action,
    text: '',
    // The action and what followed it (its corrections, review, every notice) go together.
    seqs: events.length > 0 ? events : [action.seq],
    files: [],
  };
}
