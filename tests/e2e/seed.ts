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

export const APPROVER = { name: 'Chief Maria Ramos', passphrase: 'north-star-lantern-7' };

/**
 * A data folder ready for the approval workflow: the administrator (who also drafts and holds the
 * approver role, so the separation of duties is what stops her deciding her own items), the
 * Chief's designee as approver, and one page the posts are meant for.
 */
export async function seedWorkflow(dataFolder: string): Promise<{ pageId: string }> {
  const services = await openServices(dataFolder, 'e2e seed');
  try {
    const administrator = await services.profiles.add(
      { ...ADMINISTRATOR, roles: ['administrator', 'drafter', 'approver'] },
      undefined,
    );
    await services.profiles.add({ ...APPROVER, roles: ['approver'] }, administrator);
    await services.departmentSettings.save(
      {
        name: 'Example Police Department',
        website: 'https://www.cityofexample.gov/police',
        contactLines: [
          { label: 'Public Information Office', value: '(555) 555-0123' },
          { label: 'Non-emergency', value: '(555) 555-0100' },
          { label: 'Email', value: 'pio@cityofexample.gov' },
        ],
      },
      administrator,
    );
    const page = await services.pages.add(
      {
        platform: 'facebook',
        name: 'Example PD on Facebook',
        url: 'https://www.facebook.com/examplepd',
        audience: 'Residents of Example City',
      },
      administrator,
      services.audit,
    );
    return { pageId: page.id };
  } finally {
    await services.close();
  }
}
