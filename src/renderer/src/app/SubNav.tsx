import type { Go, Screen } from './screens';

export interface SubNavTab {
  readonly label: string;
  readonly screen: Screen;
}

/** A section's own places under the main navigation (Comments, Records): one row of tabs. */
export function SubNav({
  label,
  tabs,
  current,
  go,
}: {
  label: string;
  tabs: readonly SubNavTab[];
  current: Screen['name'];
  go: Go;
}) {
  return (
    <nav aria-label={label} className="sub-nav">
      {tabs.map((tab) => (
        <button
          key={tab.label}
          type="button"
          className="nav-link"
          aria-current={current === tab.screen.name ? 'page' : undefined}
          onClick={() => go(tab.screen)}
        >
          {tab.label}
        </button>
      ))}
    </nav>
  );
}
