import type { Page } from '../../../shared/pages/page';
import { pageTarget } from '../../../shared/policy/platform-check';
import { limitsFor } from '../../../shared/policy/platform-limits';

interface TargetPagesFieldProps {
  readonly pages: readonly Page[] | undefined;
  readonly value: readonly string[];
  readonly onChange: (pages: string[]) => void;
}

/** The platform and its length limit, short enough for a chip; hashtags and links are checklist items. */
function platformNote(platform: string): string {
  const limits = limitsFor(platform);
  if (!limits) return `${platform}: limits not known`;
  return `${limits.label} · ${limits.maxLength.toLocaleString('en-US')}`;
}

/**
 * Where the post will go, as a row of checkable chips that keeps the text high on the screen:
 * each checked page adds its platform's limits to the checklist and the counter.
 */
export function TargetPagesField({ pages, value, onChange }: TargetPagesFieldProps) {
  return (
    <fieldset className="field target-pages">
      <legend>
        Target pages <span className="target-pages-hint">(each with its character limit)</span>
      </legend>
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
              <li key={page.id} className="target-pages-chip">
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
                  <span className="target-pages-limit">
                    ({platformNote(pageTarget(page).platform)})
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
