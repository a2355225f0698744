import { type Draft, latestRevision } from '../../shared/drafts/draft';
import type { PostPacketInput } from '../../shared/packets/packet-inputs';
import { postPacketHtml } from '../../shared/packets/render-packet';
import type { Services } from '../services';

type PacketSources = Pick<Services, 'department' | 'profiles' | 'pages'>;

/** What a post's packet is composed from, gathered from the stores as they are now. */
export function postPacketInput(
  services: PacketSources,
  draft: Draft,
  options: { readonly frozen: boolean; readonly preparedAt: string },
): PostPacketInput {
  return {
    department: services.department,
    // A profile no longer stored (or a draft from before profiles) keeps its id: never a guess.
    nameOf: (id) => services.profiles.byId(id)?.name ?? id,
    preparedAt: options.preparedAt,
    frozen: options.frozen,
    draft,
    targets: latestRevision(draft).pages.map((id) => services.pages.get(id)),
  };
}

/** The packet the Chief reads for this revision, frozen at submission: stored, named by its hash. */
export function freezePostPacket(
  services: PacketSources & Pick<Services, 'packets'>,
  draft: Draft,
  submittedAt: string,
): Promise<string> {
  const html = postPacketHtml(
    postPacketInput(services, draft, { frozen: true, preparedAt: submittedAt }),
  );
  return services.packets.freeze(html);
}
