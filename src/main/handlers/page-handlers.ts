import { freezeIntroPacket, freezePagePacket } from '../pages/page-packets';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

export function pageHandlers({ services }: HandlerContext): DomainHandlers<'pages'> {
  const { pages } = services;
  // Read at each call: department settings saved meanwhile count at once.
  const scanContext = () => ({ department: services.department });
  return {
    'pages:list': () => [...pages.list()],
    'pages:get': ({ id }) => pages.detail(id),
    'pages:save': (request, by) => pages.save(request, by),
    'pages:submit': async ({ id }, by) => {
      await pages.submitPage(id, by, scanContext(), freezePagePacket(services));
      return pages.detail(id);
    },
    'pages:published': async ({ id, publishedAt }, by) => {
      await pages.publishPage(id, publishedAt, by);
      return pages.detail(id);
    },
    'pages:introSave': async (request, by) => {
      const { version } = await pages.saveIntro(request, by);
      return pages.detail(version.pageId);
    },
    'pages:introAttest': async ({ versionId, itemId }, by) => {
      const version = await pages.attestIntro(versionId, itemId, by);
      return pages.detail(version.pageId);
    },
    'pages:introSubmit': async ({ versionId }, by) => {
      const version = await pages.submitIntro(
        versionId,
        by,
        scanContext(),
        freezeIntroPacket(services),
      );
      return pages.detail(version.pageId);
    },
    'pages:introPublished': async ({ versionId, publishedAt }, by) => {
      await pages.publishIntro(versionId, publishedAt, by);
      return pages.detail(pages.version(versionId).pageId);
    },
    'pages:introInForce': ({ pageId, at }) => pages.inForce(pageId, at),
  };
}
