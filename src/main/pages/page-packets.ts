import type { IntroPacketInput, PagePacketInput } from '../../shared/packets/packet-inputs';
import { introPacketHtml, pagePacketHtml } from '../../shared/packets/render-packet';
import { versionInForce } from '../../shared/pages/in-force';
import type { IntroStatementVersion, Page } from '../../shared/pages/page';
import type { Services } from '../services';
import { pageContentHash } from './page-hash';
import type { FreezeIntroPacket, FreezePagePacket } from './page-service';

type PacketSources = Pick<Services, 'department' | 'profiles' | 'pages'>;

function common(services: PacketSources, frozen: boolean, preparedAt: string) {
  return {
    department: services.department,
    // A profile no longer stored keeps its id: never a guess at a name.
    nameOf: (id: string) => services.profiles.byId(id)?.name ?? id,
    preparedAt,
    frozen,
  };
}

/** A page's packet input: the page with its latest intro statement (a preview unless frozen). */
export function pagePacketInput(
  services: PacketSources,
  page: Page,
  options: { readonly frozen: boolean; readonly preparedAt: string },
): PagePacketInput {
  return {
    ...common(services, options.frozen, options.preparedAt),
    page,
    intro: services.pages.versions(page.id).at(-1),
  };
}

/** A version's packet input, beside the version in force when it was prepared. */
export function introPacketInput(
  services: PacketSources,
  version: IntroStatementVersion,
  options: { readonly frozen: boolean; readonly preparedAt: string },
): IntroPacketInput {
  const inForce = versionInForce(services.pages.versions(version.pageId), options.preparedAt);
  return {
    ...common(services, options.frozen, options.preparedAt),
    page: services.pages.get(version.pageId),
    version,
    previous: inForce?.version.id === version.id ? undefined : inForce?.version,
  };
}

/** Freezes the page packet the Chief reads (called by the page service once every check passed). */
export function freezePagePacket(
  services: PacketSources & Pick<Services, 'packets'>,
): FreezePagePacket {
  return (page, intro, at) =>
    services.packets.freeze(
      // The hash the page's submit step records, so the packet and the decision name the same one.
      pagePacketHtml({
        ...common(services, true, at),
        page,
        intro,
        contentHash: pageContentHash(page),
      }),
    );
}

export function freezeIntroPacket(
  services: PacketSources & Pick<Services, 'packets'>,
): FreezeIntroPacket {
  return (page, version, previous, at) =>
    services.packets.freeze(
      introPacketHtml({ ...common(services, true, at), page, version, previous }),
    );
}
