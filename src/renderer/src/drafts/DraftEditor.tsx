import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { DRAFT_CATEGORIES } from '../../../shared/drafts/categories';
import {
  type Draft,
  type DraftContent,
  DRAFT_BODY_MAX,
  draftWorkflow,
  latestRevision,
} from '../../../shared/drafts/draft';
import { type PostTarget, pageTarget } from '../../../shared/policy/platform-check';
import type { DeskError } from '../../../shared/result';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { findingKey } from '../../../shared/policy/checklist';
import type { FieldFinding } from '../../../shared/policy/draft-checklist';
import type { DepartmentContacts } from '../../../shared/policy/finding';
import { FindingLegend, HighlightedTextarea } from './HighlightedTextarea';
import { TargetPagesField } from './TargetPagesField';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import type { ChecklistJob } from '../checklist/checklist-job';
import { useLiveChecklist } from '../checklist/use-live-checklist';
import { editBetween, followSpan } from './follow-edits';
import { desk } from '../desk';
import type { Profile } from '../../../shared/profiles/profile';
import { STATUS_LABELS } from '../../../shared/workflow/workflow';
import { DraftStatusPanel } from './DraftStatusPanel';
import { isLocked, saveWarning } from './draft-status';
import { type DraftFormValues, EMPTY_DRAFT, draftFormSchema, formValues } from './draft-form';
import { MediaSection } from './MediaSection';
import { PagePreview } from './PagePreview';
import { TemplateFields } from './TemplateFields';
import { type Caret, atCursorText, findingAt, findingText, nextFinding } from './editor-findings';
import { useCharacterCounter } from './use-character-counter';
import { ShortcutsDialog, type ShortcutsDialogHandle, isTyping } from './ShortcutsDialog';
import { usePages } from '../app/use-pages';

interface DraftEditorProps {
  readonly department: (DepartmentContacts & { readonly name?: string }) | undefined;
  /** The draft to open; none starts a new one. Fixed for the editor's life (App keys on it). */
  readonly draftId?: string;
  readonly onUnsavedChange: (unsaved: boolean) => void;
  readonly onClose: () => void;
  readonly me: Profile;
  /** The draft's packet: frozen when submitted, else a preview. */
  readonly onOpenPacket: (draftId: string) => void;
  /** The draft's revisions, compared word by word. */
  readonly onOpenHistory: (draftId: string) => void;
}

export function DraftEditor({
  department,
  draftId,
  onUnsavedChange,
  onClose,
  me,
  onOpenPacket,
  onOpenHistory,
}: DraftEditorProps) {
  const [draft, setDraft] = useState<Draft>();
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const form = useForm<DraftFormValues, unknown, DraftContent>({
    resolver: zodResolver(draftFormSchema),
    defaultValues: EMPTY_DRAFT,
  });
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors, isDirty, isSubmitting },
  } = form;
  const [title, body, chosenPages, media, category] = useWatch({
    control,
    name: ['title', 'body', 'pages', 'media', 'category'],
  });
  const pages = usePages(setError);
  const targets = useMemo(
    (): PostTarget[] =>
      (pages ?? []).filter((page) => chosenPages.includes(page.id)).map(pageTarget),
    [pages, chosenPages],
  );
  const titleInput = useRef<HTMLInputElement | null>(null);
  const bodyInput = useRef<HTMLTextAreaElement | null>(null);
  const latestSaved = draft ? latestRevision(draft) : undefined;
  const workflowStatus = draft ? draftWorkflow(draft).status : 'draft';
  // Submitted, published and archived text is a record: read-only until the machine allows edits.
  const locked = isLocked(workflowStatus);
  const warning = saveWarning(workflowStatus, isDirty);
  const job = useMemo(
    (): ChecklistJob => ({
      // The category names the template whose "[Label]" placeholders the checklist looks for.
      content: { title, body, media, category },
      // Only what the checklist reads: the revisions' texts need not travel to the worker.
      records: draft && {
        attestations: draft.attestations,
        justifications: draft.justifications,
        permissions: draft.permissions,
      },
      // Attestations hold for saved content only: with unsaved edits, none applies.
      savedHash: draft && !isDirty ? latestRevision(draft).contentHash : undefined,
      context: { department, targets },
    }),
    [title, body, media, category, draft, isDirty, department, targets],
  );
  const live = useLiveChecklist(job);
  const { items } = live.outcome;
  // The findings were computed for the text as it was a moment ago: follow the edits since.
  const bodyEdit = useMemo(() => editBetween(live.body, body), [live.body, body]);
  const titleEdit = useMemo(() => editBetween(live.title, title), [live.title, title]);
  const findings = useMemo(
    () =>
      live.outcome.findings.flatMap((finding) => {
        const followed =
          finding.field === 'body'
            ? followSpan(finding, live.body, body, bodyEdit)
            : followSpan(finding, live.title, title, titleEdit);
        return followed ? [followed] : [];
      }),
    [live, body, title, bodyEdit, titleEdit],
  );
  const justifications = draft?.justifications;
  const bodyHighlights = useMemo(() => {
    const justifiedKeys = new Set(justifications?.map((j) => j.findingKey));
    return findings
      .filter((f) => f.field === 'body')
      .map((f) => ({
        start: f.start,
        end: f.end,
        kind: f.kind,
        // What a platform would cut stays marked open whatever was recorded (as the gate holds).
        open: f.mustEdit === true || !justifiedKeys.has(findingKey(f)),
      }));
  }, [findings, justifications]);

  // Where the caret was last in the title or the text: the finding there is shown under the text,
  // and F8 goes on from it. A ref, not state: the caret moves with every key, and only a change in
  // what is said under the text should draw the editor again (typing in 50,000 characters).
  const caret = useRef<Caret>(undefined);
  const [atCursor, setAtCursor] = useState('');
  const [findingNote, setFindingNote] = useState('');
  const sayAtCursor = (at: Caret | undefined, among: typeof findings) => {
    setAtCursor(atCursorText(at && findingAt(among, at)));
  };
  // The findings move on as the worker rescans: say what is at the caret now.
  useEffect(() => {
    const at = caret.current;
    setAtCursor(atCursorText(at && findingAt(findings, at)));
  }, [findings]);
  const followCaret = (field: Caret['field'], input: HTMLInputElement | HTMLTextAreaElement) => {
    const start = input.selectionStart ?? 0;
    caret.current = { field, start, end: input.selectionEnd ?? start };
    setFindingNote('');
    sayAtCursor(caret.current, findings);
  };

  // Hovering a mark names its finding in a tooltip: the character under the pointer, found by
  // the browser, inside a finding (not merely touching it, as the caret may).
  const [hovered, setHovered] = useState<string>();
  const hover = (x: number, y: number, textarea: HTMLTextAreaElement) => {
    const position = document.caretPositionFromPoint(x, y);
    const offset = position?.offsetNode === textarea ? position.offset : undefined;
    const found =
      offset === undefined
        ? undefined
        : findingAt(findings, { field: 'body', start: offset, end: offset + 1 });
    const text = found ? findingText(found) : undefined;
    setHovered((was) => (was === text ? was : text));
  };

  const select = (field: Caret['field'], start: number, end: number) => {
    const input = field === 'title' ? titleInput.current : bodyInput.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(start, end);
    caret.current = { field, start, end };
    setFindingNote('');
    sayAtCursor(caret.current, findings);
  };

  const jump = (finding: FieldFinding) => {
    const span =
      finding.field === 'body'
        ? followSpan(finding, live.body, body, bodyEdit)
        : followSpan(finding, live.title, title, titleEdit);
    select(finding.field, (span ?? finding).start, (span ?? finding).end);
  };

  // F8 and Shift+F8: keys that type nothing, so they work from inside the text too.
  const goToFinding = (direction: 'next' | 'previous') => {
    const found = nextFinding(findings, caret.current, direction);
    if (!found) {
      setFindingNote('No findings in the title or the text.');
      return;
    }
    select(found.field, found.start, found.end);
  };

  const counter = useCharacterCounter(body, targets);

  const shortcuts = useRef<ShortcutsDialogHandle>(null);
  const goToFindingNow = useRef(goToFinding);
  useEffect(() => {
    goToFindingNow.current = goToFinding;
  });
  // On the window, not the form: F8 works wherever the focus is (the checklist, a button, nowhere),
  // but not behind the open shortcuts dialog.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (event.key === 'F8') {
        event.preventDefault();
        goToFindingNow.current(event.shiftKey ? 'previous' : 'next');
      } else if (event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        shortcuts.current?.open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A new draft starts at its title: the first thing a person types.
  useEffect(() => {
    if (draftId === undefined) titleInput.current?.focus();
  }, [draftId]);

  useEffect(() => {
    onUnsavedChange(isDirty);
  }, [isDirty, onUnsavedChange]);

  useEffect(() => {
    if (draftId === undefined) return;
    let current = true;
    void desk()
      .drafts.get({ id: draftId })
      .then((result) => {
        if (!current) return;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        const latest = latestRevision(result.value);
        setDraft(result.value);
        reset(formValues(latest));
      });
    return () => {
      current = false;
    };
  }, [draftId, reset]);

  // Our own refs beside react-hook-form's, so "Show in text" can select a finding.
  const titleField = register('title');
  const bodyField = register('body');

  const save = handleSubmit(async (content) => {
    if (locked) return; // Ctrl+S too: the main process would refuse it anyway
    setError(undefined);
    const result = await desk().drafts.save({ ...content, id: draft?.id });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const latest = latestRevision(result.value);
    setDraft(result.value);
    reset(formValues(latest));
    setStatus(`Saved revision ${latest.number} at ${formatTime(latest.savedAt)}`);
  });

  const latest = latestSaved;
  const heading = latest ? `Edit draft: ${latest.title}` : 'New draft';

  return (
    <div className="editor-layout">
      <section aria-labelledby="editor-heading" className="editor">
        <div className="screen-heading editor-heading">
          <h1 id="editor-heading">{heading}</h1>
          <div className="editor-heading-actions">
            <button
              type="button"
              aria-haspopup="dialog"
              aria-keyshortcuts="?"
              onClick={() => shortcuts.current?.open()}
            >
              Keyboard shortcuts
            </button>
            <button type="button" onClick={onClose}>
              Back to drafts
            </button>
          </div>
        </div>
        <ShortcutsDialog ref={shortcuts} />
        {draft ? (
          <DraftStatusPanel
            draft={draft}
            me={me}
            pages={pages}
            onDraftChange={setDraft}
            onOpenPacket={() => onOpenPacket(draft.id)}
          />
        ) : null}
        <form
          aria-labelledby="editor-heading"
          className={locked ? 'editor-form editor-locked' : 'editor-form'}
          noValidate
          onSubmit={(event) => {
            if (isSubmitting) {
              event.preventDefault();
              return;
            }
            void save(event);
          }}
          onKeyDown={(event) => {
            if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
              event.preventDefault();
              if (!isSubmitting) void save();
            }
          }}
        >
          {locked ? (
            <p id="draft-locked-note" className="editor-locked-note">
              Locked: nothing in this draft can be changed while it is{' '}
              {STATUS_LABELS[workflowStatus].split(':')[0]?.toLowerCase()}.
            </p>
          ) : null}
          <div className="editor-row">
            <div className="field">
              <label htmlFor="draft-title">Title</label>
              <input
                id="draft-title"
                type="text"
                autoComplete="off"
                readOnly={locked}
                aria-invalid={errors.title ? true : undefined}
                aria-describedby={errors.title ? 'draft-title-error' : undefined}
                {...titleField}
                onSelect={(event) => followCaret('title', event.currentTarget)}
                ref={(element) => {
                  titleField.ref(element);
                  titleInput.current = element;
                }}
              />
              {errors.title ? (
                <p id="draft-title-error" className="field-error">
                  {errors.title.message}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="draft-category">Category</label>
              <select
                id="draft-category"
                disabled={locked}
                aria-invalid={errors.category ? true : undefined}
                aria-describedby={errors.category ? 'draft-category-error' : undefined}
                {...register('category')}
              >
                <option value="">Choose a category…</option>
                {DRAFT_CATEGORIES.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.label} ({category.section})
                  </option>
                ))}
              </select>
              {errors.category ? (
                <p id="draft-category-error" className="field-error">
                  {errors.category.message}
                </p>
              ) : null}
            </div>
          </div>
          <fieldset className="status-lock" disabled={locked}>
            <Controller
              control={control}
              name="pages"
              render={({ field }) => (
                <TargetPagesField pages={pages} value={field.value} onChange={field.onChange} />
              )}
            />
          </fieldset>
          <TemplateFields form={form} locked={locked} department={department} />
          <div className="field">
            {/* The counter sits by the label, so it stays in view above the text as it grows. */}
            <div className="editor-text-head">
              <label htmlFor="draft-body">Post text</label>
              <p
                id="draft-body-count"
                className={counter.over ? 'editor-counter editor-counter-over' : 'editor-counter'}
              >
                {counter.text}
                {body.length > DRAFT_BODY_MAX * 0.9
                  ? ` (a draft holds at most ${DRAFT_BODY_MAX.toLocaleString('en-US')} characters)`
                  : ''}
              </p>
            </div>
            <HighlightedTextarea
              id="draft-body"
              rows={10}
              value={body}
              highlights={bodyHighlights}
              settled={live.body === body}
              readOnly={locked}
              aria-invalid={errors.body ? true : undefined}
              aria-describedby={`draft-body-count draft-finding-at-cursor${errors.body ? ' draft-body-error' : ''}`}
              aria-keyshortcuts="F8 Shift+F8"
              {...bodyField}
              onSelect={(event) => followCaret('body', event.currentTarget)}
              onMouseMove={(event) => hover(event.clientX, event.clientY, event.currentTarget)}
              onMouseLeave={() => setHovered(undefined)}
              title={hovered}
              textareaRef={(element) => {
                bodyField.ref(element);
                bodyInput.current = element;
              }}
            />
            {errors.body ? (
              <p id="draft-body-error" className="field-error">
                {errors.body.message}
              </p>
            ) : null}
            <p id="draft-finding-at-cursor" className="highlight-at-cursor" aria-live="polite">
              {findingNote || atCursor}
            </p>
            <FindingLegend highlights={bodyHighlights} />
          </div>
          <MediaSection form={form} draft={draft} locked={locked} onDraftChange={setDraft} />
          <div className="editor-actions">
            {warning ? (
              <p id="draft-save-warning" role="status" className="status-warning">
                {warning}
              </p>
            ) : null}
            <div className="actions">
              <button
                type="submit"
                className="primary"
                // Not disabled while saving: a disabled button drops the focus of the person who
                // pressed it. A second press meanwhile is ignored (see onSubmit).
                disabled={locked}
                aria-disabled={isSubmitting ? true : undefined}
                aria-describedby={
                  locked ? 'draft-locked-hint' : warning ? 'draft-save-warning' : undefined
                }
              >
                Save draft
              </button>
              <span id="draft-locked-hint" className="hint">
                {locked
                  ? 'The text is locked: see the status above.'
                  : 'Ctrl+S saves. Every save keeps a new revision.'}
              </span>
            </div>
            {error ? <ErrorMessage error={error} /> : null}
            <p role="status" className="save-status">
              {isDirty ? 'Unsaved changes' : status}
            </p>
          </div>
        </form>
        <PagePreview body={body} targets={targets} draft={draft} unsaved={isDirty} />
        {draft && latest ? (
          // The content hash is for the packet and the approver: the drafter needs the number.
          <p className="editor-history">
            <span className="hint">Revision {latest.number}</span>
            <button type="button" onClick={() => onOpenHistory(draft.id)}>
              Revision history
            </button>
          </p>
        ) : null}
      </section>
      <ChecklistPanel
        me={me}
        items={items}
        draft={draft}
        unsaved={isDirty}
        onDraftChange={setDraft}
        onJump={jump}
        targets={targets}
      />
    </div>
  );
}
