import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { DepartmentContacts } from '../../shared/policy/finding';
import type { ExportPhase, ExportRedaction, ExportRequest } from '../../shared/records/export-view';
import type { RecordType } from '../../shared/records/record-types';
import { localDayReader } from '../../shared/moderation/consistency-report';
import type { JournalHead } from '../journal/journal';
import type { CatalogueRecord } from '../retention/record-catalogue';
import { syncFolder } from '../storage/durable-file';
import { ExportFile, type FileDigest, writeExportFile } from './export-file';
import { exportCovers } from './export-filter';
import { exportIndexHtml } from './export-index-html';
import { CSV_HEAD, type ExportedFile, csvRow, exportedRecord } from './exported-record';
import { HOW_TO_VERIFY, writeJournalSlice } from './journal-slice';
import { MANIFEST, type Manifest } from './manifest';
import { type AppliedRedaction, redactRecord } from './redaction';
import { moveIntoPlace, zipFolder } from './zip-folder';
import { sha256 } from '../journal/journal-line';

/** Where the records come from: the record catalogue, or anything shaped like it. */
export interface ExportSource {
  records(filter?: { readonly types?: readonly RecordType[] }): AsyncIterable<CatalogueRecord>;
}

export interface ExportProgress {
  readonly phase: ExportPhase;
  readonly written: number;
  readonly total: number;
}

export interface WriteExportOptions {
  readonly dataFolder: string;
  readonly source: ExportSource;
  readonly request: ExportRequest;
  /** The folder to create; DIR.zip is made beside it. Neither may exist yet. */
  readonly target: string;
  readonly by: { readonly id: string; readonly name: string };
  readonly head: JournalHead;
  readonly department?: DepartmentContacts;
  readonly now?: Date;
  readonly timeZone?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ExportProgress) => void;
  /**
   * Runs once the folder and zip are written, before they are renamed into place (the export's
   * audit entry): if it fails, nothing is left behind.
   */
  readonly beforeRename?: (written: Omit<WrittenExport, 'folder' | 'zip'>) => Promise<void>;
}

export interface WrittenExport {
  readonly folder: string;
  readonly zip: string;
  readonly records: number;
  readonly counts: Partial<Record<RecordType, number>>;
  readonly files: number;
  readonly redactions: number;
  readonly manifestSha256: string;
}

/** The export was refused before anything was written; the message says what to do. */
export class ExportRefused extends Error {
  override readonly name = 'ExportRefused';
}

export const stagingOf = (target: string) => `${target}.partial`;
export const zipOf = (target: string) => `${target}.zip`;
const zipStagingOf = (target: string) => `${target}.zip.partial`;

/**
 * Writes an export into `DIR.partial` and its zip into `DIR.zip.partial`, fsyncs both, and only
 * then renames them to DIR and DIR.zip: a failure or a cancel at any point removes both, so
 * nothing half-written is left looking complete. manifest.json is the last file written.
 */
export async function writeExport(options: WriteExportOptions): Promise<WrittenExport> {
  const target = resolve(options.target);
  await refuseExisting(target);
  const staging = stagingOf(target);
  const zipStaging = zipStagingOf(target);
  try {
    await mkdir(staging, { recursive: false });
  } catch (error) {
    throw new ExportRefused(
      `The folder ${staging} cannot be made (${(error as Error).message}). Choose a folder you can write to.`,
    );
  }
  const writing = new StagedExport(staging, options);
  try {
    const written = await writing.write();
    await zipFolder(staging, basenameOf(target), zipStaging, options.signal);
    options.signal?.throwIfAborted();
    await options.beforeRename?.(written);
    await moveIntoPlace(staging, target);
    try {
      await moveIntoPlace(zipStaging, zipOf(target));
    } catch (error) {
      // The folder is complete on its own (its manifest checks it), but say the zip is missing.
      await rm(zipStaging, { force: true });
      throw new Error(
        `The export folder ${target} is complete, but its zip could not be put in place (${(error as Error).message}). Zip the folder yourself, or export again to a new folder.`,
        { cause: error },
      );
    }
    options.onProgress?.({ phase: 'done', written: written.records, total: written.records });
    return { ...written, folder: target, zip: zipOf(target) };
  } catch (error) {
    await writing.abandon();
    await rm(staging, { recursive: true, force: true });
    await rm(zipStaging, { force: true });
    throw error;
  }
}

const basenameOf = (path: string) => path.slice(path.lastIndexOf(sep) + 1);

async function refuseExisting(target: string): Promise<void> {
  for (const [path, words] of [
    [target, 'The folder'],
    [zipOf(target), 'The zip'],
    [stagingOf(target), 'An export cut short left'],
    [zipStagingOf(target), 'An export cut short left'],
  ] as const) {
    const there = await stat(path).then(
      () => true,
      (error: unknown) => {
        if ((error as { code?: unknown }).code === 'ENOENT') return false;
        throw error;
      },
    );
    if (there) {
      throw new ExportRefused(
        `${words} ${path} already exists: an export never writes over anything. Choose a new folder name, or move that one away first. Nothing was exported.`,
      );
    }
  }
}

class StagedExport {
  private readonly open = new Map<RecordType, { json: ExportFile; csv: ExportFile }>();
  private readonly digests = new Map<string, FileDigest>();
  private readonly counts: Partial<Record<RecordType, number>> = {};
  private readonly seqs = new Set<number>();
  private readonly withheld = new Map<number, string>();
  private readonly redactions: AppliedRedaction[] = [];
  private readonly named = new Map<string, ExportRedaction[]>();
  private readonly usedNames = new Set<string>();
  private attachments = 0;
  private missingFiles = 0;
  private copies = 0;
  private other: ExportFile | undefined;

  constructor(
    private readonly folder: string,
    private readonly options: WriteExportOptions,
  ) {
    for (const redaction of options.request.redactions ?? []) {
      const key = `${redaction.type}\u0000${redaction.id}`;
      this.named.set(key, [...(this.named.get(key) ?? []), redaction]);
    }
  }

  async write(): Promise<Omit<WrittenExport, 'folder' | 'zip'>> {
    const { request, signal, onProgress } = this.options;
    const at = (this.options.now ?? new Date()).toISOString();
    const dayOf = localDayReader(this.options.timeZone);
    const filter = request.types ? { types: request.types } : {};

    onProgress?.({ phase: 'counting', written: 0, total: 0 });
    let total = 0;
    for await (const record of this.options.source.records(filter)) {
      signal?.throwIfAborted();
      if (exportCovers(request, record, dayOf)) total += 1;
    }

    await mkdir(join(this.folder, 'records'));
    await mkdir(join(this.folder, 'attachments'));
    await mkdir(join(this.folder, 'journal'));
    let written = 0;
    onProgress?.({ phase: 'writing', written, total });
    for await (const record of this.options.source.records(filter)) {
      signal?.throwIfAborted();
      if (!exportCovers(request, record, dayOf)) continue;
      await this.record(record);
      written += 1;
      onProgress?.({ phase: 'writing', written, total });
    }
    this.refuseUnusedRedactions();
    for (const [type, files] of this.open) {
      this.digests.set(`records/${type}.json`, await this.finish(files.json, '\n]\n'));
      this.digests.set(`records/${type}.csv`, await this.finish(files.csv, ''));
    }
    this.open.clear();

    this.other = await ExportFile.create(join(this.folder, 'journal', 'events.jsonl'));
    const journalLines = await writeJournalSlice(
      this.options.dataFolder,
      this.options.head,
      this.seqs,
      this.withheld,
      this.other,
      signal,
    );
    this.digests.set('journal/events.jsonl', await this.other.close());
    this.other = undefined;
    await this.whole('journal/head.json', `${JSON.stringify(this.options.head, null, 2)}\n`);
    await this.whole('journal/HOW-TO-VERIFY.txt', HOW_TO_VERIFY);
    await this.whole('redactions.json', `${JSON.stringify(this.redactions, null, 2)}\n`);
    await this.whole(
      'index.html',
      exportIndexHtml({
        request,
        by: this.options.by.name,
        at,
        counts: this.counts,
        attachments: this.attachments,
        missingFiles: this.missingFiles,
        journalLines,
        redactions: this.redactions.length,
      }),
    );
    const manifest: Manifest = {
      format: 'social-desk-export/1',
      request,
      exportedBy: { id: this.options.by.id, name: this.options.by.name },
      exportedAt: at,
      counts: this.counts,
      journalHead: { events: this.options.head.events, hash: this.options.head.hash },
      files: Object.fromEntries([...this.digests].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    // Last: a folder with a manifest is a folder whose every other file is down.
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeExportFile(join(this.folder, MANIFEST), manifestText);
    for (const sub of ['records', 'attachments', 'journal', '.']) {
      await syncFolder(join(this.folder, sub));
    }
    return {
      records: written,
      counts: this.counts,
      files: this.digests.size + 1,
      redactions: this.redactions.length,
      manifestSha256: sha256(manifestText),
    };
  }

  /** Closes what is still open, for a failed or cancelled export about to be removed. */
  async abandon(): Promise<void> {
    for (const files of this.open.values()) {
      await files.json.abandon();
      await files.csv.abandon();
    }
    await this.other?.abandon();
  }

  private async record(record: CatalogueRecord): Promise<void> {
    const key = `${record.type}\u0000${record.id}`;
    const named = this.named.get(key) ?? [];
    if (named.length > 0) this.usedNames.add(key);
    const redacted = redactRecord(
      record,
      named,
      this.options.request.redactThirdParties === true,
      this.options.department,
    );
    if (redacted.redactions.length > 0) {
      this.redactions.push(...redacted.redactions);
      // Its journal lines hold the same words: they go out with the payload withheld.
      for (const seq of record.seqs) {
        this.withheld.set(seq, `the ${record.type} ${record.id} has redactions`);
      }
    }
    for (const seq of record.seqs) if (seq <= this.options.head.events) this.seqs.add(seq);
    const files: ExportedFile[] = [];
    for (const path of record.files) files.push(await this.attach(path));
    const exported = exportedRecord(record, redacted, files);

    let out = this.open.get(record.type);
    const first = !out;
    if (!out) {
      out = {
        json: await ExportFile.create(join(this.folder, 'records', `${record.type}.json`)),
        csv: await ExportFile.create(join(this.folder, 'records', `${record.type}.csv`)),
      };
      this.open.set(record.type, out);
      await out.csv.write(CSV_HEAD);
    }
    await out.json.write(`${first ? '[\n' : ',\n'}${JSON.stringify(exported)}`);
    await out.csv.write(csvRow(exported));
    this.counts[record.type] = (this.counts[record.type] ?? 0) + 1;
  }

  /** Copies a file a record names into attachments/, by its SHA-256; each file once. */
  private async attach(path: string): Promise<ExportedFile> {
    const source = resolve(this.options.dataFolder, ...path.split('/'));
    const inside = relative(this.options.dataFolder, source);
    if (inside.startsWith('..') || resolve(inside) === inside) {
      throw new Error(
        `A record names the file “${path}”, outside the data folder. Run \`social-desk check\`: the store naming it may be damaged. Nothing was exported.`,
      );
    }
    this.copies += 1;
    const temporary = join(this.folder, 'attachments', `.copy-${this.copies}`);
    const copy = await ExportFile.create(temporary);
    let digest: FileDigest;
    try {
      for await (const chunk of createReadStream(source) as AsyncIterable<Buffer>) {
        await copy.write(chunk);
      }
      digest = await copy.close();
    } catch (error) {
      await copy.abandon();
      await rm(temporary, { force: true });
      if ((error as { code?: unknown }).code === 'ENOENT') {
        // Disposed of under its schedule (its hash is in the journal), or lost: said, not hidden.
        this.missingFiles += 1;
        return { path, missing: true };
      }
      throw error;
    }
    const name = `attachments/${digest.sha256}${extname(path)}`;
    if (this.digests.has(name)) {
      await rm(temporary);
    } else {
      await rename(temporary, join(this.folder, ...name.split('/')));
      this.digests.set(name, digest);
      this.attachments += 1;
    }
    return { path, attachment: name };
  }

  private refuseUnusedRedactions(): void {
    for (const [key, redactions] of this.named) {
      if (this.usedNames.has(key)) continue;
      const [first] = redactions;
      if (!first) continue;
      throw new Error(
        `A redaction names the ${first.type} ${first.id}, which is not among the records this request exports. Correct the redaction or the filters, then export again. Nothing was exported.`,
      );
    }
  }

  private async finish(file: ExportFile, tail: string): Promise<FileDigest> {
    await file.write(tail);
    return file.close();
  }

  private async whole(name: string, text: string): Promise<void> {
    this.digests.set(name, await writeExportFile(join(this.folder, ...name.split('/')), text));
  }
}
