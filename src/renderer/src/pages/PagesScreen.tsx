import { useCallback, useEffect, useState } from 'react';
import type { PageDetail } from '../../../shared/ipc/channels/page-channels';
import type { AppInfo } from '../../../shared/ipc/contract';
import { REMOVAL_CATEGORY_LABELS } from '../../../shared/pages/intro-categories';
import type { Page } from '../../../shared/pages/page';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError, Result } from '../../../shared/result';
import { type ItemStatus, STATUS_LABELS } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import type { Go } from '../app/screens';
import { desk } from '../desk';
import { IntroEditor } from './IntroEditor';
import { PageForm } from './PageForm';
import { PageModerationRules } from './PageModerationRules';

interface PagesScreenProps {
  readonly pageId?: string;
  readonly go: Go;
  readonly me: Profile;
  readonly department: AppInfo['department'];
}

/** The department's pages, and one page with its intro-statement versions (SPEC section 3). */
export function PagesScreen(props: PagesScreenProps) {
  return props.pageId === undefined ? (
    <PagesList {...props} />
  ) : (
    <PageView {...props} pageId={props.pageId} />
  );
}

const isAdministrator = (me: Profile) => me.roles.includes('administrator');

function PagesList({ go, me }: PagesScreenProps) {
  const [rows, setRows] = useState<{ page: Page; status: ItemStatus }[]>();
  const [error, setError] = useState<DeskError>();
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    // Set false when the screen goes away before the answers come back.
    const mounted = { current: true };
    void (async () => {
      const listed = await desk().pages.list({});
      if (!listed.ok) {
        if (mounted.current) setError(listed.error);
        return;
      }
      // A page's status is read from its steps and its current content: the main process knows it.
      const details = await Promise.all(
        listed.value.map((page) => desk().pages.get({ id: page.id })),
      );
      if (!mounted.current) return;
      const failed = details.flatMap((result) => (result.ok ? [] : [result.error]));
      if (failed[0]) setError(failed[0]);
      setRows(details.flatMap((result) => (result.ok ? [result.value] : [])));
    })();
    return () => {
      mounted.current = false;
    };
  }, []);

  return (
    <section aria-labelledby="pages-heading" className="pages-screen">
      <div className="screen-heading">
        <h1 id="pages-heading">Pages</h1>
        {isAdministrator(me) && !creating ? (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New page
          </button>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {creating ? (
        <section aria-labelledby="pages-new-heading" className="pages-new">
          <h2 id="pages-new-heading">New page</h2>
          <PageForm
            page={undefined}
            onSaved={(page) => go({ name: 'pages', pageId: page.id })}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : null}
      {rows === undefined && !error ? <p role="status">Loading the pages…</p> : null}
      {rows && rows.length === 0 ? (
        <p className="hint">
          No pages recorded yet.
          {isAdministrator(me) ? ' Record one with “New page”.' : ''}
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <table className="pages-table">
          <caption>The department’s pages</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Platform</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ page, status }) => (
              <tr key={page.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="pages-link"
                    onClick={() => go({ name: 'pages', pageId: page.id })}
                  >
                    {page.name}
                  </button>
                </th>
                <td>{page.platform}</td>
                <td>{STATUS_LABELS[status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** A `datetime-local` value (the person's own clock) as the ISO instant the contract takes. */
function isoFromLocal(value: string): string | undefined {
  const time = new Date(value);
  return value === '' || Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

function PageView({ pageId, go, me, department }: PagesScreenProps & { readonly pageId: string }) {
  const [detail, setDetail] = useState<PageDetail>();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map([[me.id, me.name]]));
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const administrator = isAdministrator(me);

  useEffect(() => {
    let current = true;
    void desk()
      .pages.get({ id: pageId })
      .then((result) => {
        if (!current) return;
        if (result.ok) setDetail(result.value);
        else setError(result.error);
      });
    void desk()
      .people.list({})
      .then((result) => {
        // Without the list, records still name people by their profile id: never a guess.
        if (current && result.ok) setNames(new Map(result.value.map((p) => [p.id, p.name])));
      });
    return () => {
      current = false;
    };
  }, [pageId]);

  const act = useCallback(async (call: () => Promise<Result<PageDetail>>, done: string) => {
    setBusy(true);
    setError(undefined);
    setStatus('');
    const result = await call();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDetail(result.value);
    setStatus(done);
  }, []);

  if (!detail) {
    return (
      <section aria-labelledby="pages-heading" className="pages-screen">
        <h1 id="pages-heading">Page</h1>
        {error ? <ErrorMessage error={error} /> : <p role="status">Loading the page…</p>}
        <button type="button" onClick={() => go({ name: 'pages' })}>
          Back to pages
        </button>
      </section>
    );
  }

  const { page } = detail;
  const nameOf = (id: string) => names.get(id) ?? id;
  const back = { name: 'pages', pageId } as const;

  return (
    <section aria-labelledby="pages-heading" className="pages-screen">
      <div className="screen-heading">
        <h1 id="pages-heading">{page.name}</h1>
        <button type="button" onClick={() => go({ name: 'pages' })}>
          Back to pages
        </button>
      </div>
      <p className="pages-status">
        Page status: <strong>{STATUS_LABELS[detail.status]}</strong>
      </p>
      <p role="status" className="save-status">
        {status}
      </p>
      {error ? <ErrorMessage error={error} /> : null}

      <section aria-labelledby="pages-details-heading">
        <h2 id="pages-details-heading">Page details</h2>
        {administrator ? (
          <PageForm
            page={page}
            onSaved={() => {
              void desk()
                .pages.get({ id: page.id })
                .then((result) => {
                  if (result.ok) setDetail(result.value);
                });
            }}
          />
        ) : (
          <dl className="pages-facts">
            <dt>Platform</dt>
            <dd>{page.platform}</dd>
            <dt>Page URL</dt>
            <dd>{page.url}</dd>
            <dt>Audience</dt>
            <dd>{page.audience ?? 'Not named'}</dd>
            <dt>Administrators</dt>
            <dd>{(page.administrators ?? []).join(', ') || 'None named'}</dd>
          </dl>
        )}
        <p className="hint">
          Recorded by {nameOf(page.createdBy)} on {formatTime(page.createdAt)}
          {page.updatedBy && page.updatedAt
            ? `; last changed by ${nameOf(page.updatedBy)} on ${formatTime(page.updatedAt)}`
            : ''}
          .
        </p>
      </section>

      <section aria-labelledby="pages-approval-heading">
        <h2 id="pages-approval-heading">The page’s approval</h2>
        <p className="hint">
          A new page goes to the Chief through a packet with its latest intro statement (III.B.3.a).
        </p>
        <div className="actions">
          {administrator ? (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => desk().pages.submit({ id: page.id }),
                  `Page “${page.name}” submitted for approval`,
                )
              }
            >
              Submit page for approval
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => go({ name: 'packet', item: { kind: 'page', id: page.id }, back })}
          >
            Open page packet
          </button>
        </div>
        {administrator ? (
          <PublishedForm
            id="pages-page-published"
            label="When the page went live"
            button="Record page as published"
            busy={busy}
            onRecord={(publishedAt) =>
              act(
                () => desk().pages.published({ id: page.id, publishedAt }),
                `Page “${page.name}” recorded as live`,
              )
            }
          />
        ) : null}
      </section>

      <PageModerationRules pageId={page.id} me={me} />

      <section aria-labelledby="pages-versions-heading">
        <h2 id="pages-versions-heading">Intro statement versions</h2>
        {detail.versions.length === 0 ? (
          <p className="hint">No intro statement written yet.</p>
        ) : (
          <ol className="pages-versions">
            {detail.versions.map((version) => (
              <li key={version.id} className="pages-version">
                <h3>
                  Version {version.number}
                  {detail.inForce === version.id ? ' (in force now)' : ''}
                </h3>
                <dl className="pages-facts">
                  <dt>Status</dt>
                  <dd>
                    {STATUS_LABELS[version.status]}
                    {version.awaitingConfirmation
                      ? ' (verbal approval awaiting written confirmation)'
                      : ''}
                  </dd>
                  <dt>Removal categories</dt>
                  <dd>
                    {version.categories.length === 0
                      ? 'None published'
                      : version.categories.map((c) => REMOVAL_CATEGORY_LABELS[c]).join(', ')}
                  </dd>
                  <dt>Written by</dt>
                  <dd>
                    {nameOf(version.createdBy)} on {formatTime(version.createdAt)}
                  </dd>
                </dl>
                <details>
                  <summary>Text of version {version.number}</summary>
                  <p className="pages-version-text">{version.text}</p>
                </details>
                <div className="actions">
                  {administrator ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void act(
                          () => desk().pages.introSubmit({ versionId: version.id }),
                          `Version ${version.number} submitted for approval`,
                        )
                      }
                    >
                      Submit version {version.number} for approval
                    </button>
                  ) : null}
                  <button
                    type="button"
                    onClick={() =>
                      go({
                        name: 'packet',
                        item: { kind: 'intro-statement', id: version.id },
                        back,
                      })
                    }
                  >
                    Open packet for version {version.number}
                  </button>
                </div>
                {administrator ? (
                  <PublishedForm
                    id={`pages-version-${version.number}-published`}
                    label={`When version ${version.number} was posted`}
                    button={`Record version ${version.number} as published`}
                    busy={busy}
                    onRecord={(publishedAt) =>
                      act(
                        () => desk().pages.introPublished({ versionId: version.id, publishedAt }),
                        `Version ${version.number} recorded as posted on the page`,
                      )
                    }
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <InForceLookup pageId={page.id} />

      {administrator ? (
        <IntroEditor detail={detail} department={department} onDetail={setDetail} />
      ) : null}
    </section>
  );
}

/** A date-time and a button: when something went out on the platform, as the person saw it. */
function PublishedForm({
  id,
  label,
  button,
  busy,
  onRecord,
}: {
  readonly id: string;
  readonly label: string;
  readonly button: string;
  readonly busy: boolean;
  readonly onRecord: (publishedAt: string) => Promise<void>;
}) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <form
      className="pages-published"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const publishedAt = isoFromLocal(value);
        if (!publishedAt) {
          setProblem('Give the date and time it went out.');
          return;
        }
        setProblem('');
        void onRecord(publishedAt);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" disabled={busy}>
        {button}
      </button>
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      ) : null}
    </form>
  );
}

/** The statement in force at a past moment: what a moderation decision then was judged against. */
function InForceLookup({ pageId }: { readonly pageId: string }) {
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<DeskError>();
  return (
    <section aria-labelledby="pages-in-force-heading">
      <h2 id="pages-in-force-heading">Version in force on a date</h2>
      <form
        className="pages-in-force"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const at = isoFromLocal(value);
          setError(undefined);
          if (!at) {
            setAnswer('Give a date and time.');
            return;
          }
          void desk()
            .pages.introInForce({ pageId, at })
            .then((result) => {
              if (!result.ok) {
                setError(result.error);
                setAnswer('');
                return;
              }
              const { version, since } = result.value;
              setAnswer(
                version && since
                  ? `Version ${version.number} was in force then (posted ${formatTime(since)}).`
                  : 'No intro statement was in force then: none had been posted on the page yet.',
              );
            });
        }}
      >
        <label htmlFor="pages-in-force-at">Date and time</label>
        <input
          id="pages-in-force-at"
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">Show version in force</button>
      </form>
      <p role="status" className="pages-in-force-answer">
        {answer}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
