import type { Go, Screen } from '../app/screens';
import { SubNav, type SubNavTab } from '../app/SubNav';

const TABS = [
  { label: 'Search', screen: { name: 'records-search' } },
  { label: 'Retention and holds', screen: { name: 'retention' } },
  { label: 'Export', screen: { name: 'export' } },
  { label: 'Audit trail', screen: { name: 'audit' } },
] as const satisfies readonly SubNavTab[];

export const RECORDS_SCREENS: readonly Screen['name'][] = TABS.map((tab) => tab.screen.name);

/** The records custodian's places, under the main navigation's "Records". */
export function RecordsNav({ current, go }: { current: Screen['name']; go: Go }) {
  return <SubNav label="Records" tabs={TABS} current={current} go={go} />;
}
