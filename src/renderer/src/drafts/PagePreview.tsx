import { useState } from 'react';
import { type Draft, draftWorkflow, latestRevision } from '../../../shared/drafts/draft';
import {
  type PageText,
  type TextSegment,
  pageText,
  platformLabel,
} from '../../../shared/policy/page-text';
import type { PostTarget } from '../../../shared/policy/platform-check';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { DeskError } from '../../../shared/result';
import { type ItemStatus, STATUS_LABELS } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { useWhenTypingPauses } from './use-when-typing-pauses';

interface PagePreviewProps {
  /** The text as it is in the editor now. */
  readonly body: string;
  readonly targets: readonly PostTarget[];
  /** The saved draft; copying takes the saved revision's text (none while unsaved). */
  readonly draft: Draft | undefined;
  readonly unsaved: boolean;
}

type CopiedText = ResponseOf<'drafts:copyText'>;

const previewsOf = (body: string, targets: readonly PostTarget[]) =>
  targets.map((target) => ({ target, text: pageText(body, target) }));

/** Only these may be pasted into a platform; anything else is copied to check, never to post. */
const POSTABLE: ReadonlySet<ItemStatus> = new Set(['approved', 'published']);

/** The post as each target page will show it, with a copy button for each. */
export function PagePreview({ body, targets, draft, unsaved }: PagePreviewProps) {
  // Typing stays quick on a long post: its preview follows when the typing pauses.
  const previews = useWhenTypingPauses(previewsOf, body, targets);
  const [copied, setCopied] = useState<string>();
  const [error, setError] = useState<DeskError>();
  const [copying, setCopying] = useState(false);

  const revision = draft ? latestRevision(draft) : undefined;
  const postable = draft !== undefined && POSTABLE.has(draftWorkflow(draft).status);
  const canCopy = draft !== undefined && !unsaved && !copying;
  const whyNot =
    draft === undefined
      ? 'Save the draft to copy its text: the copy is of a saved revision.'
      : unsaved
        ? 'Save your changes first: the copy is of the saved revision, not of the text being edited.'
        : undefined;

  const copy = async (target: PostTarget) => {
    if (!draft) return;
    setCopying(true);
    setError(undefined);
    setCopied(undefined);
    const result = await desk().drafts.copyText({ id: draft.id, pageId: target.page });
    setCopying(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCopied(copiedWords(result.value, target));
  };

  return (
    <section aria-labelledby="preview-heading" className="preview">
      <h2 id="preview-heading">How each page will show it</h2>
      {targets.length === 0 ? (
        <p className="empty">
          No target pages: choose the pages the post is for to preview it on each.
        </p>
      ) : (
        <>
          <p id="preview-copy-hint" className="hint">
            {whyNot ??
              (postable
                ? `Revision ${revision?.number ?? ''} is approved: copy its text for a page and paste it there.`
                : `Revision ${revision?.number ?? ''} is not approved yet: copy it to check, do not post it.`)}
          </p>
          {previews === undefined ? <p className="hint">Preparing the preview…</p> : null}
          {(previews ?? []).map(({ target, text }) => (
            <section
              key={target.page}
              aria-labelledby={`preview-${target.page}`}
              className="preview-page"
            >
              <h3 id={`preview-${target.page}`}>
                On “{target.name}” ({platformLabel(target.platform)})
              </h3>
              <div className="preview-text">
                {text.segments.length === 0 ? (
                  <span className="hint">No text yet.</span>
                ) : (
                  text.segments.map((segment, index) => (
                    <Segment key={index} segment={segment} clickable={text.linksClickable} />
                  ))
                )}
              </div>
              <PreviewNotes target={target} text={text} />
              <button
                type="button"
                disabled={!canCopy}
                aria-describedby="preview-copy-hint"
                onClick={() => void copy(target)}
              >
                Copy text for “{target.name}”
              </button>
            </section>
          ))}
          <p role="status" className="preview-status">
            {copied ?? ''}
          </p>
          {error ? <ErrorMessage error={error} /> : null}
        </>
      )}
    </section>
  );
}

/**
 * What the status line says after a copy, from the main process's answer only: the revision, the
 * cut and whether it may be posted are read from the saved draft there, never from the text being
 * typed here or a draft this screen loaded a while ago.
 */
export function copiedWords(answer: CopiedText, target: PostTarget): string {
  const count = (n: number) =>
    `${n.toLocaleString('en-US')} ${n === 1 ? 'character' : 'characters'}`;
  const left = answer.cut
    ? `; ${platformLabel(target.platform)} would cut the last ${count(answer.leftOut)}: they were left out of the copy, so shorten the post`
    : '';
  const warning = answer.approved
    ? '.'
    : ` — not approved yet: do not post it (its status is “${STATUS_LABELS[answer.status]}”).`;
  return `Copied ${count(answer.characters)} of revision ${answer.revision} for “${target.name}”${left}${warning}`;
}

function PreviewNotes({ target, text }: { readonly target: PostTarget; readonly text: PageText }) {
  const notes = [...text.notes];
  if (text.linksClickable && text.segments.some((segment) => segment.mark === 'link')) {
    notes.push(
      `${platformLabel(target.platform)} makes the links clickable; they are underlined here, and not clickable in this preview.`,
    );
  }
  if (notes.length === 0) {
    return <p className="hint">{platformLabel(target.platform)} shows it as written.</p>;
  }
  return (
    <ul className="preview-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** A stretch of the preview: a platform's cut said in words, a link never clickable here. */
function Segment({
  segment,
  clickable,
}: {
  readonly segment: TextSegment;
  readonly clickable: boolean;
}) {
  switch (segment.mark) {
    case 'plain':
      return <>{segment.text}</>;
    case 'link':
      // A platform that leaves links dead shows them as plain words; so does the preview.
      return clickable ? (
        <span className="preview-link">{segment.text}</span>
      ) : (
        <span className="preview-dead-link">
          {segment.text}
          <span className="preview-mark-label"> (plain text, not a link)</span>
        </span>
      );
    case 'cut':
      return (
        <>
          <span className="preview-mark-label">[cut from here]</span>
          <del className="preview-cut">{segment.text}</del>
        </>
      );
    default: {
      const unreachable: never = segment.mark;
      return unreachable;
    }
  }
}
