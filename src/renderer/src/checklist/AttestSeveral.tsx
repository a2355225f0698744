import { zodResolver } from '@hookform/resolvers/zod';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Draft } from '../../../shared/drafts/draft';
import { CONTRACT } from '../../../shared/ipc/contract';
import type { ItemEvaluation } from '../../../shared/policy/checklist';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { attestSeveralLabel } from './checklist-groups';

// The contract's own rule for the list (at least one, each once), so the form and the main
// process refuse the same thing in the same words.
const attestSeveralSchema = z.object({
  itemIds: CONTRACT['drafts:attestSeveral'].request.shape.itemIds,
});
type AttestSeveralValues = z.input<typeof attestSeveralSchema>;

const ERROR_ID = 'checklist-attest-several-error';

/**
 * The needs-attestation items listed with a checkbox each, none ticked: the person ticks the ones
 * they reviewed and attests them in one deliberate step, the button naming how many.
 */
export function AttestSeveral({
  draftId,
  items,
  onRecorded,
  onClose,
}: {
  readonly draftId: string;
  readonly items: readonly ItemEvaluation[];
  readonly onRecorded: (draft: Draft, itemIds: readonly string[]) => void;
  readonly onClose: () => void;
}) {
  const [error, setError] = useState<DeskError>();
  const legendRef = useRef<HTMLLegendElement>(null);
  const {
    handleSubmit,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<AttestSeveralValues>({
    resolver: zodResolver(attestSeveralSchema),
    defaultValues: { itemIds: [] },
  });
  const chosen = useWatch({ control, name: 'itemIds' });
  // Keep only items still waiting (one attested elsewhere meanwhile drops out of the list).
  const waiting = new Set(items.map((evaluation) => evaluation.item.id));
  const ticked = chosen.filter((id) => waiting.has(id));
  useEffect(() => {
    legendRef.current?.focus();
  }, []);

  const submit = handleSubmit(async ({ itemIds }) => {
    setError(undefined);
    const result = await desk().drafts.attestSeveral({ id: draftId, itemIds });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onRecorded(result.value, itemIds);
  });

  const message = errors.itemIds?.message ?? errors.itemIds?.root?.message;
  const count = ticked.length;
  return (
    <form
      className="checklist-attest-several"
      noValidate
      onSubmit={(event) => {
        // Only the still-waiting items are sent: what the button counted is what is attested.
        setValue('itemIds', ticked);
        void submit(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <AttestSeveralChoices
        items={items}
        ticked={ticked}
        message={message}
        legendRef={legendRef}
        onToggle={(itemId, checked) =>
          setValue(
            'itemIds',
            checked ? [...ticked, itemId] : ticked.filter((other) => other !== itemId),
            { shouldValidate: message !== undefined },
          )
        }
      />
      <div className="finding-actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {attestSeveralLabel(count)}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

/**
 * The checkboxes, one per waiting item. A refusal ("tick at least one") is said under the list
 * and tied to each checkbox: aria-invalid is not for a group, so the fieldset carries neither.
 */
export function AttestSeveralChoices({
  items,
  ticked,
  message,
  legendRef,
  onToggle,
}: {
  readonly items: readonly ItemEvaluation[];
  readonly ticked: readonly string[];
  readonly message: string | undefined;
  readonly legendRef?: RefObject<HTMLLegendElement | null>;
  readonly onToggle: (itemId: string, checked: boolean) => void;
}) {
  return (
    <fieldset>
      <legend ref={legendRef} tabIndex={-1}>
        Tick each item you reviewed in the post
      </legend>
      <ul className="checklist-attest-several-list">
        {items.map(({ item }) => {
          const id = `checklist-several-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
          return (
            <li key={item.id}>
              <input
                id={id}
                type="checkbox"
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? ERROR_ID : undefined}
                checked={ticked.includes(item.id)}
                onChange={(event) => onToggle(item.id, event.target.checked)}
              />
              <label htmlFor={id}>
                {item.title} <span className="checklist-section-ref">({item.section})</span>
              </label>
            </li>
          );
        })}
      </ul>
      {message ? (
        <p id={ERROR_ID} className="field-error">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}
