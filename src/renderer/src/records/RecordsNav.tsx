import type { Go, Screen } from '../app/screens';

const TABS = [
  { label: 'Search', screen: { name: 'records-search' } },
  { label: 'Retention and holds', screen: { name: 'retention' } },
  { label: 'Export', screen: { name: 'export' } },
  { label: 'Audit trail', screen: { name: 'audit' } },
] as const satisfies readonly { label: string; screen: Screen }[];

export const RECORDS_SCREENS: readonly Screen['name'][] = TABS.map((tab) => tab.screen.name);

/** The records custodian's places, under the main navigation's "Records". */
export function RecordsNav({ current, go }: { current: Screen['name']; go: Go }) {
  return (
    <nav aria-label="Records" className="sub-nav">
      {TABS.map((tab) => (
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
