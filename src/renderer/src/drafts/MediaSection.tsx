import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Draft } from '../../../shared/drafts/draft';
import {
  DEPICTIONS,
  type DraftMedia,
  type MediaTypeId,
  type PermissionRecord,
  depictionsNeedingPermission,
} from '../../../shared/drafts/media';
import { SCAN_LIMIT_WORDS } from '../approvals/decision-forms';
import type { ScanUpload } from '../approvals/DecisionFields';
import { readFileAsBase64 } from '../app/read-file';
import { desk } from '../desk';
import type { DraftForm } from './draft-form';
import {
  EMPTY_PERMISSION,
  MEDIA_ACCEPT,
  MEDIA_LIMIT_WORDS,
  type PermissionFormInput,
  type PermissionFormValues,
  isImage,
  mediaProblem,
  permissionFormSchema,
  permissionScanProblem,
  permissionWords,
  sizeWords,
  withDepiction,
  withPermission,
} from './media-form';
import { FieldError, describedBy } from '../app/field-parts';

interface MediaSectionProps {
  readonly form: DraftForm;
  /** The saved draft: permission records belong to it (none before the first save). */
  readonly draft: Draft | undefined;
  readonly locked: boolean;
  readonly onDraftChange: (draft: Draft) => void;
}

/**
 * Photos and videos: attach, say what each shows, link the written permissions it needs
 * (III.B.1.c). Attaching copies the file into the data folder at once; the next Save names it in
 * a revision, so what it shows and its permissions are part of the content the approver sees.
 */
export function MediaSection({ form, draft, locked, onDraftChange }: MediaSectionProps) {
  const { control, setValue, getValues } = form;
  const media = useWatch({ control, name: 'media' }) ?? [];
  const permissions = draft?.permissions ?? [];
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState('');
  const [uploading, setUploading] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const change = (next: DraftMedia[]) =>
    setValue('media', next, { shouldDirty: true, shouldValidate: true });
  const update = (sha256: string, edit: (item: DraftMedia) => DraftMedia) =>
    change((getValues('media') ?? []).map((item) => (item.sha256 === sha256 ? edit(item) : item)));

  const attach = async (file: File) => {
    const current = getValues('media') ?? [];
    const refused = mediaProblem(file, current.length);
    setProblem(refused);
    if (refused) return;
    setUploading(file.name);
    setNote('');
    try {
      const base64 = await readFileAsBase64(file).catch(() => undefined);
      if (base64 === undefined) {
        setProblem(`“${file.name}” could not be read: choose it again.`);
        return;
      }
      const result = await desk().drafts.uploadMedia({
        name: file.name,
        mediaType: file.type as MediaTypeId, // checked by mediaProblem
        base64,
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      const latest = getValues('media') ?? [];
      if (latest.some((item) => item.sha256 === result.value.sha256)) {
        setNote(`“${file.name}” is already attached (the same file).`);
        return;
      }
      change([...latest, { ...result.value, depicts: [], permissions: [] }]);
      setNote(`Attached “${file.name}”. Say what it shows, then save the draft.`);
    } finally {
      setUploading(undefined);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <fieldset className="media-section" aria-describedby="media-section-hint">
      <legend>Photos and videos</legend>
      <p id="media-section-hint" className="hint">
        Each file is copied into the data folder and named in the draft when you save. A photo or
        video of training, an activity or assignment, an identifiable person or a minor needs a
        written permission (III.B.1.c).
      </p>
      {locked ? null : (
        <div className="field">
          <label htmlFor="media-attach">Attach a photo or video</label>
          <input
            ref={fileInput}
            id="media-attach"
            type="file"
            accept={MEDIA_ACCEPT}
            disabled={uploading !== undefined}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy('media-attach', true, problem)}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void attach(file);
            }}
          />
          <p id="media-attach-hint" className="hint">
            {MEDIA_LIMIT_WORDS}.
          </p>
          <FieldError id="media-attach" error={problem} />
        </div>
      )}
      <p className="media-status" role="status">
        {uploading !== undefined ? `Copying “${uploading}” into the data folder…` : note}
      </p>
      {media.length === 0 ? (
        <p className="hint">No photos or videos attached.</p>
      ) : (
        <ul className="media-list">
          {media.map((item) => (
            <MediaItem
              key={item.sha256}
              item={item}
              draftId={draft?.id}
              permissions={permissions}
              locked={locked}
              onDepicts={(depicts) => update(item.sha256, (m) => ({ ...m, depicts }))}
              onPermissions={(linked) =>
                update(item.sha256, (m) => ({ ...m, permissions: linked }))
              }
              onRemove={() => {
                change((getValues('media') ?? []).filter((m) => m.sha256 !== item.sha256));
                setNote(`Removed “${item.name}”. Save the draft to record it.`);
                fileInput.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <PermissionRecords permissions={permissions} />
      {locked ? null : <PermissionForm draft={draft} onDraftChange={onDraftChange} />}
    </fieldset>
  );
}

/**
 * The image itself, small, read from the data folder; a video is named, not shown. The main
 * process gives it only for a file this draft names, or one this person just attached.
 */
function MediaThumbnail({
  item,
  draftId,
}: {
  readonly item: DraftMedia;
  readonly draftId: string | undefined;
}) {
  const [src, setSrc] = useState<string>();
  const [missing, setMissing] = useState<string>();
  const image = isImage(item);
  useEffect(() => {
    if (!image) return;
    let current = true;
    void desk()
      .drafts.mediaFile({ ...(draftId === undefined ? {} : { id: draftId }), sha256: item.sha256 })
      .then((result) => {
        if (!current) return;
        if (result.ok) setSrc(`data:${result.value.mediaType};base64,${result.value.base64}`);
        else setMissing(result.error.message);
      });
    return () => {
      current = false;
    };
  }, [image, item.sha256, draftId]);
  if (!image) return <div className="media-thumbnail media-video">Video</div>;
  if (missing !== undefined)
    return <div className="media-thumbnail media-missing">{`No picture: ${missing}`}</div>;
  if (src === undefined) return <div className="media-thumbnail">Loading…</div>;
  return <img className="media-thumbnail" src={src} alt={`Thumbnail of ${item.name}`} />;
}

function MediaItem({
  item,
  draftId,
  permissions,
  locked,
  onDepicts,
  onPermissions,
  onRemove,
}: {
  readonly item: DraftMedia;
  readonly draftId: string | undefined;
  readonly permissions: readonly PermissionRecord[];
  readonly locked: boolean;
  readonly onDepicts: (depicts: DraftMedia['depicts']) => void;
  readonly onPermissions: (linked: string[]) => void;
  readonly onRemove: () => void;
}) {
  const key = item.sha256.slice(0, 16);
  const needs = depictionsNeedingPermission(item.depicts);
  const covered = item.permissions.some((id) => permissions.some((p) => p.id === id));
  return (
    <li className="media-item">
      <MediaThumbnail item={item} draftId={draftId} />
      <div className="media-details">
        <p className="media-name">
          <span id={`media-${key}-name`}>{item.name}</span>{' '}
          <span className="media-size">({sizeWords(item.size)})</span>
        </p>
        <fieldset className="media-depicts">
          <legend>
            What it shows<span className="visually-hidden"> ({item.name})</span>
          </legend>
          <ul>
            {DEPICTIONS.map((depiction) => {
              const id = `media-${key}-${depiction.id}`;
              return (
                <li key={depiction.id}>
                  <input
                    id={id}
                    type="checkbox"
                    disabled={locked}
                    checked={item.depicts.includes(depiction.id)}
                    onChange={(event) =>
                      onDepicts(withDepiction(item.depicts, depiction.id, event.target.checked))
                    }
                  />
                  <label htmlFor={id}>{depiction.label}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {item.depicts.length === 0 && !locked ? (
          <p className="media-permission-note">
            Say what it shows: tick each that applies, or “None of these”.
          </p>
        ) : null}
        {needs.length > 0 ? (
          <p className={covered ? 'media-permission-note media-covered' : 'media-permission-note'}>
            {covered
              ? `Covered by a written permission (${needs[0]?.section ?? 'III.B.1.c'}).`
              : `Needs a written permission (III.B.1.c): it shows ${needs
                  .map((d) => d.label.toLowerCase())
                  .join(', ')}. Record the signed permission below and tick it here.`}
          </p>
        ) : null}
        <fieldset className="media-links">
          <legend>
            Written permissions that cover it
            <span className="visually-hidden"> ({item.name})</span>
          </legend>
          {permissions.length === 0 ? (
            <p className="hint">No written permission is recorded on this draft yet.</p>
          ) : (
            <ul>
              {permissions.map((permission) => {
                const id = `media-${key}-permission-${permission.id}`;
                return (
                  <li key={permission.id}>
                    <input
                      id={id}
                      type="checkbox"
                      disabled={locked}
                      checked={item.permissions.includes(permission.id)}
                      onChange={(event) =>
                        onPermissions(
                          withPermission(
                            item.permissions,
                            permission.id,
                            event.target.checked,
                            permissions,
                          ),
                        )
                      }
                    />
                    <label htmlFor={id}>{permissionWords(permission)}</label>
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
        {locked ? null : (
          <button type="button" aria-label={`Remove ${item.name}`} onClick={onRemove}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}

function PermissionRecords({ permissions }: { readonly permissions: readonly PermissionRecord[] }) {
  if (permissions.length === 0) return null;
  return (
    <div className="media-permissions">
      <h3>Written permissions on this draft</h3>
      <ul>
        {permissions.map((p) => (
          <li key={p.id}>
            {`Granted by ${p.grantedBy} on ${p.grantedOn}: ${p.scope}`}{' '}
            <span className="media-scan">{`(scan ${p.scan.name}, ${p.scan.sha256.slice(0, 12)})`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Record a written permission": its own react-hook-form inside the editor's form, so it is a
 * group, not a nested <form>; Enter in its fields records the permission, never saves the draft.
 */
function PermissionForm({
  draft,
  onDraftChange,
}: {
  readonly draft: Draft | undefined;
  readonly onDraftChange: (draft: Draft) => void;
}) {
  const {
    register,
    handleSubmit,
    reset,
    setValue,
    setFocus,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PermissionFormInput, unknown, PermissionFormValues>({
    resolver: zodResolver(permissionFormSchema),
    defaultValues: EMPTY_PERMISSION,
  });
  const scan = useWatch({ control, name: 'scan' });
  const [refusal, setRefusal] = useState<string>();
  const [scanProblem, setScanProblem] = useState<string>();
  const [done, setDone] = useState('');
  const [reading, setReading] = useState(false);
  const [scanKey, setScanKey] = useState(0);

  if (draft === undefined) {
    return (
      <div className="media-permission-form">
        <h3>Record a written permission</h3>
        <p className="hint">
          Save the draft first: a written permission is recorded on a saved draft.
        </p>
      </div>
    );
  }

  const record = handleSubmit(async (values) => {
    setRefusal(undefined);
    setDone('');
    const result = await desk().drafts.recordPermission({
      id: draft.id,
      grantedBy: values.grantedBy,
      grantedOn: values.grantedOn,
      scope: values.scope,
      scan: values.scan,
    });
    if (!result.ok) {
      setRefusal(result.error.message);
      return;
    }
    onDraftChange(result.value);
    reset(EMPTY_PERMISSION);
    setScanKey((key) => key + 1); // a fresh file input: the recorded scan is no longer shown chosen
    setDone(
      `Recorded the written permission from ${values.grantedBy}. Tick it under each photo or video it covers, then save the draft.`,
    );
    setFocus('grantedBy');
  });
  const scanError = scanProblem ?? errors.scan?.message;

  return (
    <div
      role="group"
      aria-labelledby="media-permission-heading"
      className="media-permission-form"
      onKeyDown={(event) => {
        // Only where Enter would submit the editor's form (a text field), not a button or picker.
        const target = event.target;
        if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'file') {
          event.preventDefault();
          void record();
        }
      }}
    >
      <h3 id="media-permission-heading">Record a written permission</h3>
      <div className="field">
        <label htmlFor="permission-granted-by">Granted by</label>
        <input
          id="permission-granted-by"
          type="text"
          autoComplete="off"
          aria-invalid={errors.grantedBy ? true : undefined}
          aria-describedby={describedBy('permission-granted-by', false, errors.grantedBy?.message)}
          {...register('grantedBy')}
        />
        <FieldError id="permission-granted-by" error={errors.grantedBy?.message} />
      </div>
      <div className="field">
        <label htmlFor="permission-granted-on">Date granted</label>
        <input
          id="permission-granted-on"
          type="date"
          aria-invalid={errors.grantedOn ? true : undefined}
          aria-describedby={describedBy('permission-granted-on', true, errors.grantedOn?.message)}
          {...register('grantedOn')}
        />
        <p id="permission-granted-on-hint" className="hint">
          The date written on the signed permission.
        </p>
        <FieldError id="permission-granted-on" error={errors.grantedOn?.message} />
      </div>
      <div className="field">
        <label htmlFor="permission-scope">What it covers</label>
        <textarea
          id="permission-scope"
          rows={2}
          aria-invalid={errors.scope ? true : undefined}
          aria-describedby={describedBy('permission-scope', true, errors.scope?.message)}
          {...register('scope')}
        />
        <p id="permission-scope-hint" className="hint">
          Which photos or videos, of whom, for which pages.
        </p>
        <FieldError id="permission-scope" error={errors.scope?.message} />
      </div>
      <div className="field">
        <label htmlFor="permission-scan">Scanned permission (PDF, PNG or JPEG)</label>
        <input
          key={scanKey}
          id="permission-scan"
          type="file"
          accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
          aria-invalid={scanError ? true : undefined}
          aria-describedby={describedBy('permission-scan', true, scanError)}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setValue('scan', null);
            if (!file) return;
            const problem = permissionScanProblem(file);
            setScanProblem(problem);
            if (problem) return;
            setReading(true);
            void readFileAsBase64(file)
              .then((base64) => {
                const mediaType = file.type as ScanUpload['mediaType']; // checked above
                setValue('scan', { name: file.name, mediaType, base64 }, { shouldValidate: true });
              })
              .catch(() => setScanProblem(`“${file.name}” could not be read: choose it again.`))
              .finally(() => setReading(false));
          }}
        />
        <p id="permission-scan-hint" className="hint">
          {SCAN_LIMIT_WORDS}.{' '}
          {reading ? 'Reading the scan…' : scan ? `Attached: ${scan.name}` : 'No scan attached.'}
        </p>
        <FieldError id="permission-scan" error={scanError} />
      </div>
      {refusal ? (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" disabled={isSubmitting || reading} onClick={() => void record()}>
          Record permission
        </button>
        <p className="media-status" role="status">
          {done}
        </p>
      </div>
    </div>
  );
}
