import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { PAGE_CHANNELS, type PageDetail } from '../../../shared/ipc/channels/page-channels';
import { categoryWarnings, REMOVAL_CATEGORY_LABELS } from '../../../shared/pages/intro-categories';
import { INTRO_STATEMENT_MAX } from '../../../shared/pages/page';
import { approvedByChief, versionChecklist } from '../../../shared/pages/page-design';
import type { DepartmentContacts } from '../../../shared/policy/finding';
import { REMOVAL_REASONS, type RemovalReason } from '../../../shared/policy/intro-statement';
import type { DeskError } from '../../../shared/result';
import { STATUS_LABELS, allowedMoves } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { PageDesignPanel } from './PageDesignPanel';

const introSchema = PAGE_CHANNELS['pages:introSave'].request;

function sameCategories(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * A new version of the page's intro statement, with the page-design checklist live beside it.
 * Attestations belong to a saved version's exact words, so they can be made only while the text
 * and categories are those of the latest version.
 */
export function IntroEditor({
  detail,
  department,
  onDetail,
}: {
  readonly detail: PageDetail;
  readonly department: DepartmentContacts | null;
  readonly onDetail: (detail: PageDetail) => void;
}) {
  const { page } = detail;
  const latest = detail.versions.at(-1);
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(introSchema),
    defaultValues: {
      pageId: page.id,
      text: latest?.text ?? '',
      categories: [...(latest?.categories ?? [])] as RemovalReason[],
    },
  });
  const [text, categories] = useWatch({ control, name: ['text', 'categories'] });
  // The scanners read up to 20,000 characters: typing stays responsive while they catch up.
  const checkedText = useDeferredValue(text);
  const chosen = useMemo(() => categories.filter(Boolean), [categories]);
  const unchanged =
    latest !== undefined &&
    checkedText.trim() === latest.text &&
    sameCategories(chosen, latest.categories);
  const { findings, items } = useMemo(
    () =>
      versionChecklist(
        page,
        {
          text: checkedText,
          attestations: unchanged ? latest.attestations : [],
          contentHash: latest?.contentHash ?? '',
        },
        unchanged && approvedByChief(latest.status),
        { department: department ?? undefined },
      ),
    [page, checkedText, unchanged, latest, department],
  );
  const warnings = useMemo(() => categoryWarnings(checkedText, chosen), [checkedText, chosen]);
  const attestFor = !latest
    ? 'Save the statement as its first version to attest items: attestations are recorded for a saved version’s exact words.'
    : !unchanged
      ? `The words or categories differ from version ${latest.number}: save them as a new version to attest items for them.`
      : !allowedMoves(latest.status).includes('edit')
        ? `Version ${latest.number} is “${STATUS_LABELS[latest.status]}”: nothing more is attested for it.`
        : undefined;

  const save = handleSubmit(async (request) => {
    setError(undefined);
    const result = await desk().pages.introSave(request);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const saved = result.value.versions.at(-1);
    onDetail(result.value);
    reset({ pageId: page.id, text: saved?.text ?? '', categories: [...(saved?.categories ?? [])] });
    setStatus(
      saved && saved.id !== latest?.id
        ? `Saved as version ${saved.number}`
        : 'These are the words and categories of the latest version: nothing new was saved.',
    );
  });

  const attest = async (itemId: string, title: string) => {
    if (!latest) return;
    setBusy(true);
    setError(undefined);
    const result = await desk().pages.introAttest({ versionId: latest.id, itemId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDetail(result.value);
    setStatus(`Attested for version ${latest.number}: ${title}`);
  };

  return (
    <div className="editor-layout pages-intro-layout">
      <section aria-labelledby="pages-intro-heading" className="editor">
        <h2 id="pages-intro-heading">New intro statement version</h2>
        <form
          aria-labelledby="pages-intro-heading"
          noValidate
          onSubmit={(event) => void save(event)}
        >
          <div className="field">
            <label htmlFor="pages-intro-text">Intro statement text</label>
            <textarea
              id="pages-intro-text"
              rows={14}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={`pages-intro-count${errors.text ? ' pages-intro-text-error' : ''}`}
              {...register('text')}
            />
            <p id="pages-intro-count" className="hint">
              {text.length.toLocaleString()} of {INTRO_STATEMENT_MAX.toLocaleString()} characters
            </p>
            {errors.text ? (
              <p id="pages-intro-text-error" className="field-error">
                {errors.text.message}
              </p>
            ) : null}
          </div>
          <fieldset className="pages-categories">
            <legend>Removal categories it publishes (III.B.3.d.1)</legend>
            {REMOVAL_REASONS.map((reason) => (
              <div key={reason} className="pages-category">
                <input
                  id={`pages-category-${reason}`}
                  type="checkbox"
                  value={reason}
                  {...register('categories')}
                />
                <label htmlFor={`pages-category-${reason}`}>
                  {REMOVAL_CATEGORY_LABELS[reason]}
                </label>
              </div>
            ))}
            {errors.categories ? <p className="field-error">{errors.categories.message}</p> : null}
          </fieldset>
          <div aria-live="polite">
            {warnings.length > 0 ? (
              <ul className="pages-warnings" aria-label="Category warnings">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={isSubmitting}>
              Save as new version
            </button>
          </div>
          <p role="status" className="save-status">
            {status}
          </p>
          {error ? <ErrorMessage error={error} /> : null}
        </form>
      </section>
      <PageDesignPanel
        items={items}
        findings={findings}
        attestFor={attestFor}
        busy={busy}
        onAttest={(itemId, title) => void attest(itemId, title)}
      />
    </div>
  );
}
