import type { ItemRef } from '../../shared/ipc/channels/workflow-channels';
import { type PacketSources, type PacketView, packetView } from '../packets/packet-view';
import { saveFile } from '../packets/save-file';
import type { Services } from '../services';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

/** The app's stores as a packet's sources, read as they are at each request. */
export function servicePacketSources(services: Services): PacketSources {
  return {
    get department() {
      return services.department;
    },
    get departmentName() {
      return services.departmentSettings.settings?.name;
    },
    // A profile no longer stored keeps its id: never a guess at a name.
    nameOf: (id) => services.profiles.byId(id)?.name ?? id,
    packets: services.packets,
    draft: (id) => services.drafts.get(id),
    page: (id) => services.pages.get(id),
    versions: (pageId) => services.pages.versions(pageId),
    version: (id) => services.pages.version(id),
  };
}

export function packetHandlers({ services, shell }: HandlerContext): DomainHandlers<'packets'> {
  const sources = servicePacketSources(services);
  const view = (ref: ItemRef): Promise<PacketView> => packetView(sources, ref);
  return {
    'packets:get': async (ref) => {
      const { title, html, sha256, frozen } = await view(ref);
      return { title, html, sha256, frozen };
    },
    'packets:saveHtml': async (ref) => {
      const packet = await view(ref);
      const file = await shell.chooseSaveFile(`${packet.fileName}.html`, 'html');
      if (file === undefined) return { saved: null };
      await saveFile(file, packet.html);
      return { saved: file };
    },
    'packets:savePdf': async (ref) => {
      const packet = await view(ref);
      // Asked first: a person who cancels waits for no PDF.
      const file = await shell.chooseSaveFile(`${packet.fileName}.pdf`, 'pdf');
      if (file === undefined) return { saved: null };
      await saveFile(file, await shell.printToPdf(packet.html));
      return { saved: file };
    },
    'packets:print': async (ref) => ({ printed: await shell.print((await view(ref)).html) }),
  };
}
