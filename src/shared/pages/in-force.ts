import type { IntroStatementVersion } from './page';

export interface InForce {
  readonly version: IntroStatementVersion;
  /** When it went into force: the publication that put it there. */
  readonly since: string;
}

/**
 * The intro statement in force on a page at `at` (SPEC section 3: moderation decisions are judged
 * against it). A version is in force from the moment it was posted on the page (its publish
 * step's `publishedAt`, not when someone recorded it) until another version is posted; the latest
 * publication at or before `at` wins, whatever order the versions were written or recorded in.
 * Before the first publication there is none: an approved version never posted was never in force.
 */
export function versionInForce(
  versions: readonly IntroStatementVersion[],
  at: string | Date,
): InForce | undefined {
  const moment = typeof at === 'string' ? Date.parse(at) : at.getTime();
  let best: { version: IntroStatementVersion; since: string; time: number } | undefined;
  for (const version of versions) {
    for (const step of version.workflow) {
      if (step.move !== 'publish') continue;
      const time = Date.parse(step.publishedAt);
      if (time > moment) continue;
      // Two postings at the same instant: the one recorded later was the one left on the page.
      if (best === undefined || time >= best.time) {
        best = { version, since: step.publishedAt, time };
      }
    }
  }
  return best && { version: best.version, since: best.since };
}
