import { join } from 'node:path';
import { z } from 'zod';
import {
  type DepartmentSettings,
  departmentSettingsSchema,
  settingsContacts,
} from '../../shared/department/settings';
import type { PlaceNamesImport, SettingsView } from '../../shared/ipc/channels/people-channels';
import { departmentContacts } from '../../shared/policy/department';
import type { DepartmentContacts } from '../../shared/policy/finding';
import type { Profile } from '../../shared/profiles/profile';
import type { AuditTrail } from '../audit/audit-trail';
import { commitAudited, stampUnstamped } from '../audit/audited-store';
import { type DepartmentFileState, readDepartmentFile } from '../department';
import { DeskFailure } from '../ipc/desk-failure';
import type { PlaceNamesRead } from './place-names-file';
import { type DocumentOpenOptions, DocumentStore, storeHash } from '../storage/document-store';

export const DEPARTMENT_SETTINGS_FILE = 'department-settings.json';
/** The store's name in audit events (and in `log verify`'s stamp check). */
export const DEPARTMENT_SETTINGS_STORE = 'department';

const settingsFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    department: departmentSettingsSchema.nullable(),
    /** The department.json last imported: the same file is not offered again. */
    importedFile: z
      .object({
        file: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        importedAt: z.iso.datetime(),
        importedBy: z.string(),
      })
      .strict()
      .optional(),
  })
  .strict();
type SettingsFile = z.infer<typeof settingsFileSchema>;

export interface DepartmentSettingsOptions extends DocumentOpenOptions {
  /** Where every change is recorded first; a service without one only reads. */
  readonly audit?: AuditTrail;
  readonly now?: () => Date;
}

/**
 * The department's name, website and contact lines, kept in department-settings.json. Until they
 * are set, a hand-placed department.json is read instead (the way before this store existed), and
 * offered for import; the file itself is never written or moved.
 */
export class DepartmentSettingsService {
  /** Changes run one at a time, each seeing the last. */
  private changes: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dataFolder: string,
    private readonly store: DocumentStore<SettingsFile>,
    private readonly audit: AuditTrail | undefined,
    private readonly now: () => Date,
    /** department.json as last read; its lines count only while no settings are saved. */
    private departmentFile: DepartmentFileState,
    /** True when this open stamped a file written before stamps existed. */
    readonly stampedAtOpen: boolean,
  ) {}

  /**
   * Without settings, a damaged department.json stops the open, named (the scanners would
   * otherwise flag the department's own lines as personal data). With settings, the file is not
   * needed: its damage is only told (`notices`).
   */
  static async open(
    dataFolder: string,
    options: DepartmentSettingsOptions = {},
  ): Promise<DepartmentSettingsService> {
    const store = await DocumentStore.open(
      dataFolder,
      {
        what: 'the department settings store',
        file: join(dataFolder, DEPARTMENT_SETTINGS_FILE),
        schema: settingsFileSchema,
        empty: (): SettingsFile => ({ schemaVersion: 1, department: null }),
        migrations: [],
      },
      options,
    );
    const departmentFile = await readDepartmentFile(dataFolder);
    if (departmentFile.kind === 'damaged' && store.data.department === null) {
      throw departmentFile.failure;
    }
    const stamped = options.audit
      ? await stampUnstamped(
          store,
          options.audit,
          DEPARTMENT_SETTINGS_STORE,
          DEPARTMENT_SETTINGS_FILE,
        )
      : false;
    return new DepartmentSettingsService(
      dataFolder,
      store,
      options.audit,
      options.now ?? (() => new Date()),
      departmentFile,
      stamped,
    );
  }

  /** What the start should tell: a damaged department.json that the settings make unneeded. */
  get notices(): string[] {
    return this.departmentFile.kind === 'damaged'
      ? [
          `${this.departmentFile.failure.message} The department settings are used instead, so nothing depends on it.`,
        ]
      : [];
  }

  get settings(): DepartmentSettings | null {
    return this.store.data.department;
  }

  /**
   * What the scanners and the approval gate exempt: the saved settings, else department.json's
   * lines, else nothing. Read on every use, so a saved change counts at once.
   */
  get contacts(): DepartmentContacts | undefined {
    const settings = this.store.data.department;
    if (settings) return settingsContacts(settings);
    return this.departmentFile.kind === 'read'
      ? departmentContacts(this.departmentFile.department)
      : undefined;
  }

  /** The settings, and department.json when it is there and not yet imported (read afresh). */
  async view(): Promise<SettingsView> {
    const file = await this.rereadFile();
    const imported = this.store.data.importedFile?.sha256;
    return {
      settings: this.store.data.department,
      departmentFile:
        file.kind === 'read' && file.settings.ok && file.sha256 !== imported
          ? { file: file.file, settings: file.settings.value }
          : null,
      departmentFileProblem: fileProblem(file),
    };
  }

  save(settings: DepartmentSettings, by: Profile): Promise<SettingsView> {
    return this.queued(async () => {
      const next = checkedSettings(settings);
      const before = this.store.data.department;
      await this.commit(
        before ?? undefined,
        next,
        by,
        `department settings saved: "${next.name}", ${next.website}, ${next.contactLines.length} contact line(s)`,
      );
      return this.view();
    });
  }

  /**
   * Replaces the department's place-name list with a file's names (read whole by
   * `readPlaceNamesFile` before anything is opened for writing, so a bad file changes nothing),
   * recorded with the file's name. `changed` is false when the list was already exactly this
   * (then nothing is written).
   */
  async importPlaceNames(read: PlaceNamesRead, by: Profile): Promise<PlaceNamesImport> {
    const { view, changed } = await this.setPlaceNames(read.names, by, read.file);
    return {
      view,
      file: read.file,
      imported: read.names.length,
      duplicates: read.duplicates,
      blank: read.blank,
      headerSkipped: read.headerSkipped,
      changed,
    };
  }

  private setPlaceNames(
    names: readonly string[],
    by: Profile,
    from: string,
  ): Promise<{ readonly view: SettingsView; readonly changed: boolean }> {
    return this.queued(async () => {
      const before = this.store.data.department;
      if (!before) {
        throw new DeskFailure(
          'invalid-request',
          'The department settings are not saved yet, so the place names have nowhere to go. Nothing was changed: save the department’s name and website first, then import the place names.',
        );
      }
      const next = checkedSettings({ ...before, placeNames: [...names] });
      const changed = await this.commit(
        before,
        next,
        by,
        `department place names imported from ${from}: ${names.length} name(s), replacing ${before.placeNames?.length ?? 0}`,
      );
      return { view: await this.view(), changed };
    });
  }

  /**
   * Writes and records new settings; saving what is already saved changes nothing, so nothing is
   * written or recorded (false).
   */
  private async commit(
    before: DepartmentSettings | undefined,
    next: DepartmentSettings,
    by: Profile,
    summary: string,
  ): Promise<boolean> {
    if (before && storeHash(before) === storeHash(next)) return false;
    await commitAudited(
      this.store,
      this.audit,
      { ...this.store.data, department: next },
      {
        by,
        store: DEPARTMENT_SETTINGS_STORE,
        document: DEPARTMENT_SETTINGS_STORE,
        before,
        after: next,
        summary,
      },
    );
    return true;
  }

  /** Copies department.json into the settings, recorded; the file stays where it is. */
  importDepartmentFile(by: Profile): Promise<SettingsView> {
    return this.queued(async () => {
      const file = await this.rereadFile();
      switch (file.kind) {
        case 'absent':
          throw new DeskFailure(
            'not-found',
            `There is no department file ${file.file} to import. Nothing was changed.`,
          );
        case 'damaged':
          throw file.failure;
        case 'read':
          break;
        default:
          return unreachable(file);
      }
      if (!file.settings.ok) {
        throw new DeskFailure(
          'invalid-request',
          `${file.settings.reason}\nNothing was changed: fix ${file.file}, or enter the settings by hand.`,
        );
      }
      const next = file.settings.value;
      const before = this.store.data.department;
      await commitAudited(
        this.store,
        this.audit,
        {
          ...this.store.data,
          department: next,
          importedFile: {
            file: file.file,
            sha256: file.sha256,
            importedAt: this.now().toISOString(),
            importedBy: by.id,
          },
        },
        {
          by,
          store: DEPARTMENT_SETTINGS_STORE,
          document: DEPARTMENT_SETTINGS_STORE,
          before: before ?? undefined,
          after: next,
          summary: `department settings imported from ${file.file} (SHA-256 ${file.sha256}): "${next.name}", ${next.contactLines.length} contact line(s)`,
        },
      );
      return this.view();
    });
  }

  private async rereadFile(): Promise<DepartmentFileState> {
    this.departmentFile = await readDepartmentFile(this.dataFolder);
    return this.departmentFile;
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const run = this.changes.then(work);
    this.changes = run.catch(() => undefined);
    return run;
  }
}

/** The settings as the schema reads them, or a refusal that says what is wrong. */
function checkedSettings(settings: unknown): DepartmentSettings {
  const parsed = departmentSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    throw new DeskFailure(
      'invalid-request',
      `${parsed.error.issues.map((issue) => issue.message).join('; ')}. Nothing was changed.`,
    );
  }
  return parsed.data;
}

function fileProblem(file: DepartmentFileState): string | null {
  switch (file.kind) {
    case 'absent':
      return null;
    case 'damaged':
      return file.failure.message;
    case 'read':
      return file.settings.ok
        ? null
        : `${file.settings.reason}\nIt cannot be imported as it is: fix the file, or enter the settings by hand.`;
    default:
      return unreachable(file);
  }
}

function unreachable(state: never): never {
  throw new Error(`Unknown department file state ${JSON.stringify(state)}`);
}
