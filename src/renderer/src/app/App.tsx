import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { desk } from '../desk';
import { DraftEditor } from '../drafts/DraftEditor';
import { DraftsList } from '../drafts/DraftsList';

type Screen = { readonly name: 'drafts' } | { readonly name: 'editor'; readonly draftId?: string };

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'drafts' });
  const [info, setInfo] = useState<AppInfo>();

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
            onClick={() => setScreen({ name: 'drafts' })}
          >
            Drafts
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {screen.name === 'drafts' ? (
          <DraftsList onOpen={(draftId) => setScreen({ name: 'editor', draftId })} />
        ) : (
          <DraftEditor
            key={screen.draftId ?? 'new'}
            draftId={screen.draftId}
            onClose={() => setScreen({ name: 'drafts' })}
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
