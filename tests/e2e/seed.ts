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

export const DRAFTER = { name: 'Sam Ortiz', passphrase: 'copper-meadow-river-3' };

/** The four pages a busy notice goes to: X's 280 characters is the strictest of them. */
const FOUR_PAGES = [
  {
    platform: 'x',
    name: 'Example PD on X',
    url: 'https://x.com/examplepd',
    audience: 'Residents and commuters',
  },
  {
    platform: 'instagram',
    name: 'Example PD on Instagram',
    url: 'https://www.instagram.com/examplepd',
    audience: 'Younger residents',
  },
  {
    platform: 'bluesky',
    name: 'Example PD on Bluesky',
    url: 'https://bsky.app/profile/examplepd.bsky.social',
    audience: 'Residents of Example City',
  },
] as const;

/**
 * The drafting desk's data folder: the workflow's people and Facebook page, three more pages, a
 * second drafter, and `drafts` drafts saved by both drafters in three categories; one in every
 * seven says "fireworks" in its text only (not its title), for the word search.
 */
export async function seedDraftingDesk(
  dataFolder: string,
  drafts: number,
): Promise<{ pageIds: string[] }> {
  const { pageId } = await seedWorkflow(dataFolder);
  const services = await openServices(dataFolder, 'e2e seed');
  try {
    const [dana] = services.profiles.list();
    if (!dana) throw new Error('The workflow seed made no administrator');
    const sam = await services.profiles.add({ ...DRAFTER, roles: ['drafter'] }, dana);
    const pageIds = [pageId];
    for (const page of FOUR_PAGES)
      pageIds.push((await services.pages.add(page, dana, services.audit)).id);
    const categories = ['crime-prevention', 'special-event', 'tip-request'] as const;
    for (let n = 1; n <= drafts; n += 1) {
      await services.drafts.save(
        {
          title: `Neighbourhood notice ${n}`,
          body:
            n % 7 === 0
              ? `Leave the fireworks to the professionals this weekend (notice ${n}).`
              : `Lock your car and take your keys (notice ${n}).`,
          category: categories[n % 3] ?? 'crime-prevention',
          pages: n % 2 === 0 ? [pageId] : [],
        },
        n % 2 === 0 ? dana : sam,
      );
    }
    return { pageIds };
  } finally {
    await services.close();
  }
}
