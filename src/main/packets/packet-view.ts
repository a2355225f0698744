import { type Draft, draftWorkflow } from '../../shared/drafts/draft';
import type { ItemRef } from '../../shared/ipc/channels/workflow-channels';
import type { IntroStatementVersion, Page } from '../../shared/pages/page';
import { versionInForce } from '../../shared/pages/in-force';
import type { DepartmentContacts } from '../../shared/policy/finding';
import {
  introPacketHtml,
  pagePacketHtml,
  postPacketHtml,
} from '../../shared/packets/render-packet';
import { type WorkflowState, workflowState } from '../../shared/workflow/workflow';
import { pageContentHash } from '../pages/page-hash';
import type { PacketStore } from './packet-store';

/** What a packet is gathered from: the app's open services, or a command's read-only stores. */
export interface PacketSources {
  readonly department: DepartmentContacts | undefined;
  readonly departmentName: string | undefined;
  readonly nameOf: (profileId: string) => string;
  readonly packets: PacketStore;
  draft(id: string): Promise<Draft>;
  page(id: string): Page;
  versions(pageId: string): IntroStatementVersion[];
  version(id: string): IntroStatementVersion;
}

export interface PacketView {
  readonly title: string;
  readonly html: string;
  /** The frozen packet's SHA-256; null for a preview. */
  readonly sha256: string | null;
  readonly frozen: boolean;
  /** A name to save it under: what it is, and its hash or "preview". */
  readonly fileName: string;
}

/**
 * The submitted packet's hash while the item stands submitted or decided on those very words; a
 * withdrawn, edited or never-submitted item has none, and is shown as a preview.
 */
function frozenHash(state: WorkflowState): string | undefined {
  return state.status === 'draft' ? undefined : state.submission?.packetHash;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The document's own title, as the renderer escaped it. */
export function titleOf(html: string): string {
  const escaped = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Approval packet';
  return escaped.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The packet of one item: the frozen one, read back verified from the store, when the item is
 * submitted (or decided on the submitted words); otherwise a preview composed now.
 */
export async function packetView(
  sources: PacketSources,
  ref: ItemRef,
  now: Date = new Date(),
): Promise<PacketView> {
  const common = {
    department: sources.department,
    nameOf: sources.nameOf,
    preparedAt: now.toISOString(),
    frozen: false,
    ...(sources.departmentName === undefined ? {} : { departmentName: sources.departmentName }),
  };
  let state: WorkflowState;
  let preview: () => string;
  switch (ref.kind) {
    case 'post': {
      const draft = await sources.draft(ref.id);
      state = draftWorkflow(draft);
      preview = () =>
        postPacketHtml({
          ...common,
          draft,
          targets: (draft.revisions.at(-1)?.pages ?? []).map((id) => sources.page(id)),
        });
      break;
    }
    case 'page': {
      const page = sources.page(ref.id);
      const contentHash = pageContentHash(page);
      state = workflowState({ steps: page.workflow, contentHash });
      preview = () =>
        pagePacketHtml({ ...common, page, intro: sources.versions(page.id).at(-1), contentHash });
      break;
    }
    case 'intro-statement': {
      const version = sources.version(ref.id);
      state = workflowState({ steps: version.workflow, contentHash: version.contentHash });
      preview = () => {
        const inForce = versionInForce(sources.versions(version.pageId), now);
        return introPacketHtml({
          ...common,
          page: sources.page(version.pageId),
          version,
          previous: inForce?.version.id === version.id ? undefined : inForce?.version,
        });
      };
      break;
    }
    default: {
      const unreachable: never = ref.kind;
      return unreachable;
    }
  }
  const name = `packet-${ref.kind}-${ref.id.slice(0, 8)}`;
  const hash = frozenHash(state);
  if (hash !== undefined) {
    const html = await sources.packets.read(hash);
    return {
      title: titleOf(html),
      html,
      sha256: hash,
      frozen: true,
      fileName: `${name}-${hash.slice(0, 12)}`,
    };
  }
  const html = preview();
  return { title: titleOf(html), html, sha256: null, frozen: false, fileName: `${name}-preview` };
}
