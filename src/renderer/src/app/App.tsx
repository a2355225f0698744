import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { SessionStatus } from '../../../shared/profiles/session';
import type { DeskError } from '../../../shared/result';
import { desk } from '../desk';
import { DraftEditor } from '../drafts/DraftEditor';
import { DraftsList } from '../drafts/DraftsList';
import { HistoryView } from '../drafts/HistoryView';
import { InboxScreen } from '../approvals/InboxScreen';
import { PacketView } from '../packets/PacketView';
import { PagesScreen } from '../pages/PagesScreen';
import { CommentHistory } from '../moderation/CommentHistory';
import { ImportScreen } from '../moderation/ImportScreen';
import { JournalScreen } from '../moderation/JournalScreen';
import { ModerationNav } from '../moderation/ModerationNav';
import { QueueScreen } from '../moderation/QueueScreen';
import { ReportScreen } from '../moderation/ReportScreen';
import { PeopleScreen } from '../people/PeopleScreen';
import { AuditScreen } from '../records/AuditScreen';
import { ExportScreen } from '../records/ExportScreen';
import { RecordsNav, RECORDS_SCREENS } from '../records/RecordsNav';
import { RetentionScreen } from '../records/RetentionScreen';
import { SearchScreen } from '../records/SearchScreen';
import { FirstAdministratorForm } from '../session/FirstAdministratorForm';
import { SignInForm } from '../session/SignInForm';
import { ErrorMessage } from './ErrorMessage';
import type { Screen } from './screens';

/** The main navigation: each entry and the screens it covers. */
const SECTIONS = [
  { label: 'Drafts', screen: { name: 'drafts' }, covers: ['drafts', 'editor', 'history'] },
  { label: 'Approvals', screen: { name: 'inbox' }, covers: ['inbox', 'packet'] },
  { label: 'Pages', screen: { name: 'pages' }, covers: ['pages'] },
  {
    label: 'Comments',
    screen: { name: 'queue' },
    covers: ['queue', 'comment', 'import', 'report', 'journal'],
  },
  {
    label: 'Records',
    screen: { name: 'records-search' },
    covers: ['records-search', 'retention', 'export', 'audit'],
  },
  { label: 'People and department', screen: { name: 'people' }, covers: ['people'] },
] as const satisfies readonly {
  label: string;
  screen: Screen;
  covers: readonly Screen['name'][];
}[];

const MODERATION_SCREENS: readonly Screen['name'][] = [
  'queue',
  'comment',
  'import',
  'report',
  'journal',
];

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'drafts' });
  const [info, setInfo] = useState<AppInfo>();
  const [status, setStatus] = useState<SessionStatus>();
  const [error, setError] = useState<DeskError>();
  const [unsaved, setUnsaved] = useState(false);

  // Read again on every screen change: the department's lines (which the live checklist exempts)
  // may have just been changed on the people and department screen.
  useEffect(() => {
    void desk()
      .app.info({})
      .then((result) => {
        if (result.ok) setInfo(result.value);
      });
  }, [screen.name]);

  useEffect(() => {
    void desk()
      .session.status({})
      .then((result) => {
        if (result.ok) setStatus(result.value);
        else setError(result.error);
      });
  }, []);

  // Leaving the editor with unsaved changes loses them: ask first.
  const go = (next: Screen) => {
    if (unsaved && !window.confirm('This draft has unsaved changes. Leave without saving?')) return;
    setUnsaved(false);
    setScreen(next);
  };

  const signOut = async () => {
    if (unsaved && !window.confirm('This draft has unsaved changes. Sign out without saving?'))
      return;
    const result = await desk().session.signOut({});
    if (!result.ok) return;
    setUnsaved(false);
    setScreen({ name: 'drafts' });
    setStatus(result.value);
  };

  const signedIn = status?.signedIn ?? undefined;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Social Desk</span>
        {signedIn ? (
          <>
            <nav aria-label="Main">
              {SECTIONS.map((section) => (
                <button
                  key={section.label}
                  type="button"
                  className="nav-link"
                  aria-current={
                    (section.covers as readonly string[]).includes(screen.name) ? 'page' : undefined
                  }
                  onClick={() => go(section.screen)}
                >
                  {section.label}
                </button>
              ))}
            </nav>
            <span className="signed-in">
              Signed in as <strong>{signedIn.name}</strong>
            </span>
            <button type="button" className="nav-link" onClick={() => void signOut()}>
              Sign out
            </button>
          </>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {info && info.notices.length > 0 ? (
          <div role="status" className="notice">
            {info.notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
          </div>
        ) : null}
        {error ? <ErrorMessage error={error} /> : null}
        {status === undefined && !error ? <p role="status">Opening the data folder…</p> : null}
        {status && !status.profilesExist ? (
          <FirstAdministratorForm
            onDone={(profile) =>
              setStatus({
                ...status,
                profilesExist: true,
                signedIn: profile,
                profileNames: [profile.name],
              })
            }
          />
        ) : null}
        {status?.profilesExist && !signedIn ? (
          <SignInForm
            profileNames={status.profileNames}
            onDone={(profile) => setStatus({ ...status, signedIn: profile })}
          />
        ) : null}
        {signedIn && screen.name === 'drafts' ? (
          <DraftsList onOpen={(draftId) => go({ name: 'editor', draftId })} />
        ) : null}
        {signedIn && screen.name === 'editor' ? (
          <DraftEditor
            key={screen.draftId ?? 'new'}
            department={info?.department ?? undefined}
            draftId={screen.draftId}
            onUnsavedChange={setUnsaved}
            onClose={() => go({ name: 'drafts' })}
            me={signedIn}
            onOpenPacket={(id) =>
              go({
                name: 'packet',
                item: { kind: 'post', id },
                back: { name: 'editor', draftId: id },
              })
            }
            onOpenHistory={(id) => go({ name: 'history', draftId: id })}
          />
        ) : null}
        {signedIn && screen.name === 'history' ? (
          <HistoryView key={screen.draftId} draftId={screen.draftId} go={go} me={signedIn} />
        ) : null}
        {signedIn && screen.name === 'inbox' ? <InboxScreen go={go} me={signedIn} /> : null}
        {signedIn && screen.name === 'packet' ? (
          <PacketView
            key={`${screen.item.kind}:${screen.item.id}`}
            item={screen.item}
            back={screen.back}
            go={go}
            me={signedIn}
          />
        ) : null}
        {signedIn && screen.name === 'pages' ? (
          <PagesScreen
            key={screen.pageId ?? 'all'}
            pageId={screen.pageId}
            go={go}
            me={signedIn}
            department={info?.department ?? null}
          />
        ) : null}
        {signedIn && screen.name === 'people' ? <PeopleScreen me={signedIn} /> : null}
        {signedIn && MODERATION_SCREENS.includes(screen.name) ? (
          <ModerationNav current={screen.name} go={go} />
        ) : null}
        {signedIn && screen.name === 'queue' ? <QueueScreen go={go} me={signedIn} /> : null}
        {signedIn && screen.name === 'comment' ? (
          <CommentHistory
            key={screen.seq}
            seq={screen.seq}
            back={screen.back}
            go={go}
            me={signedIn}
          />
        ) : null}
        {signedIn && screen.name === 'import' ? <ImportScreen go={go} me={signedIn} /> : null}
        {signedIn && screen.name === 'report' ? <ReportScreen go={go} me={signedIn} /> : null}
        {signedIn && screen.name === 'journal' ? <JournalScreen go={go} me={signedIn} /> : null}
        {signedIn && RECORDS_SCREENS.includes(screen.name) ? (
          <RecordsNav current={screen.name} go={go} />
        ) : null}
        {signedIn && screen.name === 'records-search' ? (
          <SearchScreen go={go} me={signedIn} />
        ) : null}
        {signedIn && screen.name === 'retention' ? <RetentionScreen go={go} me={signedIn} /> : null}
        {signedIn && screen.name === 'export' ? <ExportScreen go={go} me={signedIn} /> : null}
        {signedIn && screen.name === 'audit' ? <AuditScreen go={go} me={signedIn} /> : null}
      </main>
      <footer className="app-footer">
        {info ? (
          <>
            Version {info.version} · Data folder <code>{info.dataFolder}</code>
          </>
        ) : null}
      </footer>
    </div>
  );
}
