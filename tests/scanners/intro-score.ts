import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkIntroStatement } from '../../src/shared/policy/intro-statement';
import { DEPARTMENT } from './corpus-score';

export const REQUIREMENTS = [
  'purpose-and-scope',
  'links-official-website',
  'maintained-by-department',
  'visitor-opinions',
  'comments-monitored',
  'public-disclosure',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export interface IntroEntry {
  readonly id: string;
  readonly platform: string;
  readonly audience: string;
  readonly text: string;
  readonly meets: Readonly<Record<Requirement, boolean>>;
  readonly removalReasons: readonly string[];
}

export function loadIntroStatements(): IntroEntry[] {
  const file = fileURLToPath(new URL('../corpus/intro-statements.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as IntroEntry[];
}

/** Agreement of the intro-statement checks with the labels, per requirement. */
export function scoreIntroStatements(entries: readonly IntroEntry[]) {
  return REQUIREMENTS.map((requirement) => {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    const wrong: string[] = [];
    for (const entry of entries) {
      const found =
        checkIntroStatement(entry.text, { department: DEPARTMENT }).get(
          `page-design.${requirement}`,
        )?.met ?? false;
      const expected = entry.meets[requirement];
      if (found && expected) truePositive += 1;
      else if (found) {
        falsePositive += 1;
        wrong.push(`${entry.id}: said met`);
      } else if (expected) {
        falseNegative += 1;
        wrong.push(`${entry.id}: said missing`);
      }
    }
    return {
      requirement,
      met: truePositive + falseNegative,
      precision: truePositive / Math.max(1, truePositive + falsePositive),
      recall: truePositive / Math.max(1, truePositive + falseNegative),
      wrong,
    };
  });
}
