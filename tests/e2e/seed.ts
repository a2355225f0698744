import { openServices } from '../../src/main/services';
import type { PageRequest } from '../../src/shared/pages/page';
import { ADMINISTRATOR } from './session';

/**
 * A data folder as an administrator leaves it after `social-desk pages add`: the first
 * administrator and some pages, written by the real services before the app opens it.
 */
export async function seedPages(
  dataFolder: string,
  pages: readonly PageRequest[],
): Promise<string[]> {
  const services = await openServices(dataFolder, 'e2e seed');
  try {
    const administrator = await services.profiles.add(
      { ...ADMINISTRATOR, roles: ['administrator', 'drafter'] },
      undefined,
    );
    const ids: string[] = [];
    for (const page of pages)
      ids.push((await services.pages.add(page, administrator, services.audit)).id);
    return ids;
  } finally {
    await services.close();
  }
}
