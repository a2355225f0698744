import type { Go, Screen } from '../app/screens';

const TABS = [
  { label: 'Queue', screen: { name: 'queue' } },
  { label: 'Import', screen: { name: 'import' } },
  { label: 'Consistency report', screen: { name: 'report' } },
  { label: 'Journal', screen: { name: 'journal' } },
] as const satisfies readonly { label: string; screen: Screen }[];

/** The moderation desk's own places, under the main navigation's "Comments". */
export function ModerationNav({ current, go }: { current: Screen['name']; go: Go }) {
  return (
    <nav aria-label="Comments" className="sub-nav">
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
