import { type Draft, latestRevision } from '../../shared/drafts/draft';
import type { PostPacketInput } from '../../shared/packets/packet-inputs';
import { postPacketHtml } from '../../shared/packets/render-packet';
import type { Services } from '../services';

type PacketSources = Pick<Services, 'department' | 'departmentSettings' | 'profiles' | 'pages'>;

/** What a post's packet is composed from, gathered from the stores as they are now. */
export function postPacketInput(
  services: PacketSources,
  draft: Draft,
  options: {
    readonly frozen: boolean;
    readonly preparedAt: string;
    /** Who is submitting it now, when it is frozen before the submit step is written. */
    readonly submittedBy?: string;
  },
): PostPacketInput {
  const name = services.departmentSettings.settings?.name;
  return {
    department: services.department,
    // A profile no longer stored (or a draft from before profiles) keeps its id: never a guess.
    nameOf: (id) => services.profiles.byId(id)?.name ?? id,
    preparedAt: options.preparedAt,
    frozen: options.frozen,
    ...(name === undefined ? {} : { departmentName: name }),
    ...(options.submittedBy === undefined ? {} : { submittedBy: options.submittedBy }),
    draft,
    targets: latestRevision(draft).pages.map((id) => services.pages.get(id)),
  };
}

/**
 * The packet the Chief reads for this revision, frozen at submission and stored under its SHA-256
 * before the submit step that names it is written.
 */
export function freezePostPacket(
  services: PacketSources & Pick<Services, 'packets'>,
  draft: Draft,
  submission: { readonly by: string; readonly at: string },
): Promise<string> {
  const html = postPacketHtml(
    postPacketInput(services, draft, {
      frozen: true,
      preparedAt: submission.at,
      submittedBy: submission.by,
    }),
  );
  return services.packets.freeze(html);
}
