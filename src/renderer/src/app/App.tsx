import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { desk } from '../desk';
import { DraftEditor } from '../drafts/DraftEditor';
import { DraftsList } from '../drafts/DraftsList';

type Screen = { readonly name: 'drafts' } | { readonly name: 'editor'; readonly draftId?: string };

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'drafts' });
  const [info, setInfo] = useState<AppInfo>();
  const [unsaved, setUnsaved] = useState(false);

  // Leaving the editor with unsaved changes loses them: ask first.
  const go = (next: Screen) => {
    if (unsaved && !window.confirm('This draft has unsaved changes. Leave without saving?')) return;
    setUnsaved(false);
    setScreen(next);
  };

  useEffect(() => {
    void desk()
      .app.info({})
      .then((result) => {
        if (result.ok) setInfo(result.value);
      });
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Social Desk</span>
        <nav aria-label="Main">
          <button
            type="button"
            className="nav-link"
            aria-current={screen.name === 'drafts' ? 'page' : undefined}
            onClick={() => go({ name: 'drafts' })}
          >
            Drafts
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {screen.name === 'drafts' ? (
          <DraftsList onOpen={(draftId) => go({ name: 'editor', draftId })} />
        ) : (
          <DraftEditor
            key={screen.draftId ?? 'new'}
            draftId={screen.draftId}
            onUnsavedChange={setUnsaved}
            onClose={() => go({ name: 'drafts' })}
          />
        )}
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
