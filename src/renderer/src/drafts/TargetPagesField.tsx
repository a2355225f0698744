import type { Page } from '../../../shared/pages/page';
import { pageTarget } from '../../../shared/policy/platform-check';
import { limitsFor } from '../../../shared/policy/platform-limits';

interface TargetPagesFieldProps {
  readonly pages: readonly Page[] | undefined;
  readonly value: readonly string[];
  readonly onChange: (pages: string[]) => void;
}

function platformNote(platform: string): string {
  const limits = limitsFor(platform);
  if (!limits) return `${platform}: limits not known to Social Desk`;
  const hashtags = limits.hashtags ? `, ${limits.hashtags.max} hashtags` : '';
  return `${limits.label}: ${limits.maxLength.toLocaleString()} characters${hashtags}`;
}

/** Where the post will go: each checked page adds its platform's limits to the checklist. */
export function TargetPagesField({ pages, value, onChange }: TargetPagesFieldProps) {
  return (
    <fieldset className="field target-pages">
      <legend>Target pages</legend>
      {pages === undefined ? (
        <p className="hint" role="status">
          Loading pages…
        </p>
      ) : pages.length === 0 ? (
        <p className="hint">
          No pages are recorded yet. An administrator adds them (<code>social-desk pages add</code>
          ); until then no platform limits are checked.
        </p>
      ) : (
        <ul>
          {pages.map((page) => {
            const id = `target-${page.id}`;
            return (
              <li key={page.id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={value.includes(page.id)}
                  onChange={(event) =>
                    // Sorted as the main process keeps them: re-ticking a page changes nothing.
                    onChange(
                      (event.target.checked
                        ? [...value, page.id]
                        : value.filter((chosen) => chosen !== page.id)
                      ).sort(),
                    )
                  }
                />
                <label htmlFor={id}>
                  {page.name}{' '}
                  <span className="hint">({platformNote(pageTarget(page).platform)})</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
