import type { PageRequest } from '../pages/page';
import type { PostTarget } from './platform-check';
import { PLATFORM_LIMITS, limitsFor, platformOfUrl } from './platform-limits';

/**
 * The target pages of a draft file, named the way a person writes them: a page of the department
 * (its name or URL), any page URL on a known platform, or a platform's name. `unknown` lists the
 * names that are none of these, for the caller to report; a page named twice counts once.
 */
export function targetsFromNames(
  names: readonly string[],
  departmentPages: readonly PageRequest[] = [],
): { targets: PostTarget[]; unknown: string[] } {
  const targets: PostTarget[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const page = pageNamed(name, departmentPages);
    const platform =
      page?.platform ?? platformOfUrl(name) ?? limitsFor(name.trim().toLowerCase())?.platform;
    if (platform === undefined) unknown.push(name);
    else if (!targets.some((t) => t.name === (page?.name ?? name) && t.platform === platform))
      targets.push({ page: name, name: page?.name ?? name, platform });
  }
  return { targets, unknown };
}

/** The department's page a person means by `name`: its name or URL, ignoring case. */
export function pageNamed<P extends Pick<PageRequest, 'name' | 'url'>>(
  name: string,
  pages: readonly P[],
): P | undefined {
  const wanted = name.trim().toLowerCase();
  return pages.find(
    (candidate) =>
      candidate.name.toLowerCase() === wanted || candidate.url.toLowerCase() === wanted,
  );
}

export const KNOWN_PLATFORMS = PLATFORM_LIMITS.map((limits) => limits.platform);
