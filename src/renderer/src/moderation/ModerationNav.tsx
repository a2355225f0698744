import type { Go, Screen } from '../app/screens';
import { SubNav, type SubNavTab } from '../app/SubNav';

const TABS = [
  { label: 'Queue', screen: { name: 'queue' } },
  { label: 'Import', screen: { name: 'import' } },
  { label: 'Consistency report', screen: { name: 'report' } },
  { label: 'Journal', screen: { name: 'journal' } },
] as const satisfies readonly SubNavTab[];

/** The moderation desk's own places, under the main navigation's "Comments". */
export function ModerationNav({ current, go }: { current: Screen['name']; go: Go }) {
  return <SubNav label="Comments" tabs={TABS} current={current} go={go} />;
}
